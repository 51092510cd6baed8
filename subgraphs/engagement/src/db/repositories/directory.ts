/** Local associations by name (organization.local_association.created), for texts that name them. */
import { and, inArray } from "drizzle-orm";
import { scopedWhere, type Executor, type Scope } from "@meander/db";
import { localAssociationNames } from "../schema/index.js";

export function createDirectoryRepository(db: Executor, scope: Scope) {
  return {
    /** Idempotent: a redelivered event writes the same name. */
    async rememberLocalAssociation(row: {
      localAssociationId: string;
      organizationId: string;
      name: string;
    }): Promise<void> {
      await db
        .insert(localAssociationNames)
        .values(row)
        .onConflictDoUpdate({ target: localAssociationNames.localAssociationId, set: { name: row.name } });
    },
    async localAssociationNames(ids: readonly string[]): Promise<Map<string, string>> {
      const wanted = [...new Set(ids.filter(Boolean))];
      if (wanted.length === 0) return new Map();
      const rows = await db
        .select()
        .from(localAssociationNames)
        .where(
          and(
            inArray(localAssociationNames.localAssociationId, wanted),
            scopedWhere(scope, { organization: localAssociationNames.organizationId }),
          ),
        );
      return new Map(rows.map((r) => [r.localAssociationId, r.name]));
    },
  };
}
