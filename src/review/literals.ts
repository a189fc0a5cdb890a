/**
 * Prefilters for regular expressions: literal text that every match of a pattern must contain.
 *
 * Most of a review's patterns find nothing in most drafts, yet each one walks the whole draft to
 * say so, and a pattern that opens with a Unicode lookbehind pays for it at every position. When
 * none of a pattern's required literals occurs in the draft (a quick search for a few fixed
 * strings, with the pattern's own flags), the pattern cannot match and the walk is skipped. The
 * answer is never changed, only the time it takes: a pattern we cannot read safely gets no
 * prefilter and always runs.
 */

/** One or more strings; a match of the pattern contains at least one of them. */
type Literals = readonly string[];

/** Most alternatives a run of characters may spell before it stops being a useful prefilter. */
const MAX_LITERALS = 64;

/**
 * Characters a case-insensitive literal may hold: for these, the lower-cased character matches,
 * under the pattern's case folding, exactly what the original did. Left out: 'ı' and 'İ' (Turkish
 * i), 'ſ' and 'µ' (which fold to other letters) and everything beyond Latin Extended-A, which
 * ends a literal instead.
 */
function foldSafe(char: string): boolean {
  const code = char.charCodeAt(0);
  if (char.length !== 1) return false;
  if (code < 0x80) return true;
  if (code === 0xb5 || code === 0x130 || code === 0x131 || code === 0x17f) return false;
  return (code >= 0xa0 && code <= 0x17e) || (code >= 0x20a0 && code <= 0x20cf);
}

/** Parses a pattern's source just far enough to find literal runs; throws on anything unexpected. */
class Reader {
  at = 0;
  constructor(
    readonly source: string,
    readonly ignoreCase: boolean,
  ) {}

  /** alternative ('|' alternative)* — every alternative must give literals, else none. */
  alternation(): Literals | null {
    const options: (Literals | null)[] = [this.sequence()];
    while (this.source[this.at] === '|') {
      this.at++;
      options.push(this.sequence());
    }
    if (options.some((option) => option === null)) return null;
    const union = [...new Set(options.flat() as string[])];
    return union.length <= MAX_LITERALS ? union : null;
  }

  /** The most selective of a sequence's required runs and groups (null when nothing is required). */
  sequence(): Literals | null {
    let best: Literals | null = null;
    const consider = (candidate: Literals | null) => {
      if (candidate && candidate.length > 0 && better(candidate, best)) best = candidate;
    };
    let run: string[] = ['']; // spellings of the characters read so far that must appear in a row
    const endRun = () => {
      if (run.some((spelling) => spelling.length > 0)) consider(run);
      run = [''];
    };
    while (this.at < this.source.length && this.source[this.at] !== '|' && this.source[this.at] !== ')') {
      const atom = this.atom();
      const { min, max } = this.quantifier();
      if (atom.kind === 'chars' && min >= 1) {
        const chars = atom.chars;
        const next = chars && run.length * chars.length <= MAX_LITERALS ? chars : null;
        if (!next) {
          endRun();
          continue;
        }
        run = run.flatMap((spelling) => next.map((char) => spelling + char));
        // A repeated character is required once, but what follows is no longer next to it.
        if (max !== 1) endRun();
        continue;
      }
      endRun();
      if (atom.kind === 'group' && min >= 1) consider(atom.literals);
    }
    endRun();
    return best;
  }

  atom():
    | { kind: 'chars'; chars: string[] | null }
    | { kind: 'group'; literals: Literals | null }
    | { kind: 'assertion' } {
    const char = this.source[this.at] as string;
    if (char === '(') return this.group();
    if (char === '[') return { kind: 'chars', chars: this.characterClass() };
    if (char === '\\') return this.escape();
    this.at++;
    if (char === '^' || char === '$') return { kind: 'assertion' };
    if (char === '.') return { kind: 'chars', chars: null };
    return { kind: 'chars', chars: this.literal(char) };
  }

