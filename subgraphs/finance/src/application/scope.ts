/** The scope a use case acts in: the actor's (the visibility model in @meander/db's README, reach decided by @meander/auth's scopeOf). */
import { scopeOf } from "@meander/auth";
import type { Scope } from "@meander/db";
import type { Submitter } from "../domain/expense.js";

export function actorScope(actor: Submitter): Scope {
  return scopeOf({
    userId: actor.userId,
    role: actor.role,
    organizationId: actor.organizationId,
    localAssociationId: actor.localAssociationId ?? null,
  });
}
