/**
 * Documents: attachments on activities (invitations, photos, screenshots, PDFs)
 * and mentors' signed confidentiality declarations. The bytes pass
 * @meander/storage's gate first (size, content type detected from the bytes,
 * images re-encoded without EXIF/GPS), so a refused file stores nothing; then
 * the object is written and its metadata row inserted in one transaction (the
 * object is deleted again if the transaction fails). With a master key the
 * object holds only ciphertext under its subject's key (issue 24 item 1): an
 * attachment is about the activity's contact (or, without one, its mentor), a
 * declaration about its signer; shredding that subject makes the file unreadable.
 */
import { badInput, conflictBy, notFound, uploadRefusal } from "@meander/validation";
import { randomUUID } from "node:crypto";
import { rowAad, type Envelope } from "@meander/crypto";
import { scopeOf } from "@meander/auth";
import { organizationIdOf, organizationOf, scopes, type Scope, type Tx } from "@meander/db";
import type { UnitOfWork } from "@meander/events";
import {
  acceptUpload,
  decodeBase64Upload,
  newObjectKey,
  uploadPolicies,
  UploadRejectedError,
  type AcceptedUpload,
  type ObjectStore,
  type UploadPolicy,
} from "@meander/storage";
import { createActivityRepository } from "../db/repositories/activities.js";
import { createDocumentRepository, type DocumentRow, type NewDocumentRow } from "../db/repositories/documents.js";
import { createMembershipRepository } from "../db/repositories/memberships.js";
import type { Actor } from "../domain/actor.js";
import {
  ATTACHMENTS_PER_ACTIVITY,
  attachRefusal,
  declarationScope,
  declarationVersionRefusal,
  fileNameRefusal,
  isRefusal,
  statusRefusal,
  type DocumentRuleError,
} from "../domain/document.js";
import { forbiddenBy } from "./errors.js";
import { keyringIn, openBytes, sealFor } from "./sensitive.js";

/** Storage's presets: attachments up to 20 MiB, declarations up to 10 MiB (the subgraph's body limit follows, server.ts). */
export const ATTACHMENT_POLICY: UploadPolicy = uploadPolicies.activityDocument;
export const DECLARATION_POLICY: UploadPolicy = uploadPolicies.confidentialityDeclaration;

export type AttachmentCategory = "invitation" | "photo" | "screenshot" | "pdf" | "other";

export interface FileUpload {
  fileName: string;
  contentType: string | null;
  contentBase64: string;
}

export interface AttachInput extends FileUpload {
  activityId: string;
  category: AttachmentCategory | null;
}

export interface DeclarationInput extends FileUpload {
  /** The mentor who signed; omitted: the caller. */
  userId: string | null;
  declarationVersion: string;
}

const refuse = (e: DocumentRuleError | null) => {
  if (e) throw badInput(e.rule, e.field, e.message);
};

/** The caller's scope; documents belong to an organization, so a caller outside one is refused. */
function documentScope(actor: Actor): Scope {
  const scope = scopeOf(actor);
  if (scope.organizationId === null)
    throw forbiddenBy("organization_context_required", "Documents belong to an organization: choose one first");
  return scope;
}

async function accept(file: FileUpload, policy: UploadPolicy): Promise<AcceptedUpload> {
  try {
    return await acceptUpload(decodeBase64Upload(file.contentBase64), policy, {
      declaredContentType: file.contentType,
    });
  } catch (e) {
    if (e instanceof UploadRejectedError) throw uploadRefusal(e, "contentBase64");
    throw e;
  }
}

/** A file's ciphertext is bound to its object key (the row's id is not known before the object is written). */
const fileAad = (storageKey: string) => rowAad("activity.documents", storageKey, "content");
const SEALED = /^menc[12]\./;

/** Where a file is kept and whom it is about. */
interface FileTarget {
  store: ObjectStore;
  envelope: Envelope | null;
  organizationId: string;
  subjectId: string;
}

/** Writes the object (sealed under the subject's key when a master key is configured), then runs `insert` in a transaction; the object is removed again if that fails. */
async function storeThenInsert(
  uow: UnitOfWork,
  { store, envelope, organizationId, subjectId }: FileTarget,
  accepted: AcceptedUpload,
  insert: (tx: Tx, key: string) => Promise<DocumentRow>,
): Promise<DocumentRow> {
  const key = newObjectKey("activity-documents", accepted.extension);
  const bytes = envelope
    ? Buffer.from(
        await uow.run(scopes.organization(organizationId), (tx) =>
          sealFor(keyringIn(tx, envelope), organizationId, subjectId, accepted.bytes, fileAad(key)),
        ),
        "latin1",
      )
    : accepted.bytes;
  await store.put(organizationId, key, bytes, {
    contentType: accepted.contentType,
    metadata: { sha256: accepted.sha256 },
  });
  try {
    return await uow.run(scopes.organization(organizationId), (tx) => insert(tx, key));
  } catch (e) {
    await store.delete(organizationId, key).catch(() => undefined);
    throw e;
  }
}

