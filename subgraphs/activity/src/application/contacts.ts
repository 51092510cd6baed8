/**
 * Contact management (issue #6 item 9): contacts in the caller's local
 * association (administrators: any of the organization's), their caregivers
 * and next of kin, notes by mentors and coordinators. Address, health
 * information, relations' phones and note bodies are encrypted at rest; every
 * read of them is audited.
 */
import { randomUUID } from "node:crypto";
import { scopeOf } from "@meander/auth";
import { compact, refuseIfAny, type RuleViolation, badInput, notFound } from "@meander/validation";
import type { Envelope } from "@meander/crypto";
import type { Tx } from "@meander/db";
import { recordAudit, type Emitter, type UnitOfWork } from "@meander/events";
import {
  createContactDetailRepository,
  type ContactNoteRow,
  type ContactRelationRow,
} from "../db/repositories/contact-details.js";
import { createContactRepository, type ContactRow } from "../db/repositories/contacts.js";
import type { Actor } from "../domain/actor.js";
import { relationPhone, validateNewContact } from "../domain/contact.js";
import { forbiddenBy } from "./errors.js";
import { scopeInOrganization } from "./scope.js";
import { aadOf, keyringIn, sealOptional } from "./sensitive.js";

export interface ContactInput {
  firstName: string;
  lastName: string;
  municipality?: string | null;
  address?: string | null;
  healthInfo?: string | null;
  /** Administrators choose; mentors and coordinators create in their own local association. */
  localAssociationId?: string | null;
}

const TEXT_MAX = 5000;
const tooLong = (field: string, value: string | null | undefined): RuleViolation | null =>
  value && value.length > TEXT_MAX
    ? { rule: "text_length", field, message: `Teksten kan ha høyst ${TEXT_MAX} tegn` }
    : null;

export async function createContact(
  uow: UnitOfWork,
  envelope: Envelope | null,
  actor: Actor,
  input: ContactInput,
): Promise<ContactRow> {
  const organizationId = actor.organizationId;
  if (!organizationId) throw badInput("required_fields", "organizationId", "Sign in to an organization");
  const isAdmin = actor.role === "org_admin";
  const localAssociationId = isAdmin ? (input.localAssociationId ?? null) : actor.localAssociationId;
  refuseIfAny([
    ...validateNewContact(input),
    tooLong("address", input.address),
    tooLong("healthInfo", input.healthInfo),
    localAssociationId
      ? null
      : { rule: "required_fields", field: "localAssociationId", message: "En kontakt hører til en lokalforening" },
  ]);
  if (!localAssociationId)
    throw badInput("required_fields", "localAssociationId", "A contact belongs to a local association");
  if (!isAdmin && input.localAssociationId && input.localAssociationId !== actor.localAssociationId) {
    throw forbiddenBy("organization_scope_isolation", "Contacts are created in your own local association");
  }
  const scope = scopeOf(actor);
  return uow.run(scope, async (tx, events) => {
    const k = keyringIn(tx, envelope);
    const id = randomUUID();
    await auditContactCreated(events, organizationId, id, actor);
    return createContactRepository(tx, scope).insert({
      id,
      organizationId,
      localAssociationId,
      createdBy: actor.userId,
      firstName: input.firstName.trim(),
      lastName: input.lastName.trim(),
      municipality: input.municipality?.trim() || null,
      addressEnc: await sealOptional(k, organizationId, id, input.address, aadOf("contacts", id, "address")),
      healthInfoEnc: await sealOptional(k, organizationId, id, input.healthInfo, aadOf("contacts", id, "health_info")),
    });
  });
}

/**
 * A contact was created (activity.audit.recorded `contact.created`, ids only): the audit log shows who registered
 * the person, and organization learns the contact's organization from it (a subject access export may only name a
 * contact of the requester's organization). `actor` null: the seed or an import (the system).
 */
export async function auditContactCreated(
  events: Emitter,
  organizationId: string,
  contactId: string,
  actor: Pick<Actor, "userId" | "role"> | null,
): Promise<void> {
  await recordAudit(events, "activity", {
    action: "contact.created",
    actorId: actor?.userId ?? null,
    actorRole: actor?.role ?? "system",
    organizationId,
    subject: { type: "Contact", id: contactId },
    fields: ["createContact"],
  });
}

export interface ContactUpdate {
  firstName?: string | null;
  lastName?: string | null;
  municipality?: string | null;
  /** Left out: kept; empty: cleared. */
  address?: string | null;
  healthInfo?: string | null;
}

