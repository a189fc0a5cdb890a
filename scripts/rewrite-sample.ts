/**
 * The blind-rating input and the rewrite proxies.
 *
 *   npx tsx scripts/rewrite-sample.ts drafts.jsonl > sample.jsonl
 *     reads {"id","text"} lines, writes {"id","draft","rewrite","alternatives"} for every draft the
 *     reviewer sends back (the lines a rater sees: draft and rewrite only).
 *   npx tsx scripts/rewrite-sample.ts --proxies drafts.jsonl [more.jsonl…]
 *     prints the proxies the rewrite issue measures: share of the most common closing sentence,
 *     share of rewrites that are the draft plus an appended sentence, reply paths kept, rewrites
 *     with broken fragments, and how many drafts got targeted edits instead of a rewrite.
 *   --why  also prints, on stderr, each candidate that failed its checks and why.
 */
import { readFileSync } from 'node:fs';
import { judgeDraft } from '../src/review/judge';
import { reviewDraft } from '../src/review';
import { factSheet, lostFacts } from '../src/review/facts';
import { grammarProblems } from '../src/review/rewrite/grammar';
import { lostReplyPaths } from '../src/review/rewrite/reply-paths';
import { rewriteDraft, REWRITE_CHECKS } from '../src/review/rewrite';
import { planRewrite, withoutWaived } from '../src/review/rewrite/plan';

interface Input {
  id: string | number;
  text: string;
}

function read(file: string): Input[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as Input);
}

const squash = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** The last sentence of a text, as a reader sees it closing the post. */
function closingSentence(text: string): string {
  const body = text.replace(/\n+(?:#\S+\s*)+$/u, '').trim();
  const parts = body.split(/(?<=[.!?…])\s+|\n+/u).filter((part) => part.trim());
  return (parts[parts.length - 1] ?? '').trim();
}

/** The draft word for word, with something appended (a question, a line) and nothing else changed. */
function draftPlusAppended(draft: string, rewrite: string): boolean {
  const a = squash(draft);
  const b = squash(rewrite);
  return b !== a && b.startsWith(a);
}

function proxies(drafts: Input[]): void {
  const closing = new Map<string, number>();
  let revised = 0;
  let rewritten = 0;
  let appended = 0;
  let withPaths = 0;
  let pathsKept = 0;
  let broken = 0;
  let edits = 0;
  let alternatives = 0;
  let factsKept = 0;
  let questions = 0;
  let passing = 0;
  for (const { text } of drafts) {
    const review = reviewDraft(text);
    if (review.verdict !== 'revise') continue;
    revised++;
    if (!review.rewrite) {
      edits++;
      continue;
    }
    rewritten++;
    alternatives += review.alternatives?.length ?? 0;
    const last = closingSentence(review.rewrite);
    closing.set(last, (closing.get(last) ?? 0) + 1);
    if (draftPlusAppended(text, review.rewrite)) appended++;
    // The facts to keep: the draft's, less an upsell the plan took out of a reply on purpose.
    const judged = judgeDraft(text);
    const { waived } = planRewrite(judged, factSheet(text, judged.analysis), []);
    const sheet = factSheet(withoutWaived(text, waived));
    const { paths } = sheet;
    if (lostFacts(sheet, review.rewrite).length === 0) factsKept++;
    if (/\?/.test(last) && !/\?/.test(closingSentence(text))) questions++;
    if (judgeDraft(review.rewrite).verdict === 'pass') passing++;
    if (paths.length > 0) {
      withPaths++;
      if (lostReplyPaths(paths, review.rewrite).length === 0) pathsKept++;
    }
    if (grammarProblems(text, review.rewrite, review.language).length > 0) broken++;
  }
  const [top, count] = [...closing.entries()].sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
  const pct = (part: number, whole: number) => `${((100 * part) / Math.max(1, whole)).toFixed(1)}%`;
  console.log(
    [
      `drafts ${drafts.length}, sent back ${revised}, rewritten ${rewritten}, targeted edits instead ${edits} (${pct(edits, revised)})`,
      `most common closing sentence: ${pct(count, rewritten)} of rewrites ("${top}")`,
      `facts kept: ${pct(factsKept, rewritten)} of rewrites`,
      `close on a question the draft did not ask: ${pct(questions, rewritten)}`,
      `rewrites the reviewer itself would pass: ${pct(passing, rewritten)}`,
      `draft plus appended text: ${pct(appended, rewritten)}`,
      `reply paths kept: ${pathsKept}/${withPaths} (${pct(pathsKept, withPaths)})`,
      `broken fragments: ${pct(broken, rewritten)}`,
      `alternatives per rewrite: ${(alternatives / Math.max(1, rewritten)).toFixed(2)}`,
    ].join('\n'),
  );
}

function sample(drafts: Input[], why: boolean): void {
  for (const { id, text } of drafts) {
    const review = reviewDraft(text);
    if (review.verdict !== 'revise') continue;
    if (why) {
      const failures: string[] = [];
      rewriteDraft(judgeDraft(text), {}, REWRITE_CHECKS, ({ candidate, failure }) => {
        if (failure) failures.push(`  ✗ ${failure}\n    ${candidate.replace(/\n/g, '\n    ')}`);
      });
      if (failures.length > 0)
        process.stderr.write(`${id}: ${text.replace(/\n/g, ' ')}\n${failures.join('\n')}\n`);
    }
    process.stdout.write(
      `${JSON.stringify({ id, draft: text, rewrite: review.rewrite, alternatives: review.alternatives ?? [] })}\n`,
    );
  }
}

const args = process.argv.slice(2);
const files = args.filter((arg) => !arg.startsWith('--'));
if (files.length === 0) {
  process.stderr.write('usage: tsx scripts/rewrite-sample.ts [--proxies] [--why] FILE.jsonl…\n');
  process.exit(2);
}
const drafts = files.flatMap(read);
if (args.includes('--proxies')) proxies(drafts);
else sample(drafts, args.includes('--why'));
