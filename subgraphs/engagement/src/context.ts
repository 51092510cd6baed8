import type { RequestContext } from "@meander/auth";
import type { Scope } from "@meander/db";
import type { UnitOfWork } from "@meander/events";
import type { Loaders } from "./loaders.js";
import type { Repositories } from "./db/repositories/index.js";

export interface EngagementContext extends RequestContext {
  uow: UnitOfWork;
  /** The caller's tenant scope; null for an anonymous caller. */
  scope: Scope | null;
  repos: Repositories;
  loaders: Loaders;
}

/** A foreign entity (User, Organization) known here by its key only. */
export interface EntityRef {
  id: string;
}

/** A reminder scenario's switch as the API shows it (database values, lower case). */
export interface ReminderSettingRef {
  scenario: string;
  enabled: boolean;
}

/** A notification preference as the API shows it (database values, lower case). */
export interface PreferenceRef {
  category: string;
  enabled: boolean;
  channels: string[];
}
