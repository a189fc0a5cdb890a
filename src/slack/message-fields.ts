/** The fields of a Slack message we read, whatever its subtype (the typed union is too wide to narrow). */
export interface MessageFields {
  subtype?: string;
  user?: string;
  bot_id?: string;
  text?: string;
  ts?: string;
  thread_ts?: string;
  channel_type?: string;
}

export function messageFields(message: unknown): MessageFields {
  if (typeof message !== 'object' || message === null) return {};
  const record = message as Record<string, unknown>;
  const pick = (key: keyof MessageFields) =>
    typeof record[key] === 'string' && record[key] !== '' ? (record[key] as string) : undefined;
  return {
    subtype: pick('subtype'),
    user: pick('user'),
    bot_id: pick('bot_id'),
    text: pick('text'),
    ts: pick('ts'),
    thread_ts: pick('thread_ts'),
    channel_type: pick('channel_type'),
  };
}

/** A reply inside a thread (not the thread's first message). */
export function isThreadReply(message: MessageFields): boolean {
  return message.thread_ts !== undefined && message.thread_ts !== message.ts;
}

/** Written by a bot (any bot, ours included), whichever way Slack marks it. */
export function isFromBot(message: MessageFields, botUserId: string | undefined): boolean {
  return (
    message.bot_id !== undefined ||
    message.subtype === 'bot_message' ||
    (botUserId !== undefined && message.user === botUserId)
  );
}
