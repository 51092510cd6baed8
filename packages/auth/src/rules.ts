/**
 * graphql-shield building blocks. Rules return errors with a public code (PublicError), never
 * throw (thrown errors become "Not Authorised!"). Every rule has a unique name;
 * rules that read the parent use the `strict` cache or none.
 */
import { allow, deny, rule } from "graphql-shield";
import type { RequestContext, Role } from "./context.js";
import { forbiddenBy, unauthenticated } from "@meander/validation";

export const isAuthenticated = rule("isAuthenticated", { cache: "contextual" })(
  (_parent, _args, ctx: RequestContext) => (ctx.viewer ? true : unauthenticated()),
);

const roleRules = new Map<string, ReturnType<ReturnType<typeof rule>>>();

/**
 * One rule instance per set of roles: graphql-shield refuses two different rules
 * with one name, so a permissions map may call hasRole("org_admin") in several places.
 */
export function hasRole(...roles: Role[]) {
  const name = `hasRole:${roles.join(",")}`;
  const existing = roleRules.get(name);
  if (existing) return existing;
  const created = rule(name, { cache: "contextual" })((_parent, _args, ctx: RequestContext) => {
    if (!ctx.viewer) return unauthenticated();
    return roles.includes(ctx.viewer.role)
      ? true
      : forbiddenBy("role_required", `Requires one of the roles: ${roles.join(", ")}`);
  });
  roleRules.set(name, created);
  return created;
}

export { allow, deny };
