/**
 * engagement's part of an erasure (issue 24): every notification to the person or about them (a data value naming
 * their id: a contact of a no-contact reminder, the invitee of a refused invitation), with its deliveries (the
 * outbox of push, e-mail and SMS, whose last errors may quote an address), is deleted; a reminder that led to one
 * keeps its row (the key that stops it being sent twice) without it. A user's push devices (tokens identify a
 * phone) and copied address, phone and name go too, and so does every free text an administrator wrote about them:
 * a revoked certification's reason (the certification stays, revoked, with its dates: it is the organization's
 * record that the person may not act as a mentor; the why is personal). engagement holds no other free text about a
 * person (course, session and badge texts are the organization's; referral subjects are ids or device keys).
 */
import { and, eq, inArray, or, sql, type Column } from "drizzle-orm";
import { scopedWhere, type Executor, type Scope } from "@meander/db";
import {
  certifications,
  notificationDeliveries,
  notifications,
  pushDevices,
  reminders,
  userAddresses,
} from "../schema/index.js";

/**
 * `scope`: where the person is erased (the erasure consumer names the platform: a person's notifications and devices
 * in every organization). Deliveries and copied contact details have no organization of their own: they go with
 * their notification and with the person.
 */
export function createErasureRepository(db: Executor, scope: Scope) {
  const inScope = (organization: Column) => scopedWhere(scope, { organization });
  return {
    /** Erases the person's engagement data; returns how many notifications went. */
    async erase(subject: { type: "user" | "contact"; id: string }): Promise<{ notifications: number }> {
      const about = sql`exists (select 1 from jsonb_each_text(${notifications.data}) d where d.value = ${subject.id})`;
      const rows = await db
        .select({ id: notifications.id })
        .from(notifications)
        .where(
          and(
            subject.type === "user" ? or(eq(notifications.userId, subject.id), about) : about,
            inScope(notifications.organizationId),
          ),
        );
      const ids = rows.map((r) => r.id);
      if (ids.length > 0) {
        await db
          .update(reminders)
          .set({ notificationId: null })
          .where(and(inArray(reminders.notificationId, ids), inScope(reminders.organizationId)));
        await db.delete(notificationDeliveries).where(inArray(notificationDeliveries.notificationId, ids));
        await db.delete(notifications).where(inArray(notifications.id, ids));
      }
      if (subject.type === "user") {
        await db
          .delete(pushDevices)
          .where(and(eq(pushDevices.userId, subject.id), inScope(pushDevices.organizationId)));
        await db.delete(userAddresses).where(eq(userAddresses.userId, subject.id));
        await db
          .update(certifications)
          .set({ revokedReason: null })
          .where(and(eq(certifications.userId, subject.id), inScope(certifications.organizationId)));
      }
      return { notifications: ids.length };
    },
  };
}
