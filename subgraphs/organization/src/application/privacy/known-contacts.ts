/**
 * The contacts organization has heard of, with their organization (known_contacts, learned from the other subgraphs'
 * events in handlers.ts): the check that a contact named in an access export or an erasure is the caller's.
 */
import { scopes, type Tx } from "@meander/db";
import { createContactRepository } from "../../db/repositories/contacts.js";

/** A contact of the organization (first event wins: a contact id never moves between organizations). */
export async function knowContact(
  tx: Tx,
  organizationId: string | null,
  contactId: string | null | undefined,
): Promise<void> {
  if (organizationId && contactId)
    await createContactRepository(tx, scopes.organization(organizationId)).know(contactId);
}

/** Whether the contact is one of the organization's. */
export async function isKnownContact(tx: Tx, organizationId: string, contactId: string): Promise<boolean> {
  return createContactRepository(tx, scopes.organization(organizationId)).isKnown(contactId);
}
