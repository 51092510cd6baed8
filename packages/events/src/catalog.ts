/**
 * The catalog of event types and their payload schemas. Publishing and
 * consuming both validate against it; an unknown type or a payload that does
 * not match is refused on publish and dead-lettered on consume.
 */
import { z } from "zod";

const id = z.uuid();

/**
 * Every domain publishes its own audit entries (DESIGN.md section 6); reporting
 * keeps the organization-wide, hash-chained log. `action` says what happened,
 * e.g. `cross_tenant_read` for a global administrator's read (the actions are
 * listed in reporting's README). An entry holds ids only, never a name, an
 * e-mail or free text (reporting resolves labels when the log is read).
 */
const auditRecorded = {
  version: 1,
  payload: z.object({
    action: z.string().min(1),
    /** Null: nobody signed in (a failed sign-in, a reused refresh token). */
    actorId: id.nullable(),
    actorRole: z.string(),
    /** What the entry is about, by type and id (added later: optional, so older entries still validate). */
    subjectType: z.string().min(1).nullable().optional(),
    subjectId: id.nullable().optional(),
    /** The organization the actor acted in (null: across organizations). */
    organizationId: id.nullable(),
    operationName: z.string().nullable(),
    /** The root fields of the operation (what was read or changed). */
    fields: z.array(z.string()),
    requestId: z.string(),
  }),
} as const;

/**
 * engagement: a certification's status changed (issued, expiring, expired,
 * revoked); one payload for all four: whose it is, of which type, whether that
 * type is the basic course Bufdir counting requires, its validity (calendar
 * days, YYYY-MM-DD; validUntil null = never expires) and its status now.
 */
const certificationChanged = {
  version: 1,
  payload: z.object({
    certificationId: id,
    userId: id,
    organizationId: id,
    certificationTypeId: id,
    certificationTypeKey: z.string(),
    /** The type's name as the organization calls it (issue 21: Wrapped names certifications); older events have none. */
    certificationTypeName: z.string().optional(),
    basicCourse: z.boolean(),
    validFrom: z.iso.date(),
    validUntil: z.iso.date().nullable(),
    status: z.enum(["active", "expiring", "expired", "revoked"]),
  }),
} as const;

/**
 * organization.settings.changed: one event per changed section, with the section's new non-secret values
 * (the accounting integration's credentials never appear: only whether they are configured). `version` is
 * the organization's settings version after the change.
 */
const settingsSection = <S extends string, V extends z.ZodType>(section: S, values: V) =>
  z.object({ organizationId: id, version: z.number().int().min(1), section: z.literal(section), values });
