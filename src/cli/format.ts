import { PRINCIPLES } from '../review/principles';
import { LANGUAGE_NAMES } from '../review/language';
import { NETWORK_NAMES } from '../review/networks';
import { RULES } from '../review/rules';
import { NETWORK_RULES } from '../review/rules/network';

const WHY = new Map([...RULES, ...NETWORK_RULES].map((rule) => [rule.meta.id, rule.meta.why]));
import type { Finding, Review } from '../review/types';

/** ANSI styles, or plain text when colour is off (not a TTY, NO_COLOR, --no-color). */
export interface Palette {
  bold(text: string): string;
  dim(text: string): string;
  red(text: string): string;
  yellow(text: string): string;
  green(text: string): string;
  cyan(text: string): string;
  underline(text: string): string;
}

const style = (open: number, close: number) => (text: string) => `\u001b[${open}m${text}\u001b[${close}m`;
export const COLOURS: Palette = {
  bold: style(1, 22),
  dim: style(2, 22),
  red: style(31, 39),
  yellow: style(33, 39),
  green: style(32, 39),
  cyan: style(36, 39),
  underline: style(4, 24),
};
const identity = (text: string) => text;
export const PLAIN: Palette = {
  bold: identity,
  dim: identity,
  red: identity,
  yellow: identity,
  green: identity,
  cyan: identity,
  underline: identity,
};

/** 1-based line and column of an offset, as editors and linters count them. */
export function position(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text[i] === '\n') {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/** The line the finding sits on, with the excerpt marked. Long lines are cut around the excerpt. */
function markedLine(text: string, finding: Finding, palette: Palette): string {
  const lineStart = text.lastIndexOf('\n', finding.start - 1) + 1;
  const nextBreak = text.indexOf('\n', finding.start);
  const lineEnd = nextBreak === -1 ? text.length : nextBreak;
  const end = Math.min(finding.end, lineEnd);
  const from = Math.max(lineStart, finding.start - 40);
  const to = Math.min(lineEnd, end + 40);
  const before = (from > lineStart ? '…' : '') + text.slice(from, finding.start);
  const after = text.slice(end, to) + (to < lineEnd ? '…' : '');
  return `${before}${palette.underline(palette.bold(text.slice(finding.start, end)))}${after}`;
}

const SEVERITY_COLOUR = { error: 'red', warning: 'yellow', suggestion: 'cyan' } as const;

export function formatReview(text: string, review: Review, palette: Palette, label = 'draft'): string {
  const lines: string[] = [];
  const network = review.network && review.network !== 'any' ? `, for ${NETWORK_NAMES[review.network]}` : '';
  lines.push(palette.bold(label) + palette.dim(` (${LANGUAGE_NAMES[review.language]}${network})`));
  if (review.findings.length === 0) lines.push(`  ${palette.green('No findings.')}`);
  const explained = new Set<string>();
  for (const finding of review.findings) {
    const { line, column } = position(text, finding.start);
    const severity = palette[SEVERITY_COLOUR[finding.severity]](finding.severity.padEnd(10));
    lines.push('');
    lines.push(
      `  ${palette.dim(`${line}:${column}`.padEnd(7))} ${severity} ${finding.message}  ${palette.dim(finding.rule)}`,
    );
    lines.push(`  ${' '.repeat(7)}   ${palette.dim('│')} ${markedLine(text, finding, palette)}`);
    lines.push(
      `  ${' '.repeat(7)}   ${palette.dim('│')} ${palette.bold('principle:')} ${PRINCIPLES[finding.principle].title}`,
    );
    const why = WHY.get(finding.rule);
    if (why && !explained.has(finding.rule)) {
      explained.add(finding.rule);
      lines.push(`  ${' '.repeat(7)}   ${palette.dim('│')} ${palette.bold('why:')} ${why}`);
    }
    lines.push(`  ${' '.repeat(7)}   ${palette.dim('│')} ${palette.bold('try:')} ${finding.suggestion}`);
  }
  const counts = (['error', 'warning', 'suggestion'] as const)
    .map(
      (severity) =>
        [severity, review.findings.filter((finding) => finding.severity === severity).length] as const,
    )
    .filter(([, count]) => count > 0)
    .map(([severity, count]) => `${count} ${severity}${count === 1 ? '' : 's'}`);
  lines.push('');
  const verdict =
    review.verdict === 'pass' ? palette.green(palette.bold('✔ pass')) : palette.red(palette.bold('✖ revise'));
  lines.push(
    `${verdict} · score ${review.score}/100${counts.length ? ` · ${counts.join(', ')}` : ''} · ${review.reviewer} reviewer`,
  );
  lines.push(palette.dim(review.summary));
  if (review.rewrite) {
    lines.push('');
    lines.push(palette.bold('A more conversational version'));
    lines.push(...review.rewrite.split('\n').map((line) => `  ${line}`));
    if (review.thread && review.network) {
      // Too long for one post on this network without losing a fact: the same words as a thread.
      lines.push('');
      lines.push(
        palette.bold(`As a thread for ${NETWORK_NAMES[review.network]}`) +
          palette.dim(` (${review.thread.length} posts, each within the limit)`),
      );
      review.thread.forEach((part, index) => {
        lines.push(
          ...part.split('\n').map((line, at) => (at === 0 ? `  ${index + 1}/ ${line}` : `     ${line}`)),
        );
      });
    }
    (review.alternatives ?? []).forEach((alternative, index) => {
      lines.push('');
      lines.push(palette.bold(`Or, version ${index + 2}`));
      lines.push(...alternative.split('\n').map((line) => `  ${line}`));
    });
  } else if (review.edits?.length) {
    lines.push('');
    lines.push(palette.bold('Edits to make') + palette.dim(' (no full rewrite passed its checks)'));
    for (const edit of review.edits) lines.push(`  ${describeEdit(edit)}`);
  }
  return lines.join('\n');
}

/** One targeted edit as a person reads it: this → that, remove this, or add that at the end. */
export function describeEdit(edit: { excerpt: string; replacement: string }): string {
  const replacement = edit.replacement.trim();
  if (!edit.excerpt) return `add at the end: "${replacement}"`;
  if (!replacement) return `remove "${edit.excerpt}"`;
  return `"${edit.excerpt}" → "${replacement}"`;
}
