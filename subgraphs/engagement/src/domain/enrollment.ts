/**
 * Enrollment rules (no I/O). Seats are held by registered and attended
 * enrollments; when none is free a new enrollment waits; a freed seat goes to
 * the first on the waitlist (lowest sequence number).
 */
import type { RuleViolation } from "./violation.js";

export const ENROLLMENT_STATUSES = ["registered", "waitlisted", "attended", "withdrawn"] as const;
export type EnrollmentStatus = (typeof ENROLLMENT_STATUSES)[number];

/** The status a new enrollment gets: a seat if one is free, else the waitlist. */
export function placeFor(capacity: number, seatsTaken: number): "registered" | "waitlisted" {
  return seatsTaken < capacity ? "registered" : "waitlisted";
}

/** Whether an enrollment in this status holds a seat. */
export const holdsSeat = (status: EnrollmentStatus) => status === "registered" || status === "attended";

/** How many waitlisted people move up when seats are free. */
export function promotions(capacity: number, seatsTaken: number, waiting: number): number {
  return Math.max(0, Math.min(capacity - seatsTaken, waiting));
}

export function checkEnroll(courseStatus: string, current: EnrollmentStatus | null): RuleViolation | null {
  if (courseStatus !== "open")
    return { rule: "course_open", field: "courseId", message: "The course is not open for enrollment" };
  if (current !== null && current !== "withdrawn")
    return { rule: "already_enrolled", field: "courseId", message: "Already enrolled in this course" };
  return null;
}

export function checkWithdraw(current: EnrollmentStatus): RuleViolation | null {
  if (current === "withdrawn")
    return { rule: "already_withdrawn", field: "enrollmentId", message: "The enrollment is withdrawn already" };
  if (current === "attended")
    return { rule: "attended_final", field: "enrollmentId", message: "An attended course cannot be withdrawn from" };
  return null;
}

export function checkAttend(current: EnrollmentStatus): RuleViolation | null {
  if (current !== "registered") {
    return {
      rule: "attendance_requires_seat",
      field: "enrollmentId",
      message: "Only a registered participant can be marked as attended",
    };
  }
  return null;
}

/** A session day must lie within the session. */
export function checkSessionDay(day: string, startsOn: string, endsOn: string): RuleViolation | null {
  if (day < startsOn || day > endsOn)
    return { rule: "day_in_session", field: "day", message: "The day is not one of the session's days" };
  return null;
}
