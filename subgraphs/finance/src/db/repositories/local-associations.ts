/** The local-association projection (organization's events). */
import { and, eq } from "drizzle-orm";
import type { Executor } from "@meander/db";
import { localAssociations } from "../schema/index.js";

export function createLocalAssociationRepository(db: Executor) {
  return {
    async record(row: typeof localAssociations.$inferInsert): Promise<void> {
      await db.insert(localAssociations).values(row).onConflictDoNothing();
    },
    async belongsTo(localAssociationId: string, organizationId: string): Promise<boolean> {
      const rows = await db
        .select({ id: localAssociations.id })
        .from(localAssociations)
        .where(and(eq(localAssociations.id, localAssociationId), eq(localAssociations.organizationId, organizationId)));
      return rows.length > 0;
    },
  };
}
