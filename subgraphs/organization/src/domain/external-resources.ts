/**
 * External resources that can be kept (issue 20 item 8), as plain functions over the stored list (no I/O). The list
 * lives in the organization's settings (section external_resources): its order is the order mentors see; a resource
 * has an id and is archived rather than removed (`archivedAt`), so an administrator can list and restore it.
 */
import { compact, type RuleViolation } from "./rules.js";
import { validateExternalResources, type ExternalResource } from "./settings.js";

export type ResourceFields = Pick<ExternalResource, "title" | "url" | "description" | "category">;
export type ResourcePatch = Partial<ResourceFields>;

const violation = (rule: string, field: string, message: string): RuleViolation => ({ rule, field, message });

export const activeResources = (list: readonly ExternalResource[]) => list.filter((r) => r.archivedAt === null);

/** What organization.settings.changed carries for the section: the links mentors see, in their order. */
export const publishedResources = (list: readonly ExternalResource[]) => ({
  resources: activeResources(list).map(({ title, url, description, category }) => ({
    title,
    url,
    description,
    category,
  })),
});

/** The field paths of the settings' rules (`externalResources[i].url`) read as the one resource's (`input.url`). */
const asInput = (found: RuleViolation[]) =>
  found.map((v) => ({ ...v, field: v.field.replace(/^externalResources\[\d+\]/, "input") }));

/** The active list checked as updateOrganizationSettings checks it (count, title, url, description, category). */
function checkActive(list: readonly ExternalResource[], index: number): RuleViolation[] {
  const active = activeResources(list);
  const found = validateExternalResources(active);
  const at = active.findIndex((r) => r === list[index]);
  return found.filter((v) => v.field === "externalResources" || v.field.startsWith(`externalResources[${at}]`));
}

/** Appends a resource (the last one mentors see). */
export function addResource(
  list: readonly ExternalResource[],
  fields: ResourceFields,
  id: string,
): { list: ExternalResource[]; violations: RuleViolation[] } {
  const next = [...list, { id, ...fields, archivedAt: null }];
  return { list: next, violations: asInput(checkActive(next, next.length - 1)) };
}

/** Changes the given fields of one resource (archived ones too); null is "not found". */
export function updateResource(
  list: readonly ExternalResource[],
  id: string,
  patch: ResourcePatch,
): { list: ExternalResource[]; violations: RuleViolation[] } | null {
  const i = list.findIndex((r) => r.id === id);
  if (i < 0) return null;
  const next = [...list];
  next[i] = { ...list[i]!, ...Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) };
  const found = validateExternalResources([next[i]!]);
  return { list: next, violations: asInput(found) };
}

/** Archives (or, with `archived` false, restores) one resource; null is "not found". Restoring counts against the limit of 100. */
export function archiveResource(
  list: readonly ExternalResource[],
  id: string,
  archived: boolean,
  now: Date,
): { list: ExternalResource[]; violations: RuleViolation[] } | null {
  const i = list.findIndex((r) => r.id === id);
  if (i < 0) return null;
  const next = [...list];
  next[i] = { ...list[i]!, archivedAt: archived ? (list[i]!.archivedAt ?? now.toISOString()) : null };
  return {
    list: next,
    violations: archived ? [] : asInput(checkActive(next, i)).filter((v) => v.rule === "external_resource_count"),
  };
}

/**
 * Puts the named resources first, in the order given; the others follow in their order (toolbox cards' shape: the
 * named ones get the first places). Rules ids_unique and resource_unknown (not a resource of the organization).
 */
export function reorderResources(
  list: readonly ExternalResource[],
  ids: readonly string[],
): { list: ExternalResource[]; violations: RuleViolation[] } {
  const seen = new Set<string>();
  const violations = compact(
    ids.map((id, i) => {
      if (seen.has(id)) return violation("ids_unique", `ids[${i}]`, "Each resource once");
      seen.add(id);
      return list.some((r) => r.id === id)
        ? null
        : violation("resource_unknown", `ids[${i}]`, "Not a resource of the organization");
    }),
  );
  if (violations.length) return { list: [...list], violations };
  const named = ids.map((id) => list.find((r) => r.id === id)!);
  return { list: [...named, ...list.filter((r) => !seen.has(r.id))], violations: [] };
}
