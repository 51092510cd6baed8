/** The user's notification preferences and quiet hours, and the organization's reminder scenario switches. */
import { badInput, forbiddenBy } from "@meander/validation";
import type { Scope } from "@meander/db";
import type { UnitOfWork } from "@meander/events";
import {
  createNotificationRepository,
  type DeliveryChannel,
  type NotificationCategory,
} from "../db/repositories/notifications.js";
import { createReminderRepository, type ReminderScenario } from "../db/repositories/reminders.js";
import { validQuietHours } from "../domain/notification.js";

function orgOf(scope: Scope): string {
  if (!scope.organizationId)
    throw forbiddenBy("organization_context_required", "Preferences belong to an organization: act within one");
  return scope.organizationId;
}

export async function setPreference(
  uow: UnitOfWork,
  scope: Scope,
  userId: string,
  input: { category: NotificationCategory; enabled: boolean; channels: DeliveryChannel[] | null },
) {
  const organizationId = orgOf(scope);
  const channels = [...new Set((input.channels ?? []).filter((c) => c !== "in_app"))];
  return uow.run(scope, (tx) =>
    createNotificationRepository(tx, scope).setPreference({
      organizationId,
      userId,
      category: input.category,
      enabled: input.enabled,
      channels,
    }),
  );
}

export async function setQuietHours(
  uow: UnitOfWork,
  scope: Scope,
  userId: string,
  fromMinute: number | null,
  untilMinute: number | null,
): Promise<boolean> {
  const organizationId = orgOf(scope);
  await uow.run(scope, async (tx) => {
    const repo = createNotificationRepository(tx, scope);
    if (fromMinute === null && untilMinute === null) return repo.setQuietHours({ organizationId, userId, clear: true });
    const q = { fromMinute: fromMinute ?? -1, untilMinute: untilMinute ?? -1 };
    if (!validQuietHours(q))
      throw badInput(
        "quiet_hours_range",
        fromMinute === null || !validQuietHours({ ...q, untilMinute: 0 }) ? "fromMinute" : "untilMinute",
        "Quiet hours are two minutes of the day, 0 to 1439",
      );
    return repo.setQuietHours({ organizationId, userId, ...q });
  });
  return true;
}

export async function setReminderScenario(uow: UnitOfWork, scope: Scope, scenario: ReminderScenario, enabled: boolean) {
  const organizationId = orgOf(scope);
  return uow.run(scope, (tx) => createReminderRepository(tx, scope).setSetting(organizationId, scenario, enabled));
}
