/** The labelled drafts the verdict model learns from and is measured on, and how they are split. */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { hash } from '../src/review/model';

export type Label = 'salesy' | 'broadcast' | 'conversational';

export interface LabelledDraft {
  id: string;
  text: string;
  label: Label;
  /** Who wrote it: one file per writer, each with its own brief. */
  writer: string;
  register?: string;
  lang?: string;
}

const root = join(__dirname, '..');

export function readJsonl(path: string, writer = basename(path, '.jsonl')): LabelledDraft[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => {
      const row = JSON.parse(line) as Omit<LabelledDraft, 'writer'>;
      return { ...row, writer };
    });
}

/** Every labelled draft we wrote: the writers' corpora plus the first version's two fixture sets. */
export function loadCorpus(): LabelledDraft[] {
  const folder = join(root, 'corpus', 'writers');
  const drafts = readdirSync(folder)
    .filter((name) => name.endsWith('.jsonl'))
    .sort()
    .flatMap((name) => readJsonl(join(folder, name)));
  drafts.push(...readJsonl(join(root, 'test', 'fixtures', 'drafts.jsonl'), 'fixtures-drafts'));
  drafts.push(...readJsonl(join(root, 'test', 'fixtures', 'holdout.jsonl'), 'fixtures-holdout'));
  return drafts;
}

/**
 * A quarter of every writer's drafts is the test split, chosen by a hash of the id so the split
 * never changes when drafts are added. Nobody tunes on it: training and its cross-validation
 * read only the rest.
 */
export function isTest(draft: LabelledDraft): boolean {
  return hash(`split:${draft.writer}:${draft.id}`) % 4 === 0;
}

export interface Scores {
  drafts: number;
  precision: number;
  recall: number;
  f1: number;
  /** Share of conversational drafts sent back. */
  falsePositiveRate: number;
}

/** Precision, recall and F1 of "needs revising" against the labels. */
export function score(labels: readonly Label[], flagged: readonly boolean[]): Scores {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let negatives = 0;
  labels.forEach((label, index) => {
    const positive = label !== 'conversational';
    if (!positive) negatives++;
    if (flagged[index] && positive) tp++;
    else if (flagged[index] && !positive) fp++;
    else if (!flagged[index] && positive) fn++;
  });
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return {
    drafts: labels.length,
    precision,
    recall,
    f1,
    falsePositiveRate: negatives === 0 ? 0 : fp / negatives,
  };
}

export function formatScores(name: string, scores: Scores): string {
  const f = (value: number) => value.toFixed(3);
  return `${name.padEnd(34)} n=${String(scores.drafts).padStart(4)}  P ${f(scores.precision)}  R ${f(scores.recall)}  F1 ${f(scores.f1)}  FPR ${f(scores.falsePositiveRate)}`;
}
