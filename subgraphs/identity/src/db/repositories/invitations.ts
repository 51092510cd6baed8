/** The invitation projection: looked up by token hash, locked while it is accepted. */
import { eq } from "drizzle-orm";
import type { Executor } from "@meander/db";
import { invitationAddresses, invitationProjection, type InvitationRow } from "../schema/index.js";

export function createInvitationRepository(db: Executor) {
  return {
    /** The invitation and its address (the address event's, else a version 1 creation's); null: unknown or no address. */
    async lockByTokenHash(tokenHash: string): Promise<(InvitationRow & { email: string }) | null> {
      const [row] = await db
        .select()
        .from(invitationProjection)
        .where(eq(invitationProjection.tokenHash, tokenHash))
        .for("update");
      if (!row) return null;
      const [address] = await db
        .select({ email: invitationAddresses.email })
        .from(invitationAddresses)
        .where(eq(invitationAddresses.invitationId, row.invitationId));
      const email = address?.email ?? row.email;
      return email ? { ...row, email } : null;
    },
    async markAccepted(invitationId: string, userId: string, at: Date): Promise<void> {
      await db
        .update(invitationProjection)
        .set({ status: "accepted", acceptedAt: at, acceptedBy: userId })
        .where(eq(invitationProjection.invitationId, invitationId));
    },
  };
}
