/**
 * Correcting an undecided activity (issue 20, updateActivity), as plain data:
 * the stored activity and the caller's changes become a registration draft,
 * which goes through exactly the registration's validation (prepareRegistrations);
 * what changed is named for the status log, the event and the audit entry.
 */
import type { ActivityDraft } from "./activity.js";
import type { ActivityStatus } from "./workflow.js";

/** The stored values a correction starts from (a subset of the activity row). */
export interface StoredActivity {
  id: string;
  userId: string;
  status: ActivityStatus;
  activityType: string;
  activityDate: Date;
  durationMinutes: number;
  title: string | null;
  description: string | null;
  location: string | null;
  contactId: string | null;
  participantCount: number | null;
  country: string;
  isBulkRegistration: boolean;
  bulkBatchId: string | null;
  calendarEventId: string | null;
  eventId: string | null;
  metadata: unknown;
}

/**
 * The caller's changes: an omitted field keeps its value. For the optional texts and the contact, null clears
 * (a null title is generated again from the type and the contact, as at registration); for the others null
 * also keeps the value.
 */
export interface ActivityPatch {
  activityTypeKey?: string | null;
  /** Parsed from text (an invalid text is an invalid Date, refused as date_format by the registration rules). */
  activityDate?: Date | null;
  durationMinutes?: number | null;
  title?: string | null;
  description?: string | null;
  location?: string | null;
  contactId?: string | null;
  participantCount?: number | null;
  country?: string | null;
  metadata?: unknown;
}

/** The fields a correction may change, in the order they are named. */
export const CORRECTABLE_FIELDS = [
  "activityType",
  "activityDate",
  "durationMinutes",
  "title",
  "description",
  "location",
  "contactId",
  "participantCount",
  "country",
  "metadata",
] as const;
export type CorrectableField = (typeof CORRECTABLE_FIELDS)[number];

const given = <K extends keyof ActivityPatch>(patch: ActivityPatch, key: K) =>
  Object.prototype.hasOwnProperty.call(patch, key) && patch[key] !== undefined;

/**
 * The registration draft of a corrected activity: the same mentor (a coordinator correcting a mentor's activity
 * is checked like a proxy registration: coordinator_proxy_scope), the same bulk batch, and the status a new
 * registration would get (a draft stays a draft; anything else awaits review again).
 */
export function correctionDraft(
  current: StoredActivity,
  patch: ActivityPatch,
  actorId: string,
): ActivityDraft & { calendarEventId: string | null; eventId: string | null; metadata: unknown } {
  const keep = <K extends keyof ActivityPatch, V>(key: K, stored: V) => (given(patch, key) ? patch[key] : stored);
  return {
    activityTypeKey: patch.activityTypeKey ?? current.activityType,
    activityDate: patch.activityDate ?? current.activityDate,
    durationMinutes: patch.durationMinutes ?? current.durationMinutes,
    title: keep("title", current.title) as string | null,
    description: keep("description", current.description) as string | null,
    location: keep("location", current.location) as string | null,
    contactId: keep("contactId", current.contactId) as string | null,
    participantCount: patch.participantCount ?? current.participantCount,
    country: patch.country ?? current.country,
    isProxyRegistration: current.userId !== actorId,
    userId: current.userId,
    status: current.status === "draft" ? "draft" : "pending_review",
    isBulkRegistration: current.isBulkRegistration,
    bulkBatchId: current.bulkBatchId,
    calendarEventId: current.calendarEventId,
    eventId: current.eventId,
    metadata: keep("metadata", current.metadata),
  };
}

const same = (a: unknown, b: unknown) =>
  a instanceof Date && b instanceof Date
    ? a.getTime() === b.getTime()
    : JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** The fields whose stored value differs after the correction (names only: the audit entry carries no values). */
export function changedFields(
  before: Record<CorrectableField, unknown>,
  after: Record<CorrectableField, unknown>,
): CorrectableField[] {
  return CORRECTABLE_FIELDS.filter((f) => !same(before[f], after[f]));
}
