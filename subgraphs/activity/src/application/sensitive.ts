/**
 * Encryption at rest for sensitive fields (contacts' address and health
 * information, relations' phones, notes, assignment payloads) and the audit of
 * every read. @meander/crypto: every value is encrypted under the key of the
 * contact it is about (issue 24 item 1), wrapped by the organization's data key,
 * which the master key from config wraps; the associated data binds each
 * ciphertext to its organization, contact, row and column, so a ciphertext
 * copied elsewhere fails. Destroying a contact's key (shredSubject,
 * subject-keys.ts) leaves their values unreadable: they read as null.
 * Every read goes through readSensitive, which applies the organization's
 * sensitive-field policy (domain/sensitive-policy.ts) before decrypting.
 */
import { randomUUID } from "node:crypto";
import { isShredded, rowAad, type Envelope, type Keyring } from "@meander/crypto";
import { organizationOf, type Executor, type Tx } from "@meander/db";
import type { Emitter, UnitOfWork } from "@meander/events";
import { PublicError, conflictBy } from "@meander/validation";
import { scopeOf } from "@meander/auth";
import { createContactRepository } from "../db/repositories/contacts.js";
import { createSensitiveReadRepository } from "../db/repositories/sensitive-reads.js";
import { createSettingsRepository } from "../db/repositories/settings.js";
import type { Actor } from "../domain/actor.js";
import { maySee, POLICY_FIELDS, type PolicyField } from "../domain/sensitive-policy.js";
import { activityKeys } from "./subject-keys.js";

export const KEY_TABLE = activityKeys.keyTable;
export const SUBJECT_KEY_TABLE = activityKeys.subjectTable;

/**
 * The keyring bound to the transaction in progress (a key created in a rolled-back transaction does not survive).
 * Unwrapped keys are remembered for this keyring only, that is for this transaction.
 */
export function keyringIn(tx: Tx, envelope: Envelope | null): Keyring {
  if (!envelope) {
    throw new PublicError("Sensitive data is not available: no master key is configured", {
      code: "SERVICE_UNAVAILABLE",
    });
  }
  return activityKeys.keyringIn(tx, envelope);
}

export const aadOf = (table: string, id: string, column: string) => rowAad(`activity.${table}`, id, column);

/** Encrypts under the subject's key; a subject whose key was destroyed (erased) takes nothing new: CONFLICT subject_erased. */
export async function sealFor(
  k: Keyring,
  organizationId: string,
  subjectId: string,
  value: string | Uint8Array,
  aad: string,
): Promise<string> {
  try {
    return await k.encryptFor(organizationId, subjectId, value, aad);
  } catch (err) {
    if (isShredded(err))
      throw conflictBy("subject_erased", "This person was erased: no new information about them can be stored");
    throw err;
  }
}

/** Optional sensitive text about a contact: encrypted under the contact's key, or null. */
export async function sealOptional(
  k: Keyring,
  organizationId: string,
  contactId: string,
  value: string | null | undefined,
  aad: string,
): Promise<string | null> {
  const text = value?.trim();
  return text ? sealFor(k, organizationId, contactId, text, aad) : null;
}

/**
 * Decrypts either format (version 1 under the organization's key until the migration reaches it, version 2 under
 * the contact's). Null when the contact's key was destroyed (erased: there is nothing to show, and that is no
 * fault); DATA_INTEGRITY (never the plaintext or the key) when the ciphertext does not belong here.
 */
export async function open(
  k: Keyring,
  organizationId: string,
  ciphertext: string,
  aad: string,
): Promise<string | null> {
  return (await openBytes(k, organizationId, ciphertext, aad))?.toString("utf8") ?? null;
}

/** open() for bytes (documents' files). */
export async function openBytes(
  k: Keyring,
  organizationId: string,
  ciphertext: string,
  aad: string,
): Promise<Buffer | null> {
  try {
    return await k.decryptBytes(organizationId, ciphertext, aad);
  } catch (err) {
    if (isShredded(err)) return null;
    throw new PublicError("The stored value cannot be decrypted for this record", { code: "DATA_INTEGRITY" });
  }
}

/**
 * Records who read which sensitive field, in the reading transaction, and publishes it (activity.audit.recorded).
 * `now`: the request's clock.
 */
