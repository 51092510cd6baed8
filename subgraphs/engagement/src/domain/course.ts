/**
 * Course rules, as plain functions over plain data (no I/O).
 * Dates are calendar days (YYYY-MM-DD), compared as such.
 */
import type { RuleViolation } from "./violation.js";

export const COURSE_KINDS = ["certification", "career_workshop", "continuing_education"] as const;
export type CourseKind = (typeof COURSE_KINDS)[number];
export const COURSE_STATUSES = ["planned", "open", "closed", "cancelled"] as const;
export type CourseStatus = (typeof COURSE_STATUSES)[number];

export const TITLE_MAX = 200;

export interface NewCourse {
  title: string;
  description?: string | null;
  kind: CourseKind;
  capacity: number;
  startsOn: string;
  endsOn?: string | null;
  location?: string | null;
}

export function validateNewCourse(input: NewCourse): RuleViolation[] {
  const violations: RuleViolation[] = [];
  const title = input.title.trim();
  if (title.length === 0 || title.length > TITLE_MAX) {
    violations.push({ rule: "title_length", field: "title", message: `Title must be 1 to ${TITLE_MAX} characters` });
  }
  if (!Number.isInteger(input.capacity) || input.capacity <= 0) {
    violations.push({ rule: "capacity_positive", field: "capacity", message: "Capacity must be a positive whole number" });
  }
  // ISO calendar dates compare correctly as strings.
  if (input.endsOn != null && input.endsOn < input.startsOn) {
    violations.push({ rule: "date_order", field: "endsOn", message: "A course cannot end before it starts" });
  }
  return violations;
}

/** Trims text and turns blank optional text into null. */
export function normalizeCourse(input: NewCourse): NewCourse {
  const blankToNull = (v: string | null | undefined) => (v == null || v.trim() === "" ? null : v.trim());
  return {
    ...input,
    title: input.title.trim(),
    description: blankToNull(input.description),
    location: blankToNull(input.location),
    endsOn: input.endsOn ?? null,
  };
}
