/** Event catalog, organization: organizations, memberships, invitations, settings, leads. */
import { z } from "zod";
import { id, type CatalogEntries } from "./shared.js";

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
    settingsSection(
      "terminology",
      z.strictObject({ labels: z.array(z.object({ key: z.string(), language: z.string(), label: z.string() })) }),
    ),
    settingsSection("feature_flags", z.strictObject({ flags: z.record(z.string(), z.boolean()) })),
    /** The earliest activity date a registration may carry (activity_date_floor; default 2000-01-01). */
    settingsSection("activity_rules", z.strictObject({ activityDateFloor: z.iso.date() })),
    /** Issue 24 item 5: whole years a contact inactive since their last activity is kept (default 5; 1 to 10). */
    settingsSection(
      "retention",
      /** whenPast added later (optional; absent: propose): what the retention job does with a contact past it. */
      z.strictObject({
        contactInactiveYears: z.number().int().min(1).max(10),
        whenPast: z.enum(["propose", "erase"]).optional(),
      }),
    ),
    settingsSection(
      "branding",
      z.strictObject({
        primaryColor: z.string().nullable(),
        secondaryColor: z.string().nullable(),
        accentColor: z.string().nullable(),
        logoUrl: z.string().nullable(),
      }),
    ),
    settingsSection(
      "external_resources",
      z.strictObject({
        resources: z.array(
          z.object({
            title: z.string(),
            url: z.string(),
            description: z.string().nullable(),
            category: z.string().nullable(),
          }),
        ),
      }),
    ),
    settingsSection(
      "sensitive_field_policy",
      z.strictObject({
        rules: z.array(z.object({ field: z.string(), sensitive: z.boolean(), hiddenFromRoles: z.array(z.string()) })),
      }),
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
    settingsSection(
      "impact_multipliers",
      z.strictObject({ multipliers: z.array(z.object({ metric: z.string(), factor: z.number() })) }),
    ),
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

const invitationCreated = z.object({
  invitationId: id,
  localAssociationId: id,
  role: z.string(),
  /** sha256 (hex) of the single-use token; the token itself never leaves organization's answer to the inviter. */
  tokenHash: z.string().regex(/^[0-9a-f]{64}$/),
  expiresAt: z.iso.datetime({ offset: true }),
  /** The organization's membership limit when the invitation was made: identity refuses an acceptance past it up front. */
  maxMembershipsPerUser: z.number().int().min(1).optional(),
});

export const organizationEvents = {
  /**
   * An invitation was made. Version 2: ids only; the invited address travels in
   * `organization.invitation.address_changed` (compacted topic, emptied when the invitation closes). Version 1
   * carried the e-mail and is still read from old logs.
   */
  "organization.invitation.created": {
    version: 2,
    payload: invitationCreated,
    legacy: { 1: invitationCreated.extend({ email: z.string() }) },
  },
  /**
   * The invited address of an invitation (identity needs it when the invitee accepts with the token alone). Topic
   * `meander.organization.invitations` (INVITATION_TOPIC), compacted, keyed by the invitation: `email` null once the
   * invitation is used, revoked, expired or its person erased, so no kept log holds the address after that
   * (README "Personal data in events").
   */
  "organization.invitation.address_changed": {
    version: 1,
    payload: z.object({ invitationId: id, email: z.string().nullable() }),
  },
  /**
   * An acceptance of an invitation was refused (identity's membership rules, e.g. membership_limit): organization
   * names the inviter so they can be told (engagement notifies them). Ids only; invitedBy null: nobody known.
   */
  "organization.invitation.refused": {
    version: 1,
    payload: z.object({
      invitationId: id,
      invitedBy: id.nullable(),
      userId: id,
      localAssociationId: id,
      rule: z.string(),
    }),
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
} as const satisfies CatalogEntries;
