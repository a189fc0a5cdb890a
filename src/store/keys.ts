/** How long a claimed event id is remembered: Slack retries within minutes, duplicates within hours. */
export const EVENT_TTL_MS = 24 * 60 * 60 * 1000;

/**
 * The key of a Slack installation, the same in every engine: org-wide (enterprise) installs are keyed by
 * enterprise, every other install by team. Null when the query names neither.
 */
export function installKey(query: {
  teamId?: string | null;
  enterpriseId?: string | null;
  isEnterpriseInstall?: boolean;
}): string | null {
  if (query.isEnterpriseInstall) return query.enterpriseId ? `E:${query.enterpriseId}` : null;
  if (query.teamId) return `T:${query.teamId}`;
  if (query.enterpriseId && query.isEnterpriseInstall === undefined) return `E:${query.enterpriseId}`;
  return null;
}
