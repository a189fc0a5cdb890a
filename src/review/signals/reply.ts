import type { SignalDetector } from '../signal';

// A draft that opens on a mention ("@sam good question…", "<@U123> thanks…") is a reply to a person.
const OPENS_ON_MENTION = /^\s*(?:\uE001|@[\p{L}\p{N}_]{2,})/u;

export const signal: SignalDetector = {
  id: 'reply',
  principle: 'listen',
  credit: 12,
  note: 'It replies to a person.',
  detect({ text }) {
    const match = OPENS_ON_MENTION.exec(text);
    if (!match) return [];
    const start = match[0].length - match[0].trimStart().length;
    return [{ start, end: match[0].length }];
  },
};
