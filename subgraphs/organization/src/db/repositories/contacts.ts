/**
 * The contacts organization has heard of, by id only, with their organization (learnt from activity's events,
 * application/privacy/handlers.ts): known_contacts (whom an access export or an erasure may name) and
 * contacts_with_assignments (their erasure needs a second administrator). Of the scope's organization: it writes in it.
 */
import { and, eq, type SQL } from "drizzle-orm";
import { organizationIdOf, scopedWhere, type Executor, type Scope } from "@meander/db";
import { contactsWithAssignments, knownContacts } from "../schema/index.js";

export function createContactRepository(db: Executor, scope: Scope) {
  const known = (): SQL | undefined => scopedWhere(scope, { organization: knownContacts.organizationId });
  const assigned = (): SQL | undefined => scopedWhere(scope, { organization: contactsWithAssignments.organizationId });
  return {
    /** A contact of the organization (first event wins: a contact id never moves between organizations). */
    async know(contactId: string): Promise<void> {
      await db
        .insert(knownContacts)
        .values({ contactId, organizationId: organizationIdOf(scope) })
        .onConflictDoNothing();
    },
    async isKnown(contactId: string): Promise<boolean> {
      const [row] = await db
        .select({ id: knownContacts.contactId })
        .from(knownContacts)
        .where(and(eq(knownContacts.contactId, contactId), known()))
        .limit(1);
      return Boolean(row);
    },
    /** The contact has an assignment (first event wins, like `know`). */
    async rememberAssignment(contactId: string): Promise<void> {
      await db
        .insert(contactsWithAssignments)
        .values({ contactId, organizationId: organizationIdOf(scope) })
        .onConflictDoNothing();
    },
    async hasAssignments(contactId: string): Promise<boolean> {
      const [row] = await db
        .select()
        .from(contactsWithAssignments)
        .where(and(eq(contactsWithAssignments.contactId, contactId), assigned()));
      return Boolean(row);
    },
  };
}

export type ContactRepository = ReturnType<typeof createContactRepository>;
