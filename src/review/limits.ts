/** The longest draft we review: far beyond any social network's limit, small enough to stay instant. */
export const MAX_DRAFT_CHARS = 40_000;

export type DraftProblem =
  | { code: 'empty'; message: string }
  | { code: 'too_long'; message: string }
  | { code: 'binary'; message: string };

// Control characters other than tab, newline and carriage return; text never carries these in bulk.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFD]/g;

/** Checks a draft before review and explains, in one line, why it cannot be reviewed. */
export function checkDraft(input: string): DraftProblem | null {
  if (input.trim().length === 0) {
    return { code: 'empty', message: 'The draft is empty: paste the post you want reviewed.' };
  }
  if (input.length > MAX_DRAFT_CHARS) {
    return {
      code: 'too_long',
      message: `The draft is ${input.length.toLocaleString('en-US')} characters; the limit is ${MAX_DRAFT_CHARS.toLocaleString('en-US')}. Split it into the posts you plan to publish.`,
    };
  }
  const control = (input.match(CONTROL) ?? []).length;
  if (input.includes('\u0000') || control / input.length > 0.1) {
    return {
      code: 'binary',
      message: 'This looks like binary data, not a draft post: send the text of the post.',
    };
  }
  return null;
}