const organizationSettingsChanged = {
  version: 1,
  payload: z.discriminatedUnion("section", [
    settingsSection("memberships", z.strictObject({ maxMembershipsPerUser: z.number().int() })),
    settingsSection("terminology", z.strictObject({ labels: z.array(z.object({ key: z.string(), language: z.string(), label: z.string() })) })),
    settingsSection("feature_flags", z.strictObject({ flags: z.record(z.string(), z.boolean()) })),
    /** The earliest activity date a registration may carry (activity_date_floor; default 2000-01-01). */
    settingsSection("activity_rules", z.strictObject({ activityDateFloor: z.iso.date() })),
    /** Issue 24 item 5: whole years a contact inactive since their last activity is kept (default 5; 1 to 10). */
    settingsSection(
      "retention",
      /** whenPast added later (optional; absent: propose): what the retention job does with a contact past it. */
      z.strictObject({ contactInactiveYears: z.number().int().min(1).max(10), whenPast: z.enum(["propose", "erase"]).optional() }),
    ),
    settingsSection(
      "branding",
      z.strictObject({ primaryColor: z.string().nullable(), secondaryColor: z.string().nullable(), accentColor: z.string().nullable(), logoUrl: z.string().nullable() }),
    ),
    settingsSection(
      "external_resources",
      z.strictObject({ resources: z.array(z.object({ title: z.string(), url: z.string(), description: z.string().nullable(), category: z.string().nullable() })) }),
    ),
    settingsSection(
      "sensitive_field_policy",
      z.strictObject({ rules: z.array(z.object({ field: z.string(), sensitive: z.boolean(), hiddenFromRoles: z.array(z.string()) })) }),
    ),
    settingsSection(
      "bufdir_thresholds",
      z.strictObject({
        groupMinParticipants: z.number().int(),
        groupMinMinutes: z.number().int(),
        courseMinMinutesPerDay: z.number().int(),
        outreachInPersonOnly: z.boolean(),
        requireBasicCourse: z.boolean(),
      }),
    ),
    settingsSection("duplicate_detection", z.strictObject({ windowMinutes: z.number().int() })),
    settingsSection("impact_multipliers", z.strictObject({ multipliers: z.array(z.object({ metric: z.string(), factor: z.number() })) })),
    settingsSection(
      "accounting_integration",
      z.strictObject({
        system: z.string(),
        enabled: z.boolean(),
        /** The company in the accounting system (Xledger entity code, Dynamics legal entity); added later, optional. */
        entityCode: z.string().nullable().optional(),
        accountMapping: z.array(
          z.strictObject({
            expenseTypeKey: z.string(),
            account: z.string(),
            costCenter: z.string().nullable(),
            /** Project dimension and VAT code; added later, optional. */
            project: z.string().nullable().optional(),
            vatCode: z.string().nullable().optional(),
          }),
        ),
        credentialsConfigured: z.boolean(),
        credentialsSetAt: z.iso.datetime({ offset: true }).nullable(),
      }),
    ),
  ]),
} as const;

