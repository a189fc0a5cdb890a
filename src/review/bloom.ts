/**
 * A Bloom filter over strings: a set that answers "maybe" or "no" in a fixed number of bits. The
 * known-words filter holds about 1.3 million word forms in 1.6 MB where a Set of them would take
 * tens of megabytes; a name taken for a word now and then (1 in 100) costs a lowered capital.
 *
 * Layout of the serialised form: "BLM1", the number of hashes (uint32 LE), the number of bits
 * (uint32 LE), then the bits.
 */
const MAGIC = 'BLM1';
const HEADER = 12;

/** FNV-1a over the UTF-16 code units, from a given offset basis: two bases give two independent hashes. */
function fnv1a(text: string, basis: number): number {
  let hash = basis >>> 0;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  // A final mix spreads short keys' hashes over all 32 bits.
  hash ^= hash >>> 15;
  hash = Math.imul(hash, 0x2c1b3c6d) >>> 0;
  hash ^= hash >>> 12;
  return hash >>> 0;
}

export class BloomFilter {
  private constructor(
    private readonly bits: Uint8Array,
    private readonly size: number,
    private readonly hashes: number,
  ) {}

  /** An empty filter sized for `count` keys at the given false-positive rate. */
  static sized(count: number, falsePositiveRate: number): BloomFilter {
    const size = Math.ceil((-count * Math.log(falsePositiveRate)) / Math.LN2 ** 2);
    const hashes = Math.max(1, Math.round((size / count) * Math.LN2));
    return new BloomFilter(new Uint8Array(Math.ceil(size / 8)), size, hashes);
  }

  static from(buffer: Uint8Array): BloomFilter {
    const view = new DataView(buffer.buffer, buffer.byteOffset, buffer.byteLength);
    const magic = String.fromCharCode(...buffer.subarray(0, 4));
    if (magic !== MAGIC) throw new Error('not a Bloom filter file');
    const hashes = view.getUint32(4, true);
    const size = view.getUint32(8, true);
    return new BloomFilter(buffer.subarray(HEADER, HEADER + Math.ceil(size / 8)), size, hashes);
  }

  private *positions(key: string): Generator<number> {
    const first = fnv1a(key, 0x811c9dc5);
    const second = (fnv1a(key, 0x050c5d1f) | 1) >>> 0;
    for (let index = 0; index < this.hashes; index++) yield (first + index * second) % this.size;
  }

  add(key: string): void {
    for (const position of this.positions(key))
      this.bits[position >>> 3] = (this.bits[position >>> 3] ?? 0) | (1 << (position & 7));
  }

  has(key: string): boolean {
    for (const position of this.positions(key))
      if (((this.bits[position >>> 3] ?? 0) & (1 << (position & 7))) === 0) return false;
    return true;
  }

  serialise(): Uint8Array {
    const out = new Uint8Array(HEADER + this.bits.length);
    const view = new DataView(out.buffer);
    out.set([...MAGIC].map((char) => char.charCodeAt(0)));
    view.setUint32(4, this.hashes, true);
    view.setUint32(8, this.size, true);
    out.set(this.bits, HEADER);
    return out;
  }
}
