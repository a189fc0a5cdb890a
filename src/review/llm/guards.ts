import { reviewDraft, PASS_THRESHOLD } from '../engine';
import { CLAIM_REASONS, describeClaims, unsupportedClaims, type ClaimReason } from '../claims';
import { addedFacts, extractFacts, missingFacts } from '../facts';
import { MAX_DRAFT_CHARS } from '../limits';
import { PRINCIPLES } from '../principles';
import { PRINCIPLE_IDS, type Finding, type Review, type ReviewOptions } from '../types';
import type { LlmAnswer } from './schema';
import { escapeRegExp } from '../regex';

/** Longest prose we keep from the model for a message, a suggestion or the coaching line. */
const MAX_PROSE = 280;

// Slack tokens that ping or link: <@U…>, <#C…>, <!here>, <https://…|label>, bare URLs, plain @here.
const SLACK_TOKEN =
  /<[@#!][^<>\s|]*(?:\|[^<>\n]*)?>|<(?:[a-z][a-z0-9+.-]*):[^<>\s|]*(?:\|[^<>\n]*)?>|\b(?:https?:\/\/|www\.)[^\s<>"'`]+|(?<![\w@])@(?:here|channel|everyone)\b/gi;
const TRAILING_PUNCTUATION = /[.,!?;:)\]}'"…]+$/;

/** The part of a token that identifies it: a URL, `@U…`, `#C…`, `!here`. */
function target(token: string): string {
  if (!token.startsWith('<')) return token.startsWith('@') ? `!${token.slice(1).toLowerCase()}` : token;
  const inner = token.slice(1, -1);
  const bar = inner.indexOf('|');
  return bar === -1 ? inner : inner.slice(0, bar);
}

function known(draft: string): Set<string> {
  const facts = extractFacts(draft);
  const set = new Set([...facts.urls, ...facts.mentions, ...facts.channels]);
  for (const match of draft.matchAll(/(?<![\w@])@(here|channel|everyone)\b/gi))
    set.add(`!${(match[1] ?? '').toLowerCase()}`);
  return set;
}

function tokenIn(token: string, facts: Set<string>): boolean {
  return facts.has(target(token)) || facts.has(target(token.replace(TRAILING_PUNCTUATION, '')));
}

/** Slack mentions, broadcasts and links in `text` that the draft does not contain. */
export function foreignSlackTokens(draft: string, text: string): string[] {
  const facts = known(draft);
  const foreign: string[] = [];
  for (const match of text.matchAll(SLACK_TOKEN)) {
    let token = match[0];
    if (!token.startsWith('<')) token = token.replace(TRAILING_PUNCTUATION, '');
    if (!tokenIn(token, facts)) foreign.push(token);
  }
  return foreign;
}

/**
 * Makes model prose safe to post: any mention, broadcast or link the draft did not carry is
 * dropped (a labelled link keeps its label as plain text), and the result is cut to a sane length.
 */
export function sanitiseProse(draft: string, text: string, max = MAX_PROSE): string {
  const facts = known(draft);
  const cleaned = text
    // A Markdown link to somewhere the draft never pointed keeps only its label.
    .replace(/\[([^\]\n]*)\]\(([^()\s]+)\)/g, (link, label: string, url: string) =>
      facts.has(url) ? link : label,
    )
    .replace(SLACK_TOKEN, (token) => {
      const bare = token.startsWith('<') ? token : token.replace(TRAILING_PUNCTUATION, '');
      if (tokenIn(bare, facts)) return token;
      const rest = token.slice(bare.length);
      if (bare.startsWith('<')) {
        const bar = bare.indexOf('|');
        return bar === -1 ? '' : bare.slice(bar + 1, -1).replace(/[<>]/g, '');
      }
      return bare.startsWith('@') ? bare.slice(1) + rest : rest;
    })
    .replace(/[ \t]{2,}/g, ' ')
    .replace(/\s+([.,!?;:])/g, '$1')
    .trim();
  return cleaned.length > max ? `${cleaned.slice(0, max - 1).trimEnd()}…` : cleaned;
}

