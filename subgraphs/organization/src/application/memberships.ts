/**
 * addMembership (seed 003): the membership and its event in one transaction;
 * a new primary membership unsets the previous one in the same transaction.
 */
import { randomUUID } from "node:crypto";
import { notFound } from "@meander/auth";
import type { UnitOfWork } from "@meander/events";
import { createLocalAssociationRepository } from "../db/repositories/local-associations.js";
import { createMembershipRepository } from "../db/repositories/memberships.js";
import { createOrganizationRepository } from "../db/repositories/organizations.js";
import { isUniqueViolation } from "../db/repositories/scope.js";
import type { MembershipRow } from "../db/schema/index.js";
import { decideMembership, type MembershipRoleName } from "../domain/membership.js";
import { DEFAULT_MAX_MEMBERSHIPS } from "../domain/organization.js";
import { actorScope, badInputFrom, conflictFrom, forbiddenFrom, type Actor } from "./actor.js";

export interface AddMembershipInput {
  id?: string;
  userId: string;
  localAssociationId: string;
  role: MembershipRoleName;
  isPrimary?: boolean | null;
}

const DUPLICATE = { rule: "membership_unique", field: "localAssociationId", message: "The user is already a member of this local association" };

export async function addMembership(uow: UnitOfWork, actor: Actor, input: AddMembershipInput): Promise<MembershipRow> {
  if (actor.role !== "global_admin" && actor.role !== "org_admin") throw forbiddenFrom({ rule: "admin_only", field: "role", message: "Requires an administrator" });
  const scope = actorScope(actor);
  return uow.run(scope, async (tx, events) => {
    // An organization administrator finds only their own organization's units: another's is NOT_FOUND.
    const [unit] = await createLocalAssociationRepository(tx, scope).byIds([input.localAssociationId]);
    if (!unit) throw notFound("Local association");
    const memberships = createMembershipRepository(tx, { organizationId: null, viewerId: actor.userId });
    await memberships.lockUser(input.userId);
    const existing = await memberships.everyMembershipOf(input.userId);
    const [settings] = await createOrganizationRepository(tx, { organizationId: unit.organizationId }).settingsFor([unit.organizationId]);
    const decision = decideMembership({
      existing,
      target: { organizationId: unit.organizationId, localAssociationId: unit.id, isActive: unit.isActive },
      role: input.role,
      wantsPrimary: input.isPrimary ?? false,
      maxPerUser: settings?.maxMembershipsPerUser ?? DEFAULT_MAX_MEMBERSHIPS,
      actorRole: actor.role,
    });
    if (!decision.ok) {
      if (decision.kind === "conflict") throw conflictFrom(decision.violation);
      if (decision.kind === "forbidden") throw forbiddenFrom(decision.violation);
      throw badInputFrom(decision.violation);
    }
    if (decision.unsetPreviousPrimary) await memberships.unsetPrimary(input.userId);
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
      if (isUniqueViolation(err)) throw conflictFrom(DUPLICATE);
      throw err;
    }
    await events.emit({
      type: "organization.membership.added",
      // Keyed by user: one user's membership events (added, primary changes) stay in order.
      aggregateId: row.userId,
      organizationId: row.organizationId,
      actorId: actor.userId,
      payload: { membershipId: row.id, userId: row.userId, localAssociationId: row.localAssociationId, role: row.role, isPrimary: row.isPrimary },
    });
    return row;
  });
}
