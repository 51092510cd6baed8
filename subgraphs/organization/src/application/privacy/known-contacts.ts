/**
 * The contacts organization has heard of, with their organization (known_contacts, learned from the other subgraphs'
 * events in handlers.ts): the check that a contact named in an access export or an erasure is the caller's.
 */
import { and, eq } from "drizzle-orm";
import type { Tx } from "@meander/db";
import { knownContacts } from "../../db/schema/index.js";

/** A contact of the organization (first event wins: a contact id never moves between organizations). */
export async function knowContact(
  tx: Tx,
  organizationId: string | null,
  contactId: string | null | undefined,
): Promise<void> {
  if (organizationId && contactId)
    await tx.insert(knownContacts).values({ contactId, organizationId }).onConflictDoNothing();
}

/** Whether the contact is one of the organization's. */
export async function isKnownContact(tx: Tx, organizationId: string, contactId: string): Promise<boolean> {
  const [known] = await tx
    .select({ id: knownContacts.contactId })
    .from(knownContacts)
    .where(and(eq(knownContacts.contactId, contactId), eq(knownContacts.organizationId, organizationId)))
    .limit(1);
  return Boolean(known);
}
