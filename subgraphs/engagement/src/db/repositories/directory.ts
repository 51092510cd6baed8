/**
 * What engagement knows of the organizations' directory, for texts that name things: local associations by name
 * (organization.local_association.created) and each organization's terminology (organization.settings.changed).
 */
import { and, inArray } from "drizzle-orm";
import { writableIn, scopedWhere, sees, type Executor, type Scope } from "@meander/db";
import { readTerminology, type TerminologyLabelRows } from "@meander/events";
import { localAssociationNames, organizationTerminology } from "../schema/index.js";

export function createDirectoryRepository(db: Executor, scope: Scope) {
  return {
    /** Idempotent: a redelivered event writes the same name. */
    async rememberLocalAssociation(row: {
      localAssociationId: string;
      organizationId: string;
      name: string;
    }): Promise<void> {
      writableIn(scope, row.organizationId);
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
    /** The organization's own words for things (none kept, or out of sight: the defaults). */
    async terminologyOf(organizationId: string): Promise<TerminologyLabelRows> {
      if (!sees(scope, { organizationId })) return [];
      return readTerminology(db, organizationTerminology, organizationId);
    },
  };
}
