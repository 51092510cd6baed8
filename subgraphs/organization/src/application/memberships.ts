/**
 * addMembership (seed 003): the membership and its event in one transaction;
 * a new primary membership unsets the previous one in the same transaction.
 */
import { badInput, notFound } from "@meander/validation";
import { randomUUID } from "node:crypto";
import { pageRequest, toConnection, type Connection, type PageArgs } from "@meander/subgraph-kit";
import { isUniqueViolation, isUuid, scopes, type Tx } from "@meander/db";
import type { Emitter, UnitOfWork } from "@meander/events";
import type { PublicError, RuleViolationError } from "@meander/validation";
import { createLocalAssociationRepository, type LocalAssociationRow } from "../db/repositories/local-associations.js";
import {
  createMembershipRepository,
  type MembershipKey,
  type MembershipRepository,
  type MembershipRow,
} from "../db/repositories/memberships.js";
import { createOrganizationRepository } from "../db/repositories/organizations.js";
import type { RuleViolation } from "../domain/rules.js";
import { decideMembership, type MembershipRoleName } from "../domain/membership.js";
import { DEFAULT_MAX_MEMBERSHIPS } from "../domain/organization.js";
import { actorScope, badInputFrom, conflictFrom, forbiddenFrom, type Actor } from "./actor.js";
import { auditChange } from "./audit.js";

export interface AddMembershipInput {
  id?: string;
  userId: string;
  localAssociationId: string;
  role: MembershipRoleName;
  isPrimary?: boolean | null;
}

const DUPLICATE = {
  rule: "membership_unique",
  field: "localAssociationId",
  message: "The user is already a member of this local association",
};

export async function addMembership(uow: UnitOfWork, actor: Actor, input: AddMembershipInput): Promise<MembershipRow> {
  if (actor.role !== "global_admin" && actor.role !== "org_admin")
    throw forbiddenFrom({ rule: "admin_only", field: "role", message: "Requires an administrator" });
  const scope = actorScope(actor);
  return uow.run(scope, async (tx, events) => {
    // An organization administrator finds only their own organization's units: another's is NOT_FOUND.
    const [unit] = await createLocalAssociationRepository(tx, scope).byIds([input.localAssociationId]);
    if (!unit) throw notFound("Local association");
    const decided = await admitMember(tx, events, actor.userId, { ...input, unit, actorRole: actor.role });
    if (!decided.ok) throw errorFrom(decided);
    return decided.row;
  });
}

export type Admission =
  | { ok: true; row: MembershipRow }
  | { ok: false; kind: "conflict" | "bad_input" | "forbidden"; violation: RuleViolation };

export function errorFrom(refused: {
  kind: "conflict" | "bad_input" | "forbidden";
  violation: RuleViolation;
}): PublicError | RuleViolationError {
  if (refused.kind === "conflict") return conflictFrom(refused.violation);
  if (refused.kind === "forbidden") return forbiddenFrom(refused.violation);
  return badInputFrom(refused.violation);
}

/**
 * The membership rules and the insert, inside the caller's transaction (addMembership and an accepted
 * invitation): the per-user advisory lock, then membership_unique, active_local_association,
 * single_organization_tree, membership_limit, role_grant and primary_membership, then
 * `organization.membership.added`.
 */
