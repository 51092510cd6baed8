/** The membership projection, read for one user (their token contexts). */
import { and, asc, eq } from "drizzle-orm";
import { isUuid, type Executor } from "@meander/db";
import { membershipProjection, type MembershipRow } from "../schema/index.js";

export function createMembershipRepository(db: Executor) {
  return {
    async ofUser(userId: string): Promise<MembershipRow[]> {
      return db
        .select()
        .from(membershipProjection)
        .where(eq(membershipProjection.userId, userId))
        .orderBy(asc(membershipProjection.membershipId));
    },
    async held(userId: string, membershipId: string): Promise<MembershipRow | null> {
      if (!isUuid(membershipId)) return null;
      const [row] = await db
        .select()
        .from(membershipProjection)
        .where(and(eq(membershipProjection.userId, userId), eq(membershipProjection.membershipId, membershipId)));
      return row ?? null;
    },
    async inOrganization(userId: string, organizationId: string): Promise<boolean> {
      const rows = await db
        .select({ id: membershipProjection.membershipId })
        .from(membershipProjection)
        .where(and(eq(membershipProjection.userId, userId), eq(membershipProjection.organizationId, organizationId)))
        .limit(1);
      return rows.length > 0;
    },
  };
}
