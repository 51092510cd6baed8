/**
 * Payees of accounting exports: the number an organization's accounting system knows a person by (employee or
 * supplier number), set by its administrators and audited, and the check an export makes before it numbers vouchers:
 * every person it pays has a name and a reference, else it refuses and names them.
 */
import { badInput, forbiddenBy, notFound } from "@meander/validation";
import { onlyUuids, scopes, type Tx } from "@meander/db";
import type { UnitOfWork } from "@meander/events";
import {
  createPayeeRepository,
  createPersonNameRepository,
  type AccountingReferenceRow,
} from "../db/repositories/payees.js";
import { checkAccountingReference, missingPayees, type Payee } from "../domain/payees.js";
import type { Submitter } from "../domain/expense.js";
import { audit } from "./approvals.js";

/** Accounting references are the organization's bookkeeping: organization administrators only. */
export function adminOrg(actor: Submitter): string {
  if (actor.organizationId === null || actor.role !== "org_admin")
    throw forbiddenBy(
      "org_admin_required",
      "Bare organisasjonsadministratorer lager regnskapseksporter og registrerer utbetalinger",
    );
  return actor.organizationId;
}

export async function setAccountingReference(
  uow: UnitOfWork,
  actor: Submitter,
  requestId: string,
  userId: string,
  reference: string,
): Promise<AccountingReferenceRow> {
  const organizationId = adminOrg(actor);
  if (onlyUuids([userId]).length === 0) throw badInput("user_id_format", "userId", "userId is not a valid id");
  const value = reference.trim();
  const violation = checkAccountingReference(value);
  if (violation) throw badInput(violation.rule, "reference", violation.message);
  return uow.run(scopes.organization(organizationId), async (tx, events) => {
    const payees = createPayeeRepository(tx, scopes.organization(organizationId));
    // Only people the organization can pay (an activity or a claim in it): another organization's user is NOT_FOUND.
    if (!(await payees.knows(userId))) throw notFound("User");
    const row = await payees.setReference(userId, value, actor.userId);
    await audit(events, {
      action: "accounting_reference.set",
      actorId: actor.userId,
      actorRole: actor.role,
      organizationId,
      aggregateId: userId,
      field: "setAccountingReference",
      requestId,
    });
    return row;
  });
}

/** The payees of an export (user id → name and reference), or BAD_USER_INPUT naming whoever lacks a reference or a name. */
export async function payeesFor(
  tx: Tx,
  organizationId: string,
  userIds: readonly string[],
): Promise<Map<string, Payee>> {
  const unique = [...new Set(userIds)];
  const organization = scopes.organization(organizationId);
  const names = await createPersonNameRepository(tx, organization).namesOf(unique);
  const references = new Map(
    (await createPayeeRepository(tx, organization).references(unique)).map((r) => [r.userId, r.reference]),
  );
  const missing = missingPayees(unique, names, references);
  if (missing) throw badInput(missing.rule, "userId", missing.message);
  return new Map(unique.map((id) => [id, { name: names.get(id)!, reference: references.get(id)! }]));
}
