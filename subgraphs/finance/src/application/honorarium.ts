/**
 * Honorarium tiers per local association, and the counter that reaches them:
 * an assignment counts when an approved activity is linked to it (seed 002,
 * assignment_threshold_counting), learned from activity's events. Reaching a
 * tier records an award (once per mentor, association, year and tier) and
 * publishes finance.honorarium.tier_reached.
 */
import { randomUUID } from "node:crypto";
import { badInput, forbidden } from "@meander/auth";
import { refuseIfAny } from "@meander/validation";
import { scopes, type Tx } from "@meander/db";
import { sql } from "drizzle-orm";
import type { Emitter, UnitOfWork } from "@meander/events";
import { createActivityRepository } from "../db/repositories/activities.js";
import { createHonorariumRepository } from "../db/repositories/honorarium.js";
import { createLocalAssociationRepository } from "../db/repositories/local-associations.js";
import type { HonorariumTierRow } from "../db/schema/index.js";
import type { Submitter } from "../domain/expense.js";
import { osloYear, tiersNewlyReached, validateTier } from "../domain/honorarium.js";

/** An organization administrator, or a coordinator of that local association, sets its tiers. */
export async function setHonorariumTier(
  uow: UnitOfWork,
  actor: Submitter & { localAssociationId: string | null },
  input: { localAssociationId: string; minAssignments: number; amountOre: number; label: string },
): Promise<HonorariumTierRow> {
  const allowed = actor.role === "org_admin" || (actor.role === "coordinator" && actor.localAssociationId === input.localAssociationId);
  if (actor.organizationId === null || !allowed) throw forbidden("Only the organization's administrators or the association's coordinators set its tiers");
  refuseIfAny(validateTier(input));
  const organizationId = actor.organizationId;
  return uow.run({ organizationId }, async (tx) => {
    if (!(await createLocalAssociationRepository(tx).belongsTo(input.localAssociationId, organizationId))) {
      throw badInput("valid_local_association", "localAssociationId", "No such local association in your organization");
    }
    const stored = await createHonorariumRepository(tx, scopes.organization(organizationId)).upsertTier({
      id: randomUUID(), organizationId, localAssociationId: input.localAssociationId, minAssignments: input.minAssignments,
      amountOre: input.amountOre, label: input.label.trim(), createdBy: actor.userId,
    });
    // The unique (association, minimum) belongs to another organization: never overwrite it.
    if (stored.organizationId !== organizationId) throw forbidden("That local association is not in your organization");
    return stored;
  });
}

/** After an activity's approval: counts the mentor's assignments for the year and awards the tiers newly reached. */
export async function recordHonorariumProgress(tx: Tx, events: Emitter, organizationId: string, activityId: string): Promise<void> {
  const activity = await createActivityRepository(tx, { organizationId }).byId(activityId);
  if (!activity || !activity.contactId || !activity.localAssociationId || !activity.approvedAt) return;
  const repo = createHonorariumRepository(tx, scopes.organization(organizationId));
  const tiers = await repo.tiers(activity.localAssociationId);
  if (tiers.length === 0) return;
  // One mentor's approvals are counted one at a time (activities of one mentor may arrive on different partitions).
  await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`honorarium:${activity.userId}:${activity.localAssociationId}`}, 0))`);
  const year = osloYear(activity.activityDate);
  const count = await repo.assignmentCount(activity.userId, activity.localAssociationId, year);
  const reached = new Set((await repo.awards({ userId: activity.userId, year })).filter((a) => a.localAssociationId === activity.localAssociationId).map((a) => a.minAssignments));
  for (const tier of tiersNewlyReached(tiers, count, reached)) {
    const award = await repo.award({
      id: randomUUID(), organizationId, localAssociationId: activity.localAssociationId, userId: activity.userId, year,
      tierId: tier.id, minAssignments: tier.minAssignments, amountOre: tier.amountOre, assignmentCount: count,
    });
    if (!award) continue;
    await events.emit({
      type: "finance.honorarium.tier_reached",
      aggregateId: activity.userId,
      organizationId,
      actorId: null,
      payload: {
        userId: activity.userId, localAssociationId: activity.localAssociationId, year, tierId: tier.id,
        minAssignments: tier.minAssignments, amountOre: tier.amountOre, assignmentCount: count,
      },
    });
  }
}
