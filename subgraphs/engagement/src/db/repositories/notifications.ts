/** Notifications (the in-app inbox), their external deliveries and the user's preferences. */
import { writableIn } from "@meander/db";
import { randomUUID } from "node:crypto";
import { and, asc, desc, eq, inArray, isNull, lte, sql, type Column } from "drizzle-orm";
import type { Executor, Scope } from "@meander/db";
import {
  notificationDeliveries,
  notificationPreferences,
  notifications,
  quietHours,
  userAddresses,
  type DeliveryChannel,
  type DeliveryRow,
  type NotificationCategory,
  type NotificationRow,
} from "../schema/index.js";
import { seesAnyone, tenantFilter } from "./scope.js";
export type { DeliveryChannel, DeliveryRow, NotificationCategory, NotificationRow } from "../schema/index.js";

type PersonRow = typeof userAddresses.$inferSelect;

/**
 * `scope`: the caller's (the inbox, their preferences), the notification's organization (notify) or the platform (the
 * delivery sender, identity's consumer). A delivery is in sight with its notification; what engagement knows of a
 * person (addresses, name, language) belongs to no organization: any scope but nobody.
 */
export function createNotificationRepository(db: Executor, scope: Scope) {
  const visible = () => tenantFilter(notifications.organizationId, scope);
  const ofNotificationInSight = (notificationId: Column) => {
    const seen = visible();
    return seen === undefined
      ? undefined
      : inArray(notificationId, db.select({ id: notifications.id }).from(notifications).where(seen));
  };
  /** Deliveries are only queued for a notification in sight. */
  const notificationSeen = async (id: string) => {
    const [row] = await db
      .select({ id: notifications.id })
      .from(notifications)
      .where(and(eq(notifications.id, id), visible()));
    return row !== undefined;
  };
  return {
    async preference(organizationId: string, userId: string, category: NotificationCategory) {
      const [row] = await db
        .select()
        .from(notificationPreferences)
        .where(
          and(
            eq(notificationPreferences.organizationId, organizationId),
            eq(notificationPreferences.userId, userId),
            eq(notificationPreferences.category, category),
            tenantFilter(notificationPreferences.organizationId, scope),
          ),
        );
      return row ?? null;
    },
    async preferencesOf(organizationId: string, userId: string) {
      return db
        .select()
        .from(notificationPreferences)
        .where(
          and(
            eq(notificationPreferences.organizationId, organizationId),
            eq(notificationPreferences.userId, userId),
            tenantFilter(notificationPreferences.organizationId, scope),
          ),
        )
        .orderBy(asc(notificationPreferences.category));
    },
    async setPreference(row: {
      organizationId: string;
      userId: string;
      category: NotificationCategory;
      enabled: boolean;
      channels: DeliveryChannel[];
    }) {
      writableIn(scope, row.organizationId);
      const [saved] = await db
        .insert(notificationPreferences)
        .values(row)
        .onConflictDoUpdate({
          target: [
            notificationPreferences.organizationId,
            notificationPreferences.userId,
            notificationPreferences.category,
          ],
          set: { enabled: row.enabled, channels: row.channels, updatedAt: sql`now()` },
        })
        .returning();
      return saved!;
    },
    async quietHoursOf(organizationId: string, userId: string) {
      const [row] = await db
        .select()
        .from(quietHours)
        .where(
          and(
            eq(quietHours.organizationId, organizationId),
            eq(quietHours.userId, userId),
            tenantFilter(quietHours.organizationId, scope),
          ),
        );
      return row ?? null;
    },
    async setQuietHours(
      row:
        | { organizationId: string; userId: string; fromMinute: number; untilMinute: number }
        | { organizationId: string; userId: string; clear: true },
    ) {
      writableIn(scope, row.organizationId);
      if ("clear" in row) {
        await db
          .delete(quietHours)
          .where(and(eq(quietHours.organizationId, row.organizationId), eq(quietHours.userId, row.userId)));
        return;
      }
      await db
        .insert(quietHours)
        .values(row)
        .onConflictDoUpdate({
          target: [quietHours.organizationId, quietHours.userId],
          set: { fromMinute: row.fromMinute, untilMinute: row.untilMinute },
        });
    },
    async insert(row: typeof notifications.$inferInsert): Promise<NotificationRow> {
      writableIn(scope, row.organizationId);
      const [created] = await db.insert(notifications).values(row).returning();
      return created!;
    },
    /** One delivery per channel; `traceparent`: the trace the sends join (see the column). */
    async queueDeliveries(
      notificationId: string,
      channels: DeliveryChannel[],
      at: Date,
      traceparent: string | null = null,
    ): Promise<void> {
      if (channels.length === 0) return;
      if (!(await notificationSeen(notificationId)))
        throw new Error("engagement: deliveries of a notification out of sight");
      await db
        .insert(notificationDeliveries)
        .values(
          channels.map((channel) => ({ id: randomUUID(), notificationId, channel, nextAttemptAt: at, traceparent })),
        )
        .onConflictDoNothing();
    },
    /** A user's inbox, newest first. */
    async inbox(userId: string, opts: { unreadOnly: boolean; limit: number }): Promise<NotificationRow[]> {
      return db
        .select()
        .from(notifications)
        .where(
          and(eq(notifications.userId, userId), visible(), opts.unreadOnly ? isNull(notifications.readAt) : undefined),
        )
        .orderBy(desc(notifications.createdAt), desc(notifications.id))
        .limit(opts.limit);
    },
    async unreadCount(userId: string): Promise<number> {
      const [row] = await db
        .select({ n: sql<number>`count(*)::int` })
        .from(notifications)
        .where(and(eq(notifications.userId, userId), visible(), isNull(notifications.readAt)));
      return row?.n ?? 0;
    },
    /** Marks the user's own notifications read (others' ids are ignored); returns those it changed or that were read already. */
    async markRead(userId: string, ids: readonly string[], at: Date): Promise<NotificationRow[]> {
      if (ids.length === 0) return [];
      await db
        .update(notifications)
        .set({ readAt: at })
        .where(
          and(
            inArray(notifications.id, [...ids]),
            eq(notifications.userId, userId),
            visible(),
            isNull(notifications.readAt),
          ),
        );
      return db
        .select()
        .from(notifications)
        .where(and(inArray(notifications.id, [...ids]), eq(notifications.userId, userId), visible()));
    },
    /** The user's own SENT push deliveries of these notifications become DELIVERED (the app saw them arrive). */
    async confirmDelivered(userId: string, ids: readonly string[]): Promise<NotificationRow[]> {
      if (ids.length === 0) return [];
      const own = db
        .select({ id: notifications.id })
        .from(notifications)
        .where(and(inArray(notifications.id, [...ids]), eq(notifications.userId, userId), visible()));
      await db
        .update(notificationDeliveries)
        .set({ status: "delivered" })
        .where(
          and(
            inArray(notificationDeliveries.notificationId, own),
            eq(notificationDeliveries.channel, "push"),
            eq(notificationDeliveries.status, "sent"),
          ),
        );
      return db
        .select()
        .from(notifications)
        .where(and(inArray(notifications.id, [...ids]), eq(notifications.userId, userId), visible()));
    },
    async deliveriesOf(notificationIds: readonly string[]): Promise<DeliveryRow[]> {
      if (notificationIds.length === 0) return [];
      return db
        .select()
        .from(notificationDeliveries)
        .where(
          and(
            inArray(notificationDeliveries.notificationId, [...notificationIds]),
            ofNotificationInSight(notificationDeliveries.notificationId),
          ),
        )
        .orderBy(asc(notificationDeliveries.channel));
    },
    /** Deliveries due at `at`, locked (a second sender skips them), with their notification. */
    async due(at: Date, limit: number): Promise<Array<{ delivery: DeliveryRow; notification: NotificationRow }>> {
      return db
        .select({ delivery: notificationDeliveries, notification: notifications })
        .from(notificationDeliveries)
        .innerJoin(notifications, eq(notifications.id, notificationDeliveries.notificationId))
        .where(
          and(eq(notificationDeliveries.status, "queued"), lte(notificationDeliveries.nextAttemptAt, at), visible()),
        )
        .orderBy(asc(notificationDeliveries.nextAttemptAt), asc(notificationDeliveries.id))
        .limit(limit)
        .for("update", { skipLocked: true });
    },
    async updateDelivery(id: string, set: Partial<typeof notificationDeliveries.$inferInsert>): Promise<void> {
      await db
        .update(notificationDeliveries)
        .set(set)
        .where(and(eq(notificationDeliveries.id, id), ofNotificationInSight(notificationDeliveries.notificationId)));
    },
    /** What engagement knows of a person (identity's events): addresses, name, language; null when nothing. */
    async personOf(userId: string): Promise<PersonRow | null> {
      if (!seesAnyone(scope)) return null;
      const [row] = await db.select().from(userAddresses).where(eq(userAddresses.userId, userId));
      return row ?? null;
    },
    /** Records what an identity event says of a person; a field left out stays as it was. */
    async rememberPerson(userId: string, fields: Partial<Omit<PersonRow, "userId">>): Promise<void> {
      if (!seesAnyone(scope)) throw new Error("engagement: nobody's scope remembers no person");
      const set = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));
      const insert = db.insert(userAddresses).values({ userId, ...set });
      await (Object.keys(set).length > 0
        ? insert.onConflictDoUpdate({ target: userAddresses.userId, set })
        : insert.onConflictDoNothing());
    },
    /** An erased person (issue 24): their address, phone and name are no longer kept here. */
    async forgetPerson(userId: string): Promise<void> {
      if (!seesAnyone(scope)) throw new Error("engagement: nobody's scope forgets no person");
      await db.delete(userAddresses).where(eq(userAddresses.userId, userId));
    },
    /** A delivery that will never be sent (e.g. SMS without a phone number), with the reason a person reads. */
    async skipDelivery(notificationId: string, channel: DeliveryChannel, reason: string): Promise<void> {
      if (!(await notificationSeen(notificationId)))
        throw new Error("engagement: a delivery of a notification out of sight");
      await db
        .insert(notificationDeliveries)
        .values({ id: randomUUID(), notificationId, channel, status: "skipped", lastError: reason })
        .onConflictDoNothing();
    },
  };
}

export type NotificationRepository = ReturnType<typeof createNotificationRepository>;
