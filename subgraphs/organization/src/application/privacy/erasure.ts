/**
 * Erasure requests (issue 24 item 4): an organization administrator asks (subject and a reason category); a
 * contact with assignments waits for a second administrator. Started: organization does its own part, records a
 * part per subgraph and publishes `privacy.erasure.requested`; each subgraph's `privacy.erasure.completed` marks
 * its part (handlers.ts). Every step is audited (organization.audit.recorded, ids only).
 */
import { randomUUID } from "node:crypto";
import { scopes, type Tx } from "@meander/db";
import { ERASURE_SUBGRAPHS, type Emitter, type UnitOfWork } from "@meander/events";
import { RuleViolationError, badInput, forbiddenBy, notFound } from "@meander/validation";
import { forgetInvitationAddress } from "../invitation-address.js";
import { createContactRepository } from "../../db/repositories/contacts.js";
import { createErasureRepository, type ErasureRequestRow } from "../../db/repositories/erasures.js";
import { createInvitationRepository } from "../../db/repositories/invitations.js";
import { createMembershipRepository } from "../../db/repositories/memberships.js";
import {
  confirmationRefusal,
  erasureSubject,
  needsConfirmation,
  type ErasureReason,
  type ErasureSubjectType,
} from "../../domain/erasure.js";
import { conflictFrom, forbiddenFrom, type Actor } from "../actor.js";
import { auditChange } from "../audit.js";
import { isKnownContact } from "./known-contacts.js";

export interface RequestErasureInput {
  subject: { contactId?: string | null; userId?: string | null };
  reason: ErasureReason;
}

function adminOrganization(actor: Actor): string {
  if (actor.role !== "org_admin" || !actor.organizationId || !actor.userId)
    throw forbiddenBy("org_admin_required", "Requires an organization administrator");
  return actor.organizationId;
}

const auditActor = (actor: Actor | null) => ({ actorId: actor?.userId ?? null, actorRole: actor?.role ?? "system" });

/** At most this many requests in the list. */
const LIST_LIMIT = 200;

export async function requestErasure(
  uow: UnitOfWork,
  actor: Actor,
  input: RequestErasureInput,
  opts: { now?: Date } = {},
): Promise<ErasureRequestRow> {
  const organizationId = adminOrganization(actor);
  const subject = erasureSubject(input.subject);
  if ("rule" in subject) throw new RuleViolationError([subject]);
  const scope = scopes.organization(organizationId);
  return uow.run(scope, async (tx, events) => {
    if (subject.type === "user") {
      if (!(await createMembershipRepository(tx, scope).includes(subject.id))) throw notFound("user");
    } else if (!(await isKnownContact(tx, organizationId, subject.id))) {
      // As for the access export: a contact organization has heard of from the other subgraphs' events (known_contacts).
      throw badInput(
        "erasure_subject_outside_organization",
        "subject.contactId",
        "The contact is not one of your organization's",
      );
    }
    const guarded = await createContactRepository(tx, scope).hasAssignments(subject.id);
    return createRequest(
      tx,
      events,
      organizationId,
      actor,
      subject,
      input.reason,
      needsConfirmation(subject, guarded),
      null,
      opts.now,
    );
  });
}

/** A request (an administrator's, or the retention job's with actor null); started at once unless it needs a confirmation. */
export async function createRequest(
  tx: Tx,
  events: Emitter,
  organizationId: string,
  actor: Actor | null,
  subject: { type: ErasureSubjectType; id: string },
  reason: ErasureReason,
  confirm: boolean,
  startedBySetting: "erase" | null,
  now: Date = new Date(),
): Promise<ErasureRequestRow> {
  const erasures = createErasureRepository(tx, scopes.organization(organizationId));
  await erasures.lockSubject(subject.id);
  if (await erasures.hasOpenRequest(subject.id))
    throw conflictFrom({
      rule: "erasure_subject_in_progress",
      field: "subject",
      message: "An erasure of this person already exists",
    });
  const row = await erasures.insert({
    id: randomUUID(),
    organizationId,
    subjectType: subject.type,
    subjectId: subject.id,
    reason,
    requestedBy: actor?.userId ?? null,
    needsConfirmation: confirm,
    status: "awaiting_confirmation",
  });
  const action = actor ? "erasure.requested" : "erasure.proposed";
  await auditChange(events, auditActor(actor), organizationId, {
    action,
    subject: { type: subject.type, id: subject.id },
    fields: [reason],
  });
  if (confirm && !startedBySetting) return row;
  return start(tx, events, row, actor, startedBySetting, now);
}

