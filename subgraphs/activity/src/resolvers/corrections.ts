/** Corrections, withdrawal and duplicate decisions (issue 20): thin, parse and call the use cases. */
import { requireViewer } from "@meander/subgraph-kit";
import type {
  ActivityResolvers,
  DuplicateDecision as GqlDecision,
  DuplicateSummaryResolvers,
  MutationResolvers,
  UpdateActivityInput,
} from "../__generated__/resolvers-types.js";
import { updateActivity, withdrawActivity } from "../application/correct.js";
import { resolveDuplicate } from "../application/duplicates.js";
import type { ActivityPatch } from "../domain/correction.js";
import { parseDateText } from "../domain/dates.js";
import type { DuplicateDecision } from "../domain/workflow.js";
import { statusOut } from "./enums.js";

/** Omitted fields stay omitted (they keep their value); the date is read strictly, as at registration. */
function toPatch(input: UpdateActivityInput): ActivityPatch {
  const { activityDate, ...rest } = input;
  return {
    ...rest,
    ...(activityDate === undefined || activityDate === null ? {} : { activityDate: parseDateText(activityDate) }),
  };
}

const decisionIn = (d: GqlDecision) => d.toLowerCase() as DuplicateDecision;

export const correctionMutations: MutationResolvers = {
  updateActivity: (_parent, { id, input }, ctx) =>
    updateActivity(ctx.uow, requireViewer(ctx), id, toPatch(input), { now: ctx.now() }),
  withdrawActivity: (_parent, { id, reason }, ctx) =>
    withdrawActivity(ctx.uow, requireViewer(ctx), id, reason ?? null, { now: ctx.now() }),
  resolveDuplicate: (_parent, { id, decision }, ctx) =>
    resolveDuplicate(ctx.uow, requireViewer(ctx), id, decisionIn(decision)),
};

export const activityDuplicates: Pick<ActivityResolvers, "suspectedDuplicateSummary" | "duplicateDecision"> = {
  suspectedDuplicateSummary: (a, _args, ctx) =>
    a.suspectedDuplicateOf ? ctx.loaders.duplicateSummary.load(a.suspectedDuplicateOf) : null,
  duplicateDecision: (a) => (a.duplicateDecision ? (a.duplicateDecision.toUpperCase() as GqlDecision) : null),
};

/** Only the summary's fields: the row never leaves as an Activity. */
export const DuplicateSummary: DuplicateSummaryResolvers = {
  activityId: (a) => a.id,
  activityDate: (a) => a.activityDate,
  durationMinutes: (a) => a.durationMinutes,
  type: (a, _args, ctx) => ctx.loaders.activityType.load({ organizationId: a.organizationId, key: a.activityType }),
  status: (a) => statusOut(a.status),
  localAssociation: (a) => (a.localAssociationId ? { id: a.localAssociationId } : null),
  mentor: (a) => ({ id: a.userId }),
};
