/** Settings rows and push tokens: a user's own rows (./scope.ts), the user themself or the platform. */
import { and, desc, eq } from "drizzle-orm";
import type { Executor, Scope } from "@meander/db";
import { deviceTokens, userSettings, type DeviceTokenRow, type UserSettingsRow } from "../schema/index.js";
import { outOfScope, ownRows, reachesUser } from "./scope.js";

export type { DeviceTokenRow, UserSettingsRow } from "../schema/index.js";
type SettingsFields = Partial<Omit<UserSettingsRow, "userId" | "updatedAt">>;

export function createSettingsRepository(db: Executor, scope: Scope) {
  return {
    async byUserId(userId: string): Promise<UserSettingsRow | null> {
      const [row] = await db
        .select()
        .from(userSettings)
        .where(and(eq(userSettings.userId, userId), ownRows(scope, userSettings.userId)));
      return row ?? null;
    },
    async upsert(userId: string, fields: SettingsFields, now: Date): Promise<UserSettingsRow> {
      if (!reachesUser(scope, userId)) throw outOfScope(`the settings of ${userId}`, scope);
      const [row] = await db
        .insert(userSettings)
        .values({ userId, ...fields, updatedAt: now })
        .onConflictDoUpdate({ target: userSettings.userId, set: { ...fields, updatedAt: now } })
        .returning();
      return row!;
    },
  };
}

export function createDeviceTokenRepository(db: Executor, scope: Scope) {
  const own = () => ownRows(scope, deviceTokens.userId);
  return {
    async ofUser(userId: string): Promise<DeviceTokenRow[]> {
      return db
        .select()
        .from(deviceTokens)
        .where(and(eq(deviceTokens.userId, userId), own()))
        .orderBy(desc(deviceTokens.updatedAt));
    },
    /**
     * One row per token: a known token moves to this user and device, whoever held it (so the upsert reaches
     * another user's row: the platform scope only).
     */
    async register(
      row: Pick<DeviceTokenRow, "token" | "userId" | "platform" | "deviceName">,
      now: Date,
    ): Promise<DeviceTokenRow> {
      if (scope.reach !== "platform") throw outOfScope("moving a push token", scope);
      const [saved] = await db
        .insert(deviceTokens)
        .values({ ...row, createdAt: now, updatedAt: now })
        .onConflictDoUpdate({
          target: deviceTokens.token,
          set: { userId: row.userId, platform: row.platform, deviceName: row.deviceName, updatedAt: now },
        })
        .returning();
      return saved!;
    },
    async remove(userId: string, token: string): Promise<boolean> {
      const gone = await db
        .delete(deviceTokens)
        .where(and(eq(deviceTokens.token, token), eq(deviceTokens.userId, userId), own()))
        .returning({ token: deviceTokens.token });
      return gone.length > 0;
    },
  };
}
