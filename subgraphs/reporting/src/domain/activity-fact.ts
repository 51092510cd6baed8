/**
 * Rules for the activity read model, as plain functions over plain data (no I/O).
 * An activity's status falls in one of three buckets: approved, rejected, or
 * pending (anything not yet decided: draft, pending_review, flagged); a
 * withdrawn activity (issue 20) is in none: it counts nowhere.
 */
import type { ActivityCounts } from "./activity-stats.js";

export const REPORTING_TIME_ZONE = "Europe/Oslo";

export type StatusBucket = "pending" | "approved" | "rejected" | "withdrawn";
export type Decision = "approved" | "rejected";

const dayFormat = new Intl.DateTimeFormat("en-CA", {
  timeZone: REPORTING_TIME_ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

/** The calendar day (YYYY-MM-DD) in Norwegian time of an ISO-8601 instant (DESIGN.md section 9: activity-day). */
export function activityDay(activityDate: string): string {
  const instant = new Date(activityDate);
  if (Number.isNaN(instant.getTime())) throw new RangeError(`not a date: ${activityDate}`);
  const parts = Object.fromEntries(dayFormat.formatToParts(instant).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
}

export function statusBucket(status: string): StatusBucket {
  if (status === "approved") return "approved";
  if (status === "rejected") return "rejected";
  if (status === "withdrawn") return "withdrawn";
  return "pending";
}

/**
 * How the rollup changes when a fact goes from `before` (null: not yet known)
 * to `after`: a new fact adds one registered activity and one to its bucket; a
 * status change moves one activity between buckets; a withdrawal takes it out
 * of every count, registered included.
 */
export function countDelta(before: string | null, after: string): ActivityCounts {
  const delta: ActivityCounts = { registered: 0, pending: 0, approved: 0, rejected: 0 };
  const from = before === null ? null : statusBucket(before);
  const to = statusBucket(after);
  if (from !== null && from !== "withdrawn") {
    delta[from] -= 1;
    delta.registered -= 1;
  }
  if (to !== "withdrawn") {
    delta[to] += 1;
    delta.registered += 1;
  }
  return delta;
}

export function isZeroDelta(delta: ActivityCounts): boolean {
  return delta.registered === 0 && delta.pending === 0 && delta.approved === 0 && delta.rejected === 0;
}

/**
 * Whether a decision (approval or rejection) replaces the fact's current
 * status: it always replaces an undecided status; between two decisions the
 * later one wins, so a redelivered or late older decision changes nothing.
 */
export function decisionSupersedes(
  current: { status: string; statusChangedAt: Date },
  decision: { status: Decision; decidedAt: Date },
): boolean {
  // Withdrawn is final (activity refuses any decision after it).
  if (statusBucket(current.status) === "withdrawn") return false;
  if (statusBucket(current.status) === "pending") return true;
  if (current.status === decision.status) return false;
  return decision.decidedAt.getTime() > current.statusChangedAt.getTime();
}
