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
    violations.push({
      rule: "title_length",
      field: "title",
      message: `Title must be 1 to ${TITLE_MAX} characters`,
      params: { max: TITLE_MAX },
    });
  }
  if (!Number.isInteger(input.capacity) || input.capacity <= 0) {
    violations.push({
      rule: "capacity_positive",
      field: "capacity",
      message: "Capacity must be a positive whole number",
    });
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

/** What a coordinator does to a course's status. */
export type CourseAction = "open" | "close" | "cancel";

/**
 * The course state machine: planned → open ⇄ closed; any of them → cancelled
 * (final). Open takes enrollments; closed keeps its participants but takes no
 * new ones; cancelled withdraws everyone still registered or waitlisted.
 */
const TRANSITIONS: Record<CourseAction, { from: readonly CourseStatus[]; to: CourseStatus }> = {
  open: { from: ["planned", "closed"], to: "open" },
  close: { from: ["open"], to: "closed" },
  cancel: { from: ["planned", "open", "closed"], to: "cancelled" },
};

/** The status after the action, or the rule it breaks (`course_cancelled`, `course_transition`). */
export function courseTransition(
  current: CourseStatus,
  action: CourseAction,
): { status: CourseStatus } | { violation: RuleViolation } {
  if (current === "cancelled") {
    return { violation: { rule: "course_cancelled", field: "id", message: "Kurset er avlyst og kan ikke endres" } };
  }
  const t = TRANSITIONS[action];
  if (!t.from.includes(current)) {
    return {
      violation: {
        rule: "course_transition",
        field: "id",
        message: `Kurset er ${STATUS_TEXT[current]} og kan ikke ${ACTION_TEXT[action]}`,
      },
    };
  }
  return { status: t.to };
}

const ACTION_TEXT: Record<CourseAction, string> = { open: "åpnes", close: "stenges", cancel: "avlyses" };
const STATUS_TEXT: Record<CourseStatus, string> = {
  planned: "planlagt",
  open: "åpent",
  closed: "stengt",
  cancelled: "avlyst",
};

/** The fields an edit may change (absent = unchanged; null clears an optional one). */
export interface CourseChanges {
  title?: string;
  description?: string | null;
  kind?: CourseKind;
  capacity?: number;
  startsOn?: string;
  endsOn?: string | null;
  location?: string | null;
  certificationTypeId?: string | null;
}

/**
 * The course after an edit, or every rule the edit breaks: the create rules on
 * the result, `course_cancelled` (a cancelled course is not edited) and
 * `capacity_below_seats` (capacity under the seats already taken).
 */
export function applyCourseChanges<C extends NewCourse & { status: CourseStatus; certificationTypeId: string | null }>(
  current: C,
  changes: CourseChanges,
  seatsTaken: number,
): { course: C; violations: RuleViolation[] } {
  const defined = Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined)) as CourseChanges;
  const merged = { ...current, ...defined };
  const violations: RuleViolation[] = [];
  if (current.status === "cancelled")
    violations.push({ rule: "course_cancelled", field: "id", message: "Kurset er avlyst og kan ikke endres" });
  violations.push(...validateNewCourse(merged));
  if (Number.isInteger(merged.capacity) && merged.capacity > 0 && merged.capacity < seatsTaken) {
    violations.push({
      rule: "capacity_below_seats",
      field: "capacity",
      message: `Kurset har ${seatsTaken} deltakere med plass; kapasiteten kan ikke være lavere`,
    });
  }
  return { course: { ...merged, ...normalizeCourse(merged) }, violations };
}
