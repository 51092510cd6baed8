import type { RequestContext } from "@meander/auth";
import type { UnitOfWork } from "@meander/events";
import type { Loaders, Repositories } from "./loaders.js";

export interface OrganizationContext extends RequestContext {
  uow: UnitOfWork;
  loaders: Loaders;
  /** The caller's scoped repositories, for paged reads (connections). */
  repos: Repositories;
}
