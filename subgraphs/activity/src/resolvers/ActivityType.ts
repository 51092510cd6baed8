import type { ActivityTypeResolvers } from "../__generated__/resolvers-types.js";
import { categoryOut } from "../views/enums.js";

export const ActivityType: ActivityTypeResolvers = {
  bufdirCategory: (t) => categoryOut(t.bufdirCategory),
};
