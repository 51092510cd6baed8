/**
 * activity's stored files in an erasure (issue 24 item 4): the documents about the subject (an attachment is about
 * its activity's contact or, without one, its mentor; a declaration about its signer, as documents.ts seals them)
 * lose their objects, sealed or not: a file written before per-subject encryption (or without a master key) is
 * plain and cannot be crypto-shredded. Every document about them or by them (a user's attachments on activities
 * with a contact, files they uploaded) keeps its row (kind, size, date: the activity's evidence that there was one)
 * under a neutral file name, since the name the uploader gave may name the person.
 */
import { scopes, type Tx } from "@meander/db";
import type { ErasureSubject } from "@meander/events";
import { deleteObjects, erasedFileName, type ObjectStore } from "@meander/storage";
import { createDocumentRepository } from "../db/repositories/documents.js";

/** The file name a document keeps after its subject was erased (and its extension). */
export const ERASED_DOCUMENT = "slettet-dokument";

export async function eraseDocuments(
  tx: Tx,
  store: ObjectStore,
  subject: ErasureSubject & { organizationId: string },
): Promise<void> {
  const { organizationId } = subject;
  // The system's erasure, within the subject's organization.
  const repo = createDocumentRepository(tx, scopes.organization(organizationId));
  const docs = await repo.reachedByErasure(subject);
  for (const d of docs) await repo.rename(d.id, erasedFileName(d.fileName, ERASED_DOCUMENT));
  await deleteObjects(
    store,
    organizationId,
    docs.filter((d) => d.about).map((d) => d.storageKey),
  );
}
