/**
 * The invitation projection: looked up by token hash, locked while it is accepted. An invitation is its
 * organization's row (`scopedWhere`); acceptance, whose authority is the token, runs in the platform scope.
 */
import { and, eq } from "drizzle-orm";
import { scopedWhere, writableIn, type Executor, type Scope } from "@meander/db";
import { invitationAddresses, invitationProjection, type InvitationRow } from "../schema/index.js";

export function createInvitationRepository(db: Executor, scope: Scope) {
  const visible = () => scopedWhere(scope, { organization: invitationProjection.organizationId });
  const addresses = () => scopedWhere(scope, { organization: invitationAddresses.organizationId });
  const mustSee = (organizationId: string) => writableIn(scope, organizationId, "an invitation");
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
        .where(and(eq(invitationAddresses.invitationId, row.invitationId), addresses()));
      const email = address?.email ?? row.email;
      return email ? { ...row, email } : null;
    },
    async markAccepted(invitationId: string, userId: string, at: Date): Promise<void> {
      await db
        .update(invitationProjection)
        .set({ status: "accepted", acceptedAt: at, acceptedBy: userId })
        .where(and(eq(invitationProjection.invitationId, invitationId), visible()));
    },
    /** The projection of organization.invitation.created (idempotent). */
    async project(row: typeof invitationProjection.$inferInsert): Promise<void> {
      mustSee(row.organizationId);
      await db.insert(invitationProjection).values(row).onConflictDoNothing();
    },
    /** The invited address (kept while the invitation is open); null forgets it, from the projection too. */
    async setAddress(invitationId: string, organizationId: string, email: string | null): Promise<void> {
      mustSee(organizationId);
      if (email === null) {
        await db
          .delete(invitationAddresses)
          .where(and(eq(invitationAddresses.invitationId, invitationId), addresses()));
        await db
          .update(invitationProjection)
          .set({ email: null })
          .where(and(eq(invitationProjection.invitationId, invitationId), visible()));
        return;
      }
      await db
        .insert(invitationAddresses)
        .values({ invitationId, organizationId, email })
        .onConflictDoUpdate({ target: invitationAddresses.invitationId, set: { email } });
    },
    /** An open invitation revoked (an accepted one stays accepted). */
    async markRevoked(invitationId: string): Promise<void> {
      await db
        .update(invitationProjection)
        .set({ status: "revoked" })
        .where(
          and(eq(invitationProjection.invitationId, invitationId), eq(invitationProjection.status, "open"), visible()),
        );
    },
  };
}
