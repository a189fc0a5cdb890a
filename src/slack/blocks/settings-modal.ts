import type { types } from '@slack/bolt';
import { DEFAULT_PASS_REACTION } from '../../coach/settings';
import { ruleTitle } from '../../coach/stats';
import { NETWORK_IDS, RULES, type NetworkId, type Strictness, type TeamPhrase } from '../../review';
import { NETWORK_NAMES } from '../../review/networks';
import type { ReplyMode, WorkspaceDefaults } from '../../store/types';
import { context, section, type KnownBlock } from './limits';

export type ModalView = types.ModalView;

/** Callback ids and block/action ids of the settings modals, shared by the renderer and the submit listener. */
export const SETTINGS_MODAL = {
  channelCallbackId: 'channel_settings',
  workspaceCallbackId: 'workspace_settings',
  replyMode: 'reply_mode',
  strictness: 'strictness',
  disabledRules: 'disabled_rules',
  rejectPhrases: 'reject_phrases',
  acceptPhrases: 'accept_phrases',
  options: 'options',
  passReaction: 'pass_reaction',
  silenceBy: 'silence_by',
  network: 'network',
} as const;

/** What the modal edits: everything but who/where/when (the channel's `watched` stays as it is). */
export type EditableSettings = Pick<
  WorkspaceDefaults,
  | 'replyMode'
  | 'strictness'
  | 'disabledRules'
  | 'rejectPhrases'
  | 'acceptPhrases'
  | 'digest'
  | 'storeDraftText'
  | 'passReaction'
  | 'silenceBy'
  | 'network'
>;

/** Carried in private_metadata so the submission knows what it is about, whoever's Home it came from. */
export interface SettingsTarget {
  scope: 'channel' | 'workspace';
  teamId: string;
  channelId?: string;
}

const REPLY_MODES: { value: ReplyMode; label: string }[] = [
  { value: 'thread', label: 'In the post’s thread: one short idea everyone sees' },
  { value: 'ephemeral', label: 'Only the author sees it, in the channel' },
  { value: 'dm', label: 'A direct message to the author' },
];

const REPLY_MODE_HINT =
  'Thread: one kind line and a suggested version or small changes to try, visible to the channel (a drafts ' +
  'channel is where people ask for feedback); the rest opens only for whoever presses Details. Only the author: a ' +
  'private note nobody else sees. Direct message: the same, in a DM.';

/** Reactions teams do not read as "approved": what the bot means is "I looked and have nothing to suggest". */
const PASS_REACTIONS: { value: string; label: string }[] = [
  { value: 'eyes', label: '👀 Eyes' },
  { value: 'speech_balloon', label: '💬 Speech balloon' },
  { value: 'wave', label: '👋 Wave' },
  { value: 'seedling', label: '🌱 Seedling' },
  { value: 'none', label: 'No reaction' },
];

/** Where posts are going: each network's limits and first-line checks apply to the drafts reviewed here. */
const NETWORK_OPTIONS = NETWORK_IDS.map((id) => ({
  value: id,
  label: id === 'any' ? 'Any network (no limits checked)' : NETWORK_NAMES[id],
}));

const STRICTNESS: { value: Strictness; label: string }[] = [
  { value: 'gentle', label: 'Gentle: only clear cases' },
  { value: 'standard', label: 'Standard' },
  { value: 'strict', label: 'Strict: every nudge' },
];

const MAX_PHRASES = 50;
const MAX_PHRASE_CHARS = 100;
const MAX_MESSAGE_CHARS = 200;

const text = (value: string) => ({ type: 'plain_text' as const, text: value, emoji: true });
const option = (value: string, label: string) => ({ text: text(label.slice(0, 75)), value });

/**
 * A rule by the one name a person reads for it everywhere (their stats, App Home, the digest): "Many hashtags or
 * emoji", never its id, and not a second name here that they would have to match up with the first.
 */
const RULE_OPTIONS = RULES.map((rule) => option(rule.meta.id, ruleTitle(rule.meta.id)));

/** One reject phrase per line: `phrase` or `phrase | the message your team wants to see`. */
export function formatRejectPhrases(phrases: readonly TeamPhrase[]): string {
  return phrases
    .map((entry) => (entry.message ? `${entry.phrase} | ${entry.message}` : entry.phrase))
    .join('\n');
}

/** Slack shows an empty initial value as an empty field anyway; leaving it out keeps the view minimal. */
function initialValue(value: string): { initial_value?: string } {
  return value ? { initial_value: value } : {};
}

function lines(value: string | null | undefined): string[] {
  return (value ?? '')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}

