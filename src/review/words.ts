/**
 * The draft's words, as `/[\p{L}\p{N}][\p{L}\p{N}'’-]*\/gu` finds them (a letter or digit, then
 * letters, digits, apostrophes and hyphens), read character by character. Every rule's phrase
 * index and the language guess start from these words; the pattern built a match array per word
 * and tested Unicode's tables even for plain ASCII, which made it one of a review's costliest scans.
 * Non-ASCII characters are still tested against the same Unicode properties, so the words are the same.
 */
export interface Word {
  start: number;
  end: number;
  text: string;
}

const LETTER_OR_NUMBER = /^[\p{L}\p{N}]$/u;

/** ASCII: 1 starts and continues a word, 2 only continues one (' and -), 0 neither. */
const ASCII_CLASS = new Uint8Array(128);
for (let code = 0; code < 128; code++) {
  const char = String.fromCharCode(code);
  ASCII_CLASS[code] = LETTER_OR_NUMBER.test(char) ? 1 : char === "'" || char === '-' ? 2 : 0;
}

/** UTF-16 units of the code point at `index`: 2 for a surrogate pair, else 1 (as a /u pattern reads). */
function sizeAt(text: string, index: number): number {
  const code = text.charCodeAt(index);
  if (code < 0xd800 || code > 0xdbff) return 1;
  const next = text.charCodeAt(index + 1); // NaN past the end
  return next >= 0xdc00 && next <= 0xdfff ? 2 : 1;
}

/** 1 when the code point at `index` starts a word, 2 when it can only continue one, else 0. */
function classAt(text: string, index: number, size: number): number {
  const code = text.charCodeAt(index);
  if (code < 128) return ASCII_CLASS[code] as number;
  if (code === 0x2019) return 2; // ’
  return LETTER_OR_NUMBER.test(text.slice(index, index + size)) ? 1 : 0;
}

export function scanWords(text: string): Word[] {
  const found: Word[] = [];
  let index = 0;
  while (index < text.length) {
    let size = sizeAt(text, index);
    if (classAt(text, index, size) !== 1) {
      index += size;
      continue;
    }
    const start = index;
    index += size;
    while (index < text.length) {
      size = sizeAt(text, index);
      if (classAt(text, index, size) === 0) break;
      index += size;
    }
    found.push({ start, end: index, text: text.slice(start, index) });
  }
  return found;
}
