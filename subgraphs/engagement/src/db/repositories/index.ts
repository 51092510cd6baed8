import type { Executor, TenantScope } from "@meander/db";
import { createBadgeRepository } from "./badges.js";
import { createCourseRepository } from "./courses.js";

/** The repositories a request reads through, all built with the caller's scope. */
export function createRepositories(db: Executor, scope: TenantScope | null) {
  return { courses: createCourseRepository(db, scope), badges: createBadgeRepository(db, scope) };
}

export type Repositories = ReturnType<typeof createRepositories>;
