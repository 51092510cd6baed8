/** graphql-shield rules, deny by default (the kit's fallback): every type and field listed here is allowed on purpose. */
import { hasRole, isAuthenticated } from "@meander/auth";
import type { IRules } from "graphql-shield";
import { REGISTRANT_ROLES } from "./domain/registrant.js";

// approval_workflow_transition: only coordinators and organization administrators review.
const reviewer = hasRole("coordinator", "org_admin");
// Registering (one, bulk, CSV, offline sync, submitting a draft): peer mentors and coordinators.
const registrant = hasRole(...REGISTRANT_ROLES);
// Contacts: mentors and coordinators in their local association, organization administrators in the organization.
const contactKeeper = hasRole("peer_mentor", "coordinator", "org_admin");
// One instance per rule (graphql-shield refuses two rules of the same name): coordinators only.
const coordinatorOnly = hasRole("coordinator");

export const permissions: IRules = {
  Query: {
    activity: isAuthenticated,
    activities: isAuthenticated,
    activityTypes: isAuthenticated,
    contact: isAuthenticated,
    contacts: isAuthenticated,
    reviewQueue: reviewer,
    contactRelations: isAuthenticated,
    // Proposals for erasure (issue 24 item 5): the use case admits organization administrators only.
    contactsPastRetention: hasRole("org_admin"),
    assignment: registrant,
    assignments: registrant,
    gathering: isAuthenticated,
    gatherings: isAuthenticated,
    document: isAuthenticated,
    confidentialityDeclarations: isAuthenticated,
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
    // Corrections: the mentor's own, or a coordinator's for their local association (the scoped lock decides which).
    updateActivity: registrant,
    withdrawActivity: registrant,
    resolveDuplicate: reviewer,
    createContact: contactKeeper,
    updateContact: contactKeeper,
    addContactRelation: contactKeeper,
    addContactNote: registrant,
    dispatchAssignment: coordinatorOnly,
    moveAssignment: registrant,
    // Gatherings: mentors and coordinators create and register; managing also administrators (domain: gathering_organizer_only).
    createGathering: registrant,
    publishGathering: contactKeeper,
    cancelGathering: contactKeeper,
    registerForGathering: registrant,
    recordGatheringAttendance: coordinatorOnly,
    // Documents: who may attach or register a declaration is decided in the domain (document_attach_permission, declaration_signer_scope).
    attachDocument: isAuthenticated,
    signConfidentialityDeclaration: isAuthenticated,
  },
  // Rows reach a caller only through the scoped repositories; the type rules keep anonymous _entities calls out.
  Activity: isAuthenticated,
  ActivityApproval: isAuthenticated,
  ActivityType: isAuthenticated,
  ActivityStatusChange: isAuthenticated,
  DuplicateSummary: isAuthenticated,
  BulkRegistration: isAuthenticated,
  SyncResult: isAuthenticated,
  RuleError: isAuthenticated,
  BufdirCountability: isAuthenticated,
  Contact: isAuthenticated,
  ContactRelation: isAuthenticated,
  ContactNote: isAuthenticated,
  RetentionProposal: hasRole("org_admin"),
  Assignment: isAuthenticated,
  AssignmentStatusChange: isAuthenticated,
  ActivityConnection: isAuthenticated,
  ActivityEdge: isAuthenticated,
  ContactConnection: isAuthenticated,
  ContactEdge: isAuthenticated,
  PageInfo: isAuthenticated,
  Gathering: isAuthenticated,
  GatheringRegistration: isAuthenticated,
  GatheringAttendance: isAuthenticated,
  GatheringConnection: isAuthenticated,
  GatheringEdge: isAuthenticated,
  Document: isAuthenticated,
  User: isAuthenticated,
  LocalAssociation: isAuthenticated,
};
