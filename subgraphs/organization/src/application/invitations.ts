/**
 * Invitations, organization's side (seed 003): an administrator (or a coordinator, for peer mentors of their own
 * unit) invites an e-mail to a local association with a role. The invitation carries a random single-use token
 * (32 bytes, base64url); only its sha256 (hex) is stored and published. identity checks the token and publishes
 * `identity.invitation.accepted`; the consumer below then creates the membership.
 */
import { createHash, randomBytes, randomUUID } from "node:crypto";
import { scopes, type Scope, type Tx } from "@meander/db";
import type { ConsumerHandlers, Emitter, UnitOfWork } from "@meander/events";
import {
  createInvitationRepository,
  type InvitationRepository,
  type InvitationRow,
} from "../db/repositories/invitations.js";
import { createLocalAssociationRepository } from "../db/repositories/local-associations.js";
import { createOrganizationRepository } from "../db/repositories/organizations.js";
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

/** At most this many invitations in a unit's list (no pagination yet). */
const LIST_LIMIT = 500;

/** The invitations the consumers act on: the one an event names, in any organization (no caller: the platform). */
const CONSUMER_SCOPE: Scope = scopes.platform();

/** Returns the invitation and its token: the only time the token exists outside the invitee's e-mail. */
export async function inviteMember(
  uow: UnitOfWork,
  actor: Actor,
  input: InviteMemberInput,
  opts: { now?: Date } = {},
): Promise<{ invitation: InvitationRow; token: string }> {
  const now = opts.now ?? new Date();
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
    const invitation = await createInvitationRepository(tx, scopes.organization(unit.organizationId)).insert({
      id: randomUUID(),
      organizationId: unit.organizationId,
      localAssociationId: unit.id,
      email: decision.email,
      role: input.role,
      tokenHash: hashToken(token),
      expiresAt: new Date(now.getTime() + decision.expiresInDays * DAY_MS),
      invitedBy: actor.userId,
    });
    await events.emit({
      type: "organization.invitation.created",
      aggregateId: invitation.id,
      organizationId: invitation.organizationId,
      actorId: actor.userId,
      payload: {
        invitationId: invitation.id,
        localAssociationId: invitation.localAssociationId,
        role: invitation.role,
        tokenHash: invitation.tokenHash,
        expiresAt: invitation.expiresAt.toISOString(),
        maxMembershipsPerUser: settings?.maxMembershipsPerUser ?? DEFAULT_MAX_MEMBERSHIPS,
      },
    });
    await publishInvitationAddress(events, invitation, actor.userId);
    return { invitation, token };
  });
}

/** An invitation the actor may manage: an administrator's organization, a coordinator's own unit (peer mentors). */
async function manageable(repo: InvitationRepository, actor: Actor, id: string): Promise<InvitationRow> {
  const inv = await repo.forUpdate(id);
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

export async function revokeInvitation(
  uow: UnitOfWork,
  actor: Actor,
  id: string,
  opts: { now?: Date } = {},
): Promise<InvitationRow> {
  const now = opts.now ?? new Date();
  const scope = actorScope(actor);
  return uow.run(scope, async (tx, events) => {
    const repo = createInvitationRepository(tx, scope);
    const inv = await manageable(repo, actor, id);
    const closed = notOpen(invitationState(inv, now));
    if (closed) throw badInputFrom(closed);
    const revoked = await repo.revoke(id, now);
    await events.emit({
      type: "organization.invitation.revoked",
      aggregateId: id,
      organizationId: inv.organizationId,
      actorId: actor.userId,
      payload: { invitationId: id },
    });
    await forgetInvitationAddress(repo, events, inv, actor.userId);
    return revoked;
  });
}

/** invitations(localAssociationId, status): newest first, at most 500 (no pagination yet). */
export async function listInvitations(
  uow: UnitOfWork,
  actor: Actor,
  localAssociationId: string,
  state: InvitationState | null,
  opts: { now?: Date } = {},
): Promise<InvitationRow[]> {
  const now = opts.now ?? new Date();
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
    return createInvitationRepository(tx, scope).ofUnit(unit.id, state, now, LIST_LIMIT);
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
  now = new Date(),
): Promise<{ outcome: "created" | "duplicate" | "refused"; reason?: string }> {
  const invitations = createInvitationRepository(tx, CONSUMER_SCOPE);
  const inv = await invitations.forUpdate(accepted.invitationId);
  const refuse = async (reason: string) => {
    log.warn({ invitationId: accepted.invitationId, userId: accepted.userId, reason }, "invitation acceptance refused");
    if (inv) await invitations.markRefused(inv.id, reason, now);
    return { outcome: "refused" as const, reason };
  };
  if (!inv) return refuse("invitation_unknown");
  if (inv.status === "used")
    return inv.usedBy === accepted.userId ? { outcome: "duplicate" } : refuse("invitation_open: used");
  // Expiry is judged at the moment identity accepted, not when the event arrives.
  const closed = notOpen(invitationState(inv, accepted.occurredAt));
  if (closed) return refuse(`${closed.rule}: ${invitationState(inv, accepted.occurredAt)}`);
  const [unit] = await createLocalAssociationRepository(tx, CONSUMER_SCOPE).byIds([inv.localAssociationId]);
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
  await invitations.markUsed(inv.id, { usedBy: accepted.userId, membershipId: admitted.row.id, at: now });
  // Used: identity no longer needs the address, and no kept log keeps it.
  await forgetInvitationAddress(invitations, events, inv, accepted.userId);
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
      const inv = await createInvitationRepository(tx, CONSUMER_SCOPE).markOpenRefused(
        p.invitationId,
        p.rule,
        new Date(event.occurredAt),
      );
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