export const eventCatalog = {
  /**
   * A user was registered. Version 2 carries ids only (issue 24 item 2): the e-mail, name and phone travel in
   * `identity.profile.changed` (a compacted topic an erasure empties). Version 1 (kept in old logs) is still read.
   */
  "identity.user.registered": {
    version: 2,
    payload: z.object({
      userId: id,
      /** The language notifications use for the user (nb, nn, en); absent: nb. */
      preferredLanguage: z.enum(["nb", "nn", "en"]).optional(),
    }),
    legacy: {
      1: z.object({
        userId: id,
        email: z.string(),
        displayName: z.string(),
        phone: z.string().nullable().optional(),
        preferredLanguage: z.enum(["nb", "nn", "en"]).optional(),
      }),
    },
  },
  /**
   * A person's contact details as other domains may copy them (engagement: where to send; finance and reporting:
   * the name in exports). Topic `meander.identity.profiles`, compacted, keyed by the user (aggregate). `profile`
   * null: the person was erased; consumers forget what they copied (README "Personal data in events").
   */
  "identity.profile.changed": {
    version: 1,
    payload: z.object({
      userId: id,
      profile: z
        .object({ email: z.string(), displayName: z.string(), phone: z.string().nullable().optional() })
        .nullable(),
    }),
  },
  /** The user changed the language the apps and notifications use for them (updateMySettings). Aggregate: the user. */
  "identity.user.language_changed": {
    version: 1,
    payload: z.object({ userId: id, language: z.enum(["nb", "nn", "en"]) }),
  },
  "identity.user.deactivated": {
    version: 1,
    payload: z.object({ userId: id, reason: z.string().nullable() }),
  },
  "identity.session.revoked": {
    version: 1,
    payload: z.object({
      sessionId: id,
      userId: id,
      reason: z.enum(["logout", "revoked_by_user", "revoked_by_admin", "refresh_token_reuse", "expired", "user_deactivated"]),
      /** When the session's last access token expires: the gateway may forget the id after that. */
      expiresAt: z.iso.datetime({ offset: true }),
    }),
  },
  "identity.peer_mentor.status_changed": {
    version: 1,
    payload: z.object({
      userId: id,
      from: z.enum(["active", "paused", "suspended", "deactivated"]).nullable(),
      to: z.enum(["active", "paused", "suspended", "deactivated"]),
      reason: z.string().nullable(),
    }),
  },
  /** An invitation was accepted. Version 2: ids only (version 1 carried the e-mail; still read from old logs). */
  "identity.invitation.accepted": {
    version: 2,
    payload: z.object({
      invitationId: id,
      userId: id,
      localAssociationId: id,
      role: z.string(),
      /** The referral code the person arrived with (engagement counts the registration on its link). */
      referralCode: z.string().nullable().optional(),
    }),
    legacy: {
      1: z.object({ invitationId: id, userId: id, email: z.string(), localAssociationId: id, role: z.string(), referralCode: z.string().nullable().optional() }),
    },
  },
  /** A person signed in (a new session, by password or a provider); engagement counts a referred person's first sign-in. */
  "identity.session.opened": {
    version: 1,
    payload: z.object({ sessionId: id, userId: id, method: z.string() }),
  },
  "organization.invitation.created": {
    version: 1,
    payload: z.object({
      invitationId: id,
      email: z.string(),
      localAssociationId: id,
      role: z.string(),
      /** sha256 (hex) of the single-use token; the token itself never leaves organization's answer to the inviter. */
      tokenHash: z.string().regex(/^[0-9a-f]{64}$/),
      expiresAt: z.iso.datetime({ offset: true }),
      /** The organization's membership limit when the invitation was made: identity refuses an acceptance past it up front. */
      maxMembershipsPerUser: z.number().int().min(1).optional(),
    }),
  },
  /** identity refused an acceptance the membership rules would refuse (e.g. membership_limit): organization records the reason for the inviter. */
  "identity.invitation.refused": {
    version: 1,
    payload: z.object({ invitationId: id, userId: id, rule: z.string() }),
  },
  /**
   * An acceptance of an invitation was refused (identity's membership rules, e.g. membership_limit): organization
   * names the inviter so they can be told (engagement notifies them). Ids only; invitedBy null: nobody known.
   */
  "organization.invitation.refused": {
    version: 1,
    payload: z.object({ invitationId: id, invitedBy: id.nullable(), userId: id, localAssociationId: id, rule: z.string() }),
  },
  "organization.invitation.revoked": {
    version: 1,
    payload: z.object({ invitationId: id }),
  },
  "organization.membership.removed": {
    version: 1,
    payload: z.object({ membershipId: id, userId: id, localAssociationId: id }),
  },
  "organization.organization.created": {
    version: 1,
    payload: z.object({ organizationId: id, name: z.string(), shortName: z.string() }),
  },
  "organization.local_association.created": {
    version: 1,
    payload: z.object({ localAssociationId: id, regionId: id.nullable(), name: z.string() }),
  },
  /** A region of an organization (its name, for what people read: reports name regions, never by id). */
  "organization.region.created": {
    version: 1,
    payload: z.object({ regionId: id, name: z.string() }),
  },
  "organization.membership.added": {
    version: 1,
    payload: z.object({
      membershipId: id,
      userId: id,
      localAssociationId: id,
      role: z.string(),
      isPrimary: z.boolean(),
    }),
  },
  "organization.membership.primary_changed": {
    version: 1,
    /**
     * A user's primary membership moved (setPrimaryMembership, a new membership added as primary, or the
     * promotion after the primary one was removed). Aggregate: the user. previousMembershipId null: none was primary.
     */
    payload: z.object({
      membershipId: id,
      userId: id,
      localAssociationId: id,
      previousMembershipId: id.nullable(),
      reason: z.enum(["set_primary", "added_as_primary", "primary_removed"]),
    }),
  },
  "organization.settings.changed": organizationSettingsChanged,
  "organization.lead.created": {
    version: 1,
    /** A new lead from the demo booking form (no contact details in the event: they stay in organization). */
    payload: z.object({ leadId: id, source: z.string() }),
  },
  "organization.lead.status_changed": {
    version: 1,
    payload: z.object({ leadId: id, from: z.string(), to: z.string() }),
  },
  "organization.demo_booking.created": {
    version: 1,
    /** Every submission of the demo booking form, the first one included (firstBooking: the lead was created by it). */
    payload: z.object({ demoBookingId: id, leadId: id, firstBooking: z.boolean() }),
  },
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
  "activity.activity.flagged": {
    version: 1,
    payload: z.object({ activityId: id, flaggedBy: id, note: z.string().nullable(), suspectedDuplicateOf: id.nullable() }),
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
  "activity.activity.rejected": {
    version: 1,
    payload: z.object({ activityId: id, rejectedBy: id, reason: z.string() }),
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
    payload: z.object({ assignmentId: id, mentorId: id, previousStatus: z.string(), status: z.string(), changedBy: id }),
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
  "activity.gathering.cancelled": {
    version: 1,
    payload: z.object({ gatheringId: id, cancelledBy: id, reason: z.string().nullable() }),
  },
  /** Someone registered for a gathering: themself, or by a coordinator on their behalf (isProxyRegistration). */
  "activity.gathering.registration_added": {
    version: 1,
    payload: z.object({ gatheringId: id, registrationId: id, userId: id, registeredBy: id, isProxyRegistration: z.boolean() }),
  },
  /** Attendance recorded (DESIGN.md's event.attendance_recorded): who attended, who did not, the activities it created. */
  "activity.gathering.attendance_recorded": {
    version: 1,
    payload: z.object({ gatheringId: id, attendedUserIds: z.array(id), absentUserIds: z.array(id), activityIds: z.array(id) }),
  },
  "finance.expense.submitted": {
    version: 1,
    payload: z.object({ expenseId: id, activityId: id, userId: id, expenseTypeKey: z.string(), amountOre: z.number().int() }),
  },
  /** An activity got its first expense claim (true) or its last live claim was rejected (false): activity's `has_reimbursement`. */
  "finance.activity_reimbursement.changed": {
    version: 1,
    payload: z.object({ activityId: id, hasReimbursement: z.boolean() }),
  },
  "finance.expense.approved": {
    version: 1,
    payload: z.object({
      expenseId: id,
      activityId: id,
      userId: id,
      amountOre: z.number().int(),
      /** Automatic: under the type's auto-approval limit (`rule` says which); else decided by a coordinator. */
      automatic: z.boolean(),
      rule: z.string().nullable(),
      decidedBy: id.nullable(),
      note: z.string().nullable(),
    }),
  },
  /** A payout was made: the batch it was exported in was marked paid (the mentor is told). */
  "finance.reimbursement.paid": {
    version: 1,
    payload: z.object({ reimbursementId: id, userId: id, totalOre: z.number().int(), exportId: id, paidAt: z.iso.datetime({ offset: true }) }),
  },
  "finance.accounting_export.completed": {
    version: 1,
    payload: z.object({
      exportId: id,
      system: z.enum(["xledger", "dynamics"]),
      reimbursementCount: z.number().int(),
      totalOre: z.number().int(),
      sha256: z.string().regex(/^[0-9a-f]{64}$/),
    }),
  },
  /** A mentor reached an honorarium tier of their local association in a year (aggregate: the mentor). */
  "finance.honorarium.tier_reached": {
    version: 1,
    payload: z.object({
      userId: id,
      localAssociationId: id,
      year: z.number().int(),
      tierId: id,
      minAssignments: z.number().int(),
      amountOre: z.number().int(),
      assignmentCount: z.number().int(),
    }),
  },
  "finance.expense.rejected": {
    version: 1,
    payload: z.object({ expenseId: id, activityId: id, userId: id, amountOre: z.number().int(), decidedBy: id, reason: z.string() }),
  },
  "engagement.badge.awarded": {
    version: 1,
    /** badgeName: the badge's name in the organization's catalog when awarded (optional: older events have none). */
    payload: z.object({ userBadgeId: id, badgeId: id, userId: id, badgeKey: z.string(), badgeName: z.string().optional() }),
  },
  "engagement.certification.issued": certificationChanged,
  "engagement.certification.expiring": certificationChanged,
  "engagement.certification.expired": certificationChanged,
  "engagement.certification.revoked": certificationChanged,
  "identity.audit.recorded": auditRecorded,
  "organization.audit.recorded": auditRecorded,
  "activity.audit.recorded": auditRecorded,
  "finance.audit.recorded": auditRecorded,
  "engagement.audit.recorded": auditRecorded,
  "reporting.audit.recorded": auditRecorded,
  /**
   * Erasure (issue 24 item 4; organization, aggregate: the request). Confirmed: every subgraph does its part for
   * the subject in one transaction and answers `privacy.erasure.completed`. Ids only: the reason stays in organization.
   */
  "privacy.erasure.requested": {
    version: 1,
    payload: z.object({ requestId: id, subjectType: z.enum(["contact", "user"]), subjectId: id }),
  },
  /** One subgraph's part of an erasure is done (aggregate: the request). */
  "privacy.erasure.completed": {
    version: 1,
    payload: z.object({
      requestId: id,
      subgraph: z.enum(["identity", "organization", "activity", "finance", "engagement", "reporting"]),
    }),
  },
  /**
   * activity's retention job (issue 24 item 5): contacts of the organization inactive longer than its retention.
   * organization proposes or performs their erasure, as the organization's retention setting says.
   */
  "privacy.retention.expired": {
    version: 1,
    payload: z.object({ contactIds: z.array(id), retentionYears: z.number().int() }),
  },
  /** A Bufdir report version was submitted (frozen); aggregate: the report version. */
  "reporting.bufdir_report.submitted": {
    version: 1,
    payload: z.object({
      reportId: id,
      year: z.number().int(),
      version: z.number().int(),
      activityDays: z.number().int(),
      participants: z.number().int(),
      activeMentors: z.number().int(),
      submittedBy: id,
    }),
  },
  /**
   * privacy (issue 24 item 3): organization asks every subgraph for its part of a subject access export. Ids only:
   * the subject is a contact or a user (exactly one of the two), the parts come back as encrypted objects in storage.
   */
  "privacy.access_export.requested": {
    version: 1,
    payload: z.object({ requestId: id, contactId: id.nullable(), userId: id.nullable() }),
  },
  /** A subgraph wrote its part of an access export: the encrypted object `objectId` (see @meander/privacy access-export). */
  "privacy.access_export.part_ready": {
    version: 1,
    payload: z.object({
      requestId: id,
      subgraph: z.enum(["identity", "organization", "activity", "finance", "engagement", "reporting"]),
      objectId: id,
    }),
  },
  /** A mentor's Wrapped (year in review) was computed for the first time (aggregate: the mentor; engagement tells them). */
  "reporting.wrapped.ready": {
    version: 1,
    payload: z.object({ userId: id, year: z.number().int(), activities: z.number().int(), minutes: z.number().int() }),
  },
} as const satisfies Record<string, { version: number; payload: z.ZodType; legacy?: Record<number, z.ZodType> }>;

export type EventType = keyof typeof eventCatalog;
export type PayloadOf<T extends EventType> = z.infer<(typeof eventCatalog)[T]["payload"]>;

export class InvalidEventError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "InvalidEventError";
  }
}

/** Validates a payload against the catalog; throws InvalidEventError with the reason. */
export function validatePayload(type: string, version: number, payload: unknown): void {
  const entry = (eventCatalog as Record<string, { version: number; payload: z.ZodType; legacy?: Record<number, z.ZodType> }>)[type];
  if (!entry) throw new InvalidEventError(`unknown event type ${type}`);
  // An earlier version is still read (kept outbox rows and topics); its handler reads only what both versions share.
  const schema = entry.version === version ? entry.payload : entry.legacy?.[version];
  if (!schema) throw new InvalidEventError(`${type}: unsupported version ${version}`);
  const result = schema.safeParse(payload);
  if (!result.success) {
    throw new InvalidEventError(
      `${type}: ${result.error.issues.map((i) => `${i.path.join(".")} ${i.message}`).join("; ")}`,
    );
  }
}
