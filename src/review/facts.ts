import { parseDraft, PLACEHOLDER_CLASS } from './draft';

/** What a rewrite must carry over from the draft: links, people, channels and figures. */
export interface DraftFacts {
  urls: string[];
  mentions: string[];
  channels: string[];
  numbers: string[];
}

const NUMBER = /\d+(?:[.,:/]\d+)*/g;

export function extractFacts(input: string): DraftFacts {
  const draft = parseDraft(input);
  const facts: DraftFacts = { urls: [], mentions: [], channels: [], numbers: [] };
  for (const span of draft.protectedSpans) {
    if (span.kind === 'url') facts.urls.push(span.value);
    else if (span.kind === 'mention' || span.kind === 'special') facts.mentions.push(span.value);
    else if (span.kind === 'channel') facts.channels.push(span.value);
  }
  const visible = draft.text.replace(new RegExp(PLACEHOLDER_CLASS, 'g'), ' ');
  facts.numbers = visible.match(NUMBER) ?? [];
  return facts;
}

function difference(wanted: string[], have: string[]): string[] {
  const pool = new Map<string, number>();
  for (const item of have) pool.set(item, (pool.get(item) ?? 0) + 1);
  const missing: string[] = [];
  for (const item of wanted) {
    const left = pool.get(item) ?? 0;
    if (left > 0) pool.set(item, left - 1);
    else missing.push(item);
  }
  return missing;
}

/** Facts of `original` that `candidate` lost (each distinct fact once). */
export function missingFacts(original: string, candidate: string): string[] {
  const a = extractFacts(original);
  const b = extractFacts(candidate);
  const unique = (items: string[]) => [...new Set(items)];
  return [
    ...difference(unique(a.urls), b.urls),
    ...difference(unique(a.mentions), b.mentions),
    ...difference(unique(a.channels), b.channels),
    ...difference(unique(a.numbers), b.numbers),
  ];
}

/** Links, mentions and channels in `candidate` that `original` never had. */
export function addedFacts(original: string, candidate: string): string[] {
  const a = extractFacts(original);
  const b = extractFacts(candidate);
  const known = new Set([...a.urls, ...a.mentions, ...a.channels]);
  return [...b.urls, ...b.mentions, ...b.channels].filter((item) => !known.has(item));
}
