/**
 * Lists of replacements run in order over one sentence, each skipped where it cannot match.
 *
 * The rewrite calms a sentence with long lists of [pattern, replacement] (the hurry in "book
 * before the slots go", "don't miss it →"), and most sentences it calms hold none of them: yet
 * each pattern walked the whole sentence to say so. Here each pattern runs only when the sentence,
 * as it stands when the pattern's turn comes, contains one of the literal strings every match of
 * the pattern contains (`literals.ts`); and the list is cut into blocks, each skipped at once when
 * none of its patterns' literals is there. A pattern that cannot match leaves the sentence as it
 * was, so skipping it changes nothing: the result is exactly that of every replacement in turn.
 */
import { requiredLiterals } from './literals';

export type Replacement = readonly [RegExp, string];

/**
 * The text a gate searches: as written, and lower-cased for the literals of patterns that ignore
 * case. Lower-cased once per text, not once per pattern.
 */
interface Searched {
  text: string;
  lower: string | null;
}

/** Whether a text may hold a match: false only when it certainly does not. */
type Gate = (searched: Searched) => boolean;

const ALWAYS: Gate = () => true;

/** Patterns per block: one look for a block's literals stands in for this many. */
const BLOCK_SIZE = 8;

interface Gated {
  pattern: RegExp;
  replacement: string;
  gate: Gate;
}

interface Block {
  gate: Gate;
  replacements: readonly Gated[];
}

/** The long s folds to "s" in a pattern that ignores case, but lower-cases to itself. */
const LONG_S = '\u017F';

function lowerOf(searched: Searched): string {
  return (searched.lower ??= searched.text.toLowerCase());
}

/**
 * A gate that finds any of `literals` where `from` could, as one plain search (no case folding,
 * no unicode tables: a quick scan for fixed strings).
 *
 * Without case folding, a literal is found as written. With it, the literals (lower-cased by
 * `requiredLiterals`, and only of Latin letters whose lower case is their case folding) are looked
 * for in the lower-cased text: every character that folds to one of them lower-cases to it, but
 * for the long s, which folds to "s" under unicode folding, so a text that holds one always runs
 * the pattern. A character whose lower case is longer ("İ") can only make the gate open wrongly,
 * never shut.
 */
function literalGate(literals: readonly string[], from: RegExp): Gate {
  const escaped = literals.map((literal) => literal.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&'));
  const pattern = new RegExp(escaped.join('|'));
  if (!from.ignoreCase) return ({ text }) => pattern.test(text);
  if (!from.unicode) return (searched) => pattern.test(lowerOf(searched));
  return (searched) => searched.text.includes(LONG_S) || pattern.test(lowerOf(searched));
}

/** The literals one of which every match of `pattern` holds, or null when it may match without. */
function literalsOf(pattern: RegExp): readonly string[] | null {
  const literals = requiredLiterals(pattern);
  // A space is in nearly every sentence: looking for it would only cost time.
  return literals && literals.every((literal) => literal.trim() !== '') ? literals : null;
}

/** What decides how a literal is found: case folding, and unicode folding. */
const foldingOf = (pattern: RegExp) => `${pattern.ignoreCase ? 'i' : ''}${pattern.unicode ? 'u' : ''}`;

/** One gate for a block: open when any of its patterns' gates would be. */
function blockGate(patterns: readonly RegExp[]): Gate {
  const byFolding = new Map<string, { from: RegExp; literals: Set<string> }>();
  for (const pattern of patterns) {
    const literals = literalsOf(pattern);
    if (!literals) return ALWAYS;
    const folding = foldingOf(pattern);
    let group = byFolding.get(folding);
    if (!group) byFolding.set(folding, (group = { from: pattern, literals: new Set() }));
    for (const literal of literals) group.literals.add(literal);
  }
  const gates = [...byFolding.values()].map(({ from, literals }) => literalGate([...literals], from));
  return gates.length === 1 ? (gates[0] as Gate) : (searched) => gates.some((gate) => gate(searched));
}

/** The replacements in blocks, each pattern and each block with the gate that says whether it can match. */
export function replacementBlocks(list: readonly Replacement[]): Block[] {
  const blocks: Block[] = [];
  for (let at = 0; at < list.length; at += BLOCK_SIZE) {
    const slice = list.slice(at, at + BLOCK_SIZE);
    blocks.push({
      gate: blockGate(slice.map(([pattern]) => pattern)),
      replacements: slice.map(([pattern, replacement]) => {
        const literals = literalsOf(pattern);
        return { pattern, replacement, gate: literals ? literalGate(literals, pattern) : ALWAYS };
      }),
    });
  }
  return blocks;
}

/** Runs every replacement in order, as `text.replace(pattern, replacement)` one after another. */
export function replaceInTurn(text: string, blocks: readonly Block[]): string {
  let searched: Searched = { text, lower: null };
  for (const block of blocks) {
    if (!block.gate(searched)) continue;
    for (const { pattern, replacement, gate } of block.replacements) {
      if (!gate(searched)) continue;
      const out = searched.text.replace(pattern, replacement);
      if (out !== searched.text) searched = { text: out, lower: null };
    }
  }
  return searched.text;
}
