import type { Coach } from '../coach';
import type { Logger } from '../logger';
import type { PendingWork } from './pending-work';
import type { PostToResponseUrl } from './respond';

/** What every listener gets besides Bolt's own arguments. */
export interface SlackDeps {
  coach: Coach;
  logger: Logger;
  postToResponseUrl: PostToResponseUrl;
  /** issue 6: reviews owed between ack and reply, persisted and tracked for shutdown. */
  work: PendingWork;
}
