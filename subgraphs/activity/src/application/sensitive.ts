/**
 * Encryption at rest for sensitive fields (contacts' address and health
 * information, relations' phones, notes, assignment payloads) and the audit of
 * every read. @meander/crypto: a data key per organization wrapped by the
 * master key from config; the associated data binds each ciphertext to its
 * organization, row and column, so a ciphertext copied elsewhere fails.
 */
import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { keyringOver, rowAad, sqlKeyStore, type Envelope, type Keyring } from "@meander/crypto";
import { queryRows, type Tx } from "@meander/db";
import type { Emitter } from "@meander/events";
import { GraphQLError } from "graphql";
import { sensitiveReads } from "../db/schema/index.js";
import type { Actor } from "../domain/actor.js";

export const KEY_TABLE = "activity.organization_data_keys";

/** The keyring bound to the transaction in progress (a key created in a rolled-back transaction does not survive). */
export function keyringIn(tx: Tx, envelope: Envelope | null): Keyring {
  if (!envelope) {
    throw new GraphQLError("Sensitive data is not available: no master key is configured", { extensions: { code: "SERVICE_UNAVAILABLE" } });
  }
  return keyringOver(envelope, sqlKeyStore({ table: KEY_TABLE, query: (strings, ...values) => queryRows(tx, sql(strings, ...values)) }));
}

export const aadOf = (table: string, id: string, column: string) => rowAad(`activity.${table}`, id, column);

/** Optional sensitive text: encrypted, or null. */
export async function sealOptional(k: Keyring, organizationId: string, value: string | null | undefined, aad: string): Promise<string | null> {
  const text = value?.trim();
  return text ? k.encrypt(organizationId, text, aad) : null;
}

/** Decrypts, failing with DATA_INTEGRITY (never the plaintext or the key) when the ciphertext does not belong here. */
export async function open(k: Keyring, organizationId: string, ciphertext: string, aad: string): Promise<string> {
  try {
    return (await k.decrypt(organizationId, ciphertext, aad)).toString();
  } catch {
    throw new GraphQLError("The stored value cannot be decrypted for this record", { extensions: { code: "DATA_INTEGRITY" } });
  }
}

/** Records who read which sensitive field, in the reading transaction, and publishes it (activity.audit.recorded). */
export async function auditRead(
  tx: Tx,
  events: Emitter,
  actor: Actor,
  read: { organizationId: string; subject: string; subjectId: string; field: string; requestId: string },
): Promise<void> {
  const now = new Date();
  await tx.insert(sensitiveReads).values({ id: randomUUID(), organizationId: read.organizationId, actorId: actor.userId, subject: read.subject, subjectId: read.subjectId, field: read.field, readAt: now });
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
      subjectType: read.subject.split("_").map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(""), // contact_note -> ContactNote
      subjectId: read.subjectId,
      operationName: null,
      fields: [`${read.subject}.${read.field}`],
      requestId: read.requestId,
    },
  });
}
