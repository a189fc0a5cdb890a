import type { Coach } from '../coach';
import type { Logger } from '../logger';
import type { PostToResponseUrl } from './respond';

/** What every listener gets besides Bolt's own arguments. */
export interface SlackDeps {
  coach: Coach;
  logger: Logger;
  postToResponseUrl: PostToResponseUrl;
}
