/**
 * Local associations of the caller's organization (every member sees the
 * units of their organization's tree, names only; a global administrator: all).
 * Pages are keyset-paginated by (name, id).
 */
import { and, asc, eq, gt, ilike, inArray, or, sql } from "drizzle-orm";
import { writableIn, scopedWhere, type Executor, type Scope } from "@meander/db";
import { localAssociations, type LocalAssociationRow, type NewLocalAssociationRow } from "../schema/index.js";

export type { LocalAssociationRow } from "../schema/index.js";

export type LocalAssociationKey = [name: string, id: string];

export interface LocalAssociationPage {
  organizationId?: string;
  regionId?: string;
  search?: string | null;
  after: LocalAssociationKey | null;
  limit: number;
}

const likePattern = (search: string) => `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

export function createLocalAssociationRepository(db: Executor, scope: Scope) {
  return {
    async byIds(ids: readonly string[]): Promise<LocalAssociationRow[]> {
      if (ids.length === 0) return [];
      return db
        .select()
        .from(localAssociations)
        .where(
          and(
            inArray(localAssociations.id, [...ids]),
            scopedWhere(scope, { organization: localAssociations.organizationId }),
          ),
        );
    },
    /** Every unit the scope sees (an organization's: its whole tree; names for labels). */
    async all(): Promise<LocalAssociationRow[]> {
      return db
        .select()
        .from(localAssociations)
        .where(scopedWhere(scope, { organization: localAssociations.organizationId }));
    },
    async page(p: LocalAssociationPage): Promise<LocalAssociationRow[]> {
      const t = localAssociations;
      const search = p.search?.trim();
      return db
        .select()
        .from(t)
        .where(
          and(
            scopedWhere(scope, { organization: t.organizationId }),
            p.organizationId ? eq(t.organizationId, p.organizationId) : undefined,
            p.regionId ? eq(t.regionId, p.regionId) : undefined,
            search ? or(ilike(t.name, likePattern(search)), ilike(t.municipality, likePattern(search))) : undefined,
            p.after ? or(gt(t.name, p.after[0]), and(eq(t.name, p.after[0]), gt(t.id, p.after[1]))) : undefined,
          ),
        )
        .orderBy(asc(t.name), asc(t.id))
        .limit(p.limit);
    },
    async byName(organizationId: string, name: string): Promise<LocalAssociationRow | null> {
      const [row] = await db
        .select()
        .from(localAssociations)
        .where(
          and(
            eq(localAssociations.organizationId, organizationId),
            eq(localAssociations.name, name),
            scopedWhere(scope, { organization: localAssociations.organizationId }),
          ),
        )
        .limit(1);
      return row ?? null;
    },
    async nameTaken(organizationId: string, name: string): Promise<boolean> {
      const rows = await db
        .select({ id: localAssociations.id })
        .from(localAssociations)
        .where(
          and(
            eq(localAssociations.organizationId, organizationId),
            sql`lower(${localAssociations.name}) = lower(${name})`,
            scopedWhere(scope, { organization: localAssociations.organizationId }),
          ),
        )
        .limit(1);
      return rows.length > 0;
    },
    async update(
      id: string,
      patch: Partial<Pick<LocalAssociationRow, "name" | "regionId" | "isActive">>,
    ): Promise<LocalAssociationRow> {
      const [row] = await db
        .update(localAssociations)
        .set(patch)
        .where(
          and(eq(localAssociations.id, id), scopedWhere(scope, { organization: localAssociations.organizationId })),
        )
        .returning();
      return row!;
    },
    async insert(row: NewLocalAssociationRow): Promise<LocalAssociationRow> {
      writableIn(scope, row.organizationId, "local association");
      const [created] = await db.insert(localAssociations).values(row).returning();
      return created!;
    },
  };
}

export type LocalAssociationRepository = ReturnType<typeof createLocalAssociationRepository>;