export async function admitMember(
  tx: Tx,
  events: Emitter,
  actorId: string | null,
  input: {
    id?: string;
    userId: string;
    role: MembershipRoleName;
    isPrimary?: boolean | null;
    unit: LocalAssociationRow;
    actorRole: MembershipRoleName;
    /** The role the audit entry names, when it is not the one role_grant judges (an accepted invitation). */
    auditedActorRole?: MembershipRoleName;
  },
): Promise<Admission> {
  const { unit } = input;
  const memberships = createMembershipRepository(tx, scopes.platform(actorId));
  await memberships.lockUser(input.userId);
  const existing = await memberships.everyMembershipOf(input.userId);
  const [settings] = await createOrganizationRepository(tx, scopes.organization(unit.organizationId)).settingsFor([
    unit.organizationId,
  ]);
  const decision = decideMembership({
    existing,
    target: { organizationId: unit.organizationId, localAssociationId: unit.id, isActive: unit.isActive },
    role: input.role,
    wantsPrimary: input.isPrimary ?? false,
    maxPerUser: settings?.maxMembershipsPerUser ?? DEFAULT_MAX_MEMBERSHIPS,
    actorRole: input.actorRole,
  });
  if (!decision.ok) return decision;
  const previousPrimary = decision.unsetPreviousPrimary ? await memberships.unsetPrimary(input.userId) : null;
  let row: MembershipRow;
  try {
    row = await memberships.insert({
      id: input.id ?? randomUUID(),
      userId: input.userId,
      organizationId: unit.organizationId,
      localAssociationId: unit.id,
      role: input.role,
      isPrimary: decision.isPrimary,
    });
  } catch (err) {
    if (isUniqueViolation(err)) return { ok: false, kind: "conflict", violation: DUPLICATE };
    throw err;
  }
  await events.emit({
    type: "organization.membership.added",
    // Keyed by user: one user's membership events (added, primary changes) stay in order.
    aggregateId: row.userId,
    organizationId: row.organizationId,
    actorId,
    payload: {
      membershipId: row.id,
      userId: row.userId,
      localAssociationId: row.localAssociationId,
      role: row.role,
      isPrimary: row.isPrimary,
    },
  });
  // The member is the subject; the role granted and the unit are in `fields` (ids and role names only).
  await auditChange(events, { actorId, actorRole: input.auditedActorRole ?? input.actorRole }, row.organizationId, {
    action: "membership.added",
    subject: { type: "User", id: row.userId },
    fields: [`role:${row.role}`, `localAssociation:${row.localAssociationId}`],
  });
  // A user's first membership is primary without a change; a later one added as primary moves the flag.
  if (previousPrimary) await emitPrimaryChanged(events, actorId, row, previousPrimary, "added_as_primary");
  return { ok: true, row };
}

/** `organization.membership.primary_changed` (aggregate: the user, like added and removed), in the caller's transaction. */
async function emitPrimaryChanged(
  events: Emitter,
  actorId: string | null,
  now: { id: string; userId: string; organizationId: string; localAssociationId: string },
  previousMembershipId: string | null,
  reason: "set_primary" | "added_as_primary" | "primary_removed",
): Promise<void> {
  await events.emit({
    type: "organization.membership.primary_changed",
    aggregateId: now.userId,
    organizationId: now.organizationId,
    actorId,
    payload: {
      membershipId: now.id,
      userId: now.userId,
      localAssociationId: now.localAssociationId,
      previousMembershipId,
      reason,
    },
  });
}

/**
 * setPrimaryMembership (primary_membership): the member themself, an
 * organization administrator of the membership's organization, or a global
 * administrator. The per-user advisory lock serializes it with every other
 * membership change of that user, so two concurrent changes leave exactly one
 * primary; the previous primary is unset and `organization.membership.primary_changed`
 * written in the same transaction (no event when it already was the primary).
 */
export async function setPrimaryMembership(
  uow: UnitOfWork,
  actor: Actor,
  membershipId: string,
): Promise<MembershipRow> {
  return uow.run(actorScope(actor), async (tx, events) => {
    const memberships = createMembershipRepository(tx, scopes.platform(actor.userId));
    const found = await memberships.anyById(membershipId);
    // Another organization's membership does not exist for the caller.
    if (!found || (actor.role !== "global_admin" && found.organizationId !== actor.organizationId))
      throw notFound("Membership");
    if (!mayManageOwnMembership(actor, found.userId)) {
      throw forbiddenFrom({
        rule: "primary_change_permission",
        field: "membershipId",
        message: "Only the member or an administrator may change the primary membership",
      });
    }
    await memberships.lockUser(found.userId);
    // Re-read under the lock: a concurrent removal may have won.
    const current = await memberships.anyById(membershipId);
    if (!current) throw notFound("Membership");
    if (current.isPrimary) return current;
    const previous = await memberships.unsetPrimary(current.userId);
    const row = await memberships.markPrimary(current.id);
    await emitPrimaryChanged(events, actor.userId, row, previous, "set_primary");
    await auditChange(events, { actorId: actor.userId, actorRole: actor.role }, row.organizationId, {
      action: "membership.primary_changed",
      subject: { type: "User", id: row.userId },
      fields: [`localAssociation:${row.localAssociationId}`],
    });
    return row;
  });
}

