/** createSubgraph(): builds the activity service from its dependencies; listens nowhere until started. */
import { privacyHandlers } from "./events/privacy.js";
import { retentionJob } from "./application/retention.js";
import { scopeOfCaller } from "@meander/auth";
import { createEnvelope } from "@meander/crypto";
import { organizationOf } from "@meander/db";
import { createUnitOfWork } from "@meander/events";
import { base64BodyLimit, createObjectStore, tracedStore, type ObjectStore } from "@meander/storage";
import { createSubgraphService, type Service, type SubgraphDeps, type SubgraphSpec } from "@meander/subgraph-kit";
import { readStorageConfig } from "./config.js";
import { ATTACHMENT_POLICY } from "./application/documents.js";
import { activityExportPart } from "./application/privacy/access-export-part.js";
import { accessExportPartHandlers } from "@meander/privacy/access-export";
import type { ActivityContext } from "./context.js";
import { createActivityTypeRepository } from "./db/repositories/activity-types.js";
import { createActivityRepository } from "./db/repositories/activities.js";
import { createApprovalRepository } from "./db/repositories/approvals.js";
import { createContactRepository } from "./db/repositories/contacts.js";
import { createDocumentRepository } from "./db/repositories/documents.js";
import { createSettingsRepository } from "./db/repositories/settings.js";
import { createStatusChangeRepository } from "./db/repositories/status-changes.js";
import { partitionMaintenance } from "./db/partitions.js";
import { subjectKeyMigration } from "./application/subject-keys.js";
import { eventStore, featureFlags } from "./db/schema/index.js";
import { membershipHandlers } from "./events/memberships.js";
import { financeHandlers } from "./events/finance.js";
import { settingsHandlers } from "./events/settings.js";
import { organizationHandlers } from "./events/organizations.js";
import { createLoaders } from "./loaders.js";
import { permissions } from "./permissions.js";
import { resolvers } from "./resolvers/index.js";

export const SUBGRAPH = "activity";
export const migrations = { name: SUBGRAPH, migrationsFolder: new URL("./db/migrations", import.meta.url).pathname };

/** Master keys for contacts' sensitive fields and assignments; without one those are refused. */
export interface SensitiveOptions {
  masterKey?: string;
  previousMasterKeys?: string[];
}

export interface ActivityOptions extends SensitiveOptions {
  /** Where documents are stored; by default from the environment (readStorageConfig: a local directory unless S3 is configured). */
  store?: ObjectStore;
}

export function createSubgraph(deps: SubgraphDeps, options: ActivityOptions = {}): Promise<Service> {
  return createSubgraphService<ActivityContext>(activitySpec(deps, options), deps);
}

/** The service's definition (tests swap a resolver in it: `{ ...activitySpec(deps), resolvers }`). */
export function activitySpec(deps: SubgraphDeps, sensitive: ActivityOptions = {}): SubgraphSpec<ActivityContext> {
  const store = tracedStore(sensitive.store ?? createObjectStore(readStorageConfig()));
  const masterKey = sensitive.masterKey ?? deps.masterKey;
  const envelope = masterKey ? createEnvelope({ masterKey, previousMasterKeys: sensitive.previousMasterKeys }) : null;
  return {
    name: SUBGRAPH,
    rowLevelSecurity: true,
    schemaFile: new URL("./schema.graphql", import.meta.url),
    features: featureFlags,
    resolvers,
    permissions,
    events: eventStore,
    consumers: {
      memberships: membershipHandlers,
      catalog: organizationHandlers,
      finance: financeHandlers,
      settings: settingsHandlers,
      access_export: accessExportPartHandlers({
        subgraph: "activity",
        envelope,
        store,
        build: activityExportPart(envelope),
      }),
      privacy: privacyHandlers(envelope, store),
    },
    // Documents travel base64 in the request: room for the largest attachment (the gateway sends them through /graphql/upload).
    maxBodyBytes: base64BodyLimit(ATTACHMENT_POLICY),
    workers: [
      partitionMaintenance(deps.db, {
        now: deps.now,
        onError: (err) => deps.log.error({ err }, "activity partition maintenance failed"),
      }),
      // Version 1 ciphertexts (organization key) to per-contact keys, in the background (application/subject-keys.ts).
      subjectKeyMigration(deps.db, envelope, {
        onError: (err) =>
          deps.log.error({ err }, "activity subject-key migration failed; it resumes at the next start"),
      }),
      retentionJob(createUnitOfWork(deps.db, eventStore), (err) =>
        deps.log.error({ err }, "activity retention job failed"),
      ),
    ],
    context: (base, { db, uow }) => {
      // One scope per request (@meander/auth's scopeOf; NOBODY for an anonymous caller), given to every repository.
      const scope = scopeOfCaller(base.viewer);
      const repos = {
        activities: createActivityRepository(db, scope),
        contacts: createContactRepository(db, scope),
        activityTypes: createActivityTypeRepository(db, scope),
        documents: createDocumentRepository(db, scope),
      };
      return {
        ...base,
        scope,
        uow,
        envelope,
        store,
        repos,
        loaders: createLoaders({
          repos,
          approvals: createApprovalRepository(db, scope),
          statusChanges: createStatusChangeRepository(db, scope),
          settings: createSettingsRepository(db, scope),
          // DuplicateSummary: the suspect is often in another local association (only the summary's fields leave it).
          organizationActivities: createActivityRepository(db, organizationOf(scope)),
          documents: repos.documents,
          uow,
          envelope,
          viewer: base.viewer,
          scope,
          requestId: base.requestId,
          now: base.now,
        }),
      };
    },
  };
}
