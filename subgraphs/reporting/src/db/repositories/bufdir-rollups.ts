/** The Bufdir rollup and the organization directory (local associations, mentors, certifications) of the read model. */
import { and, eq, sql } from "drizzle-orm";
import type { Executor } from "@meander/db";
import { consecutiveDays, DEFAULT_THRESHOLDS, type BufdirThresholds } from "../../domain/bufdir.js";
import { bufdirDayRollups, localAssociations, mentorCertifications, mentorStatuses, NO_LOCAL_ASSOCIATION, organizationBufdirThresholds } from "../schema/index.js";

export interface RollupFact {
  organizationId: string;
  localAssociationId: string | null;
  activityType: string;
  activityDay: string;
  dayCount: number;
  participants: number | null;
}

/** Adds (sign 1) or removes (sign -1) one fact's activity-days, one row per day it covers. */
export async function applyRollup(db: Executor, fact: RollupFact, sign: number): Promise<void> {
  if (sign === 0) return;
  const participants = (fact.participants ?? 0) * sign;
  const localAssociationId = fact.localAssociationId ?? NO_LOCAL_ASSOCIATION;
  for (const day of consecutiveDays(fact.activityDay, fact.dayCount)) {
    if (sign < 0) {
      // The row exists (the fact was added to it); an insert of a negative row would trip the CHECK first.
      await db
        .update(bufdirDayRollups)
        .set({ activityDays: sql`${bufdirDayRollups.activityDays} + ${sign}`, participants: sql`${bufdirDayRollups.participants} + ${participants}` })
        .where(
          and(
            eq(bufdirDayRollups.organizationId, fact.organizationId),
            eq(bufdirDayRollups.day, day),
            eq(bufdirDayRollups.localAssociationId, localAssociationId),
            eq(bufdirDayRollups.activityType, fact.activityType),
          ),
        );
      continue;
    }
    await db
      .insert(bufdirDayRollups)
      .values({ organizationId: fact.organizationId, localAssociationId, activityType: fact.activityType, day, activityDays: sign, participants })
      .onConflictDoUpdate({
        target: [bufdirDayRollups.organizationId, bufdirDayRollups.day, bufdirDayRollups.localAssociationId, bufdirDayRollups.activityType],
        set: {
          activityDays: sql`${bufdirDayRollups.activityDays} + ${sign}`,
          participants: sql`${bufdirDayRollups.participants} + ${participants}`,
        },
      });
  }
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
export async function saveMentorStatus(db: Executor, row: { userId: string; status: string; changedAt: Date }): Promise<void> {
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

export async function saveThresholds(db: Executor, row: typeof organizationBufdirThresholds.$inferInsert): Promise<void> {
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
  const [row] = await db.select().from(organizationBufdirThresholds).where(eq(organizationBufdirThresholds.organizationId, organizationId));
  return row
    ? { groupMinParticipants: row.groupMinParticipants, groupMinMinutes: row.groupMinMinutes, courseMinMinutesPerDay: row.courseMinMinutesPerDay }
    : DEFAULT_THRESHOLDS;
}
