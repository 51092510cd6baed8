/**
 * How Bufdir counts (DESIGN.md section 9), as plain functions: which activities
 * count and why not, how many activity-days an activity gives, and the report
 * a set of rollup rows adds up to. No I/O.
 */
import { REPORTING_TIME_ZONE, activityDay } from "./activity-fact.js";

export type BufdirCategory = "outreach_in_person" | "group" | "course" | "not_counted";

/** Per-organization thresholds (organization settings; these defaults until an organization sets its own). */
export interface BufdirThresholds {
  groupMinParticipants: number;
  groupMinMinutes: number;
  courseMinMinutesPerDay: number;
}

export const DEFAULT_THRESHOLDS: BufdirThresholds = {
  groupMinParticipants: 3,
  groupMinMinutes: 45,
  courseMinMinutesPerDay: 90,
};

/** activity's default activity type catalog (subgraphs/activity/src/domain/activity-type.ts). */
export const DEFAULT_TYPE_CATEGORIES: Readonly<Record<string, BufdirCategory>> = {
  home_visit: "outreach_in_person",
  phone_call: "not_counted",
  group_meeting: "group",
  course_day: "course",
  digital_chat: "not_counted",
};

export type NotCountableReason =
  "not_in_person" | "unknown_activity_type" | "too_few_participants" | "too_short" | "abroad" | "declared_by_activity";

export interface ClassifyInput {
  activityType: string;
  durationMinutes: number;
  participantCount: number | null;
  /** ISO 3166 alpha-2 country of the location; null: Norway (the default). */
  country: string | null;
  /** activity's own classification, when its event carries one: it wins. */
  declared?: { countable: boolean; reason: string | null } | null;
}

export interface Countability {
  countable: boolean;
  reason: NotCountableReason | string | null;
}

export function classifyActivity(
  input: ClassifyInput,
  thresholds: BufdirThresholds = DEFAULT_THRESHOLDS,
  categories: Readonly<Record<string, BufdirCategory>> = DEFAULT_TYPE_CATEGORIES,
): Countability {
  if (input.declared) {
    return input.declared.countable
      ? { countable: true, reason: null }
      : { countable: false, reason: input.declared.reason ?? "declared_by_activity" };
  }
  if (input.country !== null && input.country.toUpperCase() !== "NO") return { countable: false, reason: "abroad" };
  const category = categories[input.activityType];
  if (!category) return { countable: false, reason: "unknown_activity_type" };
  switch (category) {
    case "not_counted":
      return { countable: false, reason: "not_in_person" };
    case "group":
      if ((input.participantCount ?? 0) < thresholds.groupMinParticipants)
        return { countable: false, reason: "too_few_participants" };
      if (input.durationMinutes < thresholds.groupMinMinutes) return { countable: false, reason: "too_short" };
      return { countable: true, reason: null };
    case "course":
      if (input.durationMinutes < thresholds.courseMinMinutesPerDay) return { countable: false, reason: "too_short" };
      return { countable: true, reason: null };
    case "outreach_in_person":
      return { countable: true, reason: null };
  }
}

const DAY_MS = 86_400_000;

/** The instant a Norwegian calendar day (YYYY-MM-DD) begins: midnight in Oslo is 23:00 or 22:00 UTC the day before. */
function osloMidnight(day: string): number {
  const utcMidnight = Date.parse(`${day}T00:00:00Z`);
  for (const offsetHours of [1, 2]) {
    const t = utcMidnight - offsetHours * 3_600_000;
    if (activityDay(new Date(t).toISOString()) === day && activityDay(new Date(t - 1).toISOString()) !== day) return t;
  }
  return utcMidnight - 3_600_000;
}

/**
 * The Norwegian calendar days that count as activity-days of one activity (DESIGN.md section 9; the midnight
 * rule is ours, see the README): a day counts when at least `minMinutesPerDay` of the activity fall on it, so an
 * evening course from 18:15 to 00:15 is one course day and a three-day course is three. An activity with no such
 * day (shorter than the minimum on every day) gives one activity-day, its first: whether it counts at all is
 * classifyActivity's question, not this one's.
 */
export function activityDays(activityDate: string, durationMinutes: number, minMinutesPerDay = 1): string[] {
  const start = new Date(activityDate).getTime();
  const end = start + Math.max(1, durationMinutes) * 60_000;
  const first = activityDay(activityDate);
  const days: string[] = [];
  for (let day = first, n = 0; n <= 366; n++) {
    const from = osloMidnight(day);
    const next = new Date(Date.parse(`${day}T00:00:00Z`) + DAY_MS).toISOString().slice(0, 10);
    const to = osloMidnight(next);
    const minutes = (Math.min(end, to) - Math.max(start, from)) / 60_000;
    if (minutes >= Math.max(1, minMinutesPerDay)) days.push(day);
    if (to >= end) break;
    day = next;
  }
  return days.length > 0 ? days : [first];
}

/**
 * The least of an activity that must fall on a calendar day for the day to count: a course's minimum per course
 * day, for anything else the group minimum (45 minutes by default), so a visit from 23:30 to 00:30 is one visit.
 */
export function minMinutesPerDay(
  category: BufdirCategory | undefined,
  thresholds: BufdirThresholds = DEFAULT_THRESHOLDS,
): number {
  return category === "course" ? thresholds.courseMinMinutesPerDay : thresholds.groupMinMinutes;
}

/** Whether a fact belongs in the Bufdir rollup: approved and countable (seed 002, bufdir_reporting_inclusion). */
export function inBufdirRollup(fact: { status: string; countable: boolean }): boolean {
  return fact.status === "approved" && fact.countable;
}

/** +1 / -1 / 0: how a status change moves a fact's activity-days in the rollup. */
export function rollupSign(
  before: { status: string; countable: boolean } | null,
  after: { status: string; countable: boolean },
): number {
  return (inBufdirRollup(after) ? 1 : 0) - (before && inBufdirRollup(before) ? 1 : 0);
}

export { REPORTING_TIME_ZONE };

/** The `count` consecutive calendar days from `first` (YYYY-MM-DD). */
export function consecutiveDays(first: string, count: number): string[] {
  const start = Date.parse(`${first}T00:00:00Z`);
  return Array.from({ length: Math.max(1, count) }, (_, i) => new Date(start + i * DAY_MS).toISOString().slice(0, 10));
}

/** The days an activity covers, and how many of them fall in each month (its first day) and each year. */
export function rollupBuckets(
  first: string,
  count: number,
): { days: string[]; months: Map<string, number>; years: Map<number, number> } {
  const days = consecutiveDays(first, count);
  const months = new Map<string, number>();
  const years = new Map<number, number>();
  for (const d of days) {
    const month = `${d.slice(0, 7)}-01`;
    months.set(month, (months.get(month) ?? 0) + 1);
    years.set(Number(d.slice(0, 4)), (years.get(Number(d.slice(0, 4))) ?? 0) + 1);
  }
  return { days, months, years };
}
