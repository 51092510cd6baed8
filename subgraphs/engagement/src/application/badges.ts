/** Badge use cases: awards happen in the caller's transaction, together with their outbox events. */
import { conflictBy, notFound } from "@meander/validation";
import { randomUUID } from "node:crypto";
import { scopes, type Scope, type Tx } from "@meander/db";
import type { Emitter, UnitOfWork } from "@meander/events";
import { createActivityProjectionRepository } from "../db/repositories/activities.js";
import {
  createBadgeRepository,
  type AwardedBadge,
  type BadgeRow,
  type NewBadgeRow,
  type UserBadgeRow,
} from "../db/repositories/badges.js";
import { badgeAwardedText } from "../domain/notification-texts.js";
import { notify } from "./notify.js";
import { earnedActivityTriggers, triggerForKey, type BadgeTrigger } from "../domain/badge.js";

/**
 * Awards the activity badges a user has earned in an organization (first
 * approved activity, 10, 50, 100) that the organization's catalog has and the
 * user does not hold yet. Each award emits `engagement.badge.awarded`.
 * `now`: when the person is told (activity's consumers: the moment the event is handled).
 */
export async function awardActivityBadges(
  tx: Tx,
  events: Emitter,
  target: { organizationId: string; userId: string },
  actorId: string | null,
  now: Date,
): Promise<UserBadgeRow[]> {
  const approved = await createActivityProjectionRepository(
    tx,
    scopes.organization(target.organizationId),
  ).approvedCount(target.userId);
  return awardTriggered(tx, events, target, earnedActivityTriggers(approved), actorId, now);
}

/**
 * Awards the organization's badges of these triggers that the user does not
 * hold yet (never twice: unique user and badge); each award emits
 * `engagement.badge.awarded`.
 */
export async function awardTriggered(
  tx: Tx,
  events: Emitter,
  target: { organizationId: string; userId: string },
  triggers: readonly BadgeTrigger[],
  actorId: string | null,
  now: Date,
): Promise<UserBadgeRow[]> {
  const repo = createBadgeRepository(tx, scopes.organization(target.organizationId));
  const awarded: UserBadgeRow[] = [];
  for (const badge of await repo.withTriggers(triggers)) {
    const award = await awardOne(tx, events, target, badge, actorId, now);
    if (award) awarded.push(award);
  }
  return awarded;
}

async function awardOne(
  tx: Tx,
  events: Emitter,
  target: { organizationId: string; userId: string },
  badge: BadgeRow,
  actorId: string | null,
  now: Date,
) {
  const award = await createBadgeRepository(tx, scopes.organization(target.organizationId)).award({
    id: randomUUID(),
    organizationId: target.organizationId,
    userId: target.userId,
    badgeId: badge.id,
  });
  if (!award) return null;
  await events.emit({
    type: "engagement.badge.awarded",
    aggregateId: award.id,
    organizationId: target.organizationId,
    actorId,
    payload: {
      userBadgeId: award.id,
      badgeId: badge.id,
      userId: target.userId,
      badgeKey: badge.key,
      badgeName: badge.name,
    },
  });
  // The person is told, by the badge's name (their category preference and channels apply).
  const text = badgeAwardedText({ name: badge.name, description: badge.description });
  await notify(
    tx,
    {
      organizationId: target.organizationId,
      userId: target.userId,
      category: "badge_awarded",
      text,
      data: { badgeId: badge.id, userBadgeId: award.id },
    },
    now,
  );
  return award;
}

/** A coordinator's or administrator's manual award of a catalog badge; CONFLICT when the user holds it already. */
export async function awardBadgeManually(
  uow: UnitOfWork,
  scope: Scope,
  badgeId: string,
  userId: string,
  actorId: string,
  now: Date,
): Promise<AwardedBadge> {
  return uow.run(scope, async (tx, events) => {
    const [badge] = await createBadgeRepository(tx, scope).byIds([badgeId]);
    if (!badge) throw notFound("Badge");
    const award = await awardOne(tx, events, { organizationId: badge.organizationId, userId }, badge, actorId, now);
    if (!award) throw conflictBy("badge_already_awarded", "The user holds this badge already");
    return { ...award, badge };
  });
}

/**
 * Awards `one_year` to users whose first approved activity in an organization is a year or more before `now` (every
 * organization: the platform's job). `toldAt`: when the person is told (the moment the job runs).
 */
export async function awardServiceYears(uow: UnitOfWork, now: Date, toldAt: Date = new Date()): Promise<number> {
  const since = new Date(now);
  since.setUTCFullYear(since.getUTCFullYear() - 1);
  const scope = scopes.platform();
  return uow.run(scope, async (tx, events) => {
    let n = 0;
    for (const u of await createActivityProjectionRepository(tx, scope).servingSince(since)) {
      n += (await awardTriggered(tx, events, u, ["one_year"], null, toldAt)).length;
    }
    return n;
  });
}

/** Adds badges to an organization's catalog (a missing trigger is inferred from the key). */
export async function addCatalogBadges(
  tx: Tx,
  organizationId: string,
  entries: Array<{ id?: string; key: string; name: string; description?: string | null; trigger?: BadgeTrigger }>,
): Promise<void> {
  const rows: NewBadgeRow[] = entries.map((e) => ({
    id: e.id ?? randomUUID(),
    organizationId,
    key: e.key,
    name: e.name,
    description: e.description ?? null,
    trigger: e.trigger ?? triggerForKey(e.key),
  }));
  await createBadgeRepository(tx, scopes.organization(organizationId)).insertCatalog(rows);
}
