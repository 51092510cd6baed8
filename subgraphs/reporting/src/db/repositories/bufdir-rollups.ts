/**
 * The Bufdir rollup and the organization directory (local associations, mentors, certifications) of the read model,
 * as far as the scope sees. A mentor's eligibility is the person's across organizations (their status, every
 * certification they hold): the consumers keeping it name the platform's scope; an organization's thresholds are read
 * in its own.
 */
import { and, eq, sql, type SQL } from "drizzle-orm";
import type { PgColumn } from "drizzle-orm/pg-core";
import { scopedWhere, type Executor, type Scope } from "@meander/db";
import { DEFAULT_THRESHOLDS, rollupBuckets, type BufdirThresholds } from "../../domain/bufdir.js";
import { certificationValidInYear, mentorActive } from "../../domain/bufdir-report.js";
import {
  bufdirDayRollups,
  bufdirMentorYears,
  bufdirMonthTotals,
  bufdirYearRollups,
  localAssociations,
  mentorCertifications,
  mentorStatuses,
  NO_LOCAL_ASSOCIATION,
  organizationBufdirThresholds,
} from "../schema/index.js";

/** Advisory lock class of one mentor's eligibility (beside activity-facts' and the audit log's classes). */
const MENTOR_LOCK_CLASS = 0x52_45_50_03;

export interface RollupFact {
  organizationId: string;
  localAssociationId: string | null;
  userId: string;
  activityType: string;
  activityDay: string;
  dayCount: number;
  participants: number | null;
}

type Counted = typeof bufdirDayRollups | typeof bufdirYearRollups | typeof bufdirMonthTotals | typeof bufdirMentorYears;

/** Adds to a rollup row identified by `key` (all its primary-key columns), creating it when adding; true when it created it. */
async function bump(
  db: Executor,
  table: Counted,
  key: Record<string, string | number>,
  activityDays: number,
  participants: number | null,
): Promise<boolean> {
  const cols = table as unknown as Record<string, PgColumn>;
  const set: Record<string, SQL> = { activityDays: sql`${cols.activityDays} + ${activityDays}` };
  if (participants !== null) set.participants = sql`${cols.participants} + ${participants}`;
  if (activityDays < 0) {
    await db
      .update(table)
      .set(set)
      .where(and(...Object.entries(key).map(([k, v]) => eq(cols[k]!, v))));
    return false;
  }
  const [row] = await db
    .insert(table)
    .values({ ...key, activityDays, ...(participants !== null ? { participants } : {}) } as never)
    .onConflictDoUpdate({ target: Object.keys(key).map((k) => cols[k]!), set })
    .returning({ inserted: sql<boolean>`(xmax = 0)` });
  return row?.inserted === true;
}

