/**
 * Badge rules, as plain functions over plain data (no I/O).
 * A badge is awarded at most once per user; the activity badges follow the
 * number of the user's approved activities in the organization.
 */
export const BADGE_TRIGGERS = [
  "first_activity",
  "approved_activities_10",
  "approved_activities_50",
  "approved_activities_100",
  "one_year",
  "course_completed",
  "manual",
] as const;
export type BadgeTrigger = (typeof BADGE_TRIGGERS)[number];

/** Activity-count triggers and the number of approved activities each needs. */
const ACTIVITY_MILESTONES: ReadonlyArray<readonly [BadgeTrigger, number]> = [
  ["first_activity", 1],
  ["approved_activities_10", 10],
  ["approved_activities_50", 50],
  ["approved_activities_100", 100],
];

/** The activity triggers a user with `approvedCount` approved activities has earned. */
export function earnedActivityTriggers(approvedCount: number): BadgeTrigger[] {
  return ACTIVITY_MILESTONES.filter(([, needed]) => approvedCount >= needed).map(([trigger]) => trigger);
}

/**
 * The trigger of a catalog entry that names none (the demo fixtures give a key
 * only): known keys map to their trigger, anything else is awarded by hand.
 */
export function triggerForKey(key: string): BadgeTrigger {
  if ((BADGE_TRIGGERS as readonly string[]).includes(key)) return key as BadgeTrigger;
  const aliases: Record<string, BadgeTrigger> = {
    ten_activities: "approved_activities_10",
    fifty_activities: "approved_activities_50",
    hundred_activities: "approved_activities_100",
  };
  return aliases[key] ?? "manual";
}
