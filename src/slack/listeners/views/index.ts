import type { App } from '@slack/bolt';
import type { SlackDeps } from '../../deps';

/** No modals yet: reviews are private messages, and App Home is published from events/. */
export function register(_app: App, _deps: SlackDeps): void {}
