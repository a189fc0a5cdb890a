import { renderReview } from '../../blocks/review';
import type { SlackDeps } from '../../deps';
import { clickedReview, type ButtonArgs } from './button-context';

/** "Show details" / "Hide details" on a thread reply: unfold or fold the findings in place. */
export function toggleDetails(deps: SlackDeps, show: boolean) {
  return async (args: ButtonArgs): Promise<void> => {
    await args.ack();
    const clicked = await clickedReview(deps, args);
    if (!clicked?.channel || !clicked.messageTs) return;
    const message = renderReview(clicked.coached, show ? 'thread-details' : 'thread-summary');
    await args.client.chat.update({ channel: clicked.channel, ts: clicked.messageTs, ...message });
  };
}
