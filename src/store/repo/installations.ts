import type { Queryable } from '../sql';
import type { Installation } from '../types';
import { installKey } from '../keys';

interface InstallationRow {
  team_id: string | null;
  enterprise_id: string | null;
  is_enterprise_install: boolean;
  data: unknown;
}

export async function saveInstallation(db: Queryable, installation: Installation): Promise<void> {
  const key = installKey(installation);
  if (!key) throw new Error('an installation needs a team id, or an enterprise id for an org-wide install');
  await db.query(
    `INSERT INTO installations (install_key, team_id, enterprise_id, is_enterprise_install, data, updated_at)
     VALUES ($1, $2, $3, $4, ($5::text)::jsonb, now())
     ON CONFLICT (install_key) DO UPDATE SET team_id = EXCLUDED.team_id, enterprise_id = EXCLUDED.enterprise_id,
       is_enterprise_install = EXCLUDED.is_enterprise_install, data = EXCLUDED.data, updated_at = now()`,
    [
      key,
      installation.teamId,
      installation.enterpriseId,
      installation.isEnterpriseInstall,
      JSON.stringify(installation.data),
    ],
  );
}

export async function findInstallation(
  db: Queryable,
  query: { teamId?: string; enterpriseId?: string; isEnterpriseInstall: boolean },
): Promise<Installation | null> {
  const key = installKey(query);
  if (!key) return null;
  const { rows } = await db.query<InstallationRow>(
    'SELECT team_id, enterprise_id, is_enterprise_install, data FROM installations WHERE install_key = $1',
    [key],
  );
  const row = rows[0];
  if (!row) return null;
  return {
    teamId: row.team_id,
    enterpriseId: row.enterprise_id,
    isEnterpriseInstall: row.is_enterprise_install,
    data: row.data,
  };
}

export async function deleteInstallation(
  db: Queryable,
  query: { teamId?: string; enterpriseId?: string; isEnterpriseInstall?: boolean },
): Promise<void> {
  const key = installKey(query);
  if (key) await db.query('DELETE FROM installations WHERE install_key = $1', [key]);
}
