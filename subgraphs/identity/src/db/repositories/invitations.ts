/**
 * The invitation projection: looked up by token hash, locked while it is accepted. An invitation is its
 * organization's row (`scopedWhere`); acceptance, whose authority is the token, runs in the platform scope.
 */
import { and, eq } from "drizzle-orm";
import { scopedWhere, type Executor, type Scope } from "@meander/db";
import { invitationAddresses, invitationProjection, type InvitationRow } from "../schema/index.js";

export function createInvitationRepository(db: Executor, scope: Scope) {
  const visible = () => scopedWhere(scope, { organization: invitationProjection.organizationId });
  return {
    /** The invitation and its address (the address event's, else a version 1 creation's); null: unknown or no address. */
    async lockByTokenHash(tokenHash: string): Promise<(InvitationRow & { email: string }) | null> {
      const [row] = await db
        .select()
        .from(invitationProjection)
        .where(and(eq(invitationProjection.tokenHash, tokenHash), visible()))
        .for("update");
      if (!row) return null;
      const [address] = await db
        .select({ email: invitationAddresses.email })
        .from(invitationAddresses)
        .where(
          and(
            eq(invitationAddresses.invitationId, row.invitationId),
            scopedWhere(scope, { organization: invitationAddresses.organizationId }),
          ),
        );
      const email = address?.email ?? row.email;
      return email ? { ...row, email } : null;
    },
    async markAccepted(invitationId: string, userId: string, at: Date): Promise<void> {
      await db
        .update(invitationProjection)
        .set({ status: "accepted", acceptedAt: at, acceptedBy: userId })
        .where(and(eq(invitationProjection.invitationId, invitationId), visible()));
    },
  };
}
