/**
 * Folding grouped fact rows (one per local association, mentor, status,
 * countability and reason) into the statistics the API serves. Pure.
 */
import { statusBucket } from "./activity-fact.js";
import { hoursOf, type Period } from "./statistics.js";

export interface FactGroup {
  localAssociationId: string | null;
  userId: string;
  status: string;
  countable: boolean;
  reason: string | null;
  activities: number;
  minutes: number;
}

export interface PeriodStatistics extends Period {
  activities: number;
  approved: number;
  pending: number;
  rejected: number;
  hours: number;
  countable: number;
  notCountable: number;
  notCountableReasons: { reason: string; count: number }[];
}

export interface MentorStatistics {
  userId: string;
  activities: number;
  approved: number;
  hours: number;
}

export interface LocalAssociationTeamStatistics {
  localAssociationId: string;
  totals: PeriodStatistics;
  mentors: MentorStatistics[];
}

/** Totals of the groups: rejected activities are counted in `rejected` only, withdrawn ones nowhere. */
export function periodStatistics(period: Period, groups: readonly FactGroup[]): PeriodStatistics {
  const s = {
    ...period,
    activities: 0,
    approved: 0,
    pending: 0,
    rejected: 0,
    minutes: 0,
    countable: 0,
    notCountable: 0,
  };
  const reasons = new Map<string, number>();
  for (const g of groups) {
    const bucket = statusBucket(g.status);
    if (bucket === "withdrawn") continue;
    s[bucket] += g.activities;
    if (bucket === "rejected") continue;
    s.activities += g.activities;
    s.minutes += g.minutes;
    if (g.countable) s.countable += g.activities;
    else {
      s.notCountable += g.activities;
      const reason = g.reason ?? "unknown";
      reasons.set(reason, (reasons.get(reason) ?? 0) + g.activities);
    }
  }
  const { minutes, ...rest } = s;
  return {
    ...rest,
    hours: hoursOf(minutes),
    notCountableReasons: [...reasons]
      .map(([reason, count]) => ({ reason, count }))
      .sort((a, b) => b.count - a.count || a.reason.localeCompare(b.reason)),
  };
}

/** Per mentor: activities (rejected and withdrawn excluded), approved, hours; most activities first, then by id. */
export function mentorStatistics(groups: readonly FactGroup[]): MentorStatistics[] {
  const byUser = new Map<string, { activities: number; approved: number; minutes: number }>();
  for (const g of groups) {
    const bucket = statusBucket(g.status);
    if (bucket === "rejected" || bucket === "withdrawn") continue;
    const m = byUser.get(g.userId) ?? { activities: 0, approved: 0, minutes: 0 };
    m.activities += g.activities;
    m.minutes += g.minutes;
    if (bucket === "approved") m.approved += g.activities;
    byUser.set(g.userId, m);
  }
  return [...byUser]
    .map(([userId, m]) => ({ userId, activities: m.activities, approved: m.approved, hours: hoursOf(m.minutes) }))
    .sort((a, b) => b.activities - a.activities || a.userId.localeCompare(b.userId));
}

/** One entry per local association of the groups (activities without one are left out), ordered by id. */
export function teamStatistics(period: Period, groups: readonly FactGroup[]): LocalAssociationTeamStatistics[] {
  const byLa = new Map<string, FactGroup[]>();
  for (const g of groups) {
    if (!g.localAssociationId) continue;
    byLa.set(g.localAssociationId, [...(byLa.get(g.localAssociationId) ?? []), g]);
  }
  return [...byLa]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([localAssociationId, gs]) => ({
      localAssociationId,
      totals: periodStatistics(period, gs),
      mentors: mentorStatistics(gs),
    }));
}