  group(): { kind: 'group'; literals: Literals | null } | { kind: 'assertion' } {
    const rest = this.source.slice(this.at);
    const lookaround = /^\(\?(?:=|!|<=|<!)/.exec(rest);
    const opener = lookaround ?? /^\(\?:|^\(\?<[A-Za-z_$][\w$]*>|^\((?!\?)/.exec(rest);
    if (!opener) throw new Error(`unreadable group at ${this.at}`);
    this.at += opener[0].length;
    const literals = this.alternation();
    if (this.source[this.at] !== ')') throw new Error(`unclosed group at ${this.at}`);
    this.at++;
    // A lookaround consumes nothing, so what it requires may lie outside the match.
    return lookaround ? { kind: 'assertion' } : { kind: 'group', literals };
  }

  /** A class's characters when it lists a few literally ("[$€£]", "[- ]", "[sz]"), else null. */
  characterClass(): string[] | null {
    this.at++; // '['
    const negated = this.source[this.at] === '^';
    if (negated) this.at++;
    const chars: string[] = [];
    let readable = !negated;
    while (this.at < this.source.length && this.source[this.at] !== ']') {
      let char = this.source[this.at] as string;
      if (char === '\\') {
        const escaped = this.source[this.at + 1] as string;
        // "\n", "\d", "\p{L}", "\u00A0": codes and classes, not the letter itself.
        if (/[\p{L}\p{N}]/u.test(escaped)) readable = false;
        // Skip an escape's body: \p{…}, \u{…}, \uXXXX, \xXX.
        const body = /^\\(?:[pPu]\{[^}]*\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|.)/su.exec(
          this.source.slice(this.at),
        );
        this.at += body ? body[0].length : 2;
        char = escaped;
      } else {
        this.at += char.length;
      }
      if (this.source[this.at] === '-' && this.source[this.at + 1] !== ']') readable = false; // a range
      chars.push(char);
    }
    if (this.source[this.at] !== ']') throw new Error('unclosed class');
    this.at++;
    if (!readable || chars.length === 0) return null;
    const spelled = chars.map((char) => this.literal(char));
    if (spelled.some((options) => options === null)) return null;
    return [...new Set(spelled.flat() as string[])];
  }

  escape(): { kind: 'chars'; chars: string[] | null } | { kind: 'assertion' } {
    const escaped = this.source[this.at + 1] as string;
    if (escaped === 'b' || escaped === 'B') {
      this.at += 2;
      return { kind: 'assertion' };
    }
    const body =
      /^\\(?:[pP]\{[^}]*\}|u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|c[A-Za-z]|k<[^>]*>|\d+|.)/su.exec(
        this.source.slice(this.at),
      );
    if (!body) throw new Error(`unreadable escape at ${this.at}`);
    this.at += body[0].length;
    if (escaped === 'd') return { kind: 'chars', chars: [...'0123456789'] };
    // Only escaped punctuation stands for itself ("\.", "\$", "\/"); classes and codes don't.
    if (body[0].length === 2 && /[^\p{L}\p{N}\s]/u.test(escaped))
      return { kind: 'chars', chars: this.literal(escaped) };
    return { kind: 'chars', chars: null };
  }

  /** How a literal character is searched for: itself, or lower-cased when the pattern ignores case. */
  literal(char: string): string[] | null {
    // Half of a surrogate pair: a unicode pattern of it alone would not find it inside the pair.
    const code = char.charCodeAt(0);
    if (code >= 0xd800 && code <= 0xdfff) return null;
    if (!this.ignoreCase) return [char];
    if (!foldSafe(char)) return null;
    const lower = char.toLowerCase();
    return lower.length === 1 && foldSafe(lower) ? [lower] : null;
  }

  quantifier(): { min: number; max: number } {
    const rest = this.source.slice(this.at);
    const found = /^(?:([?*+])|\{(\d+)(,(\d*))?\})\??/.exec(rest);
    if (!found) return { min: 1, max: 1 };
    this.at += found[0].length;
    if (found[1] === '?') return { min: 0, max: 1 };
    if (found[1] === '*') return { min: 0, max: Infinity };
    if (found[1] === '+') return { min: 1, max: Infinity };
    const min = Number(found[2]);
    const max = found[3] === undefined ? min : found[4] ? Number(found[4]) : Infinity;
    return { min, max };
  }
}

/** Prefers literals whose shortest spelling is longer (rarer in text), then fewer of them. */
function better(candidate: Literals, current: Literals | null): boolean {
  if (!current) return true;
  const shortest = (literals: Literals) => Math.min(...literals.map((literal) => literal.length));
  const [mine, theirs] = [shortest(candidate), shortest(current)];
  return mine > theirs || (mine === theirs && candidate.length < current.length);
}

/**
 * The literals a match of `pattern` must contain (lower-cased if the pattern ignores case), or
 * null when it could match without any: then the pattern gets no prefilter.
 */
export function requiredLiterals(pattern: RegExp): Literals | null {
  // 'v' changes class syntax and 'x'-like flags don't exist; keep to what the reader understands.
  if (/[^dgimsuy]/.test(pattern.flags)) return null;
  try {
    const reader = new Reader(pattern.source, pattern.flags.includes('i'));
    const literals = reader.alternation();
    if (reader.at !== pattern.source.length) return null;
    return literals && literals.every((literal) => literal.length > 0) ? literals : null;
  } catch {
    return null;
  }
}

/**
 * A pattern that finds any of `literals` with the flags of the pattern they came from, so case is
 * folded exactly as that pattern folds it: testing it is a quick look for a few fixed strings.
 */
export function literalsPattern(literals: Literals, from: RegExp): RegExp {
  // Only syntax characters may be escaped in a unicode pattern.
  const escaped = literals.map((literal) => literal.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&'));
  return new RegExp(escaped.join('|'), from.flags.replace(/[gyd]/g, ''));
}
