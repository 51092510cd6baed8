/** Configuration use cases (organization administrators): the expense-type catalog and the mileage rate table. */
import { scopes } from "@meander/db";
import { refuseIfAny, conflictBy, forbiddenBy } from "@meander/validation";
import { randomUUID } from "node:crypto";
import type { UnitOfWork } from "@meander/events";
import { createExpenseTypeRepository, type ExpenseTypeRow } from "../db/repositories/expense-types.js";
import { createMileageRateRepository, type MileageRateRow } from "../db/repositories/mileage-rates.js";
import {
  validateExpenseTypeConfig,
  validateRateEntry,
  type ExpenseTypeConfig,
  type RateEntry,
} from "../domain/expense-type.js";
import type { Submitter } from "../domain/expense.js";

function organizationOf(actor: Submitter): string {
  if (actor.organizationId === null)
    throw forbiddenBy("organization_context_required", "Configuration belongs to one organization: act within it");
  return actor.organizationId;
}

/** Creates or reconfigures an expense type of the actor's organization (by key). */
export async function configureExpenseType(
  uow: UnitOfWork,
  actor: Submitter,
  input: ExpenseTypeConfig & { isActive?: boolean | null },
): Promise<ExpenseTypeRow> {
  const organizationId = organizationOf(actor);
  const found = validateExpenseTypeConfig(input);
  return uow.run(scopes.organization(organizationId), async (tx) => {
    const repo = createExpenseTypeRepository(tx, scopes.organization(organizationId));
    const known = new Set((await repo.list({ includeInactive: true })).map((t) => t.key));
    // Every fault at once: each unknown exclusive type beside the configuration's own faults.
    const unknown = (input.exclusiveWith ?? []).filter((k) => !known.has(k) && k !== input.key);
    refuseIfAny([
      ...found,
      ...unknown.map((k) => ({
        rule: "exclusive_with_known",
        field: "exclusiveWith",
        message: `"${k}" is not an expense type of the organization`,
      })),
    ]);
    return repo.upsert({
      id: randomUUID(),
      organizationId,
      key: input.key,
      name: input.name.trim(),
      requiresReceiptAboveOre: input.requiresReceiptAboveOre ?? null,
      maxAmountOre: input.maxAmountOre ?? null,
      mileageRateOrePerKm: input.mileageRateOrePerKm ?? null,
      exclusiveWith: [...new Set(input.exclusiveWith ?? [])],
      passengersAddToRate: input.passengersAddToRate ?? false,
      autoApproveMaxOre: input.autoApproveMaxOre ?? null,
      isActive: input.isActive ?? true,
    });
  });
}

/** Adds a row to the organization's mileage rate table; one rate per valid-from date (CONFLICT otherwise). */
export async function addMileageRate(uow: UnitOfWork, actor: Submitter, input: RateEntry): Promise<MileageRateRow> {
  const organizationId = organizationOf(actor);
  refuseIfAny(validateRateEntry(input));
  return uow.run(scopes.organization(organizationId), async (tx) => {
    const created = await createMileageRateRepository(tx, scopes.organization(organizationId)).insert({
      id: randomUUID(),
      organizationId,
      createdBy: actor.userId,
      ...input,
    });
    if (!created)
      throw conflictBy(
        "mileage_rate_unique",
        `The organization already has a mileage rate valid from ${input.validFrom}`,
      );
    return created;
  });
}
