/**
 * Erasure requests (issue 24 item 4): an organization administrator asks (subject and a reason category); a
 * contact with assignments waits for a second administrator. Started: organization does its own part, records a
 * part per subgraph and publishes `privacy.erasure.requested`; each subgraph's `privacy.erasure.completed` marks
 * its part (handlers.ts). Every step is audited (organization.audit.recorded, ids only).
 */
import { randomUUID } from "node:crypto";
import { and, desc, eq, isNull, ne, sql } from "drizzle-orm";
import { scopes, type Tx } from "@meander/db";
import { ERASURE_SUBGRAPHS, type Emitter, type UnitOfWork } from "@meander/events";
import { RuleViolationError, badInput, forbiddenBy, notFound } from "@meander/validation";
import { forgetInvitationAddress } from "../invitation-address.js";
import { createInvitationRepository } from "../../db/repositories/invitations.js";
import {
  contactsWithAssignments,
  erasureParts,
  erasureRequests,
  organizationMemberships,
  type ErasureRequestRow,
} from "../../db/schema/index.js";
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

export async function requestErasure(
  uow: UnitOfWork,
  actor: Actor,
  input: RequestErasureInput,
): Promise<ErasureRequestRow> {
  const organizationId = adminOrganization(actor);
  const subject = erasureSubject(input.subject);
  if ("rule" in subject) throw new RuleViolationError([subject]);
  return uow.run(scopes.organization(organizationId), async (tx, events) => {
    if (subject.type === "user") {
      const [member] = await tx
        .select({ id: organizationMemberships.id })
        .from(organizationMemberships)
        .where(
          and(
            eq(organizationMemberships.userId, subject.id),
            eq(organizationMemberships.organizationId, organizationId),
          ),
        )
        .limit(1);
      if (!member) throw notFound("user");
    } else if (!(await isKnownContact(tx, organizationId, subject.id))) {
      // As for the access export: a contact organization has heard of from the other subgraphs' events (known_contacts).
      throw badInput(
        "erasure_subject_outside_organization",
        "subject.contactId",
        "The contact is not one of your organization's",
      );
    }
    const [guarded] = await tx
      .select()
      .from(contactsWithAssignments)
      .where(
        and(
          eq(contactsWithAssignments.contactId, subject.id),
          eq(contactsWithAssignments.organizationId, organizationId),
        ),
      );
    return createRequest(
      tx,
      events,
      organizationId,
      actor,
      subject,
      input.reason,
      needsConfirmation(subject, Boolean(guarded)),
      null,
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
): Promise<ErasureRequestRow> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext('erasure:' || ${subject.id}))`);
  const [open] = await tx
    .select({ id: erasureRequests.id })
    .from(erasureRequests)
    .where(
      and(
        eq(erasureRequests.subjectId, subject.id),
        eq(erasureRequests.organizationId, organizationId),
        ne(erasureRequests.status, "completed"),
      ),
    )
    .limit(1);
  if (open)
    throw conflictFrom({
      rule: "erasure_subject_in_progress",
      field: "subject",
      message: "An erasure of this person already exists",
    });
  const [row] = await tx
    .insert(erasureRequests)
    .values({
      id: randomUUID(),
      organizationId,
      subjectType: subject.type,
      subjectId: subject.id,
      reason,
      requestedBy: actor?.userId ?? null,
      needsConfirmation: confirm,
      status: "awaiting_confirmation",
    })
    .returning();
  const action = actor ? "erasure.requested" : "erasure.proposed";
  await auditChange(events, auditActor(actor), organizationId, {
    action,
    subject: { type: subject.type, id: subject.id },
    fields: [reason],
  });
  if (confirm && !startedBySetting) return row!;
  return start(tx, events, row!, actor, startedBySetting);
}

export async function confirmErasure(uow: UnitOfWork, actor: Actor, requestId: string): Promise<ErasureRequestRow> {
  const organizationId = adminOrganization(actor);
  return uow.run(scopes.organization(organizationId), async (tx, events) => {
    const [row] = await tx
      .select()
      .from(erasureRequests)
      .where(and(eq(erasureRequests.id, requestId), eq(erasureRequests.organizationId, organizationId)))
      .for("update");
    if (!row) throw notFound("erasure_request");
    const refusal = confirmationRefusal(row, actor.userId!);
    if (refusal)
      throw refusal.kind === "forbidden" ? forbiddenFrom(refusal.violation) : conflictFrom(refusal.violation);
    await tx.update(erasureRequests).set({ confirmedBy: actor.userId }).where(eq(erasureRequests.id, row.id));
    return start(tx, events, { ...row, confirmedBy: actor.userId }, actor, null);
  });
}

/** organization's own part, then the parts of every other subgraph through privacy.erasure.requested. */
async function start(
  tx: Tx,
  events: Emitter,
  row: ErasureRequestRow,
  actor: Actor | null,
  bySetting: "erase" | null,
): Promise<ErasureRequestRow> {
  const [started] = await tx
    .update(erasureRequests)
    .set({ status: "in_progress", startedAt: new Date() })
    .where(eq(erasureRequests.id, row.id))
    .returning();
  await tx
    .insert(erasureParts)
    .values(ERASURE_SUBGRAPHS.map((subgraph) => ({ requestId: row.id, organizationId: row.organizationId, subgraph })));
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
  return started!;
}

/** A subgraph reported its part; the last one completes the request (audited). Idempotent. */
export async function recordErasurePart(tx: Tx, events: Emitter, requestId: string, subgraph: string): Promise<void> {
  const done = await tx
    .update(erasureParts)
    .set({ completedAt: new Date() })
    .where(
      and(eq(erasureParts.requestId, requestId), eq(erasureParts.subgraph, subgraph), isNull(erasureParts.completedAt)),
    )
    .returning();
  if (done.length === 0) return;
  const [open] = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(erasureParts)
    .where(and(eq(erasureParts.requestId, requestId), isNull(erasureParts.completedAt)));
  if ((open?.n ?? 0) > 0) return;
  const [row] = await tx
    .update(erasureRequests)
    .set({ status: "completed", completedAt: new Date() })
    .where(eq(erasureRequests.id, requestId))
    .returning();
  if (row)
    await auditChange(events, auditActor(null), row.organizationId, {
      action: "erasure.completed",
      subject: { type: row.subjectType, id: row.subjectId },
    });
}

export async function erasureRequestsOf(uow: UnitOfWork, actor: Actor, id?: string): Promise<ErasureRequestRow[]> {
  const organizationId = adminOrganization(actor);
  return uow.run(scopes.organization(organizationId), (tx) =>
    tx
      .select()
      .from(erasureRequests)
      .where(and(eq(erasureRequests.organizationId, organizationId), id ? eq(erasureRequests.id, id) : undefined))
      .orderBy(desc(erasureRequests.requestedAt), desc(erasureRequests.id))
      .limit(200),
  );
}

export async function partsOf(uow: UnitOfWork, organizationId: string, requestId: string) {
  return uow.run(scopes.organization(organizationId), (tx) =>
    tx
      .select({ subgraph: erasureParts.subgraph, completedAt: erasureParts.completedAt })
      .from(erasureParts)
      .where(eq(erasureParts.requestId, requestId))
      .orderBy(erasureParts.subgraph),
  );
}
