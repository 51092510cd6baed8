/**
 * Gatherings and their registrations, as far as the caller may see them
 * (gatheringVisibility: mentors and coordinators their local association's,
 * administrators the organization's). Lists keyset-paginated on (starts_at, id).
 */
import { and, asc, eq, inArray, ne, or, sql } from "drizzle-orm";
import type { Executor } from "@meander/db";
import type { ActivityVisibility } from "../../domain/actor.js";
import type { GatheringStatus } from "../../domain/gathering.js";
import {
  gatheringRegistrations,
  gatherings,
  type GatheringRegistrationRow,
  type GatheringRow,
  type NewGatheringRow,
} from "../schema/index.js";
import { visibleWhere } from "./visibility.js";

export type GatheringCursor = [string, string];

export function createGatheringRepository(db: Executor, scope: ActivityVisibility | null, viewerId: string | null) {
  const visible = () =>
    and(
      visibleWhere(scope, {
        organizationId: gatherings.organizationId,
        localAssociationId: gatherings.localAssociationId,
      }),
      // Drafts are seen by their organizer and by coordinators/administrators (scope without an owner).
      scope?.ownerId ? or(ne(gatherings.status, "draft"), eq(gatherings.createdBy, viewerId ?? "")) : undefined,
    );
  return {
    async byId(id: string, opts: { forUpdate?: boolean } = {}): Promise<GatheringRow | null> {
      const q = db
        .select()
        .from(gatherings)
        .where(and(eq(gatherings.id, id), visible()));
      const rows = opts.forUpdate ? await q.for("update") : await q;
      return rows[0] ?? null;
    },
    async byIds(ids: readonly string[]): Promise<GatheringRow[]> {
      if (ids.length === 0) return [];
      return db
        .select()
        .from(gatherings)
        .where(and(inArray(gatherings.id, [...ids]), visible()));
    },
    async page(q: {
      limit: number;
      after: GatheringCursor | null;
      status?: GatheringStatus | null;
    }): Promise<GatheringRow[]> {
      return db
        .select()
        .from(gatherings)
        .where(
          and(
            visible(),
            q.status ? eq(gatherings.status, q.status) : undefined,
            q.after
              ? sql`(${gatherings.startsAt}, ${gatherings.id}) > (${q.after[0]}::timestamptz, ${q.after[1]}::uuid)`
              : undefined,
          ),
        )
        .orderBy(asc(gatherings.startsAt), asc(gatherings.id))
        .limit(q.limit);
    },
    async insert(row: NewGatheringRow): Promise<GatheringRow> {
      return (await db.insert(gatherings).values(row).returning())[0]!;
    },
    async update(id: string, set: Partial<NewGatheringRow>): Promise<GatheringRow> {
      return (await db.update(gatherings).set(set).where(eq(gatherings.id, id)).returning())[0]!;
    },
    /** Registrations of these gatherings (the caller already sees the gatherings). */
    async registrationsOf(gatheringIds: readonly string[]): Promise<GatheringRegistrationRow[]> {
      if (gatheringIds.length === 0) return [];
      return db
        .select()
        .from(gatheringRegistrations)
        .where(inArray(gatheringRegistrations.gatheringId, [...gatheringIds]))
        .orderBy(asc(gatheringRegistrations.registeredAt), asc(gatheringRegistrations.id));
    },
    async registrationCount(gatheringId: string): Promise<number> {
      const [r] = await db
        .select({ n: sql<number>`count(*)::int` })
        .from(gatheringRegistrations)
        .where(eq(gatheringRegistrations.gatheringId, gatheringId));
      return r?.n ?? 0;
    },
    /** Inserts unless the user is already registered (null then). */
    async register(row: typeof gatheringRegistrations.$inferInsert): Promise<GatheringRegistrationRow | null> {
      const rows = await db.insert(gatheringRegistrations).values(row).onConflictDoNothing().returning();
      return rows[0] ?? null;
    },
    async setAttendance(
      gatheringId: string,
      userIds: readonly string[],
      status: "attended" | "absent",
      by: string,
      at: Date,
    ): Promise<void> {
      if (userIds.length === 0) return;
      await db
        .update(gatheringRegistrations)
        .set({ status, attendanceRecordedAt: at, attendanceRecordedBy: by })
        .where(
          and(
            eq(gatheringRegistrations.gatheringId, gatheringId),
            inArray(gatheringRegistrations.userId, [...userIds]),
          ),
        );
    },
    /** Links each attendee's registration to the activity attendance created for them (one multi-row UPDATE). */
    async linkActivities(
      gatheringId: string,
      links: ReadonlyArray<{ userId: string; activityId: string }>,
    ): Promise<void> {
      if (links.length === 0) return;
      const values = sql.join(
        links.map((l) => sql`(${l.userId}::uuid, ${l.activityId}::uuid)`),
        sql`, `,
      );
      await db.execute(sql`update ${gatheringRegistrations} as r set activity_id = v.activity_id
        from (values ${values}) as v(user_id, activity_id)
        where r.gathering_id = ${gatheringId} and r.user_id = v.user_id and r.activity_id is null`);
    },
  };
}

export const gatheringCursorOf = (g: GatheringRow): GatheringCursor => [g.startsAt.toISOString(), g.id];
export type GatheringRepository = ReturnType<typeof createGatheringRepository>;
