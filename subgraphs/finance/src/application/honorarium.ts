/**
 * Honorarium tiers per local association, and the counter that reaches them:
 * an assignment counts when an approved activity is linked to it (seed 002,
 * assignment_threshold_counting), learned from activity's events. Reaching a
 * tier records an award (once per mentor, association, year and tier) and
 * publishes finance.honorarium.tier_reached. Tiers are versioned (domain/honorarium.ts).
 */
import { randomUUID } from "node:crypto";
import { refuseIfAny, badInput, forbiddenBy } from "@meander/validation";
import { scopes, type Tx } from "@meander/db";
import type { Emitter, UnitOfWork } from "@meander/events";
import { createActivityRepository } from "../db/repositories/activities.js";
import {
  createHonorariumRepository,
  type HonorariumRepository,
  type HonorariumTierRow,
} from "../db/repositories/honorarium.js";
import { createLocalAssociationRepository } from "../db/repositories/local-associations.js";
import type { Submitter } from "../domain/expense.js";
import { isCalendarDate, osloDate } from "../domain/expense-type.js";
import { osloYear, progressOf, tiersInEffect, tiersNewlyReached, validateTier } from "../domain/honorarium.js";

type TierActor = Submitter & { localAssociationId: string | null };

/** An organization administrator, or a coordinator of that local association, decides its tiers. */
function mayDecide(actor: TierActor, localAssociationId: string): string {
  const allowed =
    actor.role === "org_admin" || (actor.role === "coordinator" && actor.localAssociationId === localAssociationId);
  if (actor.organizationId === null || !allowed)
    throw forbiddenBy(
      "honorarium_tier_permission",
      "Only the organization's administrators or the association's coordinators set its tiers",
    );
  return actor.organizationId;
}

/**
 * Sets a version of a tier, in effect from `validFrom` (default today, Norwegian time). A version of the same
 * day is corrected in place unless an award already cites it (then rule `tier_version_awarded`: add a version
 * from a later day instead); every earlier version stays as history.
 */
export async function setHonorariumTier(
  uow: UnitOfWork,
  actor: TierActor,
  input: {
    localAssociationId: string;
    minAssignments: number;
    amountOre: number;
    label: string;
    validFrom?: string | null;
  },
  now = new Date(),
): Promise<HonorariumTierRow> {
  const organizationId = mayDecide(actor, input.localAssociationId);
  const validFrom = input.validFrom ?? osloDate(now);
  refuseIfAny(validateTier({ ...input, validFrom }));
  return storeVersion(uow, actor, organizationId, { ...input, label: input.label.trim(), validFrom, retired: false });
}

/** Retires the tier at `minAssignments` from `validFrom` (default today): a version that ends it; history stays. */
export async function retireHonorariumTier(
  uow: UnitOfWork,
  actor: TierActor,
  input: { localAssociationId: string; minAssignments: number; validFrom?: string | null },
  now = new Date(),
): Promise<HonorariumTierRow> {
  const organizationId = mayDecide(actor, input.localAssociationId);
  const validFrom = input.validFrom ?? osloDate(now);
  if (!isCalendarDate(validFrom))
    throw badInput("valid_from_date", "validFrom", "validFrom is a calendar date, YYYY-MM-DD");
  const current = await uow.run(scopes.organization(organizationId), async (tx) =>
    tiersInEffect(
      await createHonorariumRepository(tx, scopes.organization(organizationId)).versions(input.localAssociationId),
      validFrom,
    ).find((t) => t.minAssignments === input.minAssignments),
  );
  if (!current) throw badInput("tier_in_effect", "minAssignments", "No tier at that minimum is in effect on that day");
  return storeVersion(uow, actor, organizationId, {
    ...input,
    amountOre: current.amountOre,
    label: current.label,
    validFrom,
    retired: true,
  });
}

