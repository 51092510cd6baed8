/** graphql-shield rules, deny by default (the kit's fallback): every type and field listed here is allowed on purpose. */
import { hasRole, isAuthenticated } from "@meander/auth";
import type { IRules } from "graphql-shield";

// approval_workflow_transition: only coordinators and organization administrators review.
const reviewer = hasRole("coordinator", "org_admin");

export const permissions: IRules = {
  Query: {
    activity: isAuthenticated,
    activities: isAuthenticated,
    activityTypes: isAuthenticated,
    contact: isAuthenticated,
    contacts: isAuthenticated,
  },
  Mutation: {
    registerActivity: hasRole("peer_mentor", "coordinator"),
    approveActivity: reviewer,
    rejectActivity: reviewer,
  },
  // Rows reach a caller only through the scoped repositories; the type rules keep anonymous _entities calls out.
  Activity: isAuthenticated,
  ActivityApproval: isAuthenticated,
  ActivityType: isAuthenticated,
  Contact: isAuthenticated,
  ActivityConnection: isAuthenticated,
  ActivityEdge: isAuthenticated,
  ContactConnection: isAuthenticated,
  ContactEdge: isAuthenticated,
  PageInfo: isAuthenticated,
  User: isAuthenticated,
  LocalAssociation: isAuthenticated,
};