/** The channel (or workspace) settings form, pre-filled with what is saved. */
export function renderSettingsModal(target: SettingsTarget, settings: EditableSettings): ModalView {
  const replyInitial = REPLY_MODES.find((mode) => mode.value === settings.replyMode) ?? REPLY_MODES[0]!;
  const strictInitial = STRICTNESS.find((level) => level.value === settings.strictness) ?? STRICTNESS[1]!;
  const disabled = RULE_OPTIONS.filter((entry) => settings.disabledRules.includes(entry.value));
  const reactionValue =
    settings.passReaction === '' ? 'none' : (settings.passReaction ?? DEFAULT_PASS_REACTION);
  const reactionInitial = PASS_REACTIONS.find((each) => each.value === reactionValue) ?? PASS_REACTIONS[0]!;
  const networkInitial =
    NETWORK_OPTIONS.find((each) => each.value === settings.network) ?? NETWORK_OPTIONS[0]!;
  // The digest is posted in a channel, so only a channel can opt in to it.
  const checkboxOptions = [
    ...(target.scope === 'channel'
      ? [option('digest', 'Weekly digest in this channel (Monday morning)')]
      : []),
    option('store_draft_text', 'Keep draft text, for before/after examples in stats'),
  ];
  const checked = checkboxOptions.filter(
    (entry) =>
      (entry.value === 'digest' && settings.digest) ||
      (entry.value === 'store_draft_text' && settings.storeDraftText),
  );
  const intro =
    target.scope === 'channel'
      ? `Settings for <#${target.channelId}>. They apply to the next draft reviewed here.`
      : 'Workspace defaults: used by every channel that has no settings of its own.';
  const blocks: KnownBlock[] = [
    section(intro),
    {
      type: 'input',
      block_id: SETTINGS_MODAL.replyMode,
      label: text('Where automatic reviews go'),
      hint: text(REPLY_MODE_HINT),
      element: {
        type: 'static_select',
        action_id: SETTINGS_MODAL.replyMode,
        options: REPLY_MODES.map((mode) => option(mode.value, mode.label)),
        initial_option: option(replyInitial.value, replyInitial.label),
      },
    },
    {
      type: 'input',
      block_id: SETTINGS_MODAL.network,
      optional: true,
      label: text(target.scope === 'channel' ? 'Posts here are for' : 'Posts are for'),
      hint: text(
        'Drafts are measured the way that network counts. One draft can name its own: “x: …”, “linkedin: …”.',
      ),
      element: {
        type: 'static_select',
        action_id: SETTINGS_MODAL.network,
        options: NETWORK_OPTIONS.map((each) => option(each.value, each.label)),
        initial_option: option(networkInitial.value, networkInitial.label),
      },
    },
    {
      type: 'input',
      block_id: SETTINGS_MODAL.strictness,
      label: text('Strictness'),
      element: {
        type: 'static_select',
        action_id: SETTINGS_MODAL.strictness,
        options: STRICTNESS.map((level) => option(level.value, level.label)),
        initial_option: option(strictInitial.value, strictInitial.label),
      },
    },
    {
      type: 'input',
      block_id: SETTINGS_MODAL.disabledRules,
      optional: true,
      label: text('Rules turned off'),
      element: {
        type: 'multi_static_select',
        action_id: SETTINGS_MODAL.disabledRules,
        placeholder: text('None'),
        options: RULE_OPTIONS,
        ...(disabled.length > 0 ? { initial_options: disabled } : {}),
      },
    },
    {
      type: 'input',
      block_id: SETTINGS_MODAL.rejectPhrases,
      optional: true,
      label: text('Always flag these phrases'),
      hint: text('One per line. Add your message after a bar: "synergy | Say what it does for them."'),
      element: {
        type: 'plain_text_input',
        action_id: SETTINGS_MODAL.rejectPhrases,
        multiline: true,
        ...initialValue(formatRejectPhrases(settings.rejectPhrases)),
      },
    },
    {
      type: 'input',
      block_id: SETTINGS_MODAL.acceptPhrases,
      optional: true,
      label: text('Never flag these phrases'),
      hint: text('One per line: your product names, words your team uses on purpose.'),
      element: {
        type: 'plain_text_input',
        action_id: SETTINGS_MODAL.acceptPhrases,
        multiline: true,
        ...initialValue(settings.acceptPhrases.join('\n')),
      },
    },
    {
      type: 'input',
      block_id: SETTINGS_MODAL.options,
      optional: true,
      label: text('Coaching'),
      element: {
        type: 'checkboxes',
        action_id: SETTINGS_MODAL.options,
        options: checkboxOptions,
        ...(checked.length > 0 ? { initial_options: checked } : {}),
      },
    },
    {
      type: 'input',
      block_id: SETTINGS_MODAL.passReaction,
      optional: true,
      label: text('Reaction when I looked and have nothing to suggest'),
      hint: text('It means “seen, nothing to suggest”. Not a check mark: teams read that as “approved”.'),
      element: {
        type: 'static_select',
        action_id: SETTINGS_MODAL.passReaction,
        options: PASS_REACTIONS.map((each) => option(each.value, each.label)),
        initial_option: option(reactionInitial.value, reactionInitial.label),
      },
    },
    context('`/etiquette watch` and `unwatch` turn automatic review of a channel on and off.'),
  ];
  return {
    type: 'modal',
    callback_id:
      target.scope === 'channel' ? SETTINGS_MODAL.channelCallbackId : SETTINGS_MODAL.workspaceCallbackId,
    private_metadata: JSON.stringify(target),
    title: text(target.scope === 'channel' ? 'Channel settings' : 'Workspace defaults'),
    submit: text('Save'),
    close: text('Cancel'),
    blocks,
  };
}

