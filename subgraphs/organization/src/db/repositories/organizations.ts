/** Organizations and their settings, as far as the caller may see them (their own; a global administrator: all). */
import { and, asc, eq, inArray } from "drizzle-orm";
import { writableIn, scopedWhere, type Executor, type Scope } from "@meander/db";
import {
  organizations,
  organizationSettings,
  type NewOrganizationRow,
  type OrganizationRow,
  type OrganizationSettingsRow,
} from "../schema/index.js";

export type { OrganizationRow, OrganizationSettingsRow } from "../schema/index.js";

export function createOrganizationRepository(db: Executor, scope: Scope) {
  return {
    async byIds(ids: readonly string[]): Promise<OrganizationRow[]> {
      if (ids.length === 0) return [];
      return db
        .select()
        .from(organizations)
        .where(and(inArray(organizations.id, [...ids]), scopedWhere(scope, { organization: organizations.id })));
    },
    /** Every organization the scope sees, by name (a global administrator: all). */
    async all(): Promise<OrganizationRow[]> {
      return db
        .select()
        .from(organizations)
        .where(scopedWhere(scope, { organization: organizations.id }))
        .orderBy(asc(organizations.name), asc(organizations.id));
    },
    async byShortName(shortName: string): Promise<OrganizationRow | null> {
      const [row] = await db
        .select()
        .from(organizations)
        .where(and(eq(organizations.shortName, shortName), scopedWhere(scope, { organization: organizations.id })))
        .limit(1);
      return row ?? null;
    },
    async settingsFor(organizationIds: readonly string[]): Promise<OrganizationSettingsRow[]> {
      if (organizationIds.length === 0) return [];
      return db
        .select()
        .from(organizationSettings)
        .where(
          and(
            inArray(organizationSettings.organizationId, [...organizationIds]),
            scopedWhere(scope, { organization: organizationSettings.organizationId }),
          ),
        );
    },
    async insert(row: NewOrganizationRow, maxMembershipsPerUser: number): Promise<OrganizationRow> {
      writableIn(scope, row.id, "organization");
      const [created] = await db.insert(organizations).values(row).returning();
      await db.insert(organizationSettings).values({ organizationId: created!.id, maxMembershipsPerUser });
      return created!;
    },
  };
}

export type OrganizationRepository = ReturnType<typeof createOrganizationRepository>;
