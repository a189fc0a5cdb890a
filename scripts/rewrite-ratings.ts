/**
 * Sums up a blind rewrite rating (docs/rewrite-rating.md).
 *
 *   npx tsx scripts/rewrite-ratings.ts pairs.jsonl ratings.jsonl
 *
 * `pairs.jsonl` is what the rater saw ({"id","draft","rewrite"}, from scripts/rewrite-sample.ts);
 * `ratings.jsonl` what they wrote ({"id","voice","facts","tone","sendable"}). Prints the means and
 * the share sendable, for the versions shown and apart for full versions and lists of small changes,
 * as a Markdown table for the README. A pair with no version (`rewrite: null`) is left out of the
 * means and counts as not sendable in the share of all drafts sent back. Every pair must have exactly one rating: a missing one is an error,
 * not a silent gap in the means.
 */
import { readFileSync } from 'node:fs';

interface Pair {
  id: string;
  rewrite: string | null;
}
interface Rating {
  id: string;
  voice: number;
  facts: number;
  tone: number;
  sendable: boolean;
}

const readLines = <T>(file: string): T[] =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as T);

const [pairsFile, ratingsFile] = process.argv.slice(2);
if (!pairsFile || !ratingsFile) {
  console.error('usage: tsx scripts/rewrite-ratings.ts pairs.jsonl ratings.jsonl');
  process.exit(2);
}
const pairs = readLines<Pair>(pairsFile);
const ratings = new Map(readLines<Rating>(ratingsFile).map((rating) => [String(rating.id), rating]));
const missing = pairs.filter((pair) => !ratings.has(String(pair.id)));
if (missing.length > 0) {
  console.error(`no rating for ${missing.map((pair) => pair.id).join(', ')}`);
  process.exit(1);
}

/** A list of small changes starts with this line; anything else is a full version of the post. */
const isEditList = (pair: Pair) => pair.rewrite?.startsWith('Small changes to try') ?? false;

function row(label: string, group: Pair[]): string {
  if (group.length === 0) return `| ${label} | 0 | – | – | – | – |`;
  const rated = group.map((pair) => ratings.get(String(pair.id)) as Rating);
  const mean = (key: 'voice' | 'facts' | 'tone') =>
    (rated.reduce((sum, rating) => sum + rating[key], 0) / rated.length).toFixed(2);
  const sendable = rated.filter((rating) => rating.sendable).length;
  const share = Math.round((100 * sendable) / rated.length);
  return `| ${label} | ${group.length} | ${mean('voice')} | ${mean('tone')} | ${mean('facts')} | ${sendable} of ${group.length} (${share}%) |`;
}

const shown = pairs.filter((pair) => pair.rewrite !== null);
const none = pairs.length - shown.length;
console.log('| rewrites | drafts | voice | tone | facts | sendable |');
console.log('|---|---:|---:|---:|---:|---:|');
console.log(row('every version shown', shown));
console.log(
  row(
    'full versions',
    shown.filter((pair) => !isEditList(pair)),
  ),
);
console.log(row('lists of small changes', shown.filter(isEditList)));
// A draft sent back with no version at all cannot be sent as it is, whatever a rater wrote for it.
const sendable = shown.filter((pair) => (ratings.get(String(pair.id)) as Rating).sendable).length;
console.log(
  `\nSent back: ${pairs.length}; no version shown: ${none}; sendable as is: ${sendable} of ${pairs.length} ` +
    `(${Math.round((100 * sendable) / pairs.length)}%, a draft with no version counting as not sendable).`,
);
