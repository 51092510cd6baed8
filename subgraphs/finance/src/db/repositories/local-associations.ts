/** The local-association projection (organization's events), as far as the scope sees it (by organization). */
import { and, eq } from "drizzle-orm";
import { scopedWhere, type Executor, type Scope } from "@meander/db";
import { localAssociations } from "../schema/index.js";

export function createLocalAssociationRepository(db: Executor, scope: Scope) {
  return {
    async record(row: typeof localAssociations.$inferInsert): Promise<void> {
      await db.insert(localAssociations).values(row).onConflictDoNothing();
    },
    /** Whether the local association is one of the scope's organization. */
    async belongsTo(localAssociationId: string): Promise<boolean> {
      const rows = await db
        .select({ id: localAssociations.id })
        .from(localAssociations)
        .where(
          and(
            eq(localAssociations.id, localAssociationId),
            scopedWhere(scope, { organization: localAssociations.organizationId }),
          ),
        );
      return rows.length > 0;
    },
  };
}
