import type { RequestContext } from "@meander/auth";
import type { UnitOfWork } from "@meander/events";
import type { ActivityCountRepository } from "./db/repositories/activity-counts.js";
import type { Loaders } from "./loaders.js";

export interface ReportingContext extends RequestContext {
  uow: UnitOfWork;
  loaders: Loaders;
  /** The rollup, scoped to the caller (sees nothing for an anonymous caller). */
  activityCounts: ActivityCountRepository;
}
