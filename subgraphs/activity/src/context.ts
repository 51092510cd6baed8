import type { RequestContext } from "@meander/auth";
import type { Envelope } from "@meander/crypto";
import type { Scope } from "@meander/db";
import type { UnitOfWork } from "@meander/events";
import type { ObjectStore } from "@meander/storage";
import type { ActivityTypeRepository } from "./db/repositories/activity-types.js";
import type { ActivityRepository } from "./db/repositories/activities.js";
import type { ContactRepository } from "./db/repositories/contacts.js";
import type { DocumentRepository } from "./db/repositories/documents.js";
import type { Loaders } from "./loaders.js";

/** A reference to another subgraph's entity (User, LocalAssociation): the key is all this subgraph knows. */
export interface EntityRef {
  id: string;
}

/** Repositories built with the caller's scope (organization_scope_isolation); an anonymous caller's see nothing. */
export interface ScopedRepositories {
  activities: ActivityRepository;
  contacts: ContactRepository;
  activityTypes: ActivityTypeRepository;
  /** Documents, scoped like activities. */
  documents: DocumentRepository;
}

export interface ActivityContext extends RequestContext {
  /** The caller's scope (@meander/auth's scopeOf; NOBODY when anonymous): every repository of the request takes it. */
  scope: Scope;
  uow: UnitOfWork;
  /** Wraps the organizations' data keys (null: no master key configured, sensitive data refused). */
  envelope: Envelope | null;
  /** All of the request's DataLoaders (src/loaders.ts createLoaders). */
  loaders: Loaders;
  /** Where documents' bytes are stored (their rows are in activity.documents). */
  store: ObjectStore;
  repos: ScopedRepositories;
}
