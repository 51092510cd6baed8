/**
 * Invitations, organization's side (seed 003): an administrator (or a coordinator, for peer mentors of their own
 * unit) invites an e-mail to a local association with a role. The invitation carries a random single-use token
 * (32 bytes, base64url); only its sha256 (hex) is stored and published. identity checks the token and publishes
 * `identity.invitation.accepted`; the consumer below then creates the membership.
 */
import { createHash, randomBytes, randomUUID } from "node:crypto";
import { and, asc, desc, eq, gt, lte, type SQL } from "drizzle-orm";
import { scopes, type Tx } from "@meander/db";
import type { ConsumerHandlers, Emitter, UnitOfWork } from "@meander/events";
import { createLocalAssociationRepository } from "../db/repositories/local-associations.js";
import { createOrganizationRepository } from "../db/repositories/organizations.js";
import { invitations, type InvitationRow } from "../db/schema/index.js";
import { decideInvitation, invitationState, notOpen, type InvitationState } from "../domain/invitation.js";
import type { MembershipRoleName } from "../domain/membership.js";
import { DEFAULT_MAX_MEMBERSHIPS } from "../domain/organization.js";
import { RuleViolationError, notFound } from "@meander/validation";
import { actorScope, badInputFrom, forbiddenFrom, type Actor } from "./actor.js";
import { admitMember } from "./memberships.js";
import { forgetInvitationAddress, publishInvitationAddress } from "./invitation-address.js";

export interface InviteMemberInput {
  email: string;
  localAssociationId: string;
  role: MembershipRoleName;
  expiresInDays?: number | null;
}

export const hashToken = (token: string): string => createHash("sha256").update(token).digest("hex");

const DAY_MS = 24 * 60 * 60 * 1000;

/** Returns the invitation and its token: the only time the token exists outside the invitee's e-mail. */
export async function inviteMember(
  uow: UnitOfWork,
  actor: Actor,
  input: InviteMemberInput,
): Promise<{ invitation: InvitationRow; token: string }> {
  const scope = actorScope(actor);
  return uow.run(scope, async (tx, events) => {
    const [unit] = await createLocalAssociationRepository(tx, scope).byIds([input.localAssociationId]);
    if (!unit) throw notFound("Local association");
    const decision = decideInvitation({
      actor: { role: actor.role, localAssociationId: actor.localAssociationId ?? null },
      email: input.email,
      localAssociationId: unit.id,
      unitActive: unit.isActive,
      role: input.role,
      expiresInDays: input.expiresInDays,
    });
    if (!decision.ok)
      throw decision.kind === "forbidden"
        ? forbiddenFrom(decision.violation)
        : new RuleViolationError(decision.violations);
    const [settings] = await createOrganizationRepository(tx, scopes.organization(unit.organizationId)).settingsFor([
      unit.organizationId,
    ]);
    const token = randomBytes(32).toString("base64url");
    const [invitation] = await tx
      .insert(invitations)
      .values({
        id: randomUUID(),
        organizationId: unit.organizationId,
        localAssociationId: unit.id,
        email: decision.email,
        role: input.role,
        tokenHash: hashToken(token),
        expiresAt: new Date(Date.now() + decision.expiresInDays * DAY_MS),
        invitedBy: actor.userId,
      })
      .returning();
    await events.emit({
      type: "organization.invitation.created",
      aggregateId: invitation!.id,
      organizationId: invitation!.organizationId,
      actorId: actor.userId,
      payload: {
        invitationId: invitation!.id,
        localAssociationId: invitation!.localAssociationId,
        role: invitation!.role,
        tokenHash: invitation!.tokenHash,
        expiresAt: invitation!.expiresAt.toISOString(),
        maxMembershipsPerUser: settings?.maxMembershipsPerUser ?? DEFAULT_MAX_MEMBERSHIPS,
      },
    });
    await publishInvitationAddress(events, invitation!, actor.userId);
    return { invitation: invitation!, token };
  });
}

/** An invitation the actor may manage: an administrator's organization, a coordinator's own unit (peer mentors). */
async function manageable(tx: Tx, actor: Actor, id: string): Promise<InvitationRow> {
  const [inv] = await tx.select().from(invitations).where(eq(invitations.id, id)).for("update");
  if (!inv || (actor.role !== "global_admin" && inv.organizationId !== actor.organizationId))
    throw notFound("Invitation");
  const decision = decideInvitation({
    actor: { role: actor.role, localAssociationId: actor.localAssociationId ?? null },
    email: inv.email,
    localAssociationId: inv.localAssociationId,
    unitActive: true,
    role: inv.role,
    expiresInDays: null,
  });
  if (!decision.ok && decision.kind === "forbidden") throw forbiddenFrom(decision.violation);
  return inv;
}

export async function revokeInvitation(uow: UnitOfWork, actor: Actor, id: string): Promise<InvitationRow> {
  return uow.run(actorScope(actor), async (tx, events) => {
    const inv = await manageable(tx, actor, id);
    const closed = notOpen(invitationState(inv, new Date()));
    if (closed) throw badInputFrom(closed);
    const [revoked] = await tx
      .update(invitations)
      .set({ status: "revoked", revokedAt: new Date() })
      .where(eq(invitations.id, id))
      .returning();
    await events.emit({
      type: "organization.invitation.revoked",
      aggregateId: id,
      organizationId: inv.organizationId,
      actorId: actor.userId,
      payload: { invitationId: id },
    });
    await forgetInvitationAddress(tx, events, inv, actor.userId);
    return revoked!;
  });
}

