/**
 * The organization settings projection; an organization without a row gets the defaults. Organization-wide rows:
 * every member of the organization reads them; the scope given at construction applies to every method.
 */
import { and, eq } from "drizzle-orm";
import { scopedWhere, type Executor, type Scope } from "@meander/db";
import { DEFAULT_SETTINGS, type ActivitySettings } from "../../domain/settings.js";
import { organizationSettings } from "../schema/index.js";
import { assertInScope } from "./scope.js";

export function createSettingsRepository(db: Executor, scope: Scope) {
  const visible = () => scopedWhere(scope, { organization: organizationSettings.organizationId });
  return {
    async of(organizationId: string): Promise<ActivitySettings> {
      const [row] = await db
        .select()
        .from(organizationSettings)
        .where(and(eq(organizationSettings.organizationId, organizationId), visible()));
      if (!row) return DEFAULT_SETTINGS;
      const {
        duplicateWindowMinutes,
        groupMinParticipants,
        groupMinMinutes,
        courseMinMinutesPerDay,
        sensitiveFieldPolicy,
        activityDateFloor,
        contactRetentionYears,
      } = row;
      return {
        duplicateWindowMinutes,
        groupMinParticipants,
        groupMinMinutes,
        courseMinMinutesPerDay,
        sensitiveFieldPolicy,
        activityDateFloor,
        contactRetentionYears,
      };
    },
    async put(organizationId: string, s: ActivitySettings, now: Date): Promise<void> {
      assertInScope(scope, { organizationId });
      const values = { ...s, sensitiveFieldPolicy: [...s.sensitiveFieldPolicy] };
      await db
        .insert(organizationSettings)
        .values({ organizationId, ...values, updatedAt: now })
        .onConflictDoUpdate({ target: organizationSettings.organizationId, set: { ...values, updatedAt: now } });
    },
  };
}
