import type { SensitiveRule } from "./sensitive-policy.js";

/**
 * The organization settings activity needs (duplicate window, Bufdir thresholds, sensitive-field policy,
 * activity date floor).
 * Organization owns them and publishes `organization.settings.changed`
 * (events/settings.ts keeps the projection); until an event reaches this
 * subgraph the defaults below apply (DESIGN.md section 9, seed 002 duplicate_detection).
 */
export interface ActivitySettings {
  /** duplicate_detection: activities this close in time (either side) are suspected duplicates. */
  duplicateWindowMinutes: number;
  /** Conversation and activity groups: at least this many participants ... */
  groupMinParticipants: number;
  /** ... for at least this many minutes. */
  groupMinMinutes: number;
  /** Likeperson courses: at least this many minutes per course day (2 x 45). */
  courseMinMinutesPerDay: number;
  /** sensitive_field_policy: the organization's rules (none: the defaults of sensitive-policy.ts). */
  sensitiveFieldPolicy: readonly SensitiveRule[];
  /** activity_date_floor: no activity dated before this day (YYYY-MM-DD). */
  activityDateFloor: string;
  /** retention (issue 24 item 5): a contact inactive this many whole years is proposed for erasure. */
  contactRetentionYears: number;
}

export const DEFAULT_SETTINGS: ActivitySettings = {
  duplicateWindowMinutes: 24 * 60,
  groupMinParticipants: 3,
  groupMinMinutes: 45,
  courseMinMinutesPerDay: 90,
  sensitiveFieldPolicy: [],
  activityDateFloor: "2000-01-01",
  contactRetentionYears: 5,
};

/** A section of `organization.settings.changed` as far as activity reads it. */
export type SettingsSection =
  | { section: "duplicate_detection"; values: { windowMinutes: number } }
  | {
      section: "bufdir_thresholds";
      values: { groupMinParticipants: number; groupMinMinutes: number; courseMinMinutesPerDay: number };
    }
  | { section: "sensitive_field_policy"; values: { rules: SensitiveRule[] } }
  | { section: "activity_rules"; values: { activityDateFloor: string } }
  | { section: "retention"; values: { contactInactiveYears: number } }
  | { section: string; values: unknown };

/** The settings after one changed section, or null when the section is not activity's. */
export function mergeSettingsSection(current: ActivitySettings, change: SettingsSection): ActivitySettings | null {
  if (change.section === "duplicate_detection") {
    const v = change.values as { windowMinutes: number };
    return { ...current, duplicateWindowMinutes: v.windowMinutes };
  }
  if (change.section === "bufdir_thresholds") {
    const v = change.values as {
      groupMinParticipants: number;
      groupMinMinutes: number;
      courseMinMinutesPerDay: number;
    };
    return {
      ...current,
      groupMinParticipants: v.groupMinParticipants,
      groupMinMinutes: v.groupMinMinutes,
      courseMinMinutesPerDay: v.courseMinMinutesPerDay,
    };
  }
  if (change.section === "sensitive_field_policy") {
    const v = change.values as { rules: SensitiveRule[] };
    return { ...current, sensitiveFieldPolicy: v.rules };
  }
  if (change.section === "retention") {
    return {
      ...current,
      contactRetentionYears: (change.values as { contactInactiveYears: number }).contactInactiveYears,
    };
  }
  if (change.section === "activity_rules") {
    return { ...current, activityDateFloor: (change.values as { activityDateFloor: string }).activityDateFloor };
  }
  return null;
}