function mayManageOwnMembership(actor: Actor, userId: string): boolean {
  return (
    actor.role === "global_admin" || actor.role === "org_admin" || (actor.userId !== null && actor.userId === userId)
  );
}

const ROLES: readonly MembershipRoleName[] = ["peer_mentor", "coordinator", "org_admin", "global_admin"];

/**
 * The members of a unit (LocalAssociation.members), through the caller's scoped repository, by (role, id).
 * organization knows no names: `search` is a user id (exact) or part of a role name ("coord", "peer mentor").
 */
export async function listMembers(
  repo: MembershipRepository,
  localAssociationId: string,
  args: PageArgs & { search?: string | null },
): Promise<Connection<MembershipRow>> {
  const page = pageRequest<MembershipKey>(args);
  const after = page.after;
  if (
    after !== null &&
    !(
      Array.isArray(after) &&
      after.length === 2 &&
      ROLES.includes(after[0]) &&
      typeof after[1] === "string" &&
      isUuid(after[1])
    )
  ) {
    throw badInput("cursor_format", "after", "Invalid cursor");
  }
  const search = args.search?.trim().toLowerCase() || null;
  const userId = search && isUuid(search) ? search : null;
  const role = search?.replace(/[\s-]+/g, "_");
  const roles = role && !userId ? ROLES.filter((r) => r.includes(role)) : null;
  const rows = await repo.ofUnit({ localAssociationId, roles, userId, after, limit: page.limit });
  return toConnection(rows, page.first, (r) => [r.role, r.id]);
}

/**
 * removeMembership (org_admin of the membership's organization, or global_admin): emits
 * `organization.membership.removed` (aggregate: the user). When the primary membership goes, the user's
 * earliest remaining membership becomes primary (primary_membership) with `organization.membership.primary_changed`
 * (reason `primary_removed`, previousMembershipId: the removed one), after the removal event.
 */
export async function removeMembership(uow: UnitOfWork, actor: Actor, membershipId: string): Promise<MembershipRow> {
  if (actor.role !== "global_admin" && actor.role !== "org_admin")
    throw forbiddenFrom({ rule: "admin_only", field: "role", message: "Requires an administrator" });
  return uow.run(actorScope(actor), async (tx, events) => {
    const memberships = createMembershipRepository(tx, scopes.platform(actor.userId));
    const found = await memberships.anyById(membershipId);
    if (!found || (actor.role !== "global_admin" && found.organizationId !== actor.organizationId))
      throw notFound("Membership");
    await memberships.lockUser(found.userId);
    const current = await memberships.anyById(membershipId);
    if (!current) throw notFound("Membership");
    await memberships.delete(current.id);
    const promoted = current.isPrimary ? await memberships.promoteEarliest(current.userId) : null;
    await events.emit({
      type: "organization.membership.removed",
      aggregateId: current.userId,
      organizationId: current.organizationId,
      actorId: actor.userId,
      payload: { membershipId: current.id, userId: current.userId, localAssociationId: current.localAssociationId },
    });
    await auditChange(events, { actorId: actor.userId, actorRole: actor.role }, current.organizationId, {
      action: "membership.removed",
      subject: { type: "User", id: current.userId },
      fields: [`role:${current.role}`, `localAssociation:${current.localAssociationId}`],
    });
    if (promoted)
      await emitPrimaryChanged(
        events,
        actor.userId,
        { ...promoted, userId: current.userId, organizationId: current.organizationId },
        current.id,
        "primary_removed",
      );
    return current;
  });
}
