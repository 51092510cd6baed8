/** Peer mentor profiles and their append-only status log. Callers decide who may read; these read by user id. */
import { and, asc, desc, eq, inArray, sql } from "drizzle-orm";
import { onlyUuids, type Executor } from "@meander/db";
import {
  membershipProjection,
  peerMentorProfiles,
  peerMentorStatusLog,
  users,
  type PeerMentorProfileRow,
  type StatusLogRow,
} from "../schema/index.js";

type ProfileFields = Partial<Omit<PeerMentorProfileRow, "userId" | "createdAt" | "updatedAt">>;

export function createProfileRepository(db: Executor) {
  return {
    async byUserId(userId: string): Promise<PeerMentorProfileRow | null> {
      const [row] = await db.select().from(peerMentorProfiles).where(eq(peerMentorProfiles.userId, userId));
      return row ?? null;
    },
    async upsert(userId: string, fields: ProfileFields): Promise<PeerMentorProfileRow> {
      const now = new Date();
      const [row] = await db
        .insert(peerMentorProfiles)
        .values({ userId, ...fields, updatedAt: now })
        .onConflictDoUpdate({ target: peerMentorProfiles.userId, set: { ...fields, updatedAt: now } })
        .returning();
      return row!;
    },
    async logOf(userId: string): Promise<StatusLogRow[]> {
      return db
        .select()
        .from(peerMentorStatusLog)
        .where(eq(peerMentorStatusLog.userId, userId))
        .orderBy(asc(peerMentorStatusLog.changedAt), asc(peerMentorStatusLog.id));
    },
    async latest(userIds: readonly string[]): Promise<Map<string, StatusLogRow>> {
      const valid = onlyUuids(userIds);
      if (valid.length === 0) return new Map();
      const rows = await db
        .selectDistinctOn([peerMentorStatusLog.userId])
        .from(peerMentorStatusLog)
        .where(inArray(peerMentorStatusLog.userId, valid))
        .orderBy(peerMentorStatusLog.userId, desc(peerMentorStatusLog.changedAt));
      return new Map(rows.map((r) => [r.userId, r]));
    },
    async appendLog(row: Omit<StatusLogRow, "changedAt">): Promise<StatusLogRow> {
      const [created] = await db
        .insert(peerMentorStatusLog)
        .values({ ...row, changedAt: new Date() })
        .returning();
      return created!;
    },
    /** Serializes status changes of one mentor: the user row is locked until the transaction ends. */
    async lockUser(userId: string): Promise<void> {
      await db.execute(sql`select 1 from ${users} where ${users.id} = ${userId} for update`);
    },
    /**
     * Whether the user holds a peer_mentor membership inside a scope: any (scope undefined), an
     * organization (org admin), or some local associations of it (coordinator).
     */
    async isMentorIn(
      userId: string,
      organizationId?: string | null,
      localAssociationIds?: readonly string[],
    ): Promise<boolean> {
      if (onlyUuids([userId]).length === 0) return false;
      const rows = await db
        .select({ id: membershipProjection.membershipId })
        .from(membershipProjection)
        .where(
          and(
            eq(membershipProjection.userId, userId),
            eq(membershipProjection.role, "peer_mentor"),
            organizationId ? eq(membershipProjection.organizationId, organizationId) : undefined,
            localAssociationIds
              ? inArray(membershipProjection.localAssociationId, [...localAssociationIds])
              : undefined,
          ),
        )
        .limit(1);
      return rows.length > 0;
    },
  };
}
