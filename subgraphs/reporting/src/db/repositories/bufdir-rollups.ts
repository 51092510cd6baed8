/** The Bufdir rollup and the organization directory (local associations, mentors, certifications) of the read model. */
import { and, eq, sql, type SQL } from "drizzle-orm";
import type { PgColumn } from "drizzle-orm/pg-core";
import type { Executor } from "@meander/db";
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

/**
 * Adds (sign 1) or removes (sign -1) one fact's activity-days: one day row per day it covers, the organization's
 * month totals, the year rollup of its local association and type, and its mentor's count per year. A removal
 * updates rows the addition made (an insert of a negative row would trip the CHECK before its conflict).
 */
export async function applyRollup(db: Executor, fact: RollupFact, sign: number): Promise<void> {
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
  if (sign > 0) await lockMentor(db, fact.userId);
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
  if (added.length > 0) await refreshMentorEligibility(db, fact.userId);
}

/**
 * Serializes the work on one mentor's eligibility: a new mentor-year row and a status or certification change
 * handled at once (different consumers) would otherwise each miss the other's uncommitted row.
 */
async function lockMentor(db: Executor, userId: string): Promise<void> {
  await db.execute(sql`select pg_advisory_xact_lock(${MENTOR_LOCK_CLASS}::int, hashtext(${userId}))`);
}

/** Recomputes `eligible` on every mentor-year row of the mentor from their status and every certification they hold. */
export async function refreshMentorEligibility(db: Executor, userId: string): Promise<void> {
  const rows = await db.select().from(bufdirMentorYears).where(eq(bufdirMentorYears.userId, userId));
  if (rows.length === 0) return;
  const [status] = await db
    .select({ status: mentorStatuses.status })
    .from(mentorStatuses)
    .where(eq(mentorStatuses.userId, userId));
  const certs = await db.select().from(mentorCertifications).where(eq(mentorCertifications.userId, userId));
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
        ),
      );
  }
}

/** After a status or certification change: the mentor's rows, under the same lock as new rows. */
export async function mentorChanged(db: Executor, userId: string): Promise<void> {
  await lockMentor(db, userId);
  await refreshMentorEligibility(db, userId);
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

export async function upsertLocalAssociation(
  db: Executor,
  row: { localAssociationId: string; organizationId: string; regionId: string | null; name: string },
): Promise<void> {
  await db
    .insert(localAssociations)
    .values(row)
    .onConflictDoUpdate({
      target: localAssociations.localAssociationId,
      set: { regionId: row.regionId, name: row.name },
      setWhere: eq(localAssociations.organizationId, row.organizationId),
    });
}

/** Keeps the newest status per mentor (an older event delivered late changes nothing). */
export async function saveMentorStatus(
  db: Executor,
  row: { userId: string; status: string; changedAt: Date },
): Promise<void> {
  await db
    .insert(mentorStatuses)
    .values(row)
    .onConflictDoUpdate({
      target: mentorStatuses.userId,
      set: { status: row.status, changedAt: row.changedAt },
      setWhere: sql`${mentorStatuses.changedAt} <= ${row.changedAt.toISOString()}::timestamptz`,
    });
}

export async function saveCertification(db: Executor, row: typeof mentorCertifications.$inferInsert): Promise<void> {
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
}

export async function saveThresholds(
  db: Executor,
  row: typeof organizationBufdirThresholds.$inferInsert,
): Promise<void> {
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
}

export async function thresholdsOf(db: Executor, organizationId: string): Promise<BufdirThresholds> {
  const [row] = await db
    .select()
    .from(organizationBufdirThresholds)
    .where(eq(organizationBufdirThresholds.organizationId, organizationId));
  return row
    ? {
        groupMinParticipants: row.groupMinParticipants,
        groupMinMinutes: row.groupMinMinutes,
        courseMinMinutesPerDay: row.courseMinMinutesPerDay,
      }
    : DEFAULT_THRESHOLDS;
}
