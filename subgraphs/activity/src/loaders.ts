/**
 * All of a request's DataLoaders, made here once per request (in the context, src/server.ts): resolving 100
 * references costs one query, not 100. Areas with several loaders have their factory in src/loaders/.
 */
import DataLoader from "dataloader";
import { requireViewer } from "@meander/subgraph-kit";
import type { Envelope } from "@meander/crypto";
import type { Scope } from "@meander/db";
import type { UnitOfWork } from "@meander/events";
import type { ActivityRepository } from "./db/repositories/activities.js";
import type { ApprovalRepository } from "./db/repositories/approvals.js";
import type { createSettingsRepository } from "./db/repositories/settings.js";
import type { StatusChangeRepository } from "./db/repositories/status-changes.js";
import type { DocumentRepository } from "./db/repositories/documents.js";
import type { Actor } from "./domain/actor.js";
import type { ActivitySettings } from "./domain/settings.js";
import type {
  ActivityRow,
  ActivityApprovalRow,
  ActivityStatusChangeRow,
  ActivityTypeRow,
  ContactRow,
} from "./db/schema/index.js";
import type { ScopedRepositories } from "./context.js";
import { createContactLoaders } from "./loaders/contacts.js";
import { createDocumentLoaders } from "./loaders/documents.js";
import { createGatheringLoaders } from "./loaders/gatherings.js";

const byKey = <R, K>(rows: R[], keyOf: (r: R) => K) => new Map(rows.map((r) => [keyOf(r), r]));
const typeKey = (organizationId: string, key: string) => `${organizationId}/${key}`;

export interface LoaderDeps {
  repos: ScopedRepositories;
  approvals: ApprovalRepository;
  statusChanges: StatusChangeRepository;
  settings: ReturnType<typeof createSettingsRepository>;
  /** The caller's organization's activities, whatever the local association (`organizationOf`): DuplicateSummary only. */
  organizationActivities: ActivityRepository;
  documents: DocumentRepository;
  uow: UnitOfWork;
  envelope: Envelope | null;
  viewer: Actor | null;
  /** The caller's scope (ctx.scope): sensitive reads' access check runs in it. */
  scope: Scope;
  requestId: string;
  /** The request's clock (ctx.now). */
  now: () => Date;
}

export function createLoaders({
  repos,
  approvals,
  statusChanges,
  settings,
  organizationActivities,
  documents,
  uow,
  envelope,
  viewer,
  scope,
  requestId,
  now,
}: LoaderDeps) {
  /** The signed-in caller, for the loaders that read as them (the permission rules have already refused anonymous callers). */
  const actor = (): Actor => requireViewer({ viewer });
  return {
    activity: new DataLoader<string, ActivityRow | null>(async (ids) => {
      const rows = byKey(await repos.activities.byIds(ids), (r) => r.id);
      return ids.map((id) => rows.get(id) ?? null);
    }),
    contact: new DataLoader<string, ContactRow | null>(async (ids) => {
      const rows = byKey(await repos.contacts.byIds(ids), (r) => r.id);
      return ids.map((id) => rows.get(id) ?? null);
    }),
    activityType: new DataLoader<{ organizationId: string; key: string }, ActivityTypeRow | null, string>(
      async (pairs) => {
        const rows = byKey(await repos.activityTypes.byOrganizationKeys(pairs), (r) =>
          typeKey(r.organizationId, r.key),
        );
        return pairs.map((p) => rows.get(typeKey(p.organizationId, p.key)) ?? null);
      },
      { cacheKeyFn: (p) => typeKey(p.organizationId, p.key) },
    ),
    approvals: new DataLoader<string, ActivityApprovalRow[]>(async (activityIds) => {
      const rows = await approvals.byActivityIds(activityIds);
      return activityIds.map((id) => rows.filter((r) => r.activityId === id));
    }),
    statusLog: new DataLoader<string, ActivityStatusChangeRow[]>(async (activityIds) => {
      const rows = await statusChanges.byActivityIds(activityIds);
      return activityIds.map((id) => rows.filter((r) => r.activityId === id));
    }),
    /**
     * A suspected duplicate's row for `Activity.suspectedDuplicateSummary` (issue 20): read at the organization's
     * scope, because the suspect is often in another local association; only the summary's fields leave it.
     */
    duplicateSummary: new DataLoader<string, ActivityRow | null>(async (ids) => {
      const rows = byKey(await organizationActivities.byIds(ids), (r) => r.id);
      return ids.map((id) => rows.get(id) ?? null);
    }),
    /** Per organization (one query per organization; a request sees one or two). */
    settings: new DataLoader<string, ActivitySettings>(async (orgIds) =>
      Promise.all(orgIds.map((id) => settings.of(id))),
    ),
    /** Documents, scoped like activities: by id, and an activity's attachments. */
    documents: createDocumentLoaders(documents),
    /** Contacts' relations, notes, policy access and sensitive fields. */
    contacts: createContactLoaders({ uow, envelope, actor, scope, requestId, now }),
    gatherings: createGatheringLoaders(uow, actor),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
