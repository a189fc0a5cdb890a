/**
 * How well the reviewer judges labelled drafts (`npm run quality`): the rules deciding alone vs the
 * rules with the verdict model, on the test split of corpus/ (never trained or tuned on), per
 * writer, and on any extra JSONL files given as arguments (e.g. a blind set).
 */
import { reviewDraft } from '../src/review';
import { formatScores, isTest, loadCorpus, readJsonl, score, type LabelledDraft } from './corpus';

function report(name: string, drafts: readonly LabelledDraft[]): void {
  const labels = drafts.map((draft) => draft.label);
  const rules = drafts.map(
    (draft) => reviewDraft(draft.text, { verdict: 'rules', skipRewrite: true }).verdict === 'revise',
  );
  const model = drafts.map((draft) => reviewDraft(draft.text, { skipRewrite: true }).verdict === 'revise');
  console.log(formatScores(`${name} · rules alone`, score(labels, rules)));
  console.log(formatScores(`${name} · rules + model`, score(labels, model)));
}

const test = loadCorpus().filter(isTest);
report('test split', test);
for (const writer of [...new Set(test.map((draft) => draft.writer))].sort()) {
  report(
    `  ${writer}`,
    test.filter((draft) => draft.writer === writer),
  );
}
for (const file of process.argv.slice(2)) report(file, readJsonl(file));
