/**
 * Creating a notification (inside the caller's transaction): respects the
 * user's choice for the category, writes the in-app record in the user's
 * language (identity's preferred language, bokmål when unknown) with the
 * organization's terminology, and queues one delivery per external channel the
 * user chose (the delivery outbox). SMS to a user without a known phone number
 * is recorded as skipped, with the reason, and never sent.
 */
import { randomUUID } from "node:crypto";
import { scopes, type Executor } from "@meander/db";
import { languageOf, t } from "@meander/messages";
import { traceHeaders } from "@meander/observability";
import { createDirectoryRepository } from "../db/repositories/directory.js";
import {
  createNotificationRepository,
  type NotificationCategory,
  type NotificationRow,
} from "../db/repositories/notifications.js";
import { externalChannels } from "../domain/notification.js";
import type { NotificationText } from "../domain/notification-texts.js";

export interface NewNotification {
  organizationId: string;
  userId: string;
  category: NotificationCategory;
  /** The text, rendered for the recipient (domain/notification-texts.ts). */
  text: NotificationText;
  data?: Record<string, string>;
}

/** The notification, or null when the user switched its category off. */
export async function notify(tx: Executor, n: NewNotification, now: Date): Promise<NotificationRow | null> {
  const scope = scopes.organization(n.organizationId);
  const repo = createNotificationRepository(tx, scope);
  const pref = await repo.preference(n.organizationId, n.userId, n.category);
  if (pref && !pref.enabled) return null;
  const person = await repo.personOf(n.userId);
  const lang = languageOf(person?.language);
  const { title, body } = n.text(lang, await createDirectoryRepository(tx, scope).terminologyOf(n.organizationId));
  const row = await repo.insert({
    id: randomUUID(),
    organizationId: n.organizationId,
    userId: n.userId,
    category: n.category,
    title,
    body,
    data: n.data ?? {},
    createdAt: now,
  });
  const channels = externalChannels(pref);
  const noPhone = channels.includes("sms") && !person?.phone;
  // The trace in progress (an event's consumer span, tracing on) travels with the delivery: its send joins that trace.
  await repo.queueDeliveries(
    row.id,
    noPhone ? channels.filter((c) => c !== "sms") : channels,
    now,
    traceHeaders()?.traceparent ?? null,
  );
  if (noPhone) await repo.skipDelivery(row.id, "sms", t("notification.delivery.no_phone", lang));
  return row;
}
