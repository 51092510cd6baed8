/**
 * Creating a notification (inside the caller's transaction): respects the
 * user's choice for the category, writes the in-app record and queues one
 * delivery per external channel the user chose (the delivery outbox).
 */
import { randomUUID } from "node:crypto";
import { scopes, type Executor } from "@meander/db";
import { createNotificationRepository } from "../db/repositories/notifications.js";
import type { NotificationCategory, NotificationRow } from "../db/schema/index.js";
import { externalChannels } from "../domain/notification.js";

export interface NewNotification {
  organizationId: string;
  userId: string;
  category: NotificationCategory;
  title: string;
  body: string;
  data?: Record<string, string>;
}

/** The notification, or null when the user switched its category off. */
export async function notify(tx: Executor, n: NewNotification, now: Date): Promise<NotificationRow | null> {
  const repo = createNotificationRepository(tx, scopes.organization(n.organizationId));
  const pref = await repo.preference(n.organizationId, n.userId, n.category);
  if (pref && !pref.enabled) return null;
  const row = await repo.insert({ id: randomUUID(), ...n, data: n.data ?? {}, createdAt: now });
  await repo.queueDeliveries(row.id, externalChannels(pref), now);
  return row;
}
