/** DataLoaders, created per request: resolving 100 course references or 100 users' badges costs one query. */
import DataLoader from "dataloader";
import type { Repositories } from "./db/repositories/index.js";
import type { AwardedBadge, CourseRow } from "./db/schema/index.js";

export function createLoaders(repos: Repositories) {
  return {
    course: new DataLoader<string, CourseRow | null>(async (ids) => {
      const rows = await repos.courses.byIds(ids);
      const byId = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    badgesOfUser: new DataLoader<string, AwardedBadge[]>(async (userIds) => {
      const rows = await repos.badges.awardsOf(userIds);
      return userIds.map((id) => rows.filter((r) => r.userId === id));
    }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
