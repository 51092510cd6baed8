/**
 * How a use case gets its scope: @meander/auth's `scopeOf(actor)` (the one place each role's reach is decided), and
 * @meander/db's named wider scopes where a use case must look beyond the caller's reach for something it does not
 * answer with (`organizationOf(scope)`: a client id, a proxy mentor's memberships, duplicate candidates).
 */
import { scopeOf } from "@meander/auth";
import { NOBODY, type Scope } from "@meander/db";
import type { Actor } from "../domain/actor.js";

/**
 * The caller's scope as a member of their organization; an actor without one sees nothing (NOBODY), never a
 * sentinel organization (scopeOf reads a missing organization as the platform: a global administrator's reach).
 */
export const scopeInOrganization = (actor: Actor): Scope => (actor.organizationId ? scopeOf(actor) : NOBODY);
