/** Organization use cases: one transaction each, state change plus its event. */
import { scopes, isUniqueViolation } from "@meander/db";
import { refuseIfAny, forbiddenBy } from "@meander/validation";
import { randomUUID } from "node:crypto";
import type { UnitOfWork } from "@meander/events";
import { createOrganizationRepository, type OrganizationRow } from "../db/repositories/organizations.js";
import {
  DEFAULT_MAX_MEMBERSHIPS,
  normalizeOrganizationNumber,
  validateNewOrganization,
  type NewOrganization,
} from "../domain/organization.js";
import { conflictFrom, type Actor } from "./actor.js";

/** Creates a tenant with its settings row (global administrators and the system only). */
export async function createOrganization(
  uow: UnitOfWork,
  actor: Actor,
  input: NewOrganization & { id?: string },
): Promise<OrganizationRow> {
  if (actor.role !== "global_admin")
    throw forbiddenBy("global_admin_required", "Only a global administrator creates organizations");
  refuseIfAny(validateNewOrganization(input));
  const id = input.id ?? randomUUID();
  return uow.run(scopes.organization(id), async (tx, events) => {
    const repo = createOrganizationRepository(tx, scopes.organization(id));
    let org: OrganizationRow;
    try {
      org = await repo.insert(
        {
          id,
          name: input.name.trim(),
          shortName: input.shortName.trim(),
          organizationNumber: normalizeOrganizationNumber(input.organizationNumber),
        },
        input.maxMembershipsPerUser ?? DEFAULT_MAX_MEMBERSHIPS,
      );
    } catch (err) {
      if (isUniqueViolation(err)) {
        throw conflictFrom({
          rule: "organization_unique",
          field: "shortName",
          message: "An organization with this short name or number exists",
        });
      }
      throw err;
    }
    await events.emit({
      type: "organization.organization.created",
      aggregateId: org.id,
      organizationId: org.id,
      actorId: actor.userId,
      payload: { organizationId: org.id, name: org.name, shortName: org.shortName },
    });
    return org;
  });
}
