/**
 * The confirmation mails of demo bookings and their delivery attempts (leads' mails: the platform's data, like the
 * leads; constructed with `scopes.platform()`, a narrower scope sees and writes none). The mail consumer records a
 * row, the mail worker (leads/mailer.ts) claims due rows, sends them and backs off on failure.
 */
import { and, eq, isNotNull, isNull, sql } from "drizzle-orm";
import { queryRows, type Executor, type Scope } from "@meander/db";
import { mailDeliveries } from "../schema/index.js";
import { checkPlatform, platformRows } from "./scope.js";

export interface ClaimedDelivery {
  id: string;
  leadId: string;
  attempts: number;
}

export function createMailDeliveryRepository(db: Executor, scope: Scope) {
  const visible = () => platformRows(scope);
  return {
    /** The confirmation mail of one booking (once: a redelivered event records nothing twice). */
    async record(row: { id: string; leadId: string; demoBookingId: string }): Promise<void> {
      checkPlatform(scope, "mail deliveries");
      await db.insert(mailDeliveries).values(row).onConflictDoNothing();
    },
    /**
     * Claims up to `limit` deliveries due at `at` (skipping those another worker holds): their next attempt moves to
     * `lease`, attempts counts this one.
     */
    async claim(at: Date, lease: Date, limit: number): Promise<ClaimedDelivery[]> {
      checkPlatform(scope, "mail deliveries");
      const rows = await queryRows<{ id: string; lead_id: string; attempts: number }>(
        db,
        sql`update ${mailDeliveries} set next_attempt_at = ${lease.toISOString()}, attempts = attempts + 1
            where id in (select id from ${mailDeliveries}
                         where sent_at is null and next_attempt_at is not null and next_attempt_at <= ${at.toISOString()}
                         order by next_attempt_at limit ${limit} for update skip locked)
            returning id, lead_id, attempts`,
      );
      return rows.map((r) => ({ id: r.id, leadId: r.lead_id, attempts: r.attempts }));
    },
    async markSent(id: string, at: Date): Promise<void> {
      await db
        .update(mailDeliveries)
        .set({ sentAt: at, nextAttemptAt: null, lastError: null })
        .where(and(eq(mailDeliveries.id, id), visible()));
    },
    /** A failed attempt (not after a success): the error, and the next attempt (null: given up). */
    async markFailed(id: string, error: string, nextAttemptAt: Date | null): Promise<void> {
      await db
        .update(mailDeliveries)
        .set({ lastError: error, nextAttemptAt })
        .where(and(eq(mailDeliveries.id, id), isNull(mailDeliveries.sentAt), visible()));
    },
    /** How many mails are waiting. */
    async pendingCount(): Promise<number> {
      const rows = await db
        .select({ id: mailDeliveries.id })
        .from(mailDeliveries)
        .where(and(isNull(mailDeliveries.sentAt), isNotNull(mailDeliveries.nextAttemptAt), visible()));
      return rows.length;
    },
  };
}

export type MailDeliveryRepository = ReturnType<typeof createMailDeliveryRepository>;
