/** The filters every engagement repository applies: @meander/db's visibility model over engagement's tables. */
import { and, eq, inArray, sql, type SQL } from "drizzle-orm";
import type { PgColumn } from "drizzle-orm/pg-core";
import { scopedWhere, type Scope } from "@meander/db";
import { membershipProjection } from "../schema/index.js";

/** A row of the whole organization (a course, a badge, a certification type): everyone of the organization sees it. */
export function tenantFilter(column: PgColumn, scope: Scope): SQL | undefined {
  return scopedWhere(scope, { organization: column });
}

/**
 * A person's row (an enrollment, a participant, a certification, a referral link): the person, the coordinators of a
 * local association the person belongs to (membership projection), the organization's administrators.
 */
export function personFilter(organization: PgColumn, person: PgColumn, scope: Scope): SQL | undefined {
  return scopedWhere(scope, {
    organization,
    owner: person,
    localAssociation: (ids) =>
      sql`exists (select 1 from ${membershipProjection} where ${and(
        eq(membershipProjection.userId, person),
        eq(membershipProjection.organizationId, organization),
        inArray(membershipProjection.localAssociationId, [...ids]),
      )})`,
  });
}

/** A person's own row with no organization (contact details, a referral step held for them): any scope but nobody. */
export function seesAnyone(scope: Scope): boolean {
  return scope.reach !== "none";
}
