/** Region use cases. Regions have no event of their own yet: local associations carry their region id. */
import { refuseIfAny } from "@meander/validation";
import { randomUUID } from "node:crypto";
import { notFound } from "@meander/auth";
import type { UnitOfWork } from "@meander/events";
import { createOrganizationRepository } from "../db/repositories/organizations.js";
import { createRegionRepository } from "../db/repositories/regions.js";
import { isUniqueViolation } from "../db/repositories/scope.js";
import type { RegionRow } from "../db/schema/index.js";
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
  return uow.run({ organizationId }, async (tx) => {
    const [org] = await createOrganizationRepository(tx, { organizationId }).byIds([organizationId]);
    if (!org) throw notFound("Organization");
    const regions = createRegionRepository(tx, { organizationId });
    const taken = conflictFrom({ rule: "region_name_unique", field: "name", message: "The organization already has a region with this name" });
    if (await regions.nameTaken(organizationId, name)) throw taken;
    try {
      return await regions.insert({ id: input.id ?? randomUUID(), organizationId, name });
    } catch (err) {
      throw isUniqueViolation(err) ? taken : err;
    }
  });
}
