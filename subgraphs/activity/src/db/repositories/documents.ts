/**
 * Document metadata rows, as far as the caller may see them (the same
 * visibility as activities: mentors their own, coordinators their local
 * association's, administrators the organization's). The bytes are in the
 * object store; a download always goes through a row read here (the tenant check).
 */
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import type { Executor, Scope } from "@meander/db";
import { documents, type DocumentRow, type NewDocumentRow } from "../schema/index.js";
import { assertInScope, documentFilter } from "./scope.js";

export type { DocumentRow, NewDocumentRow };

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
  };
}

export type DocumentRepository = ReturnType<typeof createDocumentRepository>;
