import type { webApi } from '@slack/bolt';
import { summariseWeek } from '../coach/digest';
import type { Logger } from '../logger';
import type { DigestChannel, Store } from '../store/types';
import { renderDigest } from './blocks/digest';
import { botTokenFor, isOAuthConfigured, type OAuthConfig } from './oauth';

type WebClient = webApi.WebClient;

const DAY_MS = 24 * 60 * 60 * 1000;

/** "Monday morning": from 09:00 to 11:59, local time. A tick every 10 minutes lands in it many times. */
export const DIGEST_WINDOW = { weekday: 'Mon', fromHour: 9, toHour: 12 } as const;

export interface DigestSchedulerOptions {
  store: Store;
  client: WebClient;
  logger: Logger;
  /** The clock; tests pass a fixed Monday morning and call tick() themselves. */
  now?: () => Date;
  /** How often start() ticks (default 10 minutes). */
  intervalMs?: number;
  /** The bot token for a team in OAuth mode; undefined uses the client's own token (single workspace). */
  tokenFor?: (teamId: string) => Promise<string | undefined>;
}

/** The local weekday, hour and date of `now` in an IANA time zone; UTC when the zone is unknown. */
export function localTime(now: Date, timeZone: string): { weekday: string; hour: number; date: string } {
  let parts: Intl.DateTimeFormatPart[];
  try {
    parts = new Intl.DateTimeFormat('en-US', {
      timeZone,
      weekday: 'short',
      hour: 'numeric',
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    }).formatToParts(now);
  } catch {
    return localTime(now, 'UTC');
  }
  const part = (type: string) => parts.find((entry) => entry.type === type)?.value ?? '';
  return {
    weekday: part('weekday'),
    hour: Number(part('hour')),
    date: `${part('year')}-${part('month')}-${part('day')}`,
  };
}

/** The week's key (the local Monday's date) when `now` is Monday morning in `timeZone`, else null. */
export function mondayMorning(now: Date, timeZone: string): string | null {
  const local = localTime(now, timeZone);
  if (local.weekday !== DIGEST_WINDOW.weekday) return null;
  if (local.hour < DIGEST_WINDOW.fromHour || local.hour >= DIGEST_WINDOW.toHour) return null;
  return local.date;
}

/**
 * Posts each opted-in channel's weekly digest on Monday morning, in the time zone of the person who turned the
 * digest on (users.info `tz`; Slack has no workspace time zone in its API, and that person chose to hear from
 * us), UTC when unknown. Every replica ticks; store.claimDigest(team, channel, local Monday) lets exactly one
 * of them post, once per week. A claim that cannot be made (store down) posts nothing: never twice.
 */
export class DigestScheduler {
  private readonly now: () => Date;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<number> | null = null;

  constructor(private readonly options: DigestSchedulerOptions) {
    this.now = options.now ?? (() => new Date());
  }

  start(): void {
    if (this.timer) return;
    this.timer = setInterval(() => void this.tick(), this.options.intervalMs ?? 10 * 60 * 1000);
    this.timer.unref();
    void this.tick();
  }

  /** Stops ticking and waits for a tick under way, so the store is not closed under it. */
  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running?.catch(() => undefined);
  }

  /** One pass over the opted-in channels; resolves with how many digests this replica posted. */
  tick(): Promise<number> {
    if (this.running) return this.running;
    this.running = this.postDue().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  private async postDue(): Promise<number> {
    const { store, logger } = this.options;
    let channels: DigestChannel[];
    try {
      channels = await store.listDigestChannels();
    } catch (error) {
      logger.warn({ event: 'digest.error', err: error }, 'could not list digest channels');
      return 0;
    }
    let posted = 0;
    for (const channel of channels) {
      try {
        if (await this.postIfDue(channel)) posted += 1;
      } catch (error) {
        logger.error(
          { event: 'digest.error', teamId: channel.teamId, channelId: channel.channelId, err: error },
          'weekly digest not posted',
        );
      }
    }
    return posted;
  }

  private async postIfDue(channel: DigestChannel): Promise<boolean> {
    const { store, client, logger } = this.options;
    const now = this.now();
    const token = await this.options.tokenFor?.(channel.teamId);
    // OAuth mode and no installation (uninstalled): nobody to post as, and nothing to claim.
    if (this.options.tokenFor && !token) return false;
    const timeZone = await this.timeZoneOf(channel.updatedBy, token);
    const week = mondayMorning(now, timeZone);
    if (!week) return false;
    if (!(await store.claimDigest(channel.teamId, channel.channelId, week))) return false;
    const reviews = await store.listReviews({
      teamId: channel.teamId,
      since: new Date(now.getTime() - 14 * DAY_MS),
    });
    const message = renderDigest(summariseWeek(reviews, channel.channelId, now));
    await client.chat.postMessage({
      ...(token ? { token } : {}),
      channel: channel.channelId,
      text: message.text,
      blocks: message.blocks,
      unfurl_links: false,
    });
    logger.info(
      { event: 'digest.posted', teamId: channel.teamId, channelId: channel.channelId, week, timeZone },
      'weekly digest posted',
    );
    return true;
  }

  private async timeZoneOf(userId: string | null, token: string | undefined): Promise<string> {
    if (!userId) return 'UTC';
    try {
      const { user } = await this.options.client.users.info({ ...(token ? { token } : {}), user: userId });
      return user?.tz || 'UTC';
    } catch {
      return 'UTC';
    }
  }
}

/**
 * The running app's scheduler: the app's own client, and in OAuth mode (many workspaces) each team's bot
 * token from its stored installation.
 */
export function startDigestScheduler(
  client: WebClient,
  store: Store,
  config: OAuthConfig,
  logger: Logger,
): DigestScheduler {
  const scheduler = new DigestScheduler({
    store,
    client,
    logger: logger.child({ component: 'digest' }),
    ...(isOAuthConfigured(config) ? { tokenFor: (teamId: string) => botTokenFor(store, teamId) } : {}),
  });
  scheduler.start();
  return scheduler;
}