const fileColumns = (accepted: AcceptedUpload, fileName: string, key: string) => ({
  storageKey: key,
  fileName: fileName.trim(),
  contentType: accepted.contentType,
  sizeBytes: accepted.size,
  sha256: accepted.sha256,
  width: accepted.width ?? null,
  height: accepted.height ?? null,
});

/** Attaches a file to an activity the caller may see and may add evidence to. */
export async function attachDocument(
  uow: UnitOfWork,
  store: ObjectStore,
  envelope: Envelope | null,
  actor: Actor,
  input: AttachInput,
): Promise<DocumentRow> {
  const scope = documentScope(actor);
  const organizationId = organizationIdOf(scope);
  refuse(fileNameRefusal(input.fileName));
  const check = async (tx: Tx, lock: boolean) => {
    const repo = createActivityRepository(tx, scope);
    const activity = lock ? await repo.lockById(input.activityId) : (await repo.byIds([input.activityId]))[0];
    if (!activity) throw notFound("Activity");
    const refusal = attachRefusal(actor, activity);
    if (refusal) throw forbiddenBy(refusal.rule, refusal.message);
    refuse(statusRefusal(activity.status));
    return activity;
  };
  const about = await uow.run(scope, (tx) => check(tx, false));
  const accepted = await accept(input, ATTACHMENT_POLICY);
  const subjectId = about.contactId ?? about.userId;
  return storeThenInsert(uow, { store, envelope, organizationId, subjectId }, accepted, async (tx, key) => {
    const activity = await check(tx, true);
    const documents = createDocumentRepository(tx, scope);
    if ((await documents.ofActivities([activity.id])).length >= ATTACHMENTS_PER_ACTIVITY) {
      throw badInput("attachment_count", "activityId", `At most ${ATTACHMENTS_PER_ACTIVITY} attachments per activity`);
    }
    const row: NewDocumentRow = {
      id: randomUUID(),
      organizationId,
      kind: "attachment",
      activityId: activity.id,
      category: input.category,
      mentorId: activity.userId,
      localAssociationId: activity.localAssociationId,
      uploadedBy: actor.userId,
      ...fileColumns(accepted, input.fileName, key),
    };
    return documents.insert(row);
  });
}

/** Registers a mentor's signed confidentiality declaration: once per mentor, organization and version. */
export async function signConfidentialityDeclaration(
  uow: UnitOfWork,
  store: ObjectStore,
  envelope: Envelope | null,
  actor: Actor,
  input: DeclarationInput,
): Promise<DocumentRow> {
  const callerScope = documentScope(actor);
  const organizationId = organizationIdOf(callerScope);
  refuse(fileNameRefusal(input.fileName));
  refuse(declarationVersionRefusal(input.declarationVersion));
  const version = input.declarationVersion.trim();
  const signerId = input.userId ?? actor.userId;
  const alreadySigned = () => {
    const e = conflictBy(
      "declaration_once_per_version",
      `The mentor already signed version ${version} of the confidentiality declaration`,
    );
    e.extensions["field"] = "declarationVersion";
    return e;
  };
  const resolveScope = async (tx: Tx) => {
    const memberships =
      signerId === actor.userId
        ? []
        : await createMembershipRepository(tx, organizationOf(callerScope)).ofUser(signerId);
    const scope = declarationScope(actor, signerId, memberships);
    if (isRefusal(scope)) {
      if (scope.rule === "valid_user_reference") throw badInput(scope.rule, scope.field, scope.message);
      throw forbiddenBy(scope.rule, scope.message);
    }
    // Once per version, whoever may see the earlier one: read at the organization's scope (a lookup, not an answer).
    if (await createDocumentRepository(tx, organizationOf(callerScope)).declarationOf(signerId, version))
      throw alreadySigned();
    return scope;
  };
  const { localAssociationId } = await uow.run(callerScope, resolveScope);
  const accepted = await accept(input, DECLARATION_POLICY);
  return storeThenInsert(uow, { store, envelope, organizationId, subjectId: signerId }, accepted, async (tx, key) => {
    const stored = await createDocumentRepository(tx, callerScope).insertDeclaration({
      id: randomUUID(),
      organizationId,
      kind: "confidentiality_declaration",
      declarationVersion: version,
      mentorId: signerId,
      localAssociationId,
      uploadedBy: actor.userId,
      ...fileColumns(accepted, input.fileName, key),
    });
    if (!stored) throw alreadySigned();
    return stored;
  });
}

/**
 * The stored bytes of a document the caller may see (it was read through its scoped row), base64-encoded; null when
 * the object is gone or its subject was shredded. Files stored before encryption (or without a master key) are plain.
 */
export async function documentContent(
  uow: UnitOfWork,
  store: ObjectStore,
  envelope: Envelope | null,
  document: DocumentRow,
): Promise<string | null> {
  const object = await store.get(document.organizationId, document.storageKey);
  if (!object) return null;
  const head = object.bytes.subarray(0, 6).toString("latin1");
  if (!SEALED.test(head)) return object.bytes.toString("base64");
  const org = document.organizationId;
  const opened = await uow.run(scopes.organization(org), (tx) =>
    openBytes(keyringIn(tx, envelope), org, object.bytes.toString("latin1"), fileAad(document.storageKey)),
  );
  return opened ? opened.toString("base64") : null;
}
