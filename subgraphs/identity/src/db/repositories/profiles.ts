/**
 * Peer mentor profiles and their append-only status log: people's rows (./scope.ts), read for the people the scope
 * sees; a profile is written by its mentor (or the platform), a status entry in the scope's organization.
 */
import { and, asc, desc, eq, inArray } from "drizzle-orm";
import { onlyUuids, type Executor, type Scope } from "@meander/db";
import {
  peerMentorProfiles,
  peerMentorStatusLog,
  type PeerMentorProfileRow,
  type StatusLogRow,
} from "../schema/index.js";
import { outOfScope, peopleWhere, reachesUser } from "./scope.js";

export type { PeerMentorProfileRow, StatusLogRow } from "../schema/index.js";
type ProfileFields = Partial<Omit<PeerMentorProfileRow, "userId" | "createdAt" | "updatedAt">>;

export function createProfileRepository(db: Executor, scope: Scope) {
  return {
    async byUserId(userId: string): Promise<PeerMentorProfileRow | null> {
      const [row] = await db
        .select()
        .from(peerMentorProfiles)
        .where(and(eq(peerMentorProfiles.userId, userId), peopleWhere(db, scope, peerMentorProfiles.userId)));
      return row ?? null;
    },
    async upsert(userId: string, fields: ProfileFields, now: Date): Promise<PeerMentorProfileRow> {
      if (!reachesUser(scope, userId)) throw outOfScope(`the profile of ${userId}`, scope);
      const [row] = await db
        .insert(peerMentorProfiles)
        .values({ userId, ...fields, updatedAt: now })
        .onConflictDoUpdate({ target: peerMentorProfiles.userId, set: { ...fields, updatedAt: now } })
        .returning();
      return row!;
    },
  };
}

export function createStatusLogRepository(db: Executor, scope: Scope) {
  const visible = () => peopleWhere(db, scope, peerMentorStatusLog.userId);
  return {
    async ofUser(userId: string): Promise<StatusLogRow[]> {
      return db
        .select()
        .from(peerMentorStatusLog)
        .where(and(eq(peerMentorStatusLog.userId, userId), visible()))
        .orderBy(asc(peerMentorStatusLog.changedAt), asc(peerMentorStatusLog.id));
    },
    /** The newest entry of each user (their current status). */
    async latest(userIds: readonly string[]): Promise<Map<string, StatusLogRow>> {
      const valid = onlyUuids(userIds);
      if (valid.length === 0) return new Map();
      const rows = await db
        .selectDistinctOn([peerMentorStatusLog.userId])
        .from(peerMentorStatusLog)
        .where(and(inArray(peerMentorStatusLog.userId, valid), visible()))
        .orderBy(peerMentorStatusLog.userId, desc(peerMentorStatusLog.changedAt));
      return new Map(rows.map((r) => [r.userId, r]));
    },
    /** An entry in the scope's organization (the platform's: any, or none). */
    async append(row: StatusLogRow): Promise<StatusLogRow> {
      if (scope.reach !== "platform" && row.organizationId !== scope.organizationId)
        throw outOfScope(`a status entry of ${row.organizationId ?? "no organization"}`, scope);
      const [created] = await db.insert(peerMentorStatusLog).values(row).returning();
      return created!;
    },
  };
}
