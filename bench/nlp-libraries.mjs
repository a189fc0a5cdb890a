// Why the analysis is our own small tokenizer and lexicon rather than a general NLP library, and why
// language detection stays the stop-word vote: both measured here on the project's own corpora.
//
//   mkdir /tmp/nlp && cd /tmp/nlp && npm init -y && npm i wink-nlp wink-eng-lite-web-model compromise tinyld franc-min
//   npm run build && NLP_LIBS=/tmp/nlp/node_modules node bench/nlp-libraries.mjs
//
// The libraries are not dependencies of the project; this script only compares against them.
import { createRequire } from 'node:module';
import { readFileSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const libs = process.env.NLP_LIBS;
if (!libs) {
  console.error(
    'Set NLP_LIBS to a node_modules folder holding wink-nlp, wink-eng-lite-web-model, compromise, tinyld and franc-min (see the top of this file).',
  );
  process.exit(2);
}
const require = createRequire(join(libs, 'x.js'));
const ours = createRequire(import.meta.url);
const { parseDraft } = ours(join(root, 'dist/review/draft.js'));
const { analyse } = ours(join(root, 'dist/review/analysis/index.js'));
const { detectLanguage } = ours(join(root, 'dist/review/language.js'));

const folder = join(root, 'corpus/writers');
const drafts = readdirSync(folder)
  .filter((name) => name.endsWith('.jsonl'))
  .flatMap((name) =>
    readFileSync(join(folder, name), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line)),
  );
const english = drafts.filter((draft) => draft.lang === 'en').map((draft) => draft.text);

function perDraft(name, fn, texts, rounds = 2) {
  for (const text of texts.slice(0, 200)) fn(text);
  const started = performance.now();
  for (let round = 0; round < rounds; round++) for (const text of texts) fn(text);
  const micro = ((performance.now() - started) * 1000) / (rounds * texts.length);
  console.log(`${name.padEnd(48)} ${micro.toFixed(0).padStart(6)} µs per draft`);
  return micro;
}

console.log(
  `Node ${process.version}; ${english.length} English drafts from corpus/writers, same process, interleaved runs\n`,
);
const winkNLP = require('wink-nlp');
const winkModel = require('wink-eng-lite-web-model');
const wink = winkNLP(winkModel, ['sbd', 'pos']);
const its = wink.its;
const { default: nlp } = await import(join(libs, 'compromise/src/three.js')).catch(
  () => import(require.resolve('compromise')),
);
const ourCost = perDraft(
  'our analysis (all languages, entities, intent)',
  (text) => analyse(parseDraft(text)),
  english,
);
const winkCost = perDraft(
  'wink-nlp + English model (sentences, POS, lemmas)',
  (text) => {
    const doc = wink.readDoc(text);
    doc.tokens().out(its.pos);
    doc.tokens().out(its.lemma);
  },
  english,
);
const compromiseCost = perDraft(
  'compromise (terms with tags)',
  (text) => nlp(text).terms().json(),
  english.slice(0, 600),
  1,
);
console.log(
  `\nwink-nlp costs ${(winkCost / ourCost).toFixed(1)}× our analysis, compromise ${(compromiseCost / ourCost).toFixed(0)}×, English only.`,
);

// Sentence-initial orders: what the call-to-action rule needs most.
const orders = [
  'Text WIN to 80080 now.',
  'Call 0800 123 4567 to claim.',
  'Book your seat today.',
  'Order yours at the link.',
  'Reply YES to confirm.',
];
console.log('\nFirst word of an order, as each reads it:');
for (const sentence of orders) {
  const ourVerb = analyse(parseDraft(sentence)).sentences[0]?.imperative?.verb ?? '—';
  const winkTag = wink.readDoc(sentence).tokens().out(its.pos)[0];
  const compromiseTags = nlp(sentence).terms().json()[0]?.terms[0]?.tags ?? [];
  console.log(
    `  ${sentence.padEnd(32)} ours: ${ourVerb.padEnd(6)} wink: ${winkTag.padEnd(6)} compromise: ${compromiseTags.includes('Imperative') || compromiseTags.includes('Verb') ? 'verb' : compromiseTags[0]}`,
  );
}

// Language detection on the drafts whose writer recorded the language.
const { detect: tinyld } = require('tinyld');
const { franc } = await import(join(libs, 'franc-min/index.js'));
const ISO3 = { eng: 'en', spa: 'es', fra: 'fr', deu: 'de', por: 'pt', ita: 'it', nld: 'nl' };
const covered = new Set(['en', 'es', 'fr', 'de', 'pt', 'it', 'nl']);
const labelled = drafts.filter((draft) => draft.lang);
const expected = (draft) => (covered.has(draft.lang) ? draft.lang : 'other');
const detectors = {
  'stop-word vote (ours)': (text) => detectLanguage(parseDraft(text).text),
  tinyld: (text) => (covered.has(tinyld(text)) ? tinyld(text) : 'other'),
  'franc-min': (text) => ISO3[franc(text)] ?? 'other',
};
console.log(
  `\nLanguage detection on ${labelled.length} drafts labelled by their writers (${labelled.filter((d) => d.lang !== 'en').length} not English):`,
);
for (const [name, detect] of Object.entries(detectors)) {
  let right = 0;
  let rightShort = 0;
  let short = 0;
  for (const draft of labelled) {
    const ok = detect(draft.text) === expected(draft);
    if (ok) right++;
    if (draft.text.length < 60) {
      short++;
      if (ok) rightShort++;
    }
  }
  const cost = perDraft(
    `  ${name} speed`,
    detect,
    labelled.map((draft) => draft.text),
    1,
  );
  console.log(
    `  ${name.padEnd(24)} accuracy ${(right / labelled.length).toFixed(3)}, under 60 characters ${(rightShort / short).toFixed(3)}, ${cost.toFixed(0)} µs`,
  );
}
