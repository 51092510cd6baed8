/** The organization settings projection; an organization without a row gets the defaults. */
import { eq } from "drizzle-orm";
import type { Executor } from "@meander/db";
import { DEFAULT_SETTINGS, type ActivitySettings } from "../../domain/settings.js";
import { organizationSettings } from "../schema/index.js";

export function createSettingsRepository(db: Executor) {
  return {
    async of(organizationId: string): Promise<ActivitySettings> {
      const [row] = await db
        .select()
        .from(organizationSettings)
        .where(eq(organizationSettings.organizationId, organizationId));
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
      const values = { ...s, sensitiveFieldPolicy: [...s.sensitiveFieldPolicy] };
      await db
        .insert(organizationSettings)
        .values({ organizationId, ...values, updatedAt: now })
        .onConflictDoUpdate({ target: organizationSettings.organizationId, set: { ...values, updatedAt: now } });
    },
  };
}
