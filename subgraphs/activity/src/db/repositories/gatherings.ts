/**
 * Gatherings and their registrations, as far as the scope given at construction sees them (mentors and
 * coordinators their local association's, drafts of a mentor only their own; administrators the organization's).
 * Registrations follow their gathering. Lists keyset-paginated on (starts_at, id).
 */
import { and, asc, eq, inArray, ne, or, sql } from "drizzle-orm";
import type { Executor, Scope } from "@meander/db";
import type { GatheringStatus } from "../../domain/gathering.js";
import {
  gatheringRegistrations,
  gatherings,
  type GatheringRegistrationRow,
  type GatheringRow,
  type NewGatheringRow,
} from "../schema/index.js";
import { assertInScope, gatheringFilter } from "./scope.js";

export type { GatheringRegistrationRow, GatheringRow, NewGatheringRow };

export type GatheringCursor = [string, string];

export function createGatheringRepository(db: Executor, scope: Scope) {
  const visible = () =>
    and(
      gatheringFilter(scope),
      // Drafts are seen by their organizer and by coordinators/administrators: a mentor (`own`) sees only theirs.
      scope.reach === "own"
        ? or(ne(gatherings.status, "draft"), scope.viewerId ? eq(gatherings.createdBy, scope.viewerId) : sql`false`)
        : undefined,
    );
  /** A registration follows its gathering: in the scope when the gathering is. */
  const ofVisibleGathering = (gatheringId: typeof gatheringRegistrations.gatheringId | string) =>
    sql`exists (select 1 from ${gatherings} where ${and(eq(gatherings.id, gatheringId), visible())})`;
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
      assertInScope(scope, { organizationId: row.organizationId, localAssociationId: row.localAssociationId });
      return (await db.insert(gatherings).values(row).returning())[0]!;
    },
    async update(id: string, set: Partial<NewGatheringRow>): Promise<GatheringRow> {
      return (
        await db
          .update(gatherings)
          .set(set)
          .where(and(eq(gatherings.id, id), visible()))
          .returning()
      )[0]!;
    },
    /** Registrations of these gatherings (the caller already sees the gatherings). */
    async registrationsOf(gatheringIds: readonly string[]): Promise<GatheringRegistrationRow[]> {
      if (gatheringIds.length === 0) return [];
      return db
        .select()
        .from(gatheringRegistrations)
        .where(
          and(
            inArray(gatheringRegistrations.gatheringId, [...gatheringIds]),
            ofVisibleGathering(gatheringRegistrations.gatheringId),
          ),
        )
        .orderBy(asc(gatheringRegistrations.registeredAt), asc(gatheringRegistrations.id));
    },
    /** A person's registrations, of gatherings in the scope (an access export). */
    async registrationsOfUser(userId: string): Promise<GatheringRegistrationRow[]> {
      return db
        .select()
        .from(gatheringRegistrations)
        .where(and(eq(gatheringRegistrations.userId, userId), ofVisibleGathering(gatheringRegistrations.gatheringId)))
        .orderBy(asc(gatheringRegistrations.registeredAt), asc(gatheringRegistrations.id));
    },
    async registrationCount(gatheringId: string): Promise<number> {
      const [r] = await db
        .select({ n: sql<number>`count(*)::int` })
        .from(gatheringRegistrations)
        .where(and(eq(gatheringRegistrations.gatheringId, gatheringId), ofVisibleGathering(gatheringId)));
      return r?.n ?? 0;
    },
    /** Inserts unless the user is already registered (null then); for a gathering the caller locked through `byId`. */
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
            ofVisibleGathering(gatheringId),
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
        where r.gathering_id = ${gatheringId} and r.user_id = v.user_id and r.activity_id is null
          and ${ofVisibleGathering(gatheringId)}`);
    },
  };
}

export const gatheringCursorOf = (g: GatheringRow): GatheringCursor => [g.startsAt.toISOString(), g.id];
export type GatheringRepository = ReturnType<typeof createGatheringRepository>;
