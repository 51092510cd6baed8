/** Corrections' GraphQL input: a patch and a duplicate decision. */
import type { DuplicateDecision as GqlDecision, UpdateActivityInput } from "../__generated__/resolvers-types.js";
import type { ActivityPatch } from "../domain/correction.js";
import { parseDateText } from "../domain/dates.js";
import type { DuplicateDecision } from "../domain/workflow.js";

/** Omitted fields stay omitted (they keep their value); the date is read strictly, as at registration. */
export function toPatch(input: UpdateActivityInput): ActivityPatch {
  const { activityDate, ...rest } = input;
  return {
    ...rest,
    ...(activityDate === undefined || activityDate === null ? {} : { activityDate: parseDateText(activityDate) }),
  };
}

export const decisionIn = (d: GqlDecision) => d.toLowerCase() as DuplicateDecision;
