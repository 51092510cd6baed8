/** graphql-shield rules, deny by default (the kit's fallback): every type and field listed here is allowed on purpose. */
import { hasRole, isAuthenticated } from "@meander/auth";
import type { IRules } from "graphql-shield";

// The use cases check the organization too: an org_admin acts only on their own.
const isAdmin = hasRole("org_admin", "global_admin");

export const permissions: IRules = {
  Query: {
    myOrganization: isAuthenticated,
    organization: isAuthenticated,
    localAssociation: isAuthenticated,
    localAssociations: isAuthenticated,
    regions: isAuthenticated,
  },
  Mutation: { createRegion: isAdmin, createLocalAssociation: isAdmin, addMembership: isAdmin },
  // Rows reach a caller only through the scoped repositories; the type rules keep anonymous _entities calls out.
  Organization: isAuthenticated,
  OrganizationSettings: isAuthenticated,
  Region: isAuthenticated,
  LocalAssociation: isAuthenticated,
  LocalAssociationConnection: isAuthenticated,
  LocalAssociationEdge: isAuthenticated,
  PageInfo: isAuthenticated,
  Membership: isAuthenticated,
  User: isAuthenticated,
};
