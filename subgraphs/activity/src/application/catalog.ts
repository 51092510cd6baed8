/** Catalog rows: activity types and contacts (a contact's creation is audited, contacts.ts auditContactCreated). */
import { randomUUID } from "node:crypto";
import { refuseIfAny } from "@meander/validation";
import { scopes, type Executor } from "@meander/db";
import type { UnitOfWork } from "@meander/events";
import { createActivityTypeRepository } from "../db/repositories/activity-types.js";
import { createContactRepository, type ContactRow } from "../db/repositories/contacts.js";
import type { ActivityTypeSpec } from "../domain/activity-type.js";
import { validateNewContact, type NewContact } from "../domain/contact.js";
import { auditContactCreated } from "./contacts.js";

/** Adds activity types to an organization's catalog; keys already there are left as they are. */
export async function addActivityTypes(
  db: Executor,
  organizationId: string,
  specs: ReadonlyArray<ActivityTypeSpec & { id?: string; isActive?: boolean }>,
): Promise<void> {
  await createActivityTypeRepository(db, scopes.organization(organizationId)).insertMissing(
    specs.map((s) => ({
      id: s.id ?? randomUUID(),
      organizationId,
      key: s.key,
      name: s.name,
      bufdirCategory: s.bufdirCategory,
      isActive: s.isActive ?? true,
    })),
  );
}

export async function addContact(
  uow: UnitOfWork,
  organizationId: string,
  input: NewContact & { id?: string; localAssociationId: string },
): Promise<ContactRow> {
  refuseIfAny(validateNewContact(input));
  // The seed or an import (the system) adding a contact to one local association.
  const scope = scopes.localAssociations(organizationId, [input.localAssociationId], null);
  const id = input.id ?? randomUUID();
  return uow.run(scope, async (tx, events) => {
    const row = await createContactRepository(tx, scope).insert({
      id,
      organizationId,
      localAssociationId: input.localAssociationId,
      firstName: input.firstName.trim(),
      lastName: input.lastName.trim(),
      municipality: input.municipality?.trim() || null,
    });
    await auditContactCreated(events, organizationId, id, null);
    return row;
  });
}
