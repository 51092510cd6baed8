/** The invitation projection: looked up by token hash, locked while it is accepted. */
import { eq } from "drizzle-orm";
import type { Executor } from "@meander/db";
import { invitationProjection, type InvitationRow } from "../schema/index.js";

export function createInvitationRepository(db: Executor) {
  return {
    async lockByTokenHash(tokenHash: string): Promise<InvitationRow | null> {
      const [row] = await db.select().from(invitationProjection).where(eq(invitationProjection.tokenHash, tokenHash)).for("update");
      return row ?? null;
    },
    async markAccepted(invitationId: string, userId: string, at: Date): Promise<void> {
      await db.update(invitationProjection).set({ status: "accepted", acceptedAt: at, acceptedBy: userId }).where(eq(invitationProjection.invitationId, invitationId));
    },
  };
}
