/** Wrapped (a mentor's year in review) from the year's rows, and whether a stored summary changed. Pure. */
import { busiestMonth, monthSeries } from "./statistics.js";

/** A certification the mentor held in the year: its type's key and name (null: not known). */
export interface WrappedCertification {
  key: string;
  name: string | null;
}

/** A badge awarded in the year: its key and the organization's name for it (null: not known). */
export interface WrappedBadge {
  key: string;
  name: string | null;
}

/** One of the year's most done activity types: approved activities and minutes of it. */
export interface WrappedActivityType {
  key: string;
  activities: number;
  minutes: number;
}

/** How many activity types Wrapped names. */
export const TOP_ACTIVITY_TYPES = 3;

export interface WrappedContent {
  userId: string;
  year: number;
  activities: number;
  minutes: number;
  contactsReached: number;
  eventsAttended: number;
  badges: WrappedBadge[];
  busiestMonth: number | null;
  busiestMonthActivities: number;
  byMonth: number[];
  certifications: WrappedCertification[];
  topActivityTypes: WrappedActivityType[];
}

export interface WrappedInputs {
  monthly: readonly { userId: string; month: number; count: number; minutes: number }[];
  contacts: readonly { userId: string; contacts: number }[];
  /** Gatherings attended per mentor (optional: none known). */
  attended?: readonly { userId: string; events: number }[];
  /** In award order. */
  badges: readonly { userId: string; badgeKey: string; badgeName?: string | null }[];
  /** Approved activities and minutes per mentor and activity type (optional: none known). */
  byType?: readonly { userId: string; activityType: string; count: number; minutes: number }[];
  /** Certifications held in the year, per mentor (optional: none known). */
  certifications?: readonly { userId: string; key: string; name: string | null }[];
}

/** The most done types first (more activities, then more minutes, then by key), at most TOP_ACTIVITY_TYPES. */
export function topActivityTypes(
  rows: readonly { activityType: string; count: number; minutes: number }[],
): WrappedActivityType[] {
  return [...rows]
    .sort((a, b) => b.count - a.count || b.minutes - a.minutes || a.activityType.localeCompare(b.activityType))
    .slice(0, TOP_ACTIVITY_TYPES)
    .map((r) => ({ key: r.activityType, activities: r.count, minutes: r.minutes }));
}

/** A mentor's certifications of the year: one per type (a type held twice, in two organizations, once), by key. */
function certificationsOf(rows: readonly { key: string; name: string | null }[]): WrappedCertification[] {
  const byKey = new Map<string, WrappedCertification>();
  for (const r of rows) if (!byKey.get(r.key)?.name) byKey.set(r.key, { key: r.key, name: r.name });
  return [...byKey.values()].sort((a, b) => a.key.localeCompare(b.key));
}

/** One summary per mentor with an approved activity or a badge in the year, ordered by user id. */
export function buildWrapped(year: number, input: WrappedInputs): WrappedContent[] {
  const attended = new Map((input.attended ?? []).map((a) => [a.userId, a.events]));
  const users = new Set([
    ...input.monthly.map((r) => r.userId),
    ...input.badges.map((b) => b.userId),
    ...attended.keys(),
  ]);
  const byType = input.byType ?? [];
  const certifications = input.certifications ?? [];
  const contacts = new Map(input.contacts.map((c) => [c.userId, c.contacts]));
  return [...users].sort().map((userId) => {
    const mine = input.monthly.filter((r) => r.userId === userId);
    const byMonth = monthSeries(mine);
    const busiest = busiestMonth(byMonth);
    return {
      userId,
      year,
      activities: mine.reduce((n, r) => n + r.count, 0),
      minutes: mine.reduce((n, r) => n + r.minutes, 0),
      contactsReached: contacts.get(userId) ?? 0,
      eventsAttended: attended.get(userId) ?? 0,
      badges: input.badges
        .filter((b) => b.userId === userId)
        .map((b) => ({ key: b.badgeKey, name: b.badgeName ?? null })),
      busiestMonth: busiest,
      busiestMonthActivities: busiest ? byMonth[busiest - 1]! : 0,
      byMonth,
      certifications: certificationsOf(certifications.filter((c) => c.userId === userId)),
      topActivityTypes: topActivityTypes(byType.filter((r) => r.userId === userId)),
    };
  });
}

/** True when the stored summary says the same (computedAt aside): the job then leaves it as it is. */
export function sameWrapped(a: WrappedContent, b: WrappedContent): boolean {
  const key = (w: WrappedContent) =>
    JSON.stringify([
      w.userId,
      w.year,
      w.activities,
      w.minutes,
      w.contactsReached,
      w.eventsAttended,
      w.badges.map((b) => [b.key, b.name]),
      w.busiestMonth,
      w.busiestMonthActivities,
      w.byMonth,
      // As tuples: a summary read back from jsonb has its objects' keys in another order.
      w.certifications.map((c) => [c.key, c.name]),
      w.topActivityTypes.map((t) => [t.key, t.activities, t.minutes]),
    ]);
  return key(a) === key(b);
}

/**
 * Whether the scheduled job computes `target` (the year just ended) now: always once on 1 January (Norwegian day),
 * and on any later day when that year has no summary yet (a start after New Year). `doneInProcess`: this process
 * already computed it.
 */
export function wrappedDue(today: string, target: number, doneInProcess: boolean, computed: boolean): boolean {
  if (doneInProcess) return false;
  return today === `${target + 1}-01-01` || !computed;
}

/** The organization a mentor's year belongs to most (most approved activities; the smallest id on a tie). */
export function homeOrganizations(
  rows: readonly { userId: string; organizationId: string; count: number }[],
): Map<string, string> {
  const best = new Map<string, { organizationId: string; count: number }>();
  for (const r of rows) {
    const b = best.get(r.userId);
    if (!b || r.count > b.count || (r.count === b.count && r.organizationId < b.organizationId)) best.set(r.userId, r);
  }
  return new Map([...best].map(([u, b]) => [u, b.organizationId]));
}
