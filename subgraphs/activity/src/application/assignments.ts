/**
 * Encrypted assignments (issue #6 item 10): a coordinator dispatches sensitive
 * information about a contact to a peer mentor of their local association.
 * The payload is encrypted at rest (row and organization bound); only the
 * assigned mentor and the dispatching coordinator read it, and every read is
 * audited. Status log, append-only: dispatched, delivered, read, acknowledged,
 * completed, or cancelled.
 */
import { randomUUID } from "node:crypto";
import { refuseIfAny, badInput, notFound } from "@meander/validation";
import { scopeOf } from "@meander/auth";
import type { Envelope } from "@meander/crypto";
import { organizationOf, type Executor } from "@meander/db";
import type { UnitOfWork } from "@meander/events";
import {
  createAssignmentRepository,
  type AssignmentRow,
  type AssignmentStatusLogRow,
} from "../db/repositories/assignments.js";
import { createContactRepository } from "../db/repositories/contacts.js";
import { createMembershipRepository } from "../db/repositories/memberships.js";
import type { Actor } from "../domain/actor.js";
import { assignmentMoveRefusal } from "../domain/assignment.js";
import { forbiddenBy } from "./errors.js";
import { scopeInOrganization } from "./scope.js";
import { aadOf, keyringIn, sealFor } from "./sensitive.js";

export type AssignmentStatus = AssignmentRow["status"];
export const PAYLOAD_MAX = 10_000;

/** Only the assigned mentor and the dispatching coordinator see an assignment, in their organization. */
const assignmentsOfCaller = (db: Executor, actor: Actor) => createAssignmentRepository(db, scopeInOrganization(actor));

export async function dispatchAssignment(
  uow: UnitOfWork,
  envelope: Envelope | null,
  actor: Actor,
  input: { contactId: string; mentorId: string; payload: string },
  opts: { now?: Date } = {},
): Promise<AssignmentRow> {
  if (actor.role !== "coordinator") throw forbiddenBy("coordinator_proxy_scope", "Coordinators dispatch assignments");
  const organizationId = actor.organizationId!;
  const now = opts.now ?? new Date();
  return uow.run(scopeOf(actor), async (tx, events) => {
    const scope = scopeOf(actor);
    const [contact] = await createContactRepository(tx, scope).byIds([input.contactId]);
    // The mentor's memberships in the organization: a lookup, not an answer.
    const memberships = await createMembershipRepository(tx, organizationOf(scope)).ofUser(input.mentorId);
    // Every fault at once: content, contact and mentor are checked together.
    refuseIfAny([
      input.payload.trim().length === 0
        ? { rule: "required_fields", field: "payload", message: "Oppdraget må ha innhold" }
        : null,
      input.payload.length > PAYLOAD_MAX
        ? { rule: "payload_length", field: "payload", message: `Oppdraget kan ha høyst ${PAYLOAD_MAX} tegn` }
        : null,
      contact
        ? null
        : {
            rule: "valid_contact_reference",
            field: "contactId",
            message: "Kontakten finnes ikke blant dine kontakter",
          },
      memberships.some((m) => m.localAssociationId === actor.localAssociationId && m.role === "peer_mentor")
        ? null
        : { rule: "valid_user_reference", field: "mentorId", message: "Ikke en likeperson i din lokalforening" },
    ]);
    if (!contact) throw badInput("valid_contact_reference", "contactId", "No such contact in your scope");
    const id = randomUUID();
    const payloadEnc = await sealFor(
      keyringIn(tx, envelope),
      organizationId,
      contact.id,
      input.payload,
      aadOf("assignments", id, "payload"),
    );
    const repo = assignmentsOfCaller(tx, actor);
    const row = await repo.insert({
      id,
      organizationId,
      localAssociationId: actor.localAssociationId!,
      contactId: contact.id,
      mentorId: input.mentorId,
      coordinatorId: actor.userId,
      payloadEnc,
      status: "dispatched",
      createdAt: now,
      updatedAt: now,
    });
    await repo.log({
      id: randomUUID(),
      assignmentId: id,
      organizationId,
      status: "dispatched",
      actorId: actor.userId,
      at: now,
    });
    await events.emit({
      type: "activity.assignment.dispatched",
      aggregateId: id,
      organizationId,
      actorId: actor.userId,
      occurredAt: row.createdAt,
      payload: {
        assignmentId: id,
        contactId: contact.id,
        mentorId: input.mentorId,
        coordinatorId: actor.userId,
        localAssociationId: row.localAssociationId,
      },
    });
    return row;
  });
}

export async function changeAssignmentStatus(
  uow: UnitOfWork,
  actor: Actor,
  id: string,
  to: AssignmentStatus,
  opts: { now?: Date } = {},
): Promise<AssignmentRow> {
  const now = opts.now ?? new Date();
  return uow.run(scopeOf(actor), async (tx, events) => {
    const repo = assignmentsOfCaller(tx, actor);
    const current = await repo.lockTheirs(id);
    if (!current) throw notFound("Assignment");
    const refusal = assignmentMoveRefusal(current.status, to, current, actor.userId);
    if (refusal)
      throw refusal.code === "FORBIDDEN"
        ? forbiddenBy(refusal.rule, refusal.message)
        : badInput(refusal.rule, "status", refusal.message);
    const row = await repo.setStatus(id, to, now);
    await repo.log({
      id: randomUUID(),
      assignmentId: id,
      organizationId: current.organizationId,
      status: to,
      actorId: actor.userId,
      at: now,
    });
    await events.emit({
      type: "activity.assignment.status_changed",
      aggregateId: id,
      organizationId: current.organizationId,
      actorId: actor.userId,
      occurredAt: row.updatedAt,
      payload: {
        assignmentId: id,
        mentorId: current.mentorId,
        previousStatus: current.status,
        status: to,
        changedBy: actor.userId,
      },
    });
    return row;
  });
}

export async function assignmentsOf(db: Executor, actor: Actor, ids?: readonly string[]): Promise<AssignmentRow[]> {
  return assignmentsOfCaller(db, actor).theirs(ids);
}

/** The status log of assignments the caller reached (Assignment.statusLog). */
export function statusLogOf(
  db: Executor,
  actor: Actor,
  assignmentIds: readonly string[],
): Promise<AssignmentStatusLogRow[]> {
  return assignmentsOfCaller(db, actor).statusLogOf(assignmentIds);
}
