/** What the reminder engine reads and writes: scenario switches, the reminder keys and the projections it looks at. */
import { randomUUID } from "node:crypto";
import { and, eq, isNotNull, lt, sql, type Column } from "drizzle-orm";
import { writableIn, scopedWhere, type Executor, type Scope } from "@meander/db";
import {
  activityProjection,
  coordinatorMemberships,
  mentorContacts,
  reminders,
  reminderSettings,
  type ReminderScenario,
} from "../schema/index.js";

export type { ReminderScenario } from "../schema/index.js";

/** `scope`: the caller's (settings in a request), the event's organization (consumers) or the platform (the engine). */
export function createReminderRepository(db: Executor, scope: Scope) {
  const inScope = (organization: Column) => scopedWhere(scope, { organization });
  return {
    async settingsOf(organizationId: string) {
      return db
        .select()
        .from(reminderSettings)
        .where(and(eq(reminderSettings.organizationId, organizationId), inScope(reminderSettings.organizationId)));
    },
    /** (organization, scenario) pairs switched off. */
    async disabled(): Promise<Set<string>> {
      const rows = await db
        .select()
        .from(reminderSettings)
        .where(and(eq(reminderSettings.enabled, false), inScope(reminderSettings.organizationId)));
      return new Set(rows.map((r) => `${r.organizationId}:${r.scenario}`));
    },
    async setSetting(organizationId: string, scenario: ReminderScenario, enabled: boolean) {
      writableIn(scope, organizationId);
      const [row] = await db
        .insert(reminderSettings)
        .values({ organizationId, scenario, enabled })
        .onConflictDoUpdate({
          target: [reminderSettings.organizationId, reminderSettings.scenario],
          set: { enabled, updatedAt: sql`now()` },
        })
        .returning();
      return row!;
    },
    /** Claims a reminder key; false when it was claimed before (the reminder was sent, or decided, already). */
    async claim(row: {
      organizationId: string;
      userId: string;
      scenario: ReminderScenario;
      subjectId: string;
      period: string;
    }): Promise<string | null> {
      writableIn(scope, row.organizationId);
      const [created] = await db
        .insert(reminders)
        .values({ id: randomUUID(), ...row })
        .onConflictDoNothing()
        .returning({ id: reminders.id });
      return created?.id ?? null;
    },
    async attach(reminderId: string, notificationId: string): Promise<void> {
      await db
        .update(reminders)
        .set({ notificationId })
        .where(and(eq(reminders.id, reminderId), inScope(reminders.organizationId)));
    },
    /** Mentor and contact pairs whose last contact is before `before`. */
    async silentSince(before: Date) {
      return db
        .select()
        .from(mentorContacts)
        .where(and(lt(mentorContacts.lastContactAt, before), inScope(mentorContacts.organizationId)));
    },
    async recordContact(row: { organizationId: string; mentorId: string; contactId: string; at: Date }): Promise<void> {
      writableIn(scope, row.organizationId);
      await db
        .insert(mentorContacts)
        .values({
          organizationId: row.organizationId,
          mentorId: row.mentorId,
          contactId: row.contactId,
          lastContactAt: row.at,
        })
        .onConflictDoUpdate({
          target: [mentorContacts.organizationId, mentorContacts.mentorId, mentorContacts.contactId],
          set: { lastContactAt: sql`greatest(${mentorContacts.lastContactAt}, excluded.last_contact_at)` },
        });
    },
    /** Activities waiting for approval since before `before`, counted per organization and local association. */
    async waitingApproval(before: Date) {
      return db
        .select({
          organizationId: activityProjection.organizationId,
          localAssociationId: activityProjection.localAssociationId,
          n: sql<number>`count(*)::int`,
        })
        .from(activityProjection)
        .where(
          and(
            eq(activityProjection.approved, false),
            eq(activityProjection.rejected, false),
            isNotNull(activityProjection.userId),
            isNotNull(activityProjection.localAssociationId),
            lt(activityProjection.activityDate, before),
            inScope(activityProjection.organizationId),
          ),
        )
        .groupBy(activityProjection.organizationId, activityProjection.localAssociationId);
    },
    async coordinatorsOf(organizationId: string, localAssociationId: string): Promise<string[]> {
      const rows = await db
        .selectDistinct({ userId: coordinatorMemberships.userId })
        .from(coordinatorMemberships)
        .where(
          and(
            eq(coordinatorMemberships.organizationId, organizationId),
            eq(coordinatorMemberships.localAssociationId, localAssociationId),
            inScope(coordinatorMemberships.organizationId),
          ),
        );
      return rows.map((r) => r.userId);
    },
    async addCoordinator(row: {
      membershipId: string;
      organizationId: string;
      localAssociationId: string;
      userId: string;
    }): Promise<void> {
      writableIn(scope, row.organizationId);
      await db.insert(coordinatorMemberships).values(row).onConflictDoNothing();
    },
    async removeMembership(membershipId: string): Promise<void> {
      await db
        .delete(coordinatorMemberships)
        .where(
          and(eq(coordinatorMemberships.membershipId, membershipId), inScope(coordinatorMemberships.organizationId)),
        );
    },
  };
}
