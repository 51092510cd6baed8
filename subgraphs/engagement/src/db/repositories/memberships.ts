/** The membership projection (who belongs to which local association), kept by the organization consumer. */
import { eq } from "drizzle-orm";
import type { Executor } from "@meander/db";
import { membershipProjection } from "../schema/index.js";

export function createMembershipRepository(db: Executor) {
  return {
    /** Idempotent: a redelivered event changes nothing. */
    async add(row: typeof membershipProjection.$inferInsert): Promise<void> {
      await db.insert(membershipProjection).values(row).onConflictDoNothing();
    },
    async remove(membershipId: string): Promise<void> {
      await db.delete(membershipProjection).where(eq(membershipProjection.membershipId, membershipId));
    },
  };
}
