/**
 * Invitations (seed 003) as far as the scope sees them: an organization's own (the use cases decide who of it may
 * manage which), every organization's for the platform scope (the acceptance consumer, the address expiry job).
 * The invited address also lives in organization's kept outbox rows; `forgetAddress` blanks it there
 * (application/invitation-address.ts).
 */
import { and, asc, desc, eq, gt, lte, sql, type SQL } from "drizzle-orm";
import { writableIn, scopedWhere, type Executor, type Scope } from "@meander/db";
import type { InvitationState } from "../../domain/invitation.js";
import { invitations, outbox, type InvitationRow } from "../schema/index.js";

export type { InvitationRow } from "../schema/index.js";
export type NewInvitationRow = typeof invitations.$inferInsert;

/** An invitation by id and organization: what an event about it names. */
export interface InvitationRef {
  id: string;
  organizationId: string;
}

export function createInvitationRepository(db: Executor, scope: Scope) {
  const visible = (): SQL | undefined => scopedWhere(scope, { organization: invitations.organizationId });
  const visibleEvents = (): SQL | undefined => scopedWhere(scope, { organization: outbox.organizationId });
  const byId = (id: string) => and(eq(invitations.id, id), visible());

  return {
    async insert(row: NewInvitationRow): Promise<InvitationRow> {
      writableIn(scope, row.organizationId, "invitation");
      const [created] = await db.insert(invitations).values(row).returning();
      return created!;
    },
    /** The invitation, locked until the transaction ends (its acceptance, revocation and refusal serialize). */
    async forUpdate(id: string): Promise<InvitationRow | undefined> {
      const [row] = await db.select().from(invitations).where(byId(id)).for("update");
      return row;
    },
    async revoke(id: string, at: Date): Promise<InvitationRow> {
      const [row] = await db.update(invitations).set({ status: "revoked", revokedAt: at }).where(byId(id)).returning();
      return row!;
    },
    /** A unit's invitations in one state (expiry judged at `now`; null: every state), newest first. */
    async ofUnit(localAssociationId: string, state: InvitationState | null, now: Date, limit: number) {
      const filter: Record<InvitationState, SQL | undefined> = {
        open: and(eq(invitations.status, "open"), gt(invitations.expiresAt, now)),
        expired: and(eq(invitations.status, "open"), lte(invitations.expiresAt, now)),
        used: eq(invitations.status, "used"),
        revoked: eq(invitations.status, "revoked"),
      };
      return db
        .select()
        .from(invitations)
        .where(
          and(eq(invitations.localAssociationId, localAssociationId), state ? filter[state] : undefined, visible()),
        )
        .orderBy(desc(invitations.createdAt), asc(invitations.id))
        .limit(limit);
    },
    /** The last acceptance refused (the rule's name), whatever the invitation's status. */
    async markRefused(id: string, reason: string, at: Date): Promise<void> {
      await db.update(invitations).set({ refusedReason: reason, refusedAt: at }).where(byId(id));
    },
    /** An open invitation's refusal (identity refused it up front); undefined when it is not open (or unknown). */
    async markOpenRefused(
      id: string,
      reason: string,
      at: Date,
    ): Promise<{ organizationId: string; localAssociationId: string; invitedBy: string | null } | undefined> {
      const [row] = await db
        .update(invitations)
        .set({ refusedReason: reason, refusedAt: at })
        .where(and(byId(id), eq(invitations.status, "open")))
        .returning({
          organizationId: invitations.organizationId,
          localAssociationId: invitations.localAssociationId,
          invitedBy: invitations.invitedBy,
        });
      return row;
    },
    async markUsed(id: string, used: { usedBy: string; membershipId: string; at: Date }): Promise<void> {
      await db
        .update(invitations)
        .set({
          status: "used",
          usedAt: used.at,
          usedBy: used.usedBy,
          membershipId: used.membershipId,
          refusedReason: null,
          refusedAt: null,
        })
        .where(byId(id));
    },
    /** The invitations a person accepted (their subject access export). */
    async usedBy(userId: string) {
      return db
        .select({
          id: invitations.id,
          email: invitations.email,
          role: invitations.role,
          localAssociationId: invitations.localAssociationId,
          createdAt: invitations.createdAt,
          usedAt: invitations.usedAt,
          status: invitations.status,
        })
        .from(invitations)
        .where(and(eq(invitations.usedBy, userId), visible()));
    },
    /** The address of every invitation the person accepted is replaced (their erasure); returns those invitations. */
    async eraseAddressesUsedBy(userId: string): Promise<InvitationRef[]> {
      return db
        .update(invitations)
        .set({ email: `erased-${userId}@erased.invalid` })
        .where(and(eq(invitations.usedBy, userId), visible()))
        .returning({ id: invitations.id, organizationId: invitations.organizationId });
    },
    /**
     * Open invitations expired at `now` whose address is still in a kept outbox row (an address event with an
     * e-mail, or a version 1 creation event), locked (skipping those another run holds), by id.
     */
    async expiredWithAddress(now: Date, limit: number): Promise<InvitationRef[]> {
      return (
        db
          .select({ id: invitations.id, organizationId: invitations.organizationId })
          .from(invitations)
          .where(
            and(
              eq(invitations.status, "open"),
              lte(invitations.expiresAt, now),
              visible(),
              sql`exists (select 1 from ${outbox} o where o.aggregate_id = ${invitations.id}::text
              and ((o.type = 'organization.invitation.address_changed' and o.payload->>'email' is not null)
                or (o.type = 'organization.invitation.created' and o.payload->>'email' <> '')))`,
            ),
          )
          .orderBy(asc(invitations.id))
          .limit(limit)
          // Locks the invitations (the one table of FROM); the subquery's outbox rows stay unlocked.
          .for("update", { skipLocked: true })
      );
    },
    /** The invitation's address leaves organization's kept outbox rows (its address events, a version 1 creation). */
    async forgetAddress(invitationId: string): Promise<void> {
      await db
        .update(outbox)
        .set({ payload: sql`jsonb_set(${outbox.payload}, '{email}', 'null'::jsonb)` })
        .where(
          and(
            eq(outbox.aggregateId, invitationId),
            eq(outbox.type, "organization.invitation.address_changed"),
            sql`${outbox.payload}->>'email' is not null`,
            visibleEvents(),
          ),
        );
      // Version 1 invitations (before the address had its own event) carried it in the creation event.
      await db
        .update(outbox)
        .set({ payload: sql`jsonb_set(${outbox.payload}, '{email}', '""'::jsonb)` })
        .where(
          and(
            eq(outbox.aggregateId, invitationId),
            eq(outbox.type, "organization.invitation.created"),
            sql`${outbox.payload}->>'email' <> ''`,
            visibleEvents(),
          ),
        );
    },
  };
}

export type InvitationRepository = ReturnType<typeof createInvitationRepository>;
