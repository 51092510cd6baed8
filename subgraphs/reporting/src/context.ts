import type { RequestContext } from "@meander/auth";
import type { Db } from "@meander/db";
import type { UnitOfWork } from "@meander/events";
import type { ActivityCountRepository } from "./db/repositories/activity-counts.js";
import type { Loaders } from "./loaders.js";

export interface ReportingContext extends RequestContext {
  uow: UnitOfWork;
  /** For the report use cases, which scope every query by the organization they resolved for the viewer. */
  db: Db;
  loaders: Loaders;
  /** The rollup, scoped to the caller (sees nothing for an anonymous caller). */
  activityCounts: ActivityCountRepository;
}
