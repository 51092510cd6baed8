/** GraphQL enum values are UPPER_CASE, database values lower_case (seed 002). */
import type { ActivityBufdirCategory, ActivityStatus as GqlStatus } from "../__generated__/resolvers-types.js";
import type { BufdirCategory } from "../domain/activity-type.js";
import type { ActivityStatus } from "../domain/workflow.js";

export const statusOut = (s: ActivityStatus) => s.toUpperCase() as GqlStatus;
export const statusIn = (s: GqlStatus) => s.toLowerCase() as ActivityStatus;
export const categoryOut = (c: BufdirCategory) => c.toUpperCase() as ActivityBufdirCategory;
