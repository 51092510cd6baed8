/** Settings rows and push tokens, always of one user: the caller. */
import { and, desc, eq } from "drizzle-orm";
import type { Executor } from "@meander/db";
import { deviceTokens, userSettings, users, type DeviceTokenRow, type UserSettingsRow } from "../schema/index.js";

type SettingsFields = Partial<Omit<UserSettingsRow, "userId" | "updatedAt">>;

export function createSettingsRepository(db: Executor) {
  return {
    async byUserId(userId: string): Promise<UserSettingsRow | null> {
      const [row] = await db.select().from(userSettings).where(eq(userSettings.userId, userId));
      return row ?? null;
    },
    async upsert(userId: string, fields: SettingsFields): Promise<UserSettingsRow> {
      const now = new Date();
      const [row] = await db
        .insert(userSettings)
        .values({ userId, ...fields, updatedAt: now })
        .onConflictDoUpdate({ target: userSettings.userId, set: { ...fields, updatedAt: now } })
        .returning();
      return row!;
    },
    async setLanguage(userId: string, language: "nb" | "nn" | "en"): Promise<void> {
      await db.update(users).set({ preferredLanguage: language, updatedAt: new Date() }).where(eq(users.id, userId));
    },
  };
}

export function createDeviceTokenRepository(db: Executor) {
  return {
    async ofUser(userId: string): Promise<DeviceTokenRow[]> {
      return db
        .select()
        .from(deviceTokens)
        .where(eq(deviceTokens.userId, userId))
        .orderBy(desc(deviceTokens.updatedAt));
    },
    /** One row per token: a known token moves to this user and device. */
    async register(row: Pick<DeviceTokenRow, "token" | "userId" | "platform" | "deviceName">): Promise<DeviceTokenRow> {
      const now = new Date();
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
        .where(and(eq(deviceTokens.token, token), eq(deviceTokens.userId, userId)))
        .returning({ token: deviceTokens.token });
      return gone.length > 0;
    },
  };
}
