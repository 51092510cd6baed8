/** The caller's settings: language (kept on the user) and accessibility preferences; the caller's own rows (`selfScope`). */
import { scopeOf, type Viewer } from "@meander/auth";
import type { Executor } from "@meander/db";
import type { UnitOfWork } from "@meander/events";
import { createSettingsRepository } from "../db/repositories/devices.js";
import { selfScope } from "../db/repositories/scope.js";
import { createUserRepository } from "../db/repositories/users.js";

export type Language = "nb" | "nn" | "en";

export interface UserSettingsModel {
  language: Language;
  largerText: boolean;
  highContrast: boolean;
  reducedMotion: boolean;
  screenReaderHints: boolean;
}

export type SettingsInput = Partial<{ [K in keyof UserSettingsModel]: UserSettingsModel[K] | null }>;

const DEFAULTS = { largerText: false, highContrast: false, reducedMotion: false, screenReaderHints: false };

export async function mySettings(db: Executor, userId: string): Promise<UserSettingsModel> {
  const self = selfScope(userId);
  const user = await createUserRepository(db, self).byId(userId);
  const row = await createSettingsRepository(db, self).byUserId(userId);
  return {
    language: user?.preferredLanguage ?? "nb",
    largerText: row?.largerText ?? DEFAULTS.largerText,
    highContrast: row?.highContrast ?? DEFAULTS.highContrast,
    reducedMotion: row?.reducedMotion ?? DEFAULTS.reducedMotion,
    screenReaderHints: row?.screenReaderHints ?? DEFAULTS.screenReaderHints,
  };
}

export async function updateMySettings(
  uow: UnitOfWork,
  viewer: Viewer,
  input: SettingsInput,
  now: Date,
): Promise<UserSettingsModel> {
  const self = selfScope(viewer.userId);
  return uow.run(scopeOf(viewer), async (tx, events) => {
    const users = createUserRepository(tx, self);
    if (input.language && input.language !== (await users.byId(viewer.userId))?.preferredLanguage) {
      await users.setLanguage(viewer.userId, input.language, now);
      // Engagement writes notifications in this language (identity.user.language_changed).
      await events.emit({
        type: "identity.user.language_changed",
        aggregateId: viewer.userId,
        organizationId: null,
        actorId: viewer.userId,
        payload: { userId: viewer.userId, language: input.language },
      });
    }
    const fields: Partial<typeof DEFAULTS> = {};
    for (const key of Object.keys(DEFAULTS) as (keyof typeof DEFAULTS)[]) {
      const value = input[key];
      if (typeof value === "boolean") fields[key] = value;
    }
    await createSettingsRepository(tx, self).upsert(viewer.userId, fields, now);
    return mySettings(tx, viewer.userId);
  });
}
