/**
 * Document metadata rows, as far as the caller may see them (the same
 * visibility as activities: mentors their own, coordinators their local
 * association's, administrators the organization's). The bytes are in the
 * object store; a download always goes through a row read here (the tenant check).
 */
import { and, asc, eq, inArray, or, sql } from "drizzle-orm";
import type { Executor, Scope } from "@meander/db";
import { activities, documents, type DocumentRow, type NewDocumentRow } from "../schema/index.js";
import { activityFilter, assertInScope, documentFilter } from "./scope.js";

export type { DocumentRow, NewDocumentRow };

/** A document an erasure reaches: `about` the subject (its file goes), or only naming them (its file name goes). */
export interface ErasedDocument {
  id: string;
  fileName: string;
  storageKey: string;
  about: boolean;
}

/** A document row as the model reads it: its mentor is the owner. */
const ownRow = (row: NewDocumentRow) => ({
  organizationId: row.organizationId,
  localAssociationId: row.localAssociationId ?? null,
  ownerId: row.mentorId,
});

export function createDocumentRepository(db: Executor, scope: Scope) {
  const visible = () => documentFilter(scope);

  return {
    async byIds(ids: readonly string[]): Promise<DocumentRow[]> {
      if (ids.length === 0) return [];
      return db
        .select()
        .from(documents)
        .where(and(inArray(documents.id, [...ids]), visible()));
    },
    /** Attachments of these activities, oldest first. */
    async ofActivities(activityIds: readonly string[]): Promise<DocumentRow[]> {
      if (activityIds.length === 0) return [];
      return db
        .select()
        .from(documents)
        .where(and(inArray(documents.activityId, [...activityIds]), visible()))
        .orderBy(asc(documents.createdAt), asc(documents.id));
    },
    /** Signed confidentiality declarations (of one mentor, or every visible one), oldest first. */
    async declarations(mentorId: string | null): Promise<DocumentRow[]> {
      return db
        .select()
        .from(documents)
        .where(
          and(
            eq(documents.kind, "confidentiality_declaration"),
            mentorId ? eq(documents.mentorId, mentorId) : undefined,
            visible(),
          ),
        )
        .orderBy(asc(documents.createdAt), asc(documents.id));
    },
    /** The mentor's declaration of this version, in the scope (the once-per-version check reads it at the organization's). */
    async declarationOf(mentorId: string, version: string): Promise<DocumentRow | null> {
      const [row] = await db
        .select()
        .from(documents)
        .where(
          and(
            visible(),
            eq(documents.mentorId, mentorId),
            eq(documents.kind, "confidentiality_declaration"),
            eq(documents.declarationVersion, version),
          ),
        );
      return row ?? null;
    },
    async insert(row: NewDocumentRow): Promise<DocumentRow> {
      assertInScope(scope, ownRow(row));
      const [stored] = await db.insert(documents).values(row).returning();
      return stored!;
    },
    /** Insert unless the mentor already signed this version (the unique index decides under concurrency); null when refused. */
    async insertDeclaration(row: NewDocumentRow): Promise<DocumentRow | null> {
      assertInScope(scope, ownRow(row));
      const [stored] = await db
        .insert(documents)
        .values(row)
        .onConflictDoNothing({
          target: [documents.organizationId, documents.mentorId, documents.declarationVersion],
          where: sql`kind = 'confidentiality_declaration'`,
        })
        .returning();
      return stored ?? null;
    },
    /** The documents a person uploaded or that are theirs (a mentor's attachments, declarations), oldest first. */
    async ofPerson(userId: string): Promise<DocumentRow[]> {
      return db
        .select()
        .from(documents)
        .where(and(or(eq(documents.mentorId, userId), eq(documents.uploadedBy, userId)), visible()))
        .orderBy(asc(documents.createdAt), asc(documents.id));
    },
    /**
     * The documents an erasure reaches. About a contact: the attachments of activities with them. About a user:
     * their declarations and attachments of their activities without a contact; naming a user: every document
     * they uploaded or that is theirs.
     */
    async reachedByErasure(subject: { type: "contact" | "user"; id: string }): Promise<ErasedDocument[]> {
      const { id } = subject;
      const activitiesWhere = (who: ReturnType<typeof sql>) =>
        sql`select ${activities.id} from ${activities} where ${activityFilter(scope) ?? sql`true`} and ${who}`;
      const about =
        subject.type === "contact"
          ? sql`${documents.activityId} in (${activitiesWhere(sql`${activities.contactId} = ${id}`)})`
          : sql`${documents.mentorId} = ${id} and (${documents.kind} = 'confidentiality_declaration' or ${documents.activityId} in (${activitiesWhere(sql`${activities.userId} = ${id} and ${activities.contactId} is null`)}))`;
      const named = subject.type === "contact" ? about : or(eq(documents.mentorId, id), eq(documents.uploadedBy, id))!;
      return db
        .select({
          id: documents.id,
          fileName: documents.fileName,
          storageKey: documents.storageKey,
          about: sql<boolean>`(${about})`,
        })
        .from(documents)
        .where(and(visible(), named));
    },
    /** A new file name (an erasure's neutral one). */
    async rename(id: string, fileName: string): Promise<void> {
      await db
        .update(documents)
        .set({ fileName })
        .where(and(eq(documents.id, id), visible()));
    },
  };
}

export type DocumentRepository = ReturnType<typeof createDocumentRepository>;