/** The shape of view.state.values we read (Slack's own type is a wide union). */
type StateValues = Record<
  string,
  Record<
    string,
    {
      selected_option?: { value: string } | null;
      selected_options?: { value: string }[] | null;
      value?: string | null;
    }
  >
>;

export type ParsedSettings =
  { ok: true; settings: EditableSettings } | { ok: false; errors: Record<string, string> };

/** Reads a submitted settings form; errors are keyed by block id, as response_action "errors" wants them. */
export function parseSettingsSubmission(values: StateValues): ParsedSettings {
  const field = (block: string) => values[block]?.[block];
  const errors: Record<string, string> = {};
  const replyMode = field(SETTINGS_MODAL.replyMode)?.selected_option?.value as ReplyMode | undefined;
  const strictness = field(SETTINGS_MODAL.strictness)?.selected_option?.value as Strictness | undefined;
  const known = new Set(RULES.map((rule) => rule.meta.id));
  const disabledRules = (field(SETTINGS_MODAL.disabledRules)?.selected_options ?? [])
    .map((entry) => entry.value)
    .filter((rule) => known.has(rule));
  const rejectPhrases: TeamPhrase[] = lines(field(SETTINGS_MODAL.rejectPhrases)?.value).map((line) => {
    const bar = line.indexOf('|');
    const phrase = (bar === -1 ? line : line.slice(0, bar)).trim();
    const message = bar === -1 ? '' : line.slice(bar + 1).trim();
    return message ? { phrase, message: message.slice(0, MAX_MESSAGE_CHARS) } : { phrase };
  });
  const acceptPhrases = lines(field(SETTINGS_MODAL.acceptPhrases)?.value);
  const checked = new Set(
    (field(SETTINGS_MODAL.options)?.selected_options ?? []).map((entry) => entry.value),
  );

  if (!replyMode || !REPLY_MODES.some((mode) => mode.value === replyMode))
    errors[SETTINGS_MODAL.replyMode] = 'Pick where reviews go.';
  if (!strictness || !STRICTNESS.some((level) => level.value === strictness))
    errors[SETTINGS_MODAL.strictness] = 'Pick a strictness.';
  const phraseProblem = (list: string[]) =>
    list.length > MAX_PHRASES
      ? `At most ${MAX_PHRASES} phrases, please.`
      : list.some((phrase) => phrase.length === 0 || phrase.length > MAX_PHRASE_CHARS)
        ? `Each phrase needs 1 to ${MAX_PHRASE_CHARS} characters.`
        : null;
  const rejectProblem = phraseProblem(rejectPhrases.map((entry) => entry.phrase));
  if (rejectProblem) errors[SETTINGS_MODAL.rejectPhrases] = rejectProblem;
  const acceptProblem = phraseProblem(acceptPhrases);
  if (acceptProblem) errors[SETTINGS_MODAL.acceptPhrases] = acceptProblem;
  const reaction = field(SETTINGS_MODAL.passReaction)?.selected_option?.value;
  const silenceBy = field(SETTINGS_MODAL.silenceBy)?.selected_option?.value;
  const network = field(SETTINGS_MODAL.network)?.selected_option?.value as NetworkId | undefined;
  if (Object.keys(errors).length > 0 || !replyMode || !strictness) return { ok: false, errors };
  return {
    ok: true,
    settings: {
      replyMode,
      strictness,
      disabledRules,
      rejectPhrases,
      acceptPhrases,
      digest: checked.has('digest'),
      storeDraftText: checked.has('store_draft_text'),
      // Left out when the form had no such field, so what is saved stays.
      ...(reaction && PASS_REACTIONS.some((each) => each.value === reaction)
        ? { passReaction: reaction === 'none' ? '' : reaction }
        : {}),
      ...(silenceBy === 'vote' || silenceBy === 'admins' ? { silenceBy } : {}),
      ...(network && (NETWORK_IDS as readonly string[]).includes(network) ? { network } : {}),
    },
  };
}

export function parseTarget(privateMetadata: string | undefined): SettingsTarget | null {
  try {
    const parsed = JSON.parse(privateMetadata ?? '') as Partial<SettingsTarget>;
    if (parsed.scope !== 'channel' && parsed.scope !== 'workspace') return null;
    if (typeof parsed.teamId !== 'string') return null;
    if (parsed.scope === 'channel' && typeof parsed.channelId !== 'string') return null;
    return { scope: parsed.scope, teamId: parsed.teamId, channelId: parsed.channelId };
  } catch {
    return null;
  }
}
