import { ACTION_IDS } from '../../blocks/action-ids';
import { actions, button, section } from '../../blocks/limits';
import type { SlackDeps } from '../../deps';
import { tellClicker, type ButtonArgs } from './button-context';

/** Opts the clicker out of (or back into) automatic review, and says how to undo it. */
export async function setOptOutFor(deps: SlackDeps, args: ButtonArgs, optedOut: boolean): Promise<void> {
  const teamId = args.context.teamId ?? args.body.team?.id ?? '';
  const outcome = await deps.coach.setOptOut(teamId, args.body.user.id, optedOut);
  if (outcome === 'failed') {
    await tellClicker(deps, args, 'I could not save that just now. Please try again in a minute.');
    return;
  }
  const text =
    outcome === 'unchanged'
      ? 'You had already asked me not to review your posts in watched channels, so nothing changed. `/etiquette` followed by a draft still works when you ask.'
      : optedOut
        ? 'Done: I will not review your posts in watched channels any more. `/etiquette` followed by a draft still works when you ask.'
        : 'I review your posts in watched channels (again, if you had turned it off).';
  const undo = optedOut
    ? button('Review my posts again', ACTION_IDS.optIn, 'opt_in')
    : button('Don’t review my posts', ACTION_IDS.optOut, 'opt_out');
  await tellClicker(deps, args, text, [section(text), actions('opt_out', [undo])]);
}

/** "Don't review my posts" (the watch announcement) and "Review my posts again". */
export function optOutButton(deps: SlackDeps, optedOut: boolean) {
  return async (args: ButtonArgs): Promise<void> => {
    await args.ack();
    await setOptOutFor(deps, args, optedOut);
  };
}
