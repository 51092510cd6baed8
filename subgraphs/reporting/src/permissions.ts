/** graphql-shield rules, deny by default (the kit's fallback): every type and field listed here is allowed on purpose. */
import { hasRole, isAuthenticated } from "@meander/auth";
import type { IRules } from "graphql-shield";

export const permissions: IRules = {
  Query: { activityStatsByLocalAssociation: hasRole("org_admin", "coordinator") },
  // Counts reach a caller only through the scoped repository and the policy in
  // domain/activity-stats.ts (others get null); the type rules keep anonymous _entities calls out.
  LocalAssociation: isAuthenticated,
  LocalAssociationStats: isAuthenticated,
  ActivityStats: isAuthenticated,
};
