/**
 * The raw-SQL side of the visibility model: a raw aggregate query (a rollup, a report, Wrapped's facts) names its
 * columns by alias (`f.organization_id`), so it cannot hand `scopedWhere` (@meander/db) a drizzle column. This gives it
 * the same condition from the same function: the one rule decides for built and raw queries alike. The names are
 * code (fixed SQL identifiers), never input.
 */
import { sql, type Column, type SQL } from "drizzle-orm";
import { scopedWhere, type Scope } from "@meander/db";

/** The columns the rule reads, as the raw query names them; a table leaves out what it does not have. */
export interface RawScopedColumns {
  organization: string;
  localAssociation?: string;
  owner?: string;
}

/** `scopedWhere` over raw column names; `true` where it sets no limit (the platform), so it always joins an `and`. */
export function scopedSql(scope: Scope, columns: RawScopedColumns): SQL {
  // An identifier in place of a column: scopedWhere only compares it (eq, inArray), which takes any SQL.
  const named = (name: string) => sql.raw(name) as unknown as Column;
  const where = scopedWhere(scope, {
    organization: named(columns.organization),
    ...(columns.localAssociation ? { localAssociation: named(columns.localAssociation) } : {}),
    ...(columns.owner ? { owner: named(columns.owner) } : {}),
  });
  return where ? sql`(${where})` : sql`true`;
}
