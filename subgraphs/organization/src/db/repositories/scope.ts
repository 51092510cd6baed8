/** What every organization repository applies beyond `scopedWhere`: a new row must be one the scope sees. */
import { sees, type Scope } from "@meander/db";

/** A programming error when `scope` would not see the row it writes (the rule `scopedWhere` applies to reads). */
export function checkWritable(scope: Scope, organizationId: string, what: string): void {
  if (!sees(scope, { organizationId }))
    throw new Error(`a ${scope.reach} scope writes no ${what} in organization ${organizationId}`);
}