export function createBufdirRollupRepository(db: Executor, scope: Scope) {
  /**
   * Serializes the work on one mentor's eligibility: a new mentor-year row and a status or certification change
   * handled at once (different consumers) would otherwise each miss the other's uncommitted row.
   */
  const lockMentor = async (userId: string): Promise<void> => {
    await db.execute(sql`select pg_advisory_xact_lock(${MENTOR_LOCK_CLASS}::int, hashtext(${userId}))`);
  };

  /** Recomputes `eligible` on every mentor-year row of the mentor from their status and every certification they hold. */
  const refreshMentorEligibility = async (userId: string): Promise<void> => {
    const years = scopedWhere(scope, { organization: bufdirMentorYears.organizationId });
    const rows = await db
      .select()
      .from(bufdirMentorYears)
      .where(and(eq(bufdirMentorYears.userId, userId), years));
    if (rows.length === 0) return;
    const [status] = await db
      .select({ status: mentorStatuses.status })
      .from(mentorStatuses)
      .where(eq(mentorStatuses.userId, userId));
    const certs = await db
      .select()
      .from(mentorCertifications)
      .where(
        and(
          eq(mentorCertifications.userId, userId),
          scopedWhere(scope, { organization: mentorCertifications.organizationId }),
        ),
      );
    for (const r of rows) {
      const eligible = mentorActive(status?.status ?? null) && certs.some((c) => certificationValidInYear(c, r.year));
      if (eligible === r.eligible) continue;
      await db
        .update(bufdirMentorYears)
        .set({ eligible })
        .where(
          and(
            eq(bufdirMentorYears.organizationId, r.organizationId),
            eq(bufdirMentorYears.year, r.year),
            eq(bufdirMentorYears.userId, userId),
            years,
          ),
        );
    }
  };

  return {
    /**
     * Adds (sign 1) or removes (sign -1) one fact's activity-days: one day row per day it covers, the organization's
     * month totals, the year rollup of its local association and type, and its mentor's count per year. A removal
     * updates rows the addition made (an insert of a negative row would trip the CHECK before its conflict).
     */
    async apply(fact: RollupFact, sign: number): Promise<void> {
      if (sign === 0) return;
      const perDay = fact.participants ?? 0;
      const localAssociationId = fact.localAssociationId ?? NO_LOCAL_ASSOCIATION;
      const { days, months, years } = rollupBuckets(fact.activityDay, fact.dayCount);
      const base = { organizationId: fact.organizationId, localAssociationId, activityType: fact.activityType };
      for (const day of days) {
        await bump(db, bufdirDayRollups, { ...base, day }, sign, perDay * sign);
      }
      for (const [month, n] of months) {
        await bump(db, bufdirMonthTotals, { organizationId: fact.organizationId, month }, n * sign, n * perDay * sign);
      }
      if (sign > 0) await lockMentor(fact.userId);
      const added: number[] = [];
      for (const [year, n] of years) {
        await bump(db, bufdirYearRollups, { ...base, year }, n * sign, n * perDay * sign);
        if (
          await bump(
            db,
            bufdirMentorYears,
            { organizationId: fact.organizationId, year, userId: fact.userId },
            n * sign,
            null,
          )
        )
          added.push(year);
      }
      if (added.length > 0) await refreshMentorEligibility(fact.userId);
    },
    refreshMentorEligibility,
    /** After a status or certification change: the mentor's rows, under the same lock as new rows. */
    async mentorChanged(userId: string): Promise<void> {
      await lockMentor(userId);
      await refreshMentorEligibility(userId);
    },
    async upsertLocalAssociation(row: {
      localAssociationId: string;
      organizationId: string;
      regionId: string | null;
      name: string;
    }): Promise<void> {
      await db
        .insert(localAssociations)
        .values(row)
        .onConflictDoUpdate({
          target: localAssociations.localAssociationId,
          set: { regionId: row.regionId, name: row.name },
          setWhere: eq(localAssociations.organizationId, row.organizationId),
        });
    },

    /** Keeps the newest status per mentor (an older event delivered late changes nothing). */
    async saveMentorStatus(row: { userId: string; status: string; changedAt: Date }): Promise<void> {
      await db
        .insert(mentorStatuses)
        .values(row)
        .onConflictDoUpdate({
          target: mentorStatuses.userId,
          set: { status: row.status, changedAt: row.changedAt },
          setWhere: sql`${mentorStatuses.changedAt} <= ${row.changedAt.toISOString()}::timestamptz`,
        });
    },

    async saveCertification(row: typeof mentorCertifications.$inferInsert): Promise<void> {
      await db
        .insert(mentorCertifications)
        .values(row)
        .onConflictDoUpdate({
          target: mentorCertifications.certificationId,
          set: {
            certificationTypeKey: row.certificationTypeKey,
            certificationTypeName: row.certificationTypeName ?? null,
            basicCourse: row.basicCourse,
            validFrom: row.validFrom,
            validUntil: row.validUntil,
            status: row.status,
            changedAt: row.changedAt,
          },
          setWhere: and(
            eq(mentorCertifications.organizationId, row.organizationId),
            sql`${mentorCertifications.changedAt} <= ${(row.changedAt as Date).toISOString()}::timestamptz`,
          ),
        });
    },

    async saveThresholds(row: typeof organizationBufdirThresholds.$inferInsert): Promise<void> {
      await db
        .insert(organizationBufdirThresholds)
        .values(row)
        .onConflictDoUpdate({
          target: organizationBufdirThresholds.organizationId,
          set: {
            settingsVersion: row.settingsVersion,
            groupMinParticipants: row.groupMinParticipants,
            groupMinMinutes: row.groupMinMinutes,
            courseMinMinutesPerDay: row.courseMinMinutesPerDay,
          },
          setWhere: sql`${organizationBufdirThresholds.settingsVersion} < ${row.settingsVersion}`,
        });
    },

    /** The scope's organization's thresholds (the defaults until its settings tell). */
    async thresholds(): Promise<BufdirThresholds> {
      const [row] = await db
        .select()
        .from(organizationBufdirThresholds)
        .where(scopedWhere(scope, { organization: organizationBufdirThresholds.organizationId }));
      return row
        ? {
            groupMinParticipants: row.groupMinParticipants,
            groupMinMinutes: row.groupMinMinutes,
            courseMinMinutesPerDay: row.courseMinMinutesPerDay,
          }
        : DEFAULT_THRESHOLDS;
    },
  };
}

export type BufdirRollupRepository = ReturnType<typeof createBufdirRollupRepository>;
