/**
 * External resources that can be kept (issue 20 item 8): add, edit, reorder, archive and restore one link of the
 * Resources section. They stay in organization's settings (decision in the README, "External resources"): each
 * change is a settings change like updateOrganizationSettings's (locked row, one version step, a history row, one
 * organization.settings.changed of section external_resources with the links mentors see, an audit entry).
 */
import { scopes } from "@meander/db";
import { randomUUID } from "node:crypto";
import type { UnitOfWork } from "@meander/events";
import { refuseIfAny, notFound } from "@meander/validation";
import type { RuleViolation } from "../domain/rules.js";
import {
  addResource,
  archiveResource,
  reorderResources,
  publishedResources,
  updateResource,
  type ResourceFields,
  type ResourcePatch,
} from "../domain/external-resources.js";
import type { ExternalResource } from "../domain/settings.js";
import { targetOrganization, type Actor } from "./actor.js";
import { lockSettings, publishSettingsChange } from "./settings-change.js";

const clean = (v: string | null | undefined) =>
  v === undefined ? undefined : v === null || v.trim() === "" ? null : v.trim();

/** Runs one change of the list in a settings transaction; `change` answers the new list (or null: not found). */
async function changeResources<T>(
  uow: UnitOfWork,
  actor: Actor,
  organizationId: string | null | undefined,
  change: (list: ExternalResource[]) => { list: ExternalResource[]; violations: RuleViolation[] } | null,
  answer: (list: ExternalResource[]) => T,
): Promise<T> {
  const orgId = targetOrganization(actor, organizationId);
  return uow.run(scopes.organization(orgId), async (tx, events) => {
    const { repo, current } = await lockSettings(tx, orgId, null);
    const outcome = change(current.externalResources);
    if (!outcome) throw notFound("External resource");
    refuseIfAny(outcome.violations);
    const row = await repo.update({ externalResources: outcome.list }, current.version + 1, actor.userId);
    await publishSettingsChange(
      tx,
      events,
      actor.userId,
      {
        organizationId: orgId,
        version: row.version,
        section: "external_resources",
        values: publishedResources(row.externalResources),
      },
      actor.role,
    );
    return answer(row.externalResources);
  });
}

const fieldsOf = (input: {
  title: string;
  url: string;
  description?: string | null;
  category?: string | null;
}): ResourceFields => ({
  title: input.title.trim(),
  url: input.url.trim(),
  description: clean(input.description) ?? null,
  category: clean(input.category) ?? null,
});

const byId = (id: string) => (list: ExternalResource[]) => list.find((r) => r.id === id)!;

export function addExternalResource(
  uow: UnitOfWork,
  actor: Actor,
  organizationId: string | null | undefined,
  input: { title: string; url: string; description?: string | null; category?: string | null },
) {
  const id = randomUUID();
  return changeResources(uow, actor, organizationId, (list) => addResource(list, fieldsOf(input), id), byId(id));
}

export function updateExternalResource(
  uow: UnitOfWork,
  actor: Actor,
  organizationId: string | null | undefined,
  id: string,
  input: { title?: string | null; url?: string | null; description?: string | null; category?: string | null },
) {
  // title and url cannot be cleared (null keeps them); description and category are cleared by null or blank.
  const patch: ResourcePatch = {
    ...(input.title != null ? { title: input.title.trim() } : {}),
    ...(input.url != null ? { url: input.url.trim() } : {}),
    ...(input.description !== undefined ? { description: clean(input.description) ?? null } : {}),
    ...(input.category !== undefined ? { category: clean(input.category) ?? null } : {}),
  };
  return changeResources(uow, actor, organizationId, (list) => updateResource(list, id, patch), byId(id));
}

export function archiveExternalResource(
  uow: UnitOfWork,
  actor: Actor,
  organizationId: string | null | undefined,
  id: string,
  archived: boolean,
  opts: { now?: Date } = {},
) {
  const now = opts.now ?? new Date();
  return changeResources(uow, actor, organizationId, (list) => archiveResource(list, id, archived, now), byId(id));
}

export function reorderExternalResources(
  uow: UnitOfWork,
  actor: Actor,
  organizationId: string | null | undefined,
  ids: readonly string[],
) {
  return changeResources(
    uow,
    actor,
    organizationId,
    (list) => reorderResources(list, ids),
    (list) => ids.map((id) => list.find((r) => r.id === id)!),
  );
}
