import type { RequestContext } from "@meander/auth";
import type { UnitOfWork } from "@meander/events";
import type { Loaders } from "./loaders.js";

export interface IdentityContext extends RequestContext {
  uow: UnitOfWork;
  loaders: Loaders;
}
