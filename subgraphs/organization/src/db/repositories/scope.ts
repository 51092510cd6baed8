/**
 * What organization's repositories apply beside `scopedWhere`: a new row must be one the scope sees, and the
 * platform's own rows (no organization) are the platform scope's only.
 */
import { sql, type SQL } from "drizzle-orm";
import { sees, type Scope } from "@meander/db";

/** A programming error when `scope` would not see the row it writes (the rule `scopedWhere` applies to reads). */
export function checkWritable(scope: Scope, organizationId: string, what: string): void {
  if (!sees(scope, { organizationId }))
    throw new Error(`a ${scope.reach} scope writes no ${what} in organization ${organizationId}`);
}

/** The platform's own rows (leads and their mails: no organization column): every one for the platform scope, none else. */
export function platformRows(scope: Scope): SQL | undefined {
  return scope.reach === "platform" ? undefined : sql`false`;
}

/** A programming error when a narrower scope than the platform writes the platform's rows. */
export function checkPlatform(scope: Scope, what: string): void {
  if (scope.reach !== "platform") throw new Error(`${what} are platform data: a ${scope.reach} scope writes none`);
}