/** Updates a contact in the caller's scope (a contact out of scope is NOT_FOUND); sensitive fields are sealed again. */
export async function updateContact(
  uow: UnitOfWork,
  envelope: Envelope | null,
  actor: Actor,
  id: string,
  input: ContactUpdate,
): Promise<ContactRow> {
  const cleared = (["firstName", "lastName"] as const).map((field) =>
    input[field] === null
      ? { rule: "required_fields", field, message: `${field === "firstName" ? "Fornavn" : "Etternavn"} må fylles ut` }
      : null,
  );
  const found = compact([...cleared, tooLong("address", input.address), tooLong("healthInfo", input.healthInfo)]);
  return uow.run(scopeOf(actor), async (tx) => {
    const current = await visibleContact(tx, actor, id);
    const next = { firstName: input.firstName ?? current.firstName, lastName: input.lastName ?? current.lastName };
    // Every fault at once: the given names' rules beside the cleared names and the too long texts.
    refuseIfAny([...found, ...validateNewContact(next)]);
    const k = keyringIn(tx, envelope);
    const org = current.organizationId;
    const set: Partial<ContactRow> = { firstName: next.firstName.trim(), lastName: next.lastName.trim() };
    if (input.municipality !== undefined) set.municipality = input.municipality?.trim() || null;
    if (input.address !== undefined)
      set.addressEnc = await sealOptional(k, org, id, input.address, aadOf("contacts", id, "address"));
    if (input.healthInfo !== undefined)
      set.healthInfoEnc = await sealOptional(k, org, id, input.healthInfo, aadOf("contacts", id, "health_info"));
    return createContactRepository(tx, scopeOf(actor)).update(id, set);
  });
}

/** The contact, if the caller may see it (organization_scope_isolation). */
async function visibleContact(tx: Tx, actor: Actor, contactId: string): Promise<ContactRow> {
  const [contact] = await createContactRepository(tx, scopeOf(actor)).byIds([contactId]);
  if (!contact) throw notFound("Contact");
  return contact;
}

export async function addContactRelation(
  uow: UnitOfWork,
  envelope: Envelope | null,
  actor: Actor,
  contactId: string,
  input: { kind: "caregiver" | "next_of_kin"; name: string; relation?: string | null; phone?: string | null },
): Promise<ContactRelationRow> {
  const phone = relationPhone(input.phone);
  refuseIfAny([
    input.name.trim().length === 0 ? { rule: "required_fields", field: "name", message: "Navnet må fylles ut" } : null,
    input.name.length > 200 ? { rule: "name_length", field: "name", message: "Navnet kan ha høyst 200 tegn" } : null,
    "violation" in phone ? phone.violation : null,
  ]);
  const phoneE164 = "phone" in phone ? phone.phone : null;
  return uow.run(scopeOf(actor), async (tx) => {
    const contact = await visibleContact(tx, actor, contactId);
    const id = randomUUID();
    const k = keyringIn(tx, envelope);
    return details(tx, actor).insertRelation({
      id,
      contactId,
      organizationId: contact.organizationId,
      kind: input.kind,
      name: input.name.trim(),
      relation: input.relation?.trim() || null,
      phoneEnc: await sealOptional(
        k,
        contact.organizationId,
        contactId,
        phoneE164,
        aadOf("contact_relations", id, "phone"),
      ),
    });
  });
}

export async function addContactNote(
  uow: UnitOfWork,
  envelope: Envelope | null,
  actor: Actor,
  contactId: string,
  body: string,
): Promise<ContactNoteRow> {
  if (body.trim().length === 0) throw badInput("required_fields", "body", "A note needs text");
  if (body.length > TEXT_MAX) throw badInput("text_length", "body", `At most ${TEXT_MAX} characters`);
  if (actor.role !== "peer_mentor" && actor.role !== "coordinator")
    throw forbiddenBy("organization_scope_isolation", "Notes are written by mentors and coordinators");
  return uow.run(scopeOf(actor), async (tx) => {
    const contact = await visibleContact(tx, actor, contactId);
    const id = randomUUID();
    const k = keyringIn(tx, envelope);
    const bodyEnc = (await sealOptional(
      k,
      contact.organizationId,
      contactId,
      body,
      aadOf("contact_notes", id, "body"),
    ))!;
    return details(tx, actor).insertNote({
      id,
      contactId,
      organizationId: contact.organizationId,
      authorId: actor.userId,
      bodyEnc,
    });
  });
}

/** A contact's relations and notes are the organization's rows, reached through a contact the caller sees. */
const details = (tx: Tx, actor: Actor) => createContactDetailRepository(tx, scopeInOrganization(actor));

export function relationsOf(
  uow: UnitOfWork,
  actor: Actor,
  contactIds: readonly string[],
): Promise<ContactRelationRow[]> {
  return uow.run(scopeOf(actor), (tx) => details(tx, actor).relationsOf(contactIds));
}

export function notesOf(uow: UnitOfWork, actor: Actor, contactIds: readonly string[]): Promise<ContactNoteRow[]> {
  return uow.run(scopeOf(actor), (tx) => details(tx, actor).notesOf(contactIds));
}
