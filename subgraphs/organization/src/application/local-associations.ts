/** Local association use cases and the paged read every connection field shares. */
import { randomUUID } from "node:crypto";
import { badInput, notFound } from "@meander/auth";
import type { UnitOfWork } from "@meander/events";
import { pageRequest, toConnection, type Connection, type PageArgs } from "@meander/subgraph-kit";
import { createLocalAssociationRepository, type LocalAssociationKey, type LocalAssociationRepository } from "../db/repositories/local-associations.js";
import { createOrganizationRepository } from "../db/repositories/organizations.js";
import { createRegionRepository } from "../db/repositories/regions.js";
import { isUniqueViolation } from "../db/repositories/scope.js";
import type { LocalAssociationRow } from "../db/schema/index.js";
import { validateNewLocalAssociation, type NewLocalAssociation } from "../domain/organization.js";
import { badInputFrom, conflictFrom, targetOrganization, type Actor } from "./actor.js";

export async function createLocalAssociation(
  uow: UnitOfWork,
  actor: Actor,
  input: NewLocalAssociation & { organizationId?: string | null; id?: string },
): Promise<LocalAssociationRow> {
  const organizationId = targetOrganization(actor, input.organizationId);
  return uow.run({ organizationId }, async (tx, events) => {
    const [org] = await createOrganizationRepository(tx, { organizationId }).byIds([organizationId]);
    if (!org) throw notFound("Organization");
    const [region] = input.regionId ? await createRegionRepository(tx, { organizationId }).byIds([input.regionId]) : [];
    const violation = validateNewLocalAssociation(input, organizationId, region ?? null)[0];
    if (violation) throw badInputFrom(violation);
    const repo = createLocalAssociationRepository(tx, { organizationId });
    const name = input.name.trim();
    const taken = conflictFrom({ rule: "local_association_name_unique", field: "name", message: "The organization already has a local association with this name" });
    if (await repo.nameTaken(organizationId, name)) throw taken;
    const row = { id: input.id ?? randomUUID(), organizationId, regionId: input.regionId ?? null, name, municipality: input.municipality?.trim() || null };
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
