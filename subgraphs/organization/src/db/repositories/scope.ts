/**
 * What organization's repositories apply beside `scopedWhere` (and @meander/db's `writableIn` for new rows): the
 * platform's own rows (no organization) are the platform scope's only.
 */
import { sql, type SQL } from "drizzle-orm";
import type { Scope } from "@meander/db";

/** The platform's own rows (leads and their mails: no organization column): every one for the platform scope, none else. */
export function platformRows(scope: Scope): SQL | undefined {
  return scope.reach === "platform" ? undefined : sql`false`;
}

/** A programming error when a narrower scope than the platform writes the platform's rows. */
export function checkPlatform(scope: Scope, what: string): void {
  if (scope.reach !== "platform") throw new Error(`${what} are platform data: a ${scope.reach} scope writes none`);
}
