import { sql } from "drizzle-orm";
import { check, index, integer, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { activity } from "./pg-schema.js";

export const documentKind = activity.enum("document_kind", ["attachment", "confidentiality_declaration"]);
export const attachmentCategory = activity.enum("attachment_category", [
  "invitation",
  "photo",
  "screenshot",
  "pdf",
  "other",
]);

/**
 * Document (seeds 000/001): the metadata row of one stored file. The bytes live
 * in the object store under `storage_key` (inside the organization's namespace).
 * Attachments belong to an activity (no foreign key: `activities` is partitioned);
 * declarations to a mentor, once per organization and declaration version.
 * `mentor_id` and `local_association_id` are copied from the activity (or the
 * signer's membership) so the caller's visibility filters the row directly.
 */
export const documents = activity.table(
  "documents",
  {
    id: uuid("id").primaryKey(),
    organizationId: uuid("organization_id").notNull(),
    kind: documentKind("kind").notNull(),
    activityId: uuid("activity_id"),
    category: attachmentCategory("category"),
    mentorId: uuid("mentor_id").notNull(),
    localAssociationId: uuid("local_association_id"),
    declarationVersion: text("declaration_version"),
    storageKey: text("storage_key").notNull().unique(),
    fileName: text("file_name").notNull(),
    contentType: text("content_type").notNull(),
    sizeBytes: integer("size_bytes").notNull(),
    sha256: text("sha256").notNull(),
    width: integer("width"),
    height: integer("height"),
    uploadedBy: uuid("uploaded_by").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("documents_activity_idx").on(t.activityId, t.createdAt),
    index("documents_org_mentor_idx").on(t.organizationId, t.mentorId, t.kind),
    // declaration_once_per_version: one signed declaration per mentor, organization and version.
    uniqueIndex("documents_declaration_once_uq")
      .on(t.organizationId, t.mentorId, t.declarationVersion)
      .where(sql`kind = 'confidentiality_declaration'`),
    check(
      "documents_kind_fields",
      sql`(kind = 'attachment' and activity_id is not null and declaration_version is null)
        or (kind = 'confidentiality_declaration' and activity_id is null and category is null and declaration_version is not null)`,
    ),
  ],
);

export type DocumentRow = typeof documents.$inferSelect;
export type NewDocumentRow = typeof documents.$inferInsert;
