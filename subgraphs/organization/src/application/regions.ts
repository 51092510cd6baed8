/** Region use cases. A new region publishes `organization.region.created` (its name: reporting names regions in reports). */
import { scopes, isUniqueViolation } from "@meander/db";
import { refuseIfAny, notFound } from "@meander/validation";
import { randomUUID } from "node:crypto";
import type { UnitOfWork } from "@meander/events";
import { createOrganizationRepository } from "../db/repositories/organizations.js";
import { createRegionRepository, type RegionRow } from "../db/repositories/regions.js";
import { validateNewRegion } from "../domain/organization.js";
import { conflictFrom, targetOrganization, type Actor } from "./actor.js";

export async function createRegion(
  uow: UnitOfWork,
  actor: Actor,
  input: { organizationId?: string | null; name: string; id?: string },
): Promise<RegionRow> {
  const organizationId = targetOrganization(actor, input.organizationId);
  refuseIfAny(validateNewRegion(input));
  const name = input.name.trim();
  return uow.run(scopes.organization(organizationId), async (tx, events) => {
    const [org] = await createOrganizationRepository(tx, scopes.organization(organizationId)).byIds([organizationId]);
    if (!org) throw notFound("Organization");
    const regions = createRegionRepository(tx, scopes.organization(organizationId));
    const taken = conflictFrom({
      rule: "region_name_unique",
      field: "name",
      message: "The organization already has a region with this name",
    });
    if (await regions.nameTaken(organizationId, name)) throw taken;
    try {
      const region = await regions.insert({ id: input.id ?? randomUUID(), organizationId, name });
      await events.emit({
        type: "organization.region.created",
        aggregateId: region.id,
        organizationId,
        actorId: actor.userId,
        payload: { regionId: region.id, name: region.name },
      });
      return region;
    } catch (err) {
      throw isUniqueViolation(err) ? taken : err;
    }
  });
}
