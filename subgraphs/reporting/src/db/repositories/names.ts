/**
 * Names for what people read: organizations, regions, local associations, people and terminology (written by the
 * directory consumer, in the platform's or the event's organization's scope). A person's name is a person's, not an
 * organization's: the scope sees the names of the people with activities in sight (the platform's: every one).
 */
import { and, eq, exists, inArray, sql, type SQL } from "drizzle-orm";
import { scopedWhere, type Executor, type Scope } from "@meander/db";
import { saveTerminology as saveSharedTerminology } from "@meander/events";
import type { TerminologyLabels } from "@meander/messages";
import {
  activityFacts,
  localAssociations,
  organizations,
  organizationTerminology,
  people,
  regions,
} from "../schema/index.js";

/** Everything an organization's exports name, in four small queries (one after the other: `db` may be a transaction). */
export function createNameRepository(db: Executor, scope: Scope) {
  /** The person has an activity in sight of the scope; undefined: no limit. */
  const known = (): SQL | undefined => {
    const facts = scopedWhere(scope, { organization: activityFacts.organizationId });
    if (facts === undefined) return undefined;
    return exists(
      db
        .select({ one: sql`1` })
        .from(activityFacts)
        .where(and(eq(activityFacts.userId, people.userId), facts)),
    );
  };

  return {
    async saveOrganization(row: { organizationId: string; name: string; shortName: string }): Promise<void> {
      await db
        .insert(organizations)
        .values(row)
        .onConflictDoUpdate({
          target: organizations.organizationId,
          set: { name: row.name, shortName: row.shortName },
        });
    },
    async saveRegion(row: { regionId: string; organizationId: string; name: string }): Promise<void> {
      await db
        .insert(regions)
        .values(row)
        .onConflictDoUpdate({
          target: regions.regionId,
          set: { name: row.name },
          setWhere: eq(regions.organizationId, row.organizationId),
        });
    },
    async savePerson(row: { userId: string; displayName: string }): Promise<void> {
      await db
        .insert(people)
        .values(row)
        .onConflictDoUpdate({ target: people.userId, set: { displayName: row.displayName } });
    },
    /** An erased person (issue 24): their name is no longer copied here (frozen reports keep ids and counts only). */
    async forgetPerson(userId: string): Promise<void> {
      await db.delete(people).where(and(eq(people.userId, userId), known()));
    },
    async saveTerminology(row: {
      organizationId: string;
      settingsVersion: number;
      labels: TerminologyLabels;
    }): Promise<void> {
      await saveSharedTerminology(db, organizationTerminology, { ...row, labels: [...row.labels] });
    },
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
    /** Names of the given regions. */
    async regionsById(ids: readonly string[]): Promise<Map<string, string>> {
      if (ids.length === 0) return new Map();
      const rows = await db
        .select({ id: regions.regionId, name: regions.name })
        .from(regions)
        .where(
          and(
            inArray(regions.regionId, [...new Set(ids)]),
            scopedWhere(scope, { organization: regions.organizationId }),
          ),
        );
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
        .where(and(inArray(people.userId, [...new Set(ids)]), known()));
      return new Map(rows.map((r) => [r.id, r.name]));
    },
  };
}

export type NameRepository = ReturnType<typeof createNameRepository>;
