/**
 * A contact's caregivers, next of kin and notes: organization-scoped rows, reached only through a contact the caller
 * may see (the use case reads the contact through the contact repository first; row-level security checks the same).
 */
import { and, asc, eq, inArray } from "drizzle-orm";
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
    /** The notes a person wrote, oldest first. */
    async notesBy(authorId: string): Promise<ContactNoteRow[]> {
      return db
        .select()
        .from(contactNotes)
        .where(and(eq(contactNotes.authorId, authorId), notesVisible()))
        .orderBy(asc(contactNotes.createdAt));
    },
    /** An erasure: the contact's notes and relations (free text that may name them) are deleted. */
    async removeOf(contactId: string): Promise<void> {
      await db.delete(contactNotes).where(and(eq(contactNotes.contactId, contactId), notesVisible()));
      await db.delete(contactRelations).where(and(eq(contactRelations.contactId, contactId), relationsVisible()));
    },
  };
}

export type ContactDetailRepository = ReturnType<typeof createContactDetailRepository>;
