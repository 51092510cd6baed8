/**
 * Gathering use cases (create, publish, cancel, register, read), one
 * transaction each with its outbox event. Rules in domain/gathering.ts;
 * registering someone else follows activities' proxy rules
 * (owner_attribution_on_proxy, coordinator_proxy_scope).
 */
import { randomUUID } from "node:crypto";
import { scopeOf } from "@meander/auth";
import { PublicError, refuseIfAny, badInput, notFound } from "@meander/validation";
import type { UnitOfWork } from "@meander/events";
import { pageRequest, toConnection, type Connection, type PageArgs } from "@meander/subgraph-kit";
import { createActivityTypeRepository } from "../db/repositories/activity-types.js";
import {
  createGatheringRepository,
  gatheringCursorOf,
  type GatheringCursor,
  type GatheringRegistrationRow,
  type GatheringRow,
} from "../db/repositories/gatherings.js";
import { createMembershipRepository } from "../db/repositories/memberships.js";
import type { Actor } from "../domain/actor.js";
import { optionalText } from "../domain/activity.js";
import {
  canManage,
  registrationViolation,
  transitionViolation,
  validateGathering,
  type GatheringDraft,
  type GatheringStatus,
  type RuleViolation,
} from "../domain/gathering.js";
import { isUuid, scopes, type Tx } from "@meander/db";
import { forbiddenBy } from "./errors.js";
import { proxyRefusal } from "../domain/registrant.js";

export interface CreateGatheringInput extends GatheringDraft {
  publish?: boolean | null;
  /** The id to use (the demo seed keeps the fixture's ids); new otherwise. */
  id?: string;
}

/** A broken rule: capacity is a CONFLICT (the state, not the input, refuses), the others BAD_USER_INPUT. */
export const refusal = (v: RuleViolation) =>
  v.rule === "gathering_capacity"
    ? new PublicError(v.message, { code: "CONFLICT", rule: v.rule, field: v.field })
    : badInput(v.rule, v.field, v.message);

export const gatheringRepo = (tx: Tx, actor: Actor) => createGatheringRepository(tx, scopeOf(actor));

/** The gathering locked for the rest of the transaction, or NOT_FOUND (also outside the caller's scope: no existence leak). */
export async function lockedGathering(tx: Tx, actor: Actor, id: string): Promise<GatheringRow> {
  const g = isUuid(id) ? await gatheringRepo(tx, actor).byId(id, { forUpdate: true }) : null;
  if (!g) throw notFound("Gathering");
  return g;
}

function publishedEvent(g: GatheringRow, actorId: string, now: Date) {
  return {
    type: "activity.gathering.published" as const,
    aggregateId: g.id,
    organizationId: g.organizationId,
    actorId,
    occurredAt: now,
    payload: {
      gatheringId: g.id,
      localAssociationId: g.localAssociationId,
      title: g.title,
      activityType: g.activityType,
      startsAt: g.startsAt.toISOString(),
      endsAt: g.endsAt.toISOString(),
      capacity: g.capacity,
    },
  };
}

/** Coordinators and mentors create gatherings in their active local association; `publish` opens it at once. */
export async function createGathering(
  uow: UnitOfWork,
  actor: Actor,
  input: CreateGatheringInput,
  opts: { now?: Date } = {},
): Promise<GatheringRow> {
  const now = opts.now ?? new Date();
  if (!actor.organizationId || !actor.localAssociationId)
    throw badInput("required_fields", "localAssociationId", "Gatherings belong to a local association");
  const found = validateGathering(input);
  const organizationId = actor.organizationId;
  const localAssociationId = actor.localAssociationId;
  return uow.run(scopeOf(actor), async (tx, events) => {
    const types = await createActivityTypeRepository(tx, scopeOf(actor)).list({ includeInactive: false });
    const type = types.find((t) => t.key === input.activityTypeKey.trim());
    // Every fault at once: an unknown activity type beside the draft's other faults.
    const unknownType = !type && !found.some((v) => v.field === "activityTypeKey");
    refuseIfAny([
      ...found,
      unknownType
        ? {
            rule: "activity_type_enum",
            field: "activityTypeKey",
            message: "Ikke en aktiv aktivitetstype i organisasjonen",
            params: { key: input.activityTypeKey.trim() },
          }
        : null,
    ]);
    if (!type)
      throw badInput("activity_type_enum", "activityTypeKey", "Not an active activity type of the organization", {
        key: input.activityTypeKey.trim(),
      });
    const publish = Boolean(input.publish);
    const g = await gatheringRepo(tx, actor).insert({
      id: input.id ?? randomUUID(),
      organizationId,
      localAssociationId,
      createdBy: actor.userId,
      title: input.title.trim(),
      description: optionalText(input.description),
      activityType: type.key,
      startsAt: input.startsAt,
      endsAt: input.endsAt,
      location: optionalText(input.location),
      capacity: input.capacity ?? null,
      status: publish ? "published" : "draft",
      publishedAt: publish ? now : null,
      createdAt: now,
      updatedAt: now,
    });
    if (publish) await events.emit(publishedEvent(g, actor.userId, now));
    return g;
  });
}

