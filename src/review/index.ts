/** The review domain's public face: no Slack, no store. */
export { reviewDraft, analyseDraft, PASS_THRESHOLD } from './engine';
export { checkDraft, MAX_DRAFT_CHARS, type DraftProblem } from './limits';
export { parseDraft, type Draft, type ProtectedSpan } from './draft';
export { extractFacts, missingFacts, missingFactsAndPaths, addedFacts, type DraftFacts } from './facts';
export { PRINCIPLES, PRINCIPLE_ORDER, type Principle } from './principles';
export { RULES } from './rules';
export { addressedFindings, publicIdea, whyItMatters } from './explain';
export { LANGUAGE_NAMES } from './language';
export * from './types';
