/**
 * graphql-shield building blocks. Rules return GraphQLErrors with a code, never
 * throw (thrown errors become "Not Authorised!"). Every rule has a unique name;
 * rules that read the parent use the `strict` cache or none.
 */
import { allow, deny, rule } from "graphql-shield";
import type { RequestContext, Role } from "./context.js";
import { forbidden, unauthenticated } from "./errors.js";

export const isAuthenticated = rule("isAuthenticated", { cache: "contextual" })(
  (_parent, _args, ctx: RequestContext) => (ctx.viewer ? true : unauthenticated()),
);

export function hasRole(...roles: Role[]) {
  return rule(`hasRole:${roles.join(",")}`, { cache: "contextual" })((_parent, _args, ctx: RequestContext) => {
    if (!ctx.viewer) return unauthenticated();
    return roles.includes(ctx.viewer.role) ? true : forbidden(`Requires one of the roles: ${roles.join(", ")}`);
  });
}

export { allow, deny };