/** A pattern for an excerpt that forgives whitespace runs and straight/curly quotes, nothing else. */
function tolerantPattern(excerpt: string): RegExp {
  let source = '';
  for (const part of excerpt.trim().split(/(\s+)/)) {
    if (/^\s+$/.test(part)) {
      source += '\\s+';
      continue;
    }
    source += [...part]
      .map((char) => {
        if (/['‘’]/.test(char)) return "['‘’]";
        if (/["“”]/.test(char)) return '["“”]';
        return escapeRegExp(char);
      })
      .join('');
  }
  return new RegExp(source, 'gu');
}

/**
 * Finds where an excerpt sits in the draft. Repeats of one excerpt take successive occurrences.
 * Returns null when it does not occur: the model quoted something the author never wrote.
 */
export function locateExcerpt(
  input: string,
  excerpt: string,
  taken: Map<string, number>,
): { start: number; end: number } | null {
  if (excerpt.trim().length === 0) return null;
  const from = taken.get(excerpt) ?? 0;
  let start = input.indexOf(excerpt, from);
  if (start === -1 && from > 0) start = input.indexOf(excerpt);
  let end = start + excerpt.length;
  if (start === -1) {
    const pattern = tolerantPattern(excerpt);
    pattern.lastIndex = 0;
    const match = pattern.exec(input);
    if (!match) return null;
    start = match.index;
    end = start + match[0].length;
  }
  taken.set(excerpt, end);
  return { start, end };
}

function ruleId(raw: string): string {
  const id = raw
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
  return id || 'llm-finding';
}

/** Why an answer was sent back, as a short code (for /metrics and `etiquette-coach eval`). */
export type GuardCode =
  | 'excerpt-not-in-draft'
  | 'unknown-principle'
  | 'pass-over-hard-sell'
  | 'revise-without-findings'
  | 'rewrite-empty'
  | 'rewrite-too-long'
  | 'rewrite-dropped-fact'
  | 'rewrite-added-link'
  | 'rewrite-still-salesy'
  | `invented-${ClaimReason}`;

export interface GuardProblem {
  code: GuardCode;
  /** One line the model can act on. */
  message: string;
}

export interface GuardResult {
  /** Problems with the findings or the verdict: the answer cannot be used as it is. */
  problems: string[];
  /** Problems with the rewrite only: the findings are usable with another rewrite. */
  rewriteProblems: string[];
  /** The distinct codes of `problems` and `rewriteProblems`, in the order first met. */
  codes: GuardCode[];
  /** The review built from the answer (with `rewrite` null when the rewrite was rejected). */
  review: Review | null;
}

/** Every check a rewrite must pass, with a code per failure; an empty list means it can be offered. */
export function rewriteChecks(input: string, rewrite: string | null, options: ReviewOptions): GuardProblem[] {
  if (rewrite === null || rewrite.trim().length === 0)
    return [{ code: 'rewrite-empty', message: 'the verdict is "revise" but the rewrite is empty' }];
  if (rewrite.length > Math.max(MAX_DRAFT_CHARS / 4, input.length * 3))
    return [{ code: 'rewrite-too-long', message: 'the rewrite is far longer than the draft' }];
  const problems: GuardProblem[] = [];
  const missing = missingFacts(input, rewrite);
  if (missing.length > 0)
    problems.push({
      code: 'rewrite-dropped-fact',
      message: `the rewrite dropped ${missing.map((fact) => `"${fact}"`).join(', ')}`,
    });
  const added = [...new Set([...addedFacts(input, rewrite), ...foreignSlackTokens(input, rewrite)])];
  if (added.length > 0) {
    problems.push({
      code: 'rewrite-added-link',
      message: `the rewrite added links or mentions the draft does not have: ${added.map((a) => `"${a}"`).join(', ')}`,
    });
  }
  // Names, figures, stories, claims and details the author never wrote (src/review/claims.ts).
  const claims = unsupportedClaims(input, rewrite);
  for (const reason of CLAIM_REASONS) {
    const [message] = describeClaims(claims.filter((claim) => claim.reason === reason));
    if (message) problems.push({ code: `invented-${reason}`, message });
  }
  const check = reviewDraft(rewrite, { ...options, skipRewrite: true });
  if (check.verdict !== 'pass') {
    const flagged = check.findings.slice(0, 4).map((f) => `"${f.excerpt}" (${f.rule})`);
    problems.push({
      code: 'rewrite-still-salesy',
      message: `the rewrite still reads as salesy or broadcast: ${flagged.join(', ') || 'it scored too low'}`,
    });
  }
  return problems;
}

/** Why a rewrite cannot be offered, or an empty list. Each reason is one line the model can act on. */
export function rewriteProblems(input: string, rewrite: string | null, options: ReviewOptions): string[] {
  return rewriteChecks(input, rewrite, options).map((problem) => problem.message);
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Checks a parsed answer against the draft and the rule review, and maps it into a `Review`. */
export function guardAnswer(
  input: string,
  answer: LlmAnswer,
  ruleReview: Review,
  options: ReviewOptions,
  promptVersion: string,
): GuardResult {
  const problems: string[] = [];
  const codes = new Set<GuardCode>();
  const problem = (code: GuardCode, message: string) => {
    codes.add(code);
    problems.push(message);
  };
  const taken = new Map<string, number>();
  const findings: Finding[] = [];
  for (const item of answer.findings) {
    if (!(PRINCIPLE_IDS as readonly string[]).includes(item.principle)) {
      problem('unknown-principle', `"${item.principle}" is not one of the principle ids`);
      continue;
    }
    const at = locateExcerpt(input, item.excerpt, taken);
    if (!at) {
      problem(
        'excerpt-not-in-draft',
        `the excerpt "${item.excerpt.slice(0, 80)}" does not occur in the draft`,
      );
      continue;
    }
    const rule = ruleId(item.rule);
    if (findings.some((f) => f.rule === rule && f.start === at.start && f.end === at.end)) continue;
    findings.push({
      rule,
      principle: item.principle,
      category: item.category,
      severity: item.severity,
      start: at.start,
      end: at.end,
      excerpt: input.slice(at.start, at.end),
      message: sanitiseProse(input, item.message) || PRINCIPLES[item.principle].summary,
      suggestion: sanitiseProse(input, item.suggestion),
    });
  }

  // The floor: a hard sell the rules are sure of does not vanish because the model was talked out of it.
  const hardSells = ruleReview.findings.filter(
    (f) => f.severity === 'error' && !findings.some((g) => overlaps(f, g)),
  );
  if (answer.verdict === 'pass' && hardSells.length > 0) {
    const quoted = hardSells.slice(0, 3).map((f) => `"${f.excerpt}"`);
    problem(
      'pass-over-hard-sell',
      `the verdict is "pass" but the draft contains a hard sell: ${quoted.join(', ')}`,
    );
  }
  if (answer.verdict === 'revise' && findings.length + hardSells.length === 0) {
    problem(
      'revise-without-findings',
      'the verdict is "revise" but there are no findings: quote what needs to change, or pass it',
    );
  }
  if (problems.length > 0) return { problems, rewriteProblems: [], codes: [...codes], review: null };

  findings.push(...hardSells);
  findings.sort((a, b) => a.start - b.start || a.end - b.end);
  const verdict = answer.verdict;
  const threshold = PASS_THRESHOLD[options.strictness ?? 'standard'];
  const score =
    verdict === 'revise' ? Math.min(answer.score, threshold - 1) : Math.max(answer.score, threshold);
  const rewriteIssues = verdict === 'revise' ? rewriteChecks(input, answer.rewrite, options) : [];
  const summary = sanitiseProse(input, answer.coaching) || ruleReview.summary;
  return {
    problems: [],
    rewriteProblems: rewriteIssues.map((issue) => issue.message),
    codes: [...new Set(rewriteIssues.map((issue) => issue.code))],
    review: {
      verdict,
      score,
      findings,
      signals: ruleReview.signals,
      rewrite: verdict === 'revise' && rewriteIssues.length === 0 ? answer.rewrite : null,
      reviewer: 'llm',
      language: ruleReview.language,
      summary,
      promptVersion,
      network: ruleReview.network,
    },
  };
}