export async function confirmErasure(
  uow: UnitOfWork,
  actor: Actor,
  requestId: string,
  opts: { now?: Date } = {},
): Promise<ErasureRequestRow> {
  const organizationId = adminOrganization(actor);
  return uow.run(scopes.organization(organizationId), async (tx, events) => {
    const erasures = createErasureRepository(tx, scopes.organization(organizationId));
    const row = await erasures.forUpdate(requestId);
    if (!row) throw notFound("erasure_request");
    const refusal = confirmationRefusal(row, actor.userId!);
    if (refusal)
      throw refusal.kind === "forbidden" ? forbiddenFrom(refusal.violation) : conflictFrom(refusal.violation);
    await erasures.confirm(row.id, actor.userId);
    return start(tx, events, { ...row, confirmedBy: actor.userId }, actor, null, opts.now ?? new Date());
  });
}

/** organization's own part, then the parts of every other subgraph through privacy.erasure.requested. */
async function start(
  tx: Tx,
  events: Emitter,
  row: ErasureRequestRow,
  actor: Actor | null,
  bySetting: "erase" | null,
  now: Date,
): Promise<ErasureRequestRow> {
  const erasures = createErasureRepository(tx, scopes.organization(row.organizationId));
  const started = await erasures.start(row.id, now);
  await erasures.addParts(row, ERASURE_SUBGRAPHS);
  if (row.subjectType === "user") {
    // The invitations the person accepted named their e-mail: it goes (the invitation's id, role and unit stay).
    const invitations = createInvitationRepository(tx, scopes.organization(row.organizationId));
    const used = await invitations.eraseAddressesUsedBy(row.subjectId);
    // And no kept log keeps it (the address topic's null, organization's outbox rows blanked).
    for (const inv of used) await forgetInvitationAddress(invitations, events, inv, actor?.userId ?? null);
  }
  await auditChange(events, auditActor(actor), row.organizationId, {
    action: "erasure.started",
    subject: { type: row.subjectType, id: row.subjectId },
    fields: bySetting ? ["retention_setting"] : [],
  });
  await events.emit({
    type: "privacy.erasure.requested",
    aggregateId: row.id,
    organizationId: row.organizationId,
    actorId: actor?.userId ?? null,
    payload: { requestId: row.id, subjectType: row.subjectType as ErasureSubjectType, subjectId: row.subjectId },
  });
  await events.emit({
    type: "privacy.erasure.completed",
    aggregateId: row.id,
    organizationId: row.organizationId,
    actorId: null,
    payload: { requestId: row.id, subgraph: "organization" },
  });
  return started;
}

/**
 * A subgraph reported its part; the last one completes the request (audited). Idempotent. A consumer's step: the
 * request the event names, in any organization (no caller: the platform scope).
 */
export async function recordErasurePart(
  tx: Tx,
  events: Emitter,
  requestId: string,
  subgraph: string,
  now = new Date(),
): Promise<void> {
  const erasures = createErasureRepository(tx, scopes.platform());
  if (!(await erasures.completePart(requestId, subgraph, now))) return;
  if ((await erasures.openPartCount(requestId)) > 0) return;
  const row = await erasures.complete(requestId, now);
  if (row)
    await auditChange(events, auditActor(null), row.organizationId, {
      action: "erasure.completed",
      subject: { type: row.subjectType, id: row.subjectId },
    });
}

export async function erasureRequestsOf(uow: UnitOfWork, actor: Actor, id?: string): Promise<ErasureRequestRow[]> {
  const organizationId = adminOrganization(actor);
  const scope = scopes.organization(organizationId);
  return uow.run(scope, (tx) => createErasureRepository(tx, scope).list(id, LIST_LIMIT));
}

export async function partsOf(uow: UnitOfWork, organizationId: string, requestId: string) {
  const scope = scopes.organization(organizationId);
  return uow.run(scope, (tx) => createErasureRepository(tx, scope).partsOf(requestId));
}
