/** graphql-shield rules, deny by default (the kit's fallback): every type and field listed here is allowed on purpose. */
import { allow, hasRole, isAuthenticated } from "@meander/auth";
import type { IRules } from "graphql-shield";

// The use cases check the organization too: an org_admin acts only on their own.
const isAdmin = hasRole("org_admin", "global_admin");
// Leads and new organizations belong to the platform operator's team: global administrators.
// Coordinators invite peer mentors to their own unit (the use case checks the rest).
const mayInvite = hasRole("org_admin", "global_admin", "coordinator");
const isSales = hasRole("global_admin");

export const permissions: IRules = {
  Query: {
    myOrganization: isAuthenticated,
    organization: isAuthenticated,
    organizations: isAuthenticated,
    localAssociation: isAuthenticated,
    localAssociations: isAuthenticated,
    regions: isAuthenticated,
    // Public: the confirmation page (non-sensitive fields only, by an unguessable reference).
    demoBookingConfirmation: allow,
    invitations: mayInvite,
    leads: isSales,
    lead: isSales,
    // The record of processing describes the code, the same for every organization: administrators (the DPO's view).
    recordsOfProcessing: isAdmin,
    // The use case allows the requester and the organization's administrators.
    subjectAccessExport: isAuthenticated,
    // The use cases allow only an organization administrator, in their own organization.
    erasureRequest: isAdmin,
    erasureRequests: isAdmin,
  },
  Mutation: {
    createOrganization: isSales,
    createRegion: isAdmin,
    createLocalAssociation: isAdmin,
    renameLocalAssociation: isAdmin,
    moveLocalAssociation: isAdmin,
    deactivateLocalAssociation: isAdmin,
    addMembership: isAdmin,
    // The use case allows the member themself or an administrator.
    setPrimaryMembership: isAuthenticated,
    removeMembership: isAdmin,
    inviteMember: mayInvite,
    revokeInvitation: mayInvite,
    // Public: the product website's booking form (rate_limit_per_ip guards it).
    bookDemo: allow,
    updateLeadStatus: isSales,
    // The use cases limit an org_admin to their own organization.
    updateOrganizationSettings: isAdmin,
    configureAccountingIntegration: isAdmin,
    addExternalResource: isAdmin,
    updateExternalResource: isAdmin,
    archiveExternalResource: isAdmin,
    reorderExternalResources: isAdmin,
    // An administrator for anyone, a user for their own account; the download only for the requester (use cases).
    requestSubjectAccessExport: isAuthenticated,
    downloadSubjectAccessExport: isAuthenticated,
    requestErasure: isAdmin,
    confirmErasure: isAdmin,
  },
  ErasureRequest: isAdmin,
  ErasurePart: isAdmin,
  OrganizationCreated: isSales,
  DemoBookingReceipt: allow,
  DemoBookingConfirmation: allow,
  Lead: isSales,
  LeadConnection: isSales,
  LeadEdge: isSales,
  DemoBooking: isSales,
  SubjectAccessExport: isAuthenticated,
  SubjectAccessExportPart: isAuthenticated,
  SubjectAccessExportFile: isAuthenticated,
  SubjectAccessExportDownload: isAuthenticated,
  // Rows reach a caller only through the scoped repositories; the type rules keep anonymous _entities calls out.
  Organization: isAuthenticated,
  // Every member reads terminology, flags, branding and resources (and the membership limit); the rest is for
  // administrators. Rows reach a caller only through the scoped loader: an org_admin sees only their own organization.
  OrganizationSettings: {
    "*": isAdmin,
    maxMembershipsPerUser: isAuthenticated,
    terminology: isAuthenticated,
    featureFlags: isAuthenticated,
    branding: isAuthenticated,
    externalResources: isAuthenticated,
    activityRules: isAuthenticated,
  },
  TermLabel: isAuthenticated,
  FeatureFlag: isAuthenticated,
  Branding: isAuthenticated,
  ExternalResource: isAuthenticated,
  SensitiveFieldRule: isAdmin,
  BufdirThresholds: isAdmin,
  DuplicateDetection: isAdmin,
  Retention: isAdmin,
  ActivityRules: isAuthenticated,
  ImpactMultiplier: isAdmin,
  AccountingIntegration: isAdmin,
  AccountMapping: isAdmin,
  SettingsChange: isAdmin,
  SettingsChangeConnection: isAdmin,
  SettingsChangeEdge: isAdmin,
  ProcessingRecord: isAdmin,
  PersonalDataTable: isAdmin,
  PersonalDataColumn: isAdmin,
  Region: isAuthenticated,
  LocalAssociation: isAuthenticated,
  LocalAssociationConnection: isAuthenticated,
  LocalAssociationEdge: isAuthenticated,
  PageInfo: isAuthenticated,
  Membership: isAuthenticated,
  MembershipConnection: isAuthenticated,
  MembershipEdge: isAuthenticated,
  Invitation: mayInvite,
  CreatedInvitation: mayInvite,
  User: isAuthenticated,
};
