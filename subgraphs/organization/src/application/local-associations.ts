/** Local association use cases and the paged read every connection field shares. */
import { refuseIfAny, badInput, forbiddenBy, notFound } from "@meander/validation";
import { randomUUID } from "node:crypto";
import { isUniqueViolation, scopes, type Tx } from "@meander/db";
import type { UnitOfWork } from "@meander/events";
import { pageRequest, toConnection, type Connection, type PageArgs } from "@meander/subgraph-kit";
import {
  createLocalAssociationRepository,
  type LocalAssociationKey,
  type LocalAssociationRepository,
  type LocalAssociationRow,
} from "../db/repositories/local-associations.js";
import { createOrganizationRepository } from "../db/repositories/organizations.js";
import { createRegionRepository } from "../db/repositories/regions.js";
import { validateNewLocalAssociation, type NewLocalAssociation } from "../domain/organization.js";
import { checkLength } from "../domain/rules.js";
import { actorScope, badInputFrom, conflictFrom, targetOrganization, type Actor } from "./actor.js";

export async function createLocalAssociation(
  uow: UnitOfWork,
  actor: Actor,
  input: NewLocalAssociation & { organizationId?: string | null; id?: string },
): Promise<LocalAssociationRow> {
  const organizationId = targetOrganization(actor, input.organizationId);
  return uow.run(scopes.organization(organizationId), async (tx, events) => {
    const [org] = await createOrganizationRepository(tx, scopes.organization(organizationId)).byIds([organizationId]);
    if (!org) throw notFound("Organization");
    const [region] = input.regionId
      ? await createRegionRepository(tx, scopes.organization(organizationId)).byIds([input.regionId])
      : [];
    refuseIfAny(validateNewLocalAssociation(input, organizationId, region ?? null));
    const repo = createLocalAssociationRepository(tx, scopes.organization(organizationId));
    const name = input.name.trim();
    const taken = conflictFrom({
      rule: "local_association_name_unique",
      field: "name",
      message: "The organization already has a local association with this name",
    });
    if (await repo.nameTaken(organizationId, name)) throw taken;
    const row = {
      id: input.id ?? randomUUID(),
      organizationId,
      regionId: input.regionId ?? null,
      name,
      municipality: input.municipality?.trim() || null,
    };
    const la = await repo.insert(row).catch((err: unknown) => {
      throw isUniqueViolation(err) ? taken : err;
    });
    await events.emit({
      type: "organization.local_association.created",
      aggregateId: la.id,
      organizationId,
      actorId: actor.userId,
      payload: { localAssociationId: la.id, regionId: la.regionId, name: la.name },
    });
    return la;
  });
}

/** One page of local associations, by (name, id), through the caller's scoped repository. */
export async function listLocalAssociations(
  repo: LocalAssociationRepository,
  args: PageArgs & { search?: string | null; organizationId?: string; regionId?: string },
): Promise<Connection<LocalAssociationRow>> {
  const page = pageRequest<LocalAssociationKey>(args);
  const after = page.after;
  if (after !== null && !(Array.isArray(after) && after.length === 2 && after.every((k) => typeof k === "string"))) {
    throw badInput("cursor_format", "after", "Invalid cursor");
  }
  const rows = await repo.page({
    organizationId: args.organizationId,
    regionId: args.regionId,
    search: args.search,
    after: page.after,
    limit: page.limit,
  });
  return toConnection(rows, page.first, (r) => [r.name, r.id]);
}

/** A unit the actor administers, locked for the change: an org_admin's own organization's, a global administrator's any. */
async function administeredUnit(tx: Tx, actor: Actor, id: string): Promise<LocalAssociationRow> {
  if (actor.role !== "global_admin" && actor.role !== "org_admin")
    throw forbiddenBy("admin_only", "Requires an administrator");
  const [unit] = await createLocalAssociationRepository(tx, actorScope(actor)).byIds([id]);
  if (!unit) throw notFound("Local association");
  return unit;
}

/** renameLocalAssociation: name_length, local_association_name_unique. No event (none in the catalog). */
export async function renameLocalAssociation(
  uow: UnitOfWork,
  actor: Actor,
  id: string,
  name: string,
): Promise<LocalAssociationRow> {
  return uow.run(actorScope(actor), async (tx) => {
    const unit = await administeredUnit(tx, actor, id);
    const violation = checkLength(name, 150, "name_length", "name");
    if (violation) throw badInputFrom(violation);
    const repo = createLocalAssociationRepository(tx, scopes.organization(unit.organizationId));
    const trimmed = name.trim();
    const taken = conflictFrom({
      rule: "local_association_name_unique",
      field: "name",
      message: "The organization already has a local association with this name",
    });
    if (trimmed.toLowerCase() !== unit.name.toLowerCase() && (await repo.nameTaken(unit.organizationId, trimmed)))
      throw taken;
    return repo.update(unit.id, { name: trimmed }).catch((err: unknown) => {
      throw isUniqueViolation(err) ? taken : err;
    });
  });
}

/**
 * moveLocalAssociation: to a region of the same organization (region_in_organization), or out of any region
 * (regionId null). No event: `organization.local_association.moved` is not in the catalog.
 */
export async function moveLocalAssociation(
  uow: UnitOfWork,
  actor: Actor,
  id: string,
  regionId: string | null,
): Promise<LocalAssociationRow> {
  return uow.run(actorScope(actor), async (tx) => {
    const unit = await administeredUnit(tx, actor, id);
    if (regionId !== null) {
      const [region] = await createRegionRepository(tx, scopes.organization(unit.organizationId)).byIds([regionId]);
      if (!region || region.organizationId !== unit.organizationId) {
        throw badInputFrom({
          rule: "region_in_organization",
          field: "regionId",
          message: "The region must belong to the same organization",
        });
      }
    }
    return createLocalAssociationRepository(tx, scopes.organization(unit.organizationId)).update(unit.id, { regionId });
  });
}

/**
 * deactivateLocalAssociation: keeps the unit and its memberships (history); active_local_association then
 * refuses new memberships and invitations. Deactivating an inactive unit changes nothing.
 */
export async function deactivateLocalAssociation(
  uow: UnitOfWork,
  actor: Actor,
  id: string,
): Promise<LocalAssociationRow> {
  return uow.run(actorScope(actor), async (tx) => {
    const unit = await administeredUnit(tx, actor, id);
    if (!unit.isActive) return unit;
    return createLocalAssociationRepository(tx, scopes.organization(unit.organizationId)).update(unit.id, {
      isActive: false,
    });
  });
}
