/** Event catalog, activity: activities, assignments, gatherings. */
import { z } from "zod";
import { id, type CatalogEntries } from "./shared.js";

export const activityEvents = {
  "activity.activity.registered": {
    version: 1,
    payload: z.object({
      activityId: id,
      userId: id,
      localAssociationId: id.nullable(),
      activityType: z.string(),
      activityDate: z.iso.datetime({ offset: true }),
      durationMinutes: z.number().int(),
      status: z.string(),
      /** Added later (optional, so older events still validate): */
      contactId: id.nullable().optional(),
      proxySubmittedBy: id.nullable().optional(),
      bulkBatchId: id.nullable().optional(),
      /** duplicate_detection: the earlier activity this one may duplicate (status is then "flagged"). */
      suspectedDuplicateOf: id.nullable().optional(),
      /** Bufdir countability decided at registration (DESIGN.md section 9): counts once approved, or why not. */
      bufdirCountable: z.boolean().optional(),
      bufdirReason: z.string().optional(),
      /** Participants of a group activity (at least 1): the Bufdir report sums them. */
      participantCount: z.number().int().positive().optional(),
      /** Where it took place (ISO 3166-1 alpha-2, NO by default): only activities in Norway count. */
      country: z.string().length(2).optional(),
    }),
  },
  /** An activity put aside for review (a reviewer's doubt or a suspected duplicate). */
  /** Version 2: ids only; the reviewer's note stays in activity's status log (version 1 carried it; still read). */
  "activity.activity.flagged": {
    version: 2,
    payload: z.object({ activityId: id, flaggedBy: id, suspectedDuplicateOf: id.nullable() }),
    legacy: {
      1: z.object({ activityId: id, flaggedBy: id, note: z.string().nullable(), suspectedDuplicateOf: id.nullable() }),
    },
  },
  /** A draft (offline or saved for later) submitted for review. */
  "activity.activity.submitted": {
    version: 1,
    payload: z.object({ activityId: id, submittedBy: id }),
  },
  "activity.activity.approved": {
    version: 1,
    payload: z.object({
      activityId: id,
      approvedBy: id,
      /** Added later (optional): assignment_threshold_counting, the assignment linking the activity's mentor and contact. */
      assignmentId: id.nullable().optional(),
      userId: id.optional(),
      contactId: id.nullable().optional(),
    }),
  },
  /** Version 2: ids only; the reviewer's reason stays in activity (the activity's review shows it; version 1 carried it; still read). */
  "activity.activity.rejected": {
    version: 2,
    payload: z.object({ activityId: id, rejectedBy: id }),
    legacy: { 1: z.object({ activityId: id, rejectedBy: id, reason: z.string() }) },
  },
  /**
   * An undecided activity corrected (updateActivity, issue 20) by its mentor or a coordinator of its local
   * association (updatedBy, also the envelope's actorId): its state after the correction, as registered carries
   * it, and the names of the fields that changed. The read models replace what they keep of an undecided activity.
   */
  "activity.activity.updated": {
    version: 1,
    payload: z.object({
      activityId: id,
      updatedBy: id,
      changedFields: z.array(z.string()),
      userId: id,
      localAssociationId: id.nullable(),
      activityType: z.string(),
      activityDate: z.iso.datetime({ offset: true }),
      durationMinutes: z.number().int(),
      /** draft, pending_review or flagged (duplicate detection runs again). */
      status: z.string(),
      contactId: id.nullable(),
      suspectedDuplicateOf: id.nullable(),
      bufdirCountable: z.boolean(),
      bufdirReason: z.string(),
      participantCount: z.number().int().positive(),
      country: z.string().length(2),
    }),
  },
  /**
   * An undecided activity withdrawn (withdrawActivity, issue 20): the row and its status log stay, it counts
   * nowhere any more. previousStatus: draft, pending_review or flagged.
   */
  "activity.activity.withdrawn": {
    version: 1,
    payload: z.object({ activityId: id, withdrawnBy: id, userId: id, previousStatus: z.string() }),
  },
  /** A coordinator dispatched an assignment to a mentor (the encrypted content never travels in events). */
  "activity.assignment.dispatched": {
    version: 1,
    payload: z.object({ assignmentId: id, contactId: id, mentorId: id, coordinatorId: id, localAssociationId: id }),
  },
  /** An assignment moved along its log (delivered, read, acknowledged, completed, cancelled). */
  "activity.assignment.status_changed": {
    version: 1,
    payload: z.object({
      assignmentId: id,
      mentorId: id,
      previousStatus: z.string(),
      status: z.string(),
      changedBy: id,
    }),
  },
  /** A gathering (group event) opened for registration. */
  "activity.gathering.published": {
    version: 1,
    payload: z.object({
      gatheringId: id,
      localAssociationId: id,
      title: z.string(),
      activityType: z.string(),
      startsAt: z.iso.datetime({ offset: true }),
      endsAt: z.iso.datetime({ offset: true }),
      capacity: z.number().int().nullable(),
    }),
  },
  /** Version 2: ids only; the reason stays on the gathering in activity (version 1 carried it; still read). */
  "activity.gathering.cancelled": {
    version: 2,
    payload: z.object({ gatheringId: id, cancelledBy: id }),
    legacy: { 1: z.object({ gatheringId: id, cancelledBy: id, reason: z.string().nullable() }) },
  },
  /** Someone registered for a gathering: themself, or by a coordinator on their behalf (isProxyRegistration). */
  "activity.gathering.registration_added": {
    version: 1,
    payload: z.object({
      gatheringId: id,
      registrationId: id,
      userId: id,
      registeredBy: id,
      isProxyRegistration: z.boolean(),
    }),
  },
  /** Attendance recorded (DESIGN.md's event.attendance_recorded): who attended, who did not, the activities it created. */
  "activity.gathering.attendance_recorded": {
    version: 1,
    payload: z.object({
      gatheringId: id,
      attendedUserIds: z.array(id),
      absentUserIds: z.array(id),
      activityIds: z.array(id),
    }),
  },
} as const satisfies CatalogEntries;
