/**
 * A contact's caregivers, next of kin and notes: organization-scoped rows, reached only through a contact the caller
 * may see (the use case reads the contact through the contact repository first; row-level security checks the same).
 */
import { and, asc, inArray } from "drizzle-orm";
import { scopedWhere, type Executor, type Scope } from "@meander/db";
import { contactNotes, contactRelations, type ContactNoteRow, type ContactRelationRow } from "../schema/index.js";
import { assertInScope } from "./scope.js";

export type { ContactNoteRow, ContactRelationRow };
export type NewContactRelationRow = typeof contactRelations.$inferInsert;
export type NewContactNoteRow = typeof contactNotes.$inferInsert;

export function createContactDetailRepository(db: Executor, scope: Scope) {
  const relationsVisible = () => scopedWhere(scope, { organization: contactRelations.organizationId });
  const notesVisible = () => scopedWhere(scope, { organization: contactNotes.organizationId });
  return {
    async insertRelation(row: NewContactRelationRow): Promise<ContactRelationRow> {
      assertInScope(scope, row);
      const [created] = await db.insert(contactRelations).values(row).returning();
      return created!;
    },
    async insertNote(row: NewContactNoteRow): Promise<ContactNoteRow> {
      assertInScope(scope, row);
      const [created] = await db.insert(contactNotes).values(row).returning();
      return created!;
    },
    /** The relations of these contacts, oldest first. */
    async relationsOf(contactIds: readonly string[]): Promise<ContactRelationRow[]> {
      return db
        .select()
        .from(contactRelations)
        .where(and(inArray(contactRelations.contactId, [...contactIds]), relationsVisible()))
        .orderBy(asc(contactRelations.createdAt));
    },
    /** The notes on these contacts, oldest first. */
    async notesOf(contactIds: readonly string[]): Promise<ContactNoteRow[]> {
      return db
        .select()
        .from(contactNotes)
        .where(and(inArray(contactNotes.contactId, [...contactIds]), notesVisible()))
        .orderBy(asc(contactNotes.createdAt));
    },
  };
}

export type ContactDetailRepository = ReturnType<typeof createContactDetailRepository>;
