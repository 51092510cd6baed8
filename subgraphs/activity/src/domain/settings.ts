/**
 * The organization settings activity needs (duplicate window, Bufdir thresholds).
 * Organization owns them; until its settings event reaches this subgraph the
 * defaults below apply (DESIGN.md section 9, seed 002 duplicate_detection).
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
}

export const DEFAULT_SETTINGS: ActivitySettings = {
  duplicateWindowMinutes: 24 * 60,
  groupMinParticipants: 3,
  groupMinMinutes: 45,
  courseMinMinutesPerDay: 90,
};
