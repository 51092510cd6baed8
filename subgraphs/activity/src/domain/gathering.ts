/**
 * Gatherings (seed 000/001 `event`, `event_registration` / `event_attendee`):
 * group activities created by coordinators or mentors, published, registered
 * for (self or by a coordinator), then attended. Pure rules over plain data.
 */
import type { Actor } from "./actor.js";

export type GatheringStatus = "draft" | "published" | "cancelled" | "completed";
export type RegistrationStatus = "registered" | "attended" | "absent";

export type { RuleViolation } from "./rules.js";
import type { RuleViolation } from "./rules.js";

export interface GatheringDraft {
  title: string;
  description?: string | null;
  activityTypeKey: string;
  startsAt: Date;
  endsAt: Date;
  location?: string | null;
  capacity?: number | null;
}

export const GATHERING_LIMITS = { titleMax: 200, descriptionMax: 5000, minutesMax: 1440 } as const;

/** Whole minutes between start and end (the duration of the activities attendance creates). */
export const gatheringMinutes = (g: { startsAt: Date; endsAt: Date }) =>
  Math.round((g.endsAt.getTime() - g.startsAt.getTime()) / 60_000);

/**
 * required_fields (title, activity type), title_length, description_length,
 * gathering_time_range (ends after it starts, at most 24 hours, like an
 * activity's duration_range), capacity_positive.
 */
export function validateGathering(d: GatheringDraft): RuleViolation[] {
  const out: RuleViolation[] = [];
  const title = d.title.trim();
  if (title.length === 0) out.push({ rule: "required_fields", field: "title", message: "En samling må ha en tittel" });
  if (title.length > GATHERING_LIMITS.titleMax)
    out.push({
      rule: "title_length",
      field: "title",
      message: `Tittelen kan ha høyst ${GATHERING_LIMITS.titleMax} tegn`,
      params: { max: GATHERING_LIMITS.titleMax },
    });
  if ((d.description?.length ?? 0) > GATHERING_LIMITS.descriptionMax) {
    out.push({
      rule: "description_length",
      field: "description",
      message: `Beskrivelsen kan ha høyst ${GATHERING_LIMITS.descriptionMax} tegn`,
      params: { max: GATHERING_LIMITS.descriptionMax },
    });
  }
  if (d.activityTypeKey.trim().length === 0)
    out.push({ rule: "required_fields", field: "activityTypeKey", message: "En samling må ha en aktivitetstype" });
  const minutes = gatheringMinutes(d);
  if (Number.isNaN(minutes) || minutes < 1 || minutes > GATHERING_LIMITS.minutesMax) {
    out.push({
      rule: "gathering_time_range",
      field: "endsAt",
      message: "En samling slutter etter at den starter og varer høyst 24 timer",
    });
  }
  if (d.capacity != null && (!Number.isInteger(d.capacity) || d.capacity < 1)) {
    out.push({
      rule: "capacity_positive",
      field: "capacity",
      message: "Kapasiteten er minst 1 (la feltet stå tomt for ingen grense)",
    });
  }
  return out;
}

/** gathering_status_transition: draft → published | cancelled; published → cancelled | completed. */
const TRANSITIONS: Record<GatheringStatus, readonly GatheringStatus[]> = {
  draft: ["published", "cancelled"],
  published: ["cancelled", "completed"],
  cancelled: [],
  completed: [],
};

export function transitionViolation(from: GatheringStatus, to: GatheringStatus): RuleViolation | null {
  if (TRANSITIONS[from].includes(to)) return null;
  return { rule: "gathering_status_transition", field: "status", message: `A ${from} gathering cannot become ${to}` };
}

/** gathering_organizer_only: the organizer, coordinators of the gathering's local association and organization administrators manage it. */
export function canManage(
  actor: Actor,
  g: { createdBy: string; localAssociationId: string; organizationId: string },
): boolean {
  if (actor.organizationId !== g.organizationId) return false;
  if (actor.userId === g.createdBy || actor.role === "org_admin") return true;
  return actor.role === "coordinator" && actor.localAssociationId === g.localAssociationId;
}

/** Attendance is recorded by a coordinator of the gathering's local association (attendance creates their mentors' activities by proxy). */
export const canRecordAttendance = (actor: Actor, g: { localAssociationId: string; organizationId: string }) =>
  actor.role === "coordinator" &&
  actor.organizationId === g.organizationId &&
  actor.localAssociationId === g.localAssociationId;

/**
 * registration_open: only a published gathering that has not ended takes
 * registrations (late sign-up at the door is allowed until it ends).
 * gathering_capacity: no more registrations than places.
 */
export function registrationViolation(
  g: { status: GatheringStatus; endsAt: Date; capacity: number | null },
  registeredCount: number,
  now: Date,
): RuleViolation | null {
  if (g.status !== "published")
    return {
      rule: "registration_open",
      field: "gatheringId",
      message: `A ${g.status} gathering takes no registrations`,
    };
  if (g.endsAt.getTime() <= now.getTime())
    return { rule: "registration_open", field: "gatheringId", message: "The gathering has ended" };
  if (g.capacity !== null && registeredCount >= g.capacity)
    return { rule: "gathering_capacity", field: "gatheringId", message: "The gathering is full" };
  return null;
}

/** attendance_after_start: attendance is recorded for a published (or completed) gathering once it has started. */
export function attendanceViolation(g: { status: GatheringStatus; startsAt: Date }, now: Date): RuleViolation | null {
  if (g.status !== "published" && g.status !== "completed") {
    return {
      rule: "gathering_status_transition",
      field: "gatheringId",
      message: `Attendance is not recorded for a ${g.status} gathering`,
    };
  }
  if (g.startsAt.getTime() > now.getTime())
    return {
      rule: "attendance_after_start",
      field: "gatheringId",
      message: "Attendance is recorded once the gathering has started",
    };
  return null;
}

/**
 * The attendance phase: listed registrants attend, the others are absent,
 * except those whose activity was already created (they stay attended: undoing
 * that is a rejection of the activity). Listing someone not registered is
 * registration_required.
 */
export function planAttendance(
  registrations: ReadonlyArray<{ userId: string; status: RegistrationStatus; activityId: string | null }>,
  attendedUserIds: readonly string[],
): { attended: string[]; absent: string[]; needActivity: string[]; violations: RuleViolation[] } {
  const registered = new Set(registrations.map((r) => r.userId));
  const listed = new Set(attendedUserIds);
  const violations = [...listed]
    .filter((u) => !registered.has(u))
    .map((u) => ({
      rule: "registration_required",
      field: "attendedUserIds",
      message: `User ${u} is not registered for the gathering`,
    }));
  const attended = registrations.filter((r) => listed.has(r.userId) || r.activityId !== null).map((r) => r.userId);
  const absent = registrations.filter((r) => !listed.has(r.userId) && r.activityId === null).map((r) => r.userId);
  const needActivity = registrations.filter((r) => listed.has(r.userId) && r.activityId === null).map((r) => r.userId);
  return { attended, absent, needActivity, violations };
}
