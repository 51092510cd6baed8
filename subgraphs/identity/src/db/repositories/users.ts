/**
 * People, as the visibility model (@meander/db README, ./scope.ts) decides who sees whom:
 * an organization administrator the members of their organization, a
 * coordinator or mentor the members of their local associations (a mentor's
 * rows are their own, but the people they work with are those of their local
 * association), everyone themself, a global administrator (platform) everyone,
 * an anonymous caller no one. Writes: the user themself or the platform.
 */
import { and, asc, eq, inArray, isNull, sql } from "drizzle-orm";
import { onlyUuids, type Executor, type Scope } from "@meander/db";
import { outbox, users, type NewUserRow, type UserRow } from "../schema/index.js";
import { outOfScope, peopleWhere, reachesUser } from "./scope.js";

export type { UserRow } from "../schema/index.js";

/** A user whose profile the backfill has still to publish (application/profile-backfill.ts). */
export interface UnpublishedProfile {
  id: string;
  email: string;
  firstName: string;
  lastName: string;
  phoneLegacy: string | null;
  phoneEnc: string | null;
  /** A profile event of the user is in identity's kept outbox already. */
  published: boolean;
}

export function createUserRepository(db: Executor, scope: Scope) {
  const visible = () => peopleWhere(db, scope, users.id);
  const mustReach = (userId: string) => {
    if (!reachesUser(scope, userId)) throw outOfScope(`user ${userId}`, scope);
  };

  return {
    async byIds(ids: readonly string[]): Promise<UserRow[]> {
      const valid = onlyUuids(ids);
      if (valid.length === 0) return [];
      return db
        .select()
        .from(users)
        .where(and(inArray(users.id, valid), visible()));
    },
    async byId(id: string): Promise<UserRow | null> {
      if (onlyUuids([id]).length === 0) return null;
      const [row] = await db
        .select()
        .from(users)
        .where(and(eq(users.id, id), visible()));
      return row ?? null;
    },
    /** `email` normalized (domain/user.ts normalizeEmail). */
    async emailTaken(email: string): Promise<boolean> {
      const rows = await db
        .select({ id: users.id })
        .from(users)
        .where(and(sql`lower(${users.email}) = ${email}`, visible()))
        .limit(1);
      return rows.length > 0;
    },
    async insert(row: NewUserRow): Promise<UserRow> {
      if (row.id) mustReach(row.id);
      else if (scope.reach !== "platform") throw outOfScope("a new user", scope);
      const [created] = await db.insert(users).values(row).returning();
      return created!;
    },
    async setLanguage(userId: string, language: "nb" | "nn" | "en", now: Date): Promise<void> {
      mustReach(userId);
      await db
        .update(users)
        .set({ preferredLanguage: language, updatedAt: now })
        .where(and(eq(users.id, userId), visible()));
    },
    /** Serializes changes to one person (a mentor's status): the user row is locked until the transaction ends. */
    async lock(userId: string): Promise<void> {
      await db
        .select({ id: users.id })
        .from(users)
        .where(and(eq(users.id, userId), visible()))
        .for("update");
    },
    /**
     * Up to `limit` users whose profile was never published, locked (others skip them: two starts share the work),
     * with whether a profile event of theirs is in the kept outbox already.
     */
    async lockUnpublishedProfiles(limit: number): Promise<UnpublishedProfile[]> {
      const rows = await db
        .select({
          id: users.id,
          email: users.email,
          firstName: users.firstName,
          lastName: users.lastName,
          phoneLegacy: users.phoneLegacy,
          phoneEnc: users.phoneEnc,
        })
        .from(users)
        .where(and(isNull(users.profilePublishedAt), visible()))
        .orderBy(asc(users.id))
        .limit(limit)
        .for("update", { skipLocked: true });
      if (rows.length === 0) return [];
      const kept = await db
        .selectDistinct({ id: outbox.aggregateId })
        .from(outbox)
        .where(
          and(
            eq(outbox.type, "identity.profile.changed"),
            inArray(
              outbox.aggregateId,
              rows.map((r) => r.id),
            ),
          ),
        );
      const published = new Set(kept.map((k) => k.id));
      return rows.map((r) => ({ ...r, published: published.has(r.id) }));
    },
    async markProfilesPublished(userIds: readonly string[]): Promise<void> {
      if (userIds.length === 0) return;
      if (scope.reach !== "platform") throw outOfScope("the profile backfill", scope);
      await db
        .update(users)
        .set({ profilePublishedAt: sql`now()` })
        .where(inArray(users.id, [...userIds]));
    },
  };
}

export type UserRepository = ReturnType<typeof createUserRepository>;
