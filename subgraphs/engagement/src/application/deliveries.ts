import { scopes } from "@meander/db";
/**
 * The delivery sender: takes due external deliveries (the delivery outbox),
 * sends each over its channel, and records the outcome. Quiet hours delay a
 * delivery until they end (never drop it); a failure is retried with backoff
 * and recorded as failed after MAX_ATTEMPTS.
 */
import type { UnitOfWork } from "@meander/events";
import { contextFrom, metrics, SpanKind, withSpan } from "@meander/observability";
import { DeliveryFailure, type Channels, type ExternalChannel, type PushTarget } from "../delivery/channels.js";
import {
  createNotificationRepository,
  type DeliveryRow,
  type NotificationRow,
} from "../db/repositories/notifications.js";
import { createPushDeviceRepository } from "../db/repositories/push-devices.js";
import type { DeadDevice } from "../domain/push.js";
import { osloMinuteOfDay } from "../domain/calendar.js";
import { backoffMs, MAX_ATTEMPTS, minutesUntilQuietEnds } from "../domain/notification.js";

export interface DeliveryRun {
  sent: number;
  retried: number;
  failed: number;
  delayed: number;
}

/** How long a claimed delivery stays out of other senders' way while its provider is called. */
export const CLAIM_LEASE_MS = 5 * 60_000;

interface Claimed {
  delivery: DeliveryRow;
  notification: NotificationRow;
  email: string | null;
  phone: string | null;
  devices: PushTarget[];
}

/**
 * Three short steps, never a transaction held open across a provider call:
 * claim the due deliveries (row locks skip those another sender holds; a claim
 * is a lease on next_attempt_at, so a sender that dies mid-way leaves them due
 * again after CLAIM_LEASE_MS: at-least-once), call the providers outside any
 * transaction, then record each outcome in its own transaction.
 */
export async function deliverDue(uow: UnitOfWork, channels: Channels, now: Date, batch = 50): Promise<DeliveryRun> {
  const run: DeliveryRun = { sent: 0, retried: 0, failed: 0, delayed: 0 };
  const claimed = await uow.run(scopes.platform(), async (tx) => {
    const repo = createNotificationRepository(tx, scopes.platform());
    const out: Claimed[] = [];
    for (const { delivery, notification } of await repo.due(now, batch)) {
      const quiet = await repo.quietHoursOf(notification.organizationId, notification.userId);
      const wait = minutesUntilQuietEnds(quiet, osloMinuteOfDay(now));
      if (wait > 0) {
        await repo.updateDelivery(delivery.id, { nextAttemptAt: new Date(now.getTime() + wait * 60_000) });
        run.delayed++;
        metrics.deliveries.inc({ service: "engagement", channel: delivery.channel, outcome: "delayed" });
        continue;
      }
      await repo.updateDelivery(delivery.id, { nextAttemptAt: new Date(now.getTime() + CLAIM_LEASE_MS) });
      const person =
        delivery.channel === "email" || delivery.channel === "sms" ? await repo.personOf(notification.userId) : null;
      const email = delivery.channel === "email" ? (person?.email ?? null) : null;
      const phone = delivery.channel === "sms" ? (person?.phone ?? null) : null;
      const devices =
        delivery.channel === "push"
          ? (
              await createPushDeviceRepository(tx, scopes.platform()).activeOf(
                notification.organizationId,
                notification.userId,
              )
            ).map(({ id, platform, token }) => ({ id, platform, token }))
          : [];
      out.push({ delivery, notification, email, phone, devices });
    }
    return out;
  });
  for (const { delivery, notification, email, phone, devices } of claimed) {
    const attempts = delivery.attempts + 1;
    let outcome: Partial<DeliveryRow>;
    let dead: DeadDevice[] = [];
    try {
      const provider = channels[delivery.channel as ExternalChannel];
      if (!provider) throw new Error(`no ${delivery.channel} provider configured`);
      // A client span per send (tracing on): the channel, the organization's id, a failure's code; never the address or
      // the text. Its parent is what queued the delivery (an event's consumer span): the send joins that event's trace.
      const attributes = {
        "meander.delivery.channel": delivery.channel,
        "meander.organization_id": notification.organizationId,
      };
      const parent = delivery.traceparent ? contextFrom({ traceparent: delivery.traceparent }) : undefined;
      const report = await withSpan(
        `engagement deliver ${delivery.channel}`,
        { kind: SpanKind.CLIENT, attributes, parent },
        () =>
          provider.send({
            notificationId: notification.id,
            userId: notification.userId,
            email,
            phone,
            title: notification.title,
            body: notification.body,
            data: notification.data,
            devices,
          }),
      );
      dead = report?.deadDevices ?? [];
      outcome = { status: "sent", attempts, sentAt: now, lastError: null };
      run.sent++;
    } catch (err) {
      if (err instanceof DeliveryFailure) dead = err.deadDevices;
      const lastError = String((err as Error).message ?? err).slice(0, 500);
      if (attempts >= MAX_ATTEMPTS) {
        outcome = { status: "failed", attempts, lastError };
        run.failed++;
      } else {
        outcome = { attempts, lastError, nextAttemptAt: new Date(now.getTime() + backoffMs(attempts)) };
        run.retried++;
      }
    }
    metrics.deliveries.inc({
      service: "engagement",
      channel: delivery.channel,
      outcome: outcome.status === "sent" || outcome.status === "failed" ? outcome.status : "retried",
    });
    await uow.run(scopes.platform(), async (tx) => {
      await createNotificationRepository(tx, scopes.platform()).updateDelivery(delivery.id, outcome);
      // A token the provider called dead is never used again (the app registers a new one).
      await createPushDeviceRepository(tx, scopes.platform()).deactivate(dead);
    });
  }
  return run;
}
