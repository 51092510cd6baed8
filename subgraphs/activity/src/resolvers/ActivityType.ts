import type { ActivityTypeResolvers } from "../__generated__/resolvers-types.js";
import { categoryOut } from "./enums.js";

export const ActivityType: ActivityTypeResolvers = {
  bufdirCategory: (t) => categoryOut(t.bufdirCategory),
};
