/** Contacts' per-request loaders: one query per batch of contacts, one transaction per batch of sensitive fields. */
import DataLoader from "dataloader";
import type { Envelope } from "@meander/crypto";
import type { Scope } from "@meander/db";
import type { UnitOfWork } from "@meander/events";
import { notesOf, relationsOf } from "../application/contacts.js";
import { contactAccess, readSensitive, type SensitiveTarget } from "../application/sensitive.js";
import type { ContactNoteRow, ContactRelationRow } from "../db/schema/index.js";
import type { Actor } from "../domain/actor.js";
import type { PolicyField } from "../domain/sensitive-policy.js";

export interface ContactLoaderDeps {
  uow: UnitOfWork;
  envelope: Envelope | null;
  /** The signed-in caller (throws for an anonymous one when a loader is first asked). */
  actor: () => Actor;
  /** The caller's scope (ctx.scope). */
  scope: Scope;
  requestId: string;
  /** The request's clock (ctx.now): when a sensitive read is recorded. */
  now: () => Date;
}

export interface ContactLoaders {
  relations: DataLoader<string, ContactRelationRow[]>;
  notes: DataLoader<string, ContactNoteRow[]>;
  /** Which policy fields of each contact the caller may see (sensitive-field policy). */
  access: DataLoader<string, ReadonlySet<PolicyField>>;
  /** Sensitive fields asked for in one request: decrypted and audited in one transaction. */
  sensitive: DataLoader<SensitiveTarget, string | null, string>;
}

export function createContactLoaders({
  uow,
  envelope,
  actor,
  scope,
  requestId,
  now,
}: ContactLoaderDeps): ContactLoaders {
  const group = <R extends { contactId: string }>(ids: readonly string[], rows: R[]) =>
    ids.map((id) => rows.filter((r) => r.contactId === id));
  return {
    relations: new DataLoader(async (ids) => group(ids, await relationsOf(uow, actor(), ids))),
    notes: new DataLoader(async (ids) => group(ids, await notesOf(uow, actor(), ids))),
    access: new DataLoader(async (ids) => {
      const caller = actor();
      const access = await uow.run(scope, (tx) => contactAccess(tx, caller, ids));
      return ids.map((id) => access.get(id) ?? new Set());
    }),
    // No cache: asking for the same field twice is two reads, and two audit entries.
    sensitive: new DataLoader(async (targets) => readSensitive(uow, envelope, actor(), requestId, targets, now()), {
      cache: false,
    }),
  };
}
