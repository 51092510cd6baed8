/**
 * The delivery sender: takes due external deliveries (the delivery outbox),
 * sends each over its channel, and records the outcome. Quiet hours delay a
 * delivery until they end (never drop it); a failure is retried with backoff
 * and recorded as failed after MAX_ATTEMPTS.
 */
import type { UnitOfWork } from "@meander/events";
import type { Channels, ExternalChannel } from "../delivery/channels.js";
import { createNotificationRepository } from "../db/repositories/notifications.js";
import { osloMinuteOfDay } from "../domain/calendar.js";
import { backoffMs, MAX_ATTEMPTS, minutesUntilQuietEnds } from "../domain/notification.js";

export interface DeliveryRun {
  sent: number;
  retried: number;
  failed: number;
  delayed: number;
}

export async function deliverDue(uow: UnitOfWork, channels: Channels, now: Date, batch = 50): Promise<DeliveryRun> {
  const run: DeliveryRun = { sent: 0, retried: 0, failed: 0, delayed: 0 };
  await uow.run({ organizationId: null }, async (tx) => {
    const repo = createNotificationRepository(tx, { organizationId: null });
    for (const { delivery, notification } of await repo.due(now, batch)) {
      const quiet = await repo.quietHoursOf(notification.organizationId, notification.userId);
      const wait = minutesUntilQuietEnds(quiet, osloMinuteOfDay(now));
      if (wait > 0) {
        await repo.updateDelivery(delivery.id, { nextAttemptAt: new Date(now.getTime() + wait * 60_000) });
        run.delayed++;
        continue;
      }
      const attempts = delivery.attempts + 1;
      try {
        const provider = channels[delivery.channel as ExternalChannel];
        if (!provider) throw new Error(`no ${delivery.channel} provider configured`);
        await provider.send({
          notificationId: notification.id,
          userId: notification.userId,
          email: delivery.channel === "email" ? await repo.emailOf(notification.userId) : null,
          title: notification.title,
          body: notification.body,
          data: notification.data,
        });
        await repo.updateDelivery(delivery.id, { status: "sent", attempts, sentAt: now, lastError: null });
        run.sent++;
      } catch (err) {
        const lastError = String((err as Error).message ?? err).slice(0, 500);
        if (attempts >= MAX_ATTEMPTS) {
          await repo.updateDelivery(delivery.id, { status: "failed", attempts, lastError });
          run.failed++;
        } else {
          await repo.updateDelivery(delivery.id, { attempts, lastError, nextAttemptAt: new Date(now.getTime() + backoffMs(attempts)) });
          run.retried++;
        }
      }
    }
  });
  return run;
}
