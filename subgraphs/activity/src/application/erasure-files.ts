/**
 * activity's stored files in an erasure (issue 24 item 4): the documents about the subject (an attachment is about
 * its activity's contact or, without one, its mentor; a declaration about its signer, as documents.ts seals them)
 * lose their objects, sealed or not: a file written before per-subject encryption (or without a master key) is
 * plain and cannot be crypto-shredded. Every document about them or by them (a user's attachments on activities
 * with a contact, files they uploaded) keeps its row (kind, size, date: the activity's evidence that there was one)
 * under a neutral file name, since the name the uploader gave may name the person.
 */
import { sql } from "drizzle-orm";
import { queryRows, type Tx } from "@meander/db";
import type { ErasureSubject } from "@meander/events";
import { deleteObjects, erasedFileName, type ObjectStore } from "@meander/storage";

/** The file name a document keeps after its subject was erased (and its extension). */
export const ERASED_DOCUMENT = "slettet-dokument";

export async function eraseDocuments(
  tx: Tx,
  store: ObjectStore,
  subject: ErasureSubject & { organizationId: string },
): Promise<void> {
  const { organizationId, id } = subject;
  const withContact = sql`select a.id from activity.activities a where a.organization_id = ${organizationId} and a.contact_id = ${id}`;
  const withoutContact = sql`select a.id from activity.activities a where a.organization_id = ${organizationId} and a.user_id = ${id} and a.contact_id is null`;
  const about =
    subject.type === "contact"
      ? sql`d.activity_id in (${withContact})`
      : sql`d.mentor_id = ${id} and (d.kind = 'confidentiality_declaration' or d.activity_id in (${withoutContact}))`;
  const named = subject.type === "contact" ? about : sql`(d.mentor_id = ${id} or d.uploaded_by = ${id})`;
  const docs = await queryRows<{ id: string; file_name: string; storage_key: string; about: boolean }>(
    tx,
    sql`select d.id, d.file_name, d.storage_key, (${about}) as about from activity.documents d where d.organization_id = ${organizationId} and ${named}`,
  );
  for (const d of docs)
    await tx.execute(
      sql`update activity.documents set file_name = ${erasedFileName(d.file_name, ERASED_DOCUMENT)} where id = ${d.id}`,
    );
  await deleteObjects(
    store,
    organizationId,
    docs.filter((d) => d.about).map((d) => d.storage_key),
  );
}