/** publishGathering / cancelGathering: gathering_status_transition, by the organizer, a coordinator of its local association or an administrator. */
export async function changeGatheringStatus(
  uow: UnitOfWork,
  actor: Actor,
  id: string,
  to: Extract<GatheringStatus, "published" | "cancelled">,
  reason: string | null = null,
  opts: { now?: Date } = {},
): Promise<GatheringRow> {
  const now = opts.now ?? new Date();
  return uow.run(scopeOf(actor), async (tx, events) => {
    const g = await lockedGathering(tx, actor, id);
    if (!canManage(actor, g))
      throw forbiddenBy(
        "gathering_organizer_only",
        "Only the organizer, a coordinator of its local association or an administrator manages a gathering",
      );
    const v = transitionViolation(g.status, to);
    if (v) throw refusal(v);
    const cancelReason = optionalText(reason);
    if (cancelReason && cancelReason.length > 2000)
      throw badInput("reason_length", "reason", "At most 2000 characters");
    const updated = await gatheringRepo(tx, actor).update(
      g.id,
      to === "published"
        ? { status: to, publishedAt: now, updatedAt: now }
        : { status: to, cancelledAt: now, cancelReason, updatedAt: now },
    );
    if (to === "published") await events.emit(publishedEvent(updated, actor.userId, now));
    else {
      await events.emit({
        type: "activity.gathering.cancelled",
        aggregateId: g.id,
        organizationId: g.organizationId,
        actorId: actor.userId,
        occurredAt: now,
        payload: { gatheringId: g.id, cancelledBy: actor.userId },
      });
    }
    return updated;
  });
}

/**
 * Registers the caller, or (coordinators) a peer mentor of their local
 * association. The gathering row is locked first, so two concurrent
 * registrations for the last place are serialized: one gets it, the other
 * gathering_capacity. A second registration of the same user is
 * duplicate_registration (also backed by a unique constraint).
 */
export async function registerForGathering(
  uow: UnitOfWork,
  actor: Actor,
  gatheringId: string,
  userId?: string | null,
  opts: { now?: Date } = {},
): Promise<GatheringRegistrationRow> {
  const now = opts.now ?? new Date();
  const target = userId ?? actor.userId;
  const isProxyRegistration = target !== actor.userId;
  if (isProxyRegistration && !isUuid(target))
    throw badInput("valid_user_reference", "userId", "No such member in the organization");
  return uow.run(scopeOf(actor), async (tx, events) => {
    const g = await lockedGathering(tx, actor, gatheringId);
    if (isProxyRegistration) {
      // The proxy mentor's memberships in the gathering's organization: a lookup, not an answer.
      const memberships = await createMembershipRepository(
        tx,
        scopes.organization(g.organizationId, actor.userId),
      ).ofUser(target);
      const r = proxyRefusal(actor, memberships);
      if (r) throw r.code === "FORBIDDEN" ? forbiddenBy(r.rule, r.message) : badInput(r.rule, "userId", r.message);
    }
    const repo = gatheringRepo(tx, actor);
    const v = registrationViolation(g, await repo.registrationCount(g.id), now);
    if (v) throw refusal(v);
    const row = await repo.register({
      id: randomUUID(),
      gatheringId: g.id,
      organizationId: g.organizationId,
      userId: target,
      registeredBy: actor.userId,
      isProxyRegistration,
      registeredAt: now,
    });
    if (!row)
      throw new PublicError("Already registered for this gathering", {
        code: "CONFLICT",
        rule: "duplicate_registration",
        field: "userId",
      });
    await events.emit({
      type: "activity.gathering.registration_added",
      aggregateId: g.id,
      organizationId: g.organizationId,
      actorId: actor.userId,
      occurredAt: now,
      payload: {
        gatheringId: g.id,
        registrationId: row.id,
        userId: target,
        registeredBy: actor.userId,
        isProxyRegistration,
      },
    });
    return row;
  });
}

/** Several gatherings in one query (DataLoader batches, `_entities`); null for those the caller may not see. */
export async function getGatherings(
  uow: UnitOfWork,
  actor: Actor,
  ids: readonly string[],
): Promise<Array<GatheringRow | null>> {
  const valid = ids.filter(isUuid);
  const rows = valid.length === 0 ? [] : await uow.run(scopeOf(actor), (tx) => gatheringRepo(tx, actor).byIds(valid));
  return ids.map((id) => rows.find((g) => g.id === id) ?? null);
}

const validCursor = (c: unknown) =>
  Array.isArray(c) &&
  c.length === 2 &&
  typeof c[0] === "string" &&
  !Number.isNaN(Date.parse(c[0])) &&
  isUuid(String(c[1]));

/** The gatherings the caller sees, soonest first. */
export async function listGatherings(
  uow: UnitOfWork,
  actor: Actor,
  args: PageArgs,
  status?: GatheringStatus | null,
): Promise<Connection<GatheringRow>> {
  const page = pageRequest<GatheringCursor>(args);
  if (page.after !== null && !validCursor(page.after)) throw badInput("cursor_format", "after", "Invalid cursor");
  const rows = await uow.run(scopeOf(actor), (tx) =>
    gatheringRepo(tx, actor).page({ limit: page.limit, after: page.after, status }),
  );
  return toConnection(rows, page.first, gatheringCursorOf);
}

/** The registrations of visible gatherings, grouped per gathering (one query for a whole page). */
export async function registrationsOf(
  uow: UnitOfWork,
  actor: Actor,
  gatheringIds: readonly string[],
): Promise<GatheringRegistrationRow[]> {
  return uow.run(scopeOf(actor), async (tx) => {
    const repo = gatheringRepo(tx, actor);
    const visible = (await repo.byIds(gatheringIds)).map((g) => g.id);
    return repo.registrationsOf(visible);
  });
}
