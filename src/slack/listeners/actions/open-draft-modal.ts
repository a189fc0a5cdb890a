import { renderDraftModal } from '../../blocks/draft-modal';
import { renderHowItWorks } from '../../blocks/home';
import type { ButtonArgs } from './button-context';

/** App Home's "Review a draft" button: open the modal (the trigger expires in 3 s, so right away). */
export function openDraftModal() {
  return async ({ ack, body, client }: ButtonArgs): Promise<void> => {
    await ack();
    await client.views.open({ trigger_id: body.trigger_id, view: renderDraftModal() });
  };
}

/** App Home's "How it works": the principles and how to use the bot, in a modal. */
export function openHowItWorks() {
  return async ({ ack, body, client }: ButtonArgs): Promise<void> => {
    await ack();
    await client.views.open({ trigger_id: body.trigger_id, view: renderHowItWorks() });
  };
}