export async function auditRead(
  tx: Tx,
  events: Emitter,
  actor: Actor,
  read: { organizationId: string; subject: string; subjectId: string; field: string; requestId: string; now: Date },
): Promise<void> {
  const { now } = read;
  await createSensitiveReadRepository(tx, scopeOf(actor)).insert({
    id: randomUUID(),
    organizationId: read.organizationId,
    actorId: actor.userId,
    subject: read.subject,
    subjectId: read.subjectId,
    field: read.field,
    readAt: now,
  });
  await events.emit({
    type: "activity.audit.recorded",
    aggregateId: read.subjectId,
    organizationId: read.organizationId,
    actorId: actor.userId,
    occurredAt: now,
    payload: {
      action: `${read.subject}.${read.field}.read`,
      actorId: actor.userId,
      actorRole: actor.role,
      organizationId: read.organizationId,
      subjectType: read.subject
        .split("_")
        .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
        .join(""), // contact_note -> ContactNote
      subjectId: read.subjectId,
      operationName: null,
      fields: [`${read.subject}.${read.field}`],
      requestId: read.requestId,
    },
  });
}

/** One sensitive value a caller asked for, of a row they already reached through a scoped repository. */
export interface SensitiveTarget {
  table: string;
  subject: string;
  id: string;
  organizationId: string;
  column: string;
  field: string;
  ciphertext: string | null;
  /** The contact the value is about, and the policy field that governs it (sensitive-policy.ts). */
  contactId: string;
  policyField: PolicyField;
}

/** The policy fields `actor` may see, per contact (one query for the mentor's relationships, one for the policy). */
export async function contactAccess(
  tx: Executor,
  actor: Actor,
  contactIds: readonly string[],
): Promise<Map<string, Set<PolicyField>>> {
  const ids = [...new Set(contactIds)];
  const out = new Map<string, Set<PolicyField>>(ids.map((id) => [id, new Set()]));
  const organizationId = actor.organizationId;
  if (!organizationId || ids.length === 0) return out;
  const { sensitiveFieldPolicy } = await createSettingsRepository(tx, scopeOf(actor)).of(organizationId);
  // Which contacts the mentor works with is a lookup across the organization, not an answer.
  const worksWith =
    actor.role === "peer_mentor"
      ? await createContactRepository(tx, organizationOf(scopeOf(actor))).workedWith(actor.userId, ids)
      : new Set<string>();
  for (const id of ids) {
    for (const field of POLICY_FIELDS)
      if (maySee(sensitiveFieldPolicy, actor, field, worksWith.has(id))) out.get(id)!.add(field);
  }
  return out;
}

/**
 * The one path that decrypts (issue 18 item 3): each value the organization's sensitive-field policy lets the
 * caller see is decrypted and its read audited, all in one transaction; a value the policy hides is null, never
 * decrypted and never audited. A field that fails to decrypt answers its own error (and no audit entry); the others
 * still read.
 */
export async function readSensitive(
  uow: UnitOfWork,
  envelope: Envelope | null,
  actor: Actor,
  requestId: string,
  targets: readonly SensitiveTarget[],
  now: Date,
): Promise<Array<string | null | Error>> {
  if (targets.every((t) => t.ciphertext === null)) return targets.map(() => null);
  return uow.run(scopeOf(actor), async (tx, events) => {
    const access = await contactAccess(
      tx,
      actor,
      targets.map((t) => t.contactId),
    );
    const k = keyringIn(tx, envelope);
    const out: Array<string | null | Error> = [];
    for (const t of targets) {
      if (t.ciphertext === null || !access.get(t.contactId)?.has(t.policyField)) {
        out.push(null);
        continue;
      }
      let value: string | null;
      try {
        value = await open(k, t.organizationId, t.ciphertext, aadOf(t.table, t.id, t.column));
      } catch (err) {
        out.push(err as Error);
        continue;
      }
      out.push(value);
      // A shredded value was not read: nothing to audit.
      if (value !== null)
        await auditRead(tx, events, actor, {
          organizationId: t.organizationId,
          subject: t.subject,
          subjectId: t.id,
          field: t.field,
          requestId,
          now,
        });
    }
    return out;
  });
}
