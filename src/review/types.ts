import { z } from 'zod';

/** The five principles every finding names (DESIGN.md). */
export const PRINCIPLE_IDS = ['conversation', 'human', 'value', 'party', 'listen'] as const;
export const PrincipleId = z.enum(PRINCIPLE_IDS);
export type PrincipleId = z.infer<typeof PrincipleId>;

export const Category = z.enum(['salesy', 'broadcast']);
export type Category = z.infer<typeof Category>;

/** Vale's levels: a suggestion nudges, a warning counts against the draft, an error alone sends it back. */
export const Severity = z.enum(['suggestion', 'warning', 'error']);
export type Severity = z.infer<typeof Severity>;

export const Verdict = z.enum(['pass', 'revise']);
export type Verdict = z.infer<typeof Verdict>;

export const ReviewerKind = z.enum(['rules', 'llm']);
export type ReviewerKind = z.infer<typeof ReviewerKind>;

/** One problem found in a draft. `start`/`end` are offsets into the text the caller gave us. */
export const Finding = z.object({
  rule: z.string(),
  principle: PrincipleId,
  category: Category,
  severity: Severity,
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  excerpt: z.string(),
  message: z.string(),
  suggestion: z.string(),
  /** Every place the same problem occurs, when it repeats (five hashtags are one finding, not five). */
  spans: z
    .array(z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() }))
    .optional(),
});
export type Finding = z.infer<typeof Finding>;

/** Something in the draft's favour (a real question, thanks to a named person, a tip…). */
export const Signal = z.object({
  signal: z.string(),
  principle: PrincipleId,
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  excerpt: z.string(),
  note: z.string(),
});
export type Signal = z.infer<typeof Signal>;

/** Languages with phrase lists of their own; anything else is `other` and gets the language-free rules. */
export const LANGUAGES = ['en', 'es', 'fr', 'de', 'pt', 'it', 'nl'] as const;
export const Language = z.enum([...LANGUAGES, 'other']);
export type Language = z.infer<typeof Language>;

/** Where a draft is going; `any` reviews it with no network's limits. */
export const NETWORK_IDS = [
  'any',
  'x',
  'linkedin',
  'instagram',
  'facebook',
  'threads',
  'bluesky',
  'mastodon',
] as const;
export const NetworkId = z.enum(NETWORK_IDS);
export type NetworkId = z.infer<typeof NetworkId>;

export const Review = z.object({
  verdict: Verdict,
  /** 0–100, higher is more conversational. */
  score: z.number().int().min(0).max(100),
  findings: z.array(Finding),
  signals: z.array(Signal),
  /**
   * A conversational rewrite that passed its checks (facts and reply paths kept, grammar, length,
   * its own review). With a `revise` verdict it is null only when no rewrite passed: then `edits`.
   */
  rewrite: z.string().nullable(),
  /**
   * When the rewrite cannot fit one post on its network without losing a fact: the same words as a
   * thread (X, Threads, Bluesky, Mastodon), split at sentence boundaries, each part within the limit.
   */
  thread: z.array(z.string()).optional(),
  /** Other checked rewrites (warm, short, question-led), best first; `rewrite` is the best. */
  alternatives: z.array(z.string()).optional(),
  /** When no rewrite passed its checks: the targeted edits, per finding (this → that). */
  edits: z
    .array(
      z.object({
        start: z.number().int().nonnegative(),
        end: z.number().int().nonnegative(),
        excerpt: z.string(),
        replacement: z.string(),
      }),
    )
    .optional(),
  reviewer: ReviewerKind,
  /** The language the reviewer assumed (ISO 639-1, or `other`). */
  language: Language,
  /** One short coaching line: the main thing to change, or what works. */
  summary: z.string(),
  /** Set when the LLM produced or refined the review: the hash of the prompts it ran with. */
  promptVersion: z.string().optional(),
  /** The verdict model's version (`rules` when the rules decided alone). */
  model: z.string().optional(),
  /** With a rewrite: the line model's version, which chose the sentences it cuts as only pressing or boasting. */
  rewriteModel: z.string().optional(),
  /** What the draft is for, as the analysis read it (launch, event, offer…). */
  intent: z.string().optional(),
  /** The network the review assumed: a leading tag in the draft, else `ReviewOptions.network`, else `any`. */
  network: NetworkId.optional(),
});
export type Review = z.infer<typeof Review>;

export const Strictness = z.enum(['gentle', 'standard', 'strict']);
export type Strictness = z.infer<typeof Strictness>;

/** A team's own vocabulary, in the spirit of Vale's accept/reject lists. */
export interface TeamPhrase {
  phrase: string;
  message?: string;
}

export interface ReviewOptions {
  strictness?: Strictness;
  /** Rule ids turned off for this channel or team. */
  disabledRules?: readonly string[];
  /** Phrases that are always flagged, with the team's own message. */
  rejectPhrases?: readonly TeamPhrase[];
  /** Phrases that are never flagged (a finding whose excerpt contains one is dropped). */
  acceptPhrases?: readonly string[];
  /** Rule id + lower-cased excerpt pairs a team marked "not helpful" often enough to silence. */
  silenced?: readonly { rule: string; phrase: string }[];
  /** Skip building the rewrite (used inside the rewriter's own check loop). */
  skipRewrite?: boolean;
  /** Who decides the verdict: the shipped model (default) or the rules' own points (for comparisons). */
  verdict?: 'model' | 'rules';
  /** Where the draft is going (a channel's setting, `--network`); a leading `x: …` tag in the draft wins. */
  network?: NetworkId;
}
