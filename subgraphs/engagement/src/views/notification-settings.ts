/** The caller's notification settings: quiet hours and one preference per category (the default where none was saved). */
import type { NotificationRepository } from "../db/repositories/notifications.js";
import { notificationCategory } from "../db/schema/index.js";
import type { PreferenceRef } from "../context.js";

export async function notificationSettings(
  repo: NotificationRepository,
  organizationId: string | null,
  userId: string,
) {
  if (!organizationId) return { quietHours: null, preferences: notificationCategory.enumValues.map(defaultPreference) };
  const [saved, quiet] = await Promise.all([
    repo.preferencesOf(organizationId, userId),
    repo.quietHoursOf(organizationId, userId),
  ]);
  const preferences: PreferenceRef[] = notificationCategory.enumValues.map((category) => {
    const row = saved.find((p) => p.category === category);
    return row ? { category, enabled: row.enabled, channels: row.channels } : defaultPreference(category);
  });
  return { quietHours: quiet ? { fromMinute: quiet.fromMinute, untilMinute: quiet.untilMinute } : null, preferences };
}

const defaultPreference = (category: string): PreferenceRef => ({ category, enabled: true, channels: [] });
