import { IDS } from './fake-slack';
import { sendInteraction, viewSubmissionPayload, type Harness } from './harness';

export type Json = Record<string, unknown>;

/** view.state.values as Slack sends them for the settings form. */
export function settingsValues(input: {
  replyMode?: string;
  strictness?: string;
  disabledRules?: string[];
  reject?: string;
  accept?: string;
  options?: string[];
  passReaction?: string;
  silenceBy?: string;
  network?: string;
}): Json {
  return {
    ...(input.network
      ? { network: { network: { type: 'static_select', selected_option: { value: input.network } } } }
      : {}),
    ...(input.passReaction
      ? {
          pass_reaction: {
            pass_reaction: { type: 'static_select', selected_option: { value: input.passReaction } },
          },
        }
      : {}),
    ...(input.silenceBy
      ? { silence_by: { silence_by: { type: 'static_select', selected_option: { value: input.silenceBy } } } }
      : {}),
    reply_mode: {
      reply_mode: { type: 'static_select', selected_option: { value: input.replyMode ?? 'thread' } },
    },
    strictness: {
      strictness: { type: 'static_select', selected_option: { value: input.strictness ?? 'standard' } },
    },
    disabled_rules: {
      disabled_rules: {
        type: 'multi_static_select',
        selected_options: (input.disabledRules ?? []).map((value) => ({ value })),
      },
    },
    reject_phrases: { reject_phrases: { type: 'plain_text_input', value: input.reject ?? null } },
    accept_phrases: { accept_phrases: { type: 'plain_text_input', value: input.accept ?? null } },
    options: {
      options: {
        type: 'checkboxes',
        selected_options: (input.options ?? []).map((value) => ({ value })),
      },
    },
  };
}

/** Submits the settings modal that `/etiquette settings` (or Edit defaults) opened, with these values. */
export async function submitSettings(
  harness: Harness,
  openedView: Json,
  values: Json,
  userId: string = IDS.author,
): Promise<{ status: number; body: string }> {
  const payload = viewSubmissionPayload({
    callbackId: String(openedView.callback_id),
    userId,
    values,
  });
  (payload.view as Json).private_metadata = openedView.private_metadata;
  return sendInteraction(harness, payload);
}
