import type { Rule } from '../rule';

/** Every rule the engine runs, in reporting order. Add a rule: one file here, one test, one docs entry. */
export const RULES: Rule[] = [];
