/** The membership projection (who belongs to which local association), kept by the organization consumer. */
import { and, eq } from "drizzle-orm";
import { writableIn, scopedWhere, type Executor, type Scope } from "@meander/db";
import { membershipProjection } from "../schema/index.js";

export function createMembershipRepository(db: Executor, scope: Scope) {
  return {
    /** Idempotent: a redelivered event changes nothing. */
    async add(row: typeof membershipProjection.$inferInsert): Promise<void> {
      writableIn(scope, row.organizationId);
      await db.insert(membershipProjection).values(row).onConflictDoNothing();
    },
    async remove(membershipId: string): Promise<void> {
      await db
        .delete(membershipProjection)
        .where(
          and(
            eq(membershipProjection.membershipId, membershipId),
            scopedWhere(scope, { organization: membershipProjection.organizationId }),
          ),
        );
    },
  };
}
