/** Badge use cases: awards happen in the caller's transaction, together with their outbox events. */
import { randomUUID } from "node:crypto";
import type { Tx } from "@meander/db";
import type { Emitter } from "@meander/events";
import { createActivityProjectionRepository } from "../db/repositories/activities.js";
import { createBadgeRepository } from "../db/repositories/badges.js";
import type { NewBadgeRow, UserBadgeRow } from "../db/schema/index.js";
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
  const approved = await createActivityProjectionRepository(tx, target.organizationId).approvedCount(target.userId);
  const triggers = earnedActivityTriggers(approved);
  const repo = createBadgeRepository(tx, { organizationId: target.organizationId });
  const awarded: UserBadgeRow[] = [];
  for (const badge of await repo.withTriggers(target.organizationId, triggers)) {
    const award = await repo.award({ id: randomUUID(), organizationId: target.organizationId, userId: target.userId, badgeId: badge.id });
    if (!award) continue;
    await events.emit({
      type: "engagement.badge.awarded",
      aggregateId: award.id,
      organizationId: target.organizationId,
      actorId,
      payload: { userBadgeId: award.id, badgeId: badge.id, userId: target.userId, badgeKey: badge.key },
    });
    awarded.push(award);
  }
  return awarded;
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
  await createBadgeRepository(tx, { organizationId }).insertCatalog(rows);
}
