/** Names for what people read: organizations, regions, people and terminology (written by the directory consumer). */
import { and, eq, inArray } from "drizzle-orm";
import { scopedWhere, type Executor, type Scope } from "@meander/db";
import { saveTerminology as saveSharedTerminology } from "@meander/events";
import type { TerminologyLabels } from "@meander/messages";
import { localAssociations, organizations, organizationTerminology, people, regions } from "../schema/index.js";

export async function saveOrganization(
  db: Executor,
  row: { organizationId: string; name: string; shortName: string },
): Promise<void> {
  await db
    .insert(organizations)
    .values(row)
    .onConflictDoUpdate({ target: organizations.organizationId, set: { name: row.name, shortName: row.shortName } });
}

export async function saveRegion(
  db: Executor,
  row: { regionId: string; organizationId: string; name: string },
): Promise<void> {
  await db
    .insert(regions)
    .values(row)
    .onConflictDoUpdate({
      target: regions.regionId,
      set: { name: row.name },
      setWhere: eq(regions.organizationId, row.organizationId),
    });
}

export async function savePerson(db: Executor, row: { userId: string; displayName: string }): Promise<void> {
  await db
    .insert(people)
    .values(row)
    .onConflictDoUpdate({ target: people.userId, set: { displayName: row.displayName } });
}

/** An erased person (issue 24): their name is no longer copied here (frozen reports keep ids and counts only). */
export async function forgetPerson(db: Executor, userId: string): Promise<void> {
  await db.delete(people).where(eq(people.userId, userId));
}

export async function saveTerminology(
  db: Executor,
  row: { organizationId: string; settingsVersion: number; labels: TerminologyLabels },
): Promise<void> {
  await saveSharedTerminology(db, organizationTerminology, { ...row, labels: [...row.labels] });
}

/** Names of local associations by id (row-level security keeps a request to its own organization's). */
export async function localAssociationNames(db: Executor, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ id: localAssociations.localAssociationId, name: localAssociations.name })
    .from(localAssociations)
    .where(inArray(localAssociations.localAssociationId, [...new Set(ids)]));
  return new Map(rows.filter((r): r is { id: string; name: string } => r.name !== null).map((r) => [r.id, r.name]));
}

/** Names of regions by id (row-level security keeps a request to its own organization's). */
export async function regionNames(db: Executor, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ id: regions.regionId, name: regions.name })
    .from(regions)
    .where(inArray(regions.regionId, [...new Set(ids)]));
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** Everything an organization's exports name, in four small queries (one after the other: `db` may be a transaction). */
export function createNameRepository(db: Executor, scope: Scope) {
  return {
    async organization(): Promise<{ name: string; shortName: string } | null> {
      const [row] = await db
        .select({ name: organizations.name, shortName: organizations.shortName })
        .from(organizations)
        .where(scopedWhere(scope, { organization: organizations.organizationId }));
      return row ?? null;
    },
    async terminology(): Promise<TerminologyLabels> {
      const [row] = await db
        .select({ labels: organizationTerminology.labels })
        .from(organizationTerminology)
        .where(scopedWhere(scope, { organization: organizationTerminology.organizationId }));
      return row?.labels ?? [];
    },
    async regions(): Promise<Map<string, string>> {
      const rows = await db
        .select({ id: regions.regionId, name: regions.name })
        .from(regions)
        .where(scopedWhere(scope, { organization: regions.organizationId }));
      return new Map(rows.map((r) => [r.id, r.name]));
    },
    async localAssociations(ids: readonly string[]): Promise<Map<string, string>> {
      if (ids.length === 0) return new Map();
      const rows = await db
        .select({ id: localAssociations.localAssociationId, name: localAssociations.name })
        .from(localAssociations)
        .where(
          and(
            inArray(localAssociations.localAssociationId, [...new Set(ids)]),
            scopedWhere(scope, { organization: localAssociations.organizationId }),
          ),
        );
      return new Map(rows.map((r) => [r.id, r.name]));
    },
    /** Display names of the given people (mentors of this organization's report or rows). */
    async people(ids: readonly string[]): Promise<Map<string, string>> {
      if (ids.length === 0) return new Map();
      const rows = await db
        .select({ id: people.userId, name: people.displayName })
        .from(people)
        .where(inArray(people.userId, [...new Set(ids)]));
      return new Map(rows.map((r) => [r.id, r.name]));
    },
  };
}

export type NameRepository = ReturnType<typeof createNameRepository>;
