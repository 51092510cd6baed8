/** registerActivity: one transaction = the new activity + activity.activity.registered in the outbox. */
import { randomUUID } from "node:crypto";
import { badInput } from "@meander/auth";
import type { Tx } from "@meander/db";
import type { UnitOfWork } from "@meander/events";
import { createActivityTypeRepository } from "../db/repositories/activity-types.js";
import { createActivityRepository } from "../db/repositories/activities.js";
import { createContactRepository } from "../db/repositories/contacts.js";
import { createMembershipRepository } from "../db/repositories/memberships.js";
import type { ActivityRow, ContactRow } from "../db/schema/index.js";
import { attribution, defaultTitle, DURATION_MINUTES, optionalText, validateRegistration, type ActivityDraft } from "../domain/activity.js";
import { activityVisibility, contactVisibility, type Actor } from "../domain/actor.js";
import { forbiddenBy } from "./errors.js";

export interface RegisterActivityInput extends ActivityDraft {
  /** Fixed id (demo seed, offline clients); a new UUID otherwise. */
  id?: string;
  calendarEventId?: string | null;
  metadata?: unknown;
}

const REGISTRANT_ROLES: readonly string[] = ["peer_mentor", "coordinator"];

export async function registerActivity(
  uow: UnitOfWork,
  actor: Actor,
  input: RegisterActivityInput,
  opts: { now?: Date } = {},
): Promise<ActivityRow> {
  const now = opts.now ?? new Date();
  if (!REGISTRANT_ROLES.includes(actor.role)) throw forbiddenBy("owner_attribution_on_proxy", "Only peer mentors and coordinators register activities");
  return uow.run(activityVisibility(actor), async (tx, events) => {
    const organizationId = actor.organizationId;
    const types = organizationId ? await createActivityTypeRepository(tx, { organizationId }).list({ includeInactive: false }) : [];
    const violation = validateRegistration(input, {
      submitterId: actor.userId,
      organizationId,
      now,
      activeTypeKeys: new Set(types.map((t) => t.key)),
    })[0];
    if (violation || !organizationId) throw badInput(violation!.rule, violation!.field, violation!.message);

    const who = attribution(input, actor.userId);
    if (who.isProxyRegistration) await assertProxyScope(tx, actor, organizationId, who.userId);
    const contact = input.contactId ? await visibleContact(tx, actor, input.contactId) : null;
    const type = types.find((t) => t.key === input.activityTypeKey.trim())!;

    const activity = await createActivityRepository(tx, activityVisibility(actor)).insert({
      id: input.id ?? randomUUID(),
      ...who,
      organizationId,
      localAssociationId: actor.localAssociationId,
      contactId: contact?.id ?? null,
      activityType: type.key,
      title: optionalText(input.title) ?? defaultTitle(type.name, contact),
      description: optionalText(input.description),
      activityDate: input.activityDate ?? now,
      durationMinutes: input.durationMinutes ?? DURATION_MINUTES.default,
      location: optionalText(input.location),
      status: "pending_review",
      participantCount: input.participantCount ?? 1,
      calendarEventId: optionalText(input.calendarEventId),
      metadata: input.metadata ?? null,
      createdAt: now,
      updatedAt: now,
    });
    await events.emit({
      type: "activity.activity.registered",
      aggregateId: activity.id,
      organizationId,
      actorId: actor.userId,
      occurredAt: now,
      payload: {
        activityId: activity.id,
        userId: activity.userId,
        localAssociationId: activity.localAssociationId,
        activityType: activity.activityType,
        activityDate: activity.activityDate.toISOString(),
        durationMinutes: activity.durationMinutes,
        status: activity.status,
      },
    });
    return activity;
  });
}

/**
 * owner_attribution_on_proxy and coordinator_proxy_scope: only a coordinator
 * registers on behalf of a mentor, and only for a peer mentor of their own
 * local association (known from organization's membership events).
 */
async function assertProxyScope(tx: Tx, actor: Actor, organizationId: string, mentorId: string): Promise<void> {
  if (actor.role !== "coordinator") {
    throw forbiddenBy("owner_attribution_on_proxy", "Only coordinators register activities on behalf of a mentor");
  }
  const memberships = await createMembershipRepository(tx).ofUser(mentorId, organizationId);
  if (memberships.length === 0) throw badInput("valid_user_reference", "userId", "No such member in the organization");
  const inScope = memberships.some((m) => m.localAssociationId === actor.localAssociationId && m.role === "peer_mentor");
  if (!inScope) {
    throw forbiddenBy("coordinator_proxy_scope", "Coordinators register on behalf of peer mentors of their own local association only");
  }
}

/** valid_contact_reference: the contact exists and is in the caller's scope. */
async function visibleContact(tx: Tx, actor: Actor, contactId: string): Promise<ContactRow> {
  const [contact] = await createContactRepository(tx, contactVisibility(actor)).byIds([contactId]);
  if (!contact) throw badInput("valid_contact_reference", "contactId", "No such contact in your scope");
  return contact;
}
