/** The badge catalog and the awards, limited to the caller's organization. */
import { writableIn } from "@meander/db";
import { and, asc, eq, inArray } from "drizzle-orm";
import type { Executor, Scope } from "@meander/db";
import type { BadgeTrigger } from "../../domain/badge.js";
import {
  badges,
  userBadges,
  type AwardedBadge,
  type BadgeRow,
  type NewBadgeRow,
  type UserBadgeRow,
} from "../schema/index.js";
import { tenantFilter } from "./scope.js";
export type { AwardedBadge, BadgeRow, NewBadgeRow, UserBadgeRow } from "../schema/index.js";

export function createBadgeRepository(db: Executor, scope: Scope) {
  return {
    /** The organization's catalog, by name. */
    async catalog(): Promise<BadgeRow[]> {
      return db
        .select()
        .from(badges)
        .where(tenantFilter(badges.organizationId, scope))
        .orderBy(asc(badges.organizationId), asc(badges.name), asc(badges.id));
    },
    async byIds(ids: readonly string[]): Promise<BadgeRow[]> {
      if (ids.length === 0) return [];
      return db
        .select()
        .from(badges)
        .where(and(inArray(badges.id, [...ids]), tenantFilter(badges.organizationId, scope)));
    },
    /** The catalog's badges with these triggers (the use case names the organization's scope). */
    async withTriggers(triggers: readonly BadgeTrigger[]): Promise<BadgeRow[]> {
      if (triggers.length === 0) return [];
      return db
        .select()
        .from(badges)
        .where(and(tenantFilter(badges.organizationId, scope), inArray(badges.trigger, [...triggers])));
    },
    /** Adds catalog entries; an existing key of the organization is left as it is. */
    async insertCatalog(rows: NewBadgeRow[]): Promise<void> {
      if (rows.length === 0) return;
      for (const row of rows) writableIn(scope, row.organizationId);
      await db.insert(badges).values(rows).onConflictDoNothing();
    },
    /** The awards of these users (with their badges), oldest first. */
    async awardsOf(userIds: readonly string[]): Promise<AwardedBadge[]> {
      if (userIds.length === 0) return [];
      const rows = await db
        .select({ award: userBadges, badge: badges })
        .from(userBadges)
        .innerJoin(badges, eq(badges.id, userBadges.badgeId))
        .where(and(inArray(userBadges.userId, [...userIds]), tenantFilter(userBadges.organizationId, scope)))
        .orderBy(asc(userBadges.awardedAt), asc(userBadges.id));
      return rows.map((r) => ({ ...r.award, badge: r.badge }));
    },
    /** Awards a badge; null if the user already has it (a badge is never awarded twice). */
    async award(row: Omit<UserBadgeRow, "awardedAt">): Promise<UserBadgeRow | null> {
      writableIn(scope, row.organizationId);
      const [created] = await db.insert(userBadges).values(row).onConflictDoNothing().returning();
      return created ?? null;
    },
  };
}

export type BadgeRepository = ReturnType<typeof createBadgeRepository>;
