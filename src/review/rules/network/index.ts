import type { NetworkRule } from '../../rule';
import { rule as hashtags } from './hashtags';
import { rule as hook } from './hook';
import { rule as instagramLink } from './instagram-link';
import { rule as overLimit } from './over-limit';

/**
 * Rules about the draft's destination. Kept apart from RULES: the verdict model was trained on
 * those, so these findings are reported beside the verdict, never fed into it.
 */
export const NETWORK_RULES: NetworkRule[] = [overLimit, hook, instagramLink, hashtags];