/** invitations(localAssociationId, status): newest first, at most 500 (no pagination yet). */
export async function listInvitations(
  uow: UnitOfWork,
  actor: Actor,
  localAssociationId: string,
  state: InvitationState | null,
): Promise<InvitationRow[]> {
  const scope = actorScope(actor);
  return uow.run(scope, async (tx) => {
    const [unit] = await createLocalAssociationRepository(tx, scope).byIds([localAssociationId]);
    if (!unit) throw notFound("Local association");
    if (actor.role === "coordinator" && actor.localAssociationId !== unit.id) {
      throw forbiddenFrom({
        rule: "invitation_permission",
        field: "localAssociationId",
        message: "A coordinator sees only their own local association's invitations",
      });
    }
    const now = new Date();
    const filter: Record<InvitationState, SQL | undefined> = {
      open: and(eq(invitations.status, "open"), gt(invitations.expiresAt, now)),
      expired: and(eq(invitations.status, "open"), lte(invitations.expiresAt, now)),
      used: eq(invitations.status, "used"),
      revoked: eq(invitations.status, "revoked"),
    };
    return tx
      .select()
      .from(invitations)
      .where(and(eq(invitations.localAssociationId, unit.id), state ? filter[state] : undefined))
      .orderBy(desc(invitations.createdAt), asc(invitations.id))
      .limit(500);
  });
}

export interface AcceptanceLog {
  warn(obj: Record<string, unknown>, msg: string): void;
}

/**
 * identity.invitation.accepted (consumer "invitations"): creates the membership through the same rules as
 * addMembership and marks the invitation used. Idempotent: an invitation already used by this user changes
 * nothing (a redelivery or a second acceptance: one membership). A refused acceptance (unknown, revoked,
 * expired or used invitation, or a membership rule) creates nothing; the reason is logged and recorded on the
 * invitation (`refused_reason`, `refused_at`). identity refuses expired and revoked tokens first; this is the
 * second line for events that arrive anyway.
 */
export async function acceptInvitation(
  tx: Tx,
  events: Emitter,
  log: AcceptanceLog,
  accepted: { invitationId: string; userId: string; occurredAt: Date },
): Promise<{ outcome: "created" | "duplicate" | "refused"; reason?: string }> {
  const [inv] = await tx.select().from(invitations).where(eq(invitations.id, accepted.invitationId)).for("update");
  const refuse = async (reason: string) => {
    log.warn({ invitationId: accepted.invitationId, userId: accepted.userId, reason }, "invitation acceptance refused");
    if (inv)
      await tx
        .update(invitations)
        .set({ refusedReason: reason, refusedAt: new Date() })
        .where(eq(invitations.id, inv.id));
    return { outcome: "refused" as const, reason };
  };
  if (!inv) return refuse("invitation_unknown");
  if (inv.status === "used")
    return inv.usedBy === accepted.userId ? { outcome: "duplicate" } : refuse("invitation_open: used");
  // Expiry is judged at the moment identity accepted, not when the event arrives.
  const closed = notOpen(invitationState(inv, accepted.occurredAt));
  if (closed) return refuse(`${closed.rule}: ${invitationState(inv, accepted.occurredAt)}`);
  const [unit] = await createLocalAssociationRepository(tx, scopes.platform()).byIds([inv.localAssociationId]);
  if (!unit) return refuse("invitation_unknown");
  // role_grant was checked when the invitation was created: the inviter granted the role. The audit entry names who
  // acted here, the invitee accepting, in the role they accepted (never a global administrator nobody was).
  const admitted = await admitMember(tx, events, accepted.userId, {
    userId: accepted.userId,
    role: inv.role,
    unit,
    actorRole: "global_admin",
    auditedActorRole: inv.role,
  });
  if (!admitted.ok) return refuse(admitted.violation.rule);
  await tx
    .update(invitations)
    .set({
      status: "used",
      usedAt: new Date(),
      usedBy: accepted.userId,
      membershipId: admitted.row.id,
      refusedReason: null,
      refusedAt: null,
    })
    .where(eq(invitations.id, inv.id));
  // Used: identity no longer needs the address, and no kept log keeps it.
  await forgetInvitationAddress(tx, events, inv, accepted.userId);
  return { outcome: "created" };
}

export function invitationHandlers(log: AcceptanceLog): ConsumerHandlers {
  return {
    "identity.invitation.accepted": async (event, tx, events) => {
      await acceptInvitation(tx, events, log, {
        invitationId: event.payload.invitationId,
        userId: event.payload.userId,
        occurredAt: new Date(event.occurredAt),
      });
    },
    // identity refused the acceptance up front (the invitee was told the rule): the inviter's list shows why.
    // The inviter is named (organization.invitation.refused, ids only) so engagement can tell them.
    "identity.invitation.refused": async (event, tx, events) => {
      const p = event.payload;
      log.warn(
        { invitationId: p.invitationId, userId: p.userId, reason: p.rule },
        "invitation acceptance refused by identity",
      );
      const [inv] = await tx
        .update(invitations)
        .set({ refusedReason: p.rule, refusedAt: new Date(event.occurredAt) })
        .where(and(eq(invitations.id, p.invitationId), eq(invitations.status, "open")))
        .returning({
          organizationId: invitations.organizationId,
          localAssociationId: invitations.localAssociationId,
          invitedBy: invitations.invitedBy,
        });
      if (!inv) return;
      await events.emit({
        type: "organization.invitation.refused",
        aggregateId: p.invitationId,
        organizationId: inv.organizationId,
        actorId: p.userId,
        payload: {
          invitationId: p.invitationId,
          invitedBy: inv.invitedBy,
          userId: p.userId,
          localAssociationId: inv.localAssociationId,
          rule: p.rule,
        },
      });
    },
  };
}
