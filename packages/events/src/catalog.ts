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
 * e.g. `cross_tenant_read` for a global administrator's read.
 */
const auditRecorded = {
  version: 1,
  payload: z.object({
    action: z.string().min(1),
    actorId: id,
    actorRole: z.string(),
    /** The organization the actor acted in (null: across organizations). */
    organizationId: id.nullable(),
    operationName: z.string().nullable(),
    /** The root fields of the operation (what was read or changed). */
    fields: z.array(z.string()),
    requestId: z.string(),
  }),
} as const;

export const eventCatalog = {
  "identity.user.registered": {
    version: 1,
    payload: z.object({ userId: id, email: z.string(), displayName: z.string() }),
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
  "identity.invitation.accepted": {
    version: 1,
    payload: z.object({ invitationId: id, userId: id, email: z.string(), localAssociationId: id, role: z.string() }),
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
    }),
  },
  "activity.activity.approved": {
    version: 1,
    payload: z.object({ activityId: id, approvedBy: id }),
  },
  "activity.activity.rejected": {
    version: 1,
    payload: z.object({ activityId: id, rejectedBy: id, reason: z.string() }),
  },
  "finance.expense.submitted": {
    version: 1,
    payload: z.object({ expenseId: id, activityId: id, userId: id, expenseTypeKey: z.string(), amountOre: z.number().int() }),
  },
  "engagement.badge.awarded": {
    version: 1,
    payload: z.object({ userBadgeId: id, badgeId: id, userId: id, badgeKey: z.string() }),
  },
  "identity.audit.recorded": auditRecorded,
  "organization.audit.recorded": auditRecorded,
  "activity.audit.recorded": auditRecorded,
  "finance.audit.recorded": auditRecorded,
  "engagement.audit.recorded": auditRecorded,
  "reporting.audit.recorded": auditRecorded,
} as const satisfies Record<string, { version: number; payload: z.ZodType }>;

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
  const entry = (eventCatalog as Record<string, { version: number; payload: z.ZodType }>)[type];
  if (!entry) throw new InvalidEventError(`unknown event type ${type}`);
  if (entry.version !== version) throw new InvalidEventError(`${type}: unsupported version ${version}`);
  const result = entry.payload.safeParse(payload);
  if (!result.success) {
    throw new InvalidEventError(
      `${type}: ${result.error.issues.map((i) => `${i.path.join(".")} ${i.message}`).join("; ")}`,
    );
  }
}
