/**
 * A bare domain ("fastsim.example", "give.hollowfield.org.uk"), short links too ("kck.st/…",
 * "amzn.to/…", "linktr.ee/…"): a link even without https://.
 */
export const DOMAIN =
  /\b[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|io|co|ly|app|dev|ai|uk|de|fr|es|it|nl|pt|br|mx|in|jp|ch|at|be|ie|au|eu|info|shop|store|example|game|games|gg|studio|tv|fm|xyz|art|club|live|online|site|tech|events|media|blog|page|tickets|fit|cafe|music|ca|nz|se|dk|fi|pl|cz|za|sg|hk|ph|ar|cl|pe|lu|gr|ro|hu|sk|pro|biz|me|health|travel|agency|design|works|team|news|academy|school|coach|garden|bike|wine|beer|pizza|restaurant|salon|dental|legal|community|photography|church|charity|bank|st|to|gl|gd|ee|cc|us|link|so|sh|gy|vc|ws|rs|edu|gov)\b/u;

// "…Tickets drop Friday 10am. sunsetsound.co.za", "Donate: justgiving.com/page/kaiplays-24h": an
// address the rewriter knows as one (an e-mail's domain too) ending the last word of a text, with its
// stop or without.
const LINK_WORD = new RegExp(String.raw`(?:https?:\/\/\S+|(?:${DOMAIN.source})(?:\/\S*)?)[.!]?$`, 'u');

// A Slack link ("<https://…|Sign up here>") may hold spaces: it is read whole.
const SLACK_LINK_AT_END = /<[^<>]+>[.!]?$/u;

/** Whether a text ends on a link. Only its last word is read, however long the text. */
export function endsOnLink(text: string): boolean {
  const trimmed = text.trimEnd();
  return SLACK_LINK_AT_END.test(trimmed) || LINK_WORD.test(/\S*$/u.exec(trimmed)?.[0] ?? '');
}