async function storeVersion(
  uow: UnitOfWork,
  actor: TierActor,
  organizationId: string,
  v: {
    localAssociationId: string;
    minAssignments: number;
    amountOre: number;
    label: string;
    validFrom: string;
    retired: boolean;
  },
): Promise<HonorariumTierRow> {
  return uow.run(scopes.organization(organizationId), async (tx) => {
    if (
      !(await createLocalAssociationRepository(tx, scopes.organization(organizationId)).belongsTo(v.localAssociationId))
    ) {
      throw badInput("valid_local_association", "localAssociationId", "No such local association in your organization");
    }
    const repo = createHonorariumRepository(tx, scopes.organization(organizationId));
    const sameDay = (await repo.versions(v.localAssociationId)).find(
      (t) => t.minAssignments === v.minAssignments && t.validFrom === v.validFrom,
    );
    if (sameDay && (await repo.isAwarded(sameDay.id))) {
      throw badInput(
        "tier_version_awarded",
        "validFrom",
        "Mentors have reached this version of the tier: change it from a later day",
      );
    }
    const stored = await repo.upsertVersion({ id: randomUUID(), organizationId, ...v, createdBy: actor.userId });
    // The unique (association, minimum, day) belongs to another organization: never overwrite it.
    if (stored.organizationId !== organizationId)
      throw forbiddenBy("organization_scope_isolation", "That local association is not in your organization");
    return stored;
  });
}

/** A local association's tiers in effect on a day (default today), or every version. */
export async function honorariumTiers(
  repo: HonorariumRepository,
  args: { localAssociationId: string; on?: string | null; history?: boolean | null },
  now = new Date(),
) {
  const versions = await repo.versions(args.localAssociationId);
  if (args.history) return versions;
  const on = args.on ?? osloDate(now);
  if (!isCalendarDate(on)) throw badInput("valid_from_date", "on", "on is a calendar date, YYYY-MM-DD");
  return tiersInEffect(versions, on);
}

export type HonorariumProgressView = Awaited<ReturnType<typeof honorariumProgress>>;

/** A mentor's standing in a local association's tiers for a year: count, tier reached, the next and what it needs. */
export async function honorariumProgress(
  repo: HonorariumRepository,
  userId: string,
  localAssociationId: string,
  year: number,
  now = new Date(),
) {
  const today = osloDate(now);
  const onDate = today < `${year}-12-31` ? today : `${year}-12-31`;
  const count = await repo.assignmentCount(userId, localAssociationId, year);
  const { current, next, toNext } = progressOf(tiersInEffect(await repo.versions(localAssociationId), onDate), count);
  return {
    localAssociationId,
    year,
    assignmentCount: count,
    currentTier: current,
    nextTier: next,
    assignmentsToNext: toNext,
  };
}

/** After an activity's approval: counts the mentor's assignments for the year and awards the tiers newly reached. */
export async function recordHonorariumProgress(
  tx: Tx,
  events: Emitter,
  organizationId: string,
  activityId: string,
): Promise<void> {
  const activity = await createActivityRepository(tx, scopes.organization(organizationId)).byId(activityId);
  if (!activity || !activity.contactId || !activity.localAssociationId || !activity.approvedAt) return;
  const repo = createHonorariumRepository(tx, scopes.organization(organizationId));
  // A tier is crossed when an approval makes the count: the versions in effect on that day apply, and the award
  // keeps that version's tier and amount whatever changes later.
  const tiers = tiersInEffect(await repo.versions(activity.localAssociationId), osloDate(activity.approvedAt));
  if (tiers.length === 0) return;
  // One mentor's approvals are counted one at a time (activities of one mentor may arrive on different partitions).
  await repo.lockMentorCount(activity.userId, activity.localAssociationId);
  const year = osloYear(activity.activityDate);
  const count = await repo.assignmentCount(activity.userId, activity.localAssociationId, year);
  const reached = new Set(
    (await repo.awards({ userId: activity.userId, year }))
      .filter((a) => a.localAssociationId === activity.localAssociationId)
      .map((a) => a.minAssignments),
  );
  for (const tier of tiersNewlyReached(tiers, count, reached)) {
    const award = await repo.award({
      id: randomUUID(),
      organizationId,
      localAssociationId: activity.localAssociationId,
      userId: activity.userId,
      year,
      tierId: tier.id,
      minAssignments: tier.minAssignments,
      amountOre: tier.amountOre,
      assignmentCount: count,
    });
    if (!award) continue;
    await events.emit({
      type: "finance.honorarium.tier_reached",
      aggregateId: activity.userId,
      organizationId,
      actorId: null,
      payload: {
        userId: activity.userId,
        localAssociationId: activity.localAssociationId,
        year,
        tierId: tier.id,
        minAssignments: tier.minAssignments,
        amountOre: tier.amountOre,
        assignmentCount: count,
      },
    });
  }
}
