/** Badge use cases: awards happen in the caller's transaction, together with their outbox events. */
import { conflictBy, notFound } from "@meander/validation";
import { randomUUID } from "node:crypto";
import { scopes, type Scope, type Tx } from "@meander/db";
import type { Emitter, UnitOfWork } from "@meander/events";
import { createActivityProjectionRepository, usersServingSince } from "../db/repositories/activities.js";
import { createBadgeRepository } from "../db/repositories/badges.js";
import type { AwardedBadge, BadgeRow, NewBadgeRow, UserBadgeRow } from "../db/schema/index.js";
import { badgeAwardedText } from "../domain/notification-texts.js";
import { notify } from "./notify.js";
import { earnedActivityTriggers, triggerForKey, type BadgeTrigger } from "../domain/badge.js";

/**
 * Awards the activity badges a user has earned in an organization (first
 * approved activity, 10, 50, 100) that the organization's catalog has and the
 * user does not hold yet. Each award emits `engagement.badge.awarded`.
 */
export async function awardActivityBadges(
  tx: Tx,
  events: Emitter,
  target: { organizationId: string; userId: string },
  actorId: string | null,
): Promise<UserBadgeRow[]> {
  const approved = await createActivityProjectionRepository(
    tx,
    scopes.organization(target.organizationId),
  ).approvedCount(target.userId);
  return awardTriggered(tx, events, target, earnedActivityTriggers(approved), actorId);
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
): Promise<UserBadgeRow[]> {
  const repo = createBadgeRepository(tx, scopes.organization(target.organizationId));
  const awarded: UserBadgeRow[] = [];
  for (const badge of await repo.withTriggers(target.organizationId, triggers)) {
    const award = await awardOne(tx, events, target, badge, actorId);
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
    new Date(),
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
): Promise<AwardedBadge> {
  return uow.run(scope, async (tx, events) => {
    const [badge] = await createBadgeRepository(tx, scope).byIds([badgeId]);
    if (!badge) throw notFound("Badge");
    const award = await awardOne(tx, events, { organizationId: badge.organizationId, userId }, badge, actorId);
    if (!award) throw conflictBy("badge_already_awarded", "The user holds this badge already");
    return { ...award, badge };
  });
}

/** Awards `one_year` to users whose first approved activity in an organization is a year or more before `now`. */
export async function awardServiceYears(uow: UnitOfWork, now: Date): Promise<number> {
  const since = new Date(now);
  since.setUTCFullYear(since.getUTCFullYear() - 1);
  return uow.run(scopes.platform(), async (tx, events) => {
    let n = 0;
    for (const u of await usersServingSince(tx, since)) {
      n += (await awardTriggered(tx, events, u, ["one_year"], null)).length;
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
