/** graphql-shield rules, deny by default (the kit's fallback): every type and field listed here is allowed on purpose. */
import { hasRole, isAuthenticated } from "@meander/auth";
import type { IRules } from "graphql-shield";

// approval_workflow_transition: only coordinators and organization administrators review.
const reviewer = hasRole("coordinator", "org_admin");
// Registering (one, bulk, CSV, offline sync, submitting a draft): peer mentors and coordinators.
const registrant = hasRole("peer_mentor", "coordinator");

export const permissions: IRules = {
  Query: {
    activity: isAuthenticated,
    activities: isAuthenticated,
    activityTypes: isAuthenticated,
    contact: isAuthenticated,
    contacts: isAuthenticated,
    reviewQueue: reviewer,
  },
  Mutation: {
    registerActivity: registrant,
    approveActivity: reviewer,
    rejectActivity: reviewer,
    flagActivity: reviewer,
    approveActivities: reviewer,
    submitActivity: registrant,
    registerActivities: registrant,
    registerActivitiesCsv: registrant,
    syncActivities: registrant,
  },
  // Rows reach a caller only through the scoped repositories; the type rules keep anonymous _entities calls out.
  Activity: isAuthenticated,
  ActivityApproval: isAuthenticated,
  ActivityType: isAuthenticated,
  ActivityStatusChange: isAuthenticated,
  BulkRegistration: isAuthenticated,
  SyncResult: isAuthenticated,
  RuleError: isAuthenticated,
  BufdirCountability: isAuthenticated,
  Contact: isAuthenticated,
  ActivityConnection: isAuthenticated,
  ActivityEdge: isAuthenticated,
  ContactConnection: isAuthenticated,
  ContactEdge: isAuthenticated,
  PageInfo: isAuthenticated,
  User: isAuthenticated,
  LocalAssociation: isAuthenticated,
};
