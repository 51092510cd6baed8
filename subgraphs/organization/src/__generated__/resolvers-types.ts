import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { OrganizationRow, OrganizationSettingsRow } from '../db/schema/organizations.js';
import type { IntegrationRow, SettingsChangeRow } from '../db/schema/settings.js';
import type { RegionRow } from '../db/schema/regions.js';
import type { LocalAssociationRow } from '../db/schema/local-associations.js';
import type { MembershipRow } from '../db/schema/memberships.js';
import type { InvitationRow } from '../db/schema/invitations.js';
import type { UserRef } from '../resolvers/User.js';
import type { LeadRow, DemoBookingRow } from '../db/schema/leads.js';
import type { DemoBookingReceiptModel } from '../resolvers/Lead.js';
import type { OrganizationContext } from '../context.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  DateTime: { input: Date | string; output: Date | string; }
  _FieldSet: { input: unknown; output: unknown; }
};

export type AccountMapping = {
  __typename?: 'AccountMapping';
  account: Scalars['String']['output'];
  costCenter?: Maybe<Scalars['String']['output']>;
  expenseTypeKey: Scalars['String']['output'];
};

export type AccountMappingInput = {
  account: Scalars['String']['input'];
  costCenter?: InputMaybe<Scalars['String']['input']>;
  expenseTypeKey: Scalars['String']['input'];
};

export type AccountingIntegration = {
  __typename?: 'AccountingIntegration';
  accountMapping: Array<AccountMapping>;
  /** Whether credentials are stored (encrypted); they are never returned. */
  credentialsConfigured: Scalars['Boolean']['output'];
  credentialsSetAt?: Maybe<Scalars['DateTime']['output']>;
  credentialsSetBy?: Maybe<User>;
  enabled: Scalars['Boolean']['output'];
  system: AccountingSystem;
  updatedAt: Scalars['DateTime']['output'];
};

/** The accounting systems finance exports to (the same enum as finance's; it composes as one type). */
export type AccountingSystem =
  | 'DYNAMICS'
  | 'XLEDGER';

export type AddMembershipInput = {
  /** Make this the user's primary membership (a user's first membership is always primary). */
  isPrimary?: InputMaybe<Scalars['Boolean']['input']>;
  localAssociationId: Scalars['ID']['input'];
  role: MembershipRole;
  userId: Scalars['ID']['input'];
};

/**
 * The demo booking form. Fields are nullable so that a missing one is reported by the rule
 * `required_fields_present` (firstName, lastName, email, organizationName and roleTitle are required).
 */
export type BookDemoInput = {
  currentSolution?: InputMaybe<Scalars['String']['input']>;
  email?: InputMaybe<Scalars['String']['input']>;
  firstName?: InputMaybe<Scalars['String']['input']>;
  lastName?: InputMaybe<Scalars['String']['input']>;
  notes?: InputMaybe<Scalars['String']['input']>;
  organizationName?: InputMaybe<Scalars['String']['input']>;
  organizationSize?: InputMaybe<OrganizationSize>;
  /** Optional; normalized to E.164 (Norwegian numbers without +47 are accepted). */
  phone?: InputMaybe<Scalars['String']['input']>;
  preferredDemoTiming?: InputMaybe<Scalars['String']['input']>;
  roleTitle?: InputMaybe<Scalars['String']['input']>;
};

export type Branding = {
  __typename?: 'Branding';
  accentColor?: Maybe<Scalars['String']['output']>;
  /** https only. */
  logoUrl?: Maybe<Scalars['String']['output']>;
  /** #RRGGBB */
  primaryColor?: Maybe<Scalars['String']['output']>;
  secondaryColor?: Maybe<Scalars['String']['output']>;
};

/** Replaces the branding: a field left out is cleared. */
export type BrandingInput = {
  accentColor?: InputMaybe<Scalars['String']['input']>;
  logoUrl?: InputMaybe<Scalars['String']['input']>;
  primaryColor?: InputMaybe<Scalars['String']['input']>;
  secondaryColor?: InputMaybe<Scalars['String']['input']>;
};

export type BufdirThresholds = {
  __typename?: 'BufdirThresholds';
  /** Likeperson courses count with at least this many minutes per course day (default 90: 2 x 45). */
  courseMinMinutesPerDay: Scalars['Int']['output'];
  /** ... and at least this many minutes (default 45). */
  groupMinMinutes: Scalars['Int']['output'];
  /** Conversation and activity groups count with at least this many participants (default 3). */
  groupMinParticipants: Scalars['Int']['output'];
  /** Outreach counts only in person (default true). */
  outreachInPersonOnly: Scalars['Boolean']['output'];
  /** Only mentors who completed the basic course count (default true). */
  requireBasicCourse: Scalars['Boolean']['output'];
};

export type BufdirThresholdsInput = {
  courseMinMinutesPerDay?: InputMaybe<Scalars['Int']['input']>;
  groupMinMinutes?: InputMaybe<Scalars['Int']['input']>;
  groupMinParticipants?: InputMaybe<Scalars['Int']['input']>;
  outreachInPersonOnly?: InputMaybe<Scalars['Boolean']['input']>;
  requireBasicCourse?: InputMaybe<Scalars['Boolean']['input']>;
};

export type ConfigureAccountingIntegrationInput = {
  accountMapping: Array<AccountMappingInput>;
  /** Removes the stored credentials. */
  clearCredentials?: InputMaybe<Scalars['Boolean']['input']>;
  /** Write-only: stored encrypted, never returned. Left out: the stored ones stay. */
  credentials?: InputMaybe<Array<CredentialInput>>;
  /** Enabling needs credentials (given now or stored before). */
  enabled: Scalars['Boolean']['input'];
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** Defaults to the caller's organization; only a global administrator may name another. */
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  system: AccountingSystem;
};

export type ContactField =
  | 'ADDRESS'
  | 'BIRTH_DATE'
  | 'CAREGIVERS'
  | 'EMAIL'
  | 'GENDER'
  | 'HEALTH_INFORMATION'
  | 'MUNICIPALITY'
  | 'NAME'
  | 'NOTES'
  | 'PHONE';

export type CreateLocalAssociationInput = {
  municipality?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  /** Defaults to the caller's organization; only a global administrator may name another. */
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  regionId?: InputMaybe<Scalars['ID']['input']>;
};

export type CreateOrganizationInput = {
  /** E-mail of the first organization administrator, invited to the first local association. */
  adminEmail: Scalars['String']['input'];
  /** Feature flags set at once (every capability not named keeps the platform default). */
  featureFlags?: InputMaybe<Array<FeatureFlagInput>>;
  firstLocalAssociation: FirstLocalAssociationInput;
  /** The name of the first region. */
  firstRegion: Scalars['String']['input'];
  /** 1 to 20; default 3. */
  maxMembershipsPerUser?: InputMaybe<Scalars['Int']['input']>;
  name: Scalars['String']['input'];
  /** The Norwegian organization number (9 digits with a valid check digit), when known. */
  organizationNumber?: InputMaybe<Scalars['String']['input']>;
  shortName: Scalars['String']['input'];
};

export type CreateRegionInput = {
  name: Scalars['String']['input'];
  /** Defaults to the caller's organization; only a global administrator may name another. */
  organizationId?: InputMaybe<Scalars['ID']['input']>;
};

/** An invitation and its token. Only this answer carries the token (organization stores its sha256): e-mail it to the invitee. */
export type CreatedInvitation = {
  __typename?: 'CreatedInvitation';
  invitation: Invitation;
  token: Scalars['String']['output'];
};

export type CredentialInput = {
  /** e.g. apiToken, clientId, clientSecret, tenantId */
  name: Scalars['String']['input'];
  value: Scalars['String']['input'];
};

/** One submission of the demo booking form. */
export type DemoBooking = {
  __typename?: 'DemoBooking';
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  notes?: Maybe<Scalars['String']['output']>;
  preferredDemoTiming?: Maybe<Scalars['String']['output']>;
};

/** The public confirmation page's view of a lead: nothing sensitive. */
export type DemoBookingConfirmation = {
  __typename?: 'DemoBookingConfirmation';
  createdAt: Scalars['DateTime']['output'];
  firstName: Scalars['String']['output'];
  organizationName: Scalars['String']['output'];
  status: LeadStatus;
};

/** What the booking form gets back: an echo of the submission only (the confirmation link arrives by e-mail). */
export type DemoBookingReceipt = {
  __typename?: 'DemoBookingReceipt';
  firstName: Scalars['String']['output'];
  organizationName: Scalars['String']['output'];
  received: Scalars['Boolean']['output'];
  submittedAt: Scalars['DateTime']['output'];
};

export type DuplicateDetection = {
  __typename?: 'DuplicateDetection';
  /** Activities of the same contact and type within this many minutes are flagged for review (default 1440: a day; 1 to 43200). */
  windowMinutes: Scalars['Int']['output'];
};

export type DuplicateDetectionInput = {
  windowMinutes: Scalars['Int']['input'];
};

export type ExternalResource = {
  __typename?: 'ExternalResource';
  category?: Maybe<Scalars['String']['output']>;
  description?: Maybe<Scalars['String']['output']>;
  title: Scalars['String']['output'];
  url: Scalars['String']['output'];
};

export type ExternalResourceInput = {
  category?: InputMaybe<Scalars['String']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  title: Scalars['String']['input'];
  url: Scalars['String']['input'];
};

export type FeatureFlag = {
  __typename?: 'FeatureFlag';
  enabled: Scalars['Boolean']['output'];
  key: Scalars['String']['output'];
  /** True when the organization overrides the platform default. */
  overridden: Scalars['Boolean']['output'];
};

export type FeatureFlagInput = {
  enabled: Scalars['Boolean']['input'];
  key: Scalars['String']['input'];
};

export type FirstLocalAssociationInput = {
  municipality?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
};

export type ImpactMultiplier = {
  __typename?: 'ImpactMultiplier';
  factor: Scalars['Float']['output'];
  metric: Scalars['String']['output'];
};

export type ImpactMultiplierInput = {
  factor: Scalars['Float']['input'];
  metric: Scalars['String']['input'];
};

/** An invitation of an e-mail to a local association (seed 003). */
export type Invitation = {
  __typename?: 'Invitation';
  createdAt: Scalars['DateTime']['output'];
  email: Scalars['String']['output'];
  expiresAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  localAssociation: LocalAssociation;
  /** The membership an accepted invitation created. */
  membership?: Maybe<Membership>;
  /** Why the last acceptance that arrived was refused (a rule name), if one was. */
  refusedReason?: Maybe<Scalars['String']['output']>;
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
  role: MembershipRole;
  /** EXPIRED: still open but past expiresAt. */
  status: InvitationStatus;
  usedAt?: Maybe<Scalars['DateTime']['output']>;
};

export type InvitationStatus =
  | 'EXPIRED'
  | 'OPEN'
  | 'REVOKED'
  | 'USED';

export type InviteMemberInput = {
  email: Scalars['String']['input'];
  /** 1 to 30; default 7. */
  expiresInDays?: InputMaybe<Scalars['Int']['input']>;
  localAssociationId: Scalars['ID']['input'];
  role: MembershipRole;
};

/** A prospective organization that booked a demo (seed 004). Sales staff only. */
export type Lead = {
  __typename?: 'Lead';
  /** How many times the booking form was submitted with this e-mail. */
  bookingCount: Scalars['Int']['output'];
  confirmationSentAt?: Maybe<Scalars['DateTime']['output']>;
  createdAt: Scalars['DateTime']['output'];
  currentSolution?: Maybe<Scalars['String']['output']>;
  /** Every submission, oldest first. */
  demoBookings: Array<DemoBooking>;
  email: Scalars['String']['output'];
  firstName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  ipAddress?: Maybe<Scalars['String']['output']>;
  lastName: Scalars['String']['output'];
  maskedRef: Scalars['String']['output'];
  notes?: Maybe<Scalars['String']['output']>;
  organizationName: Scalars['String']['output'];
  organizationSize?: Maybe<OrganizationSize>;
  /** E.164. */
  phone?: Maybe<Scalars['String']['output']>;
  preferredDemoTiming?: Maybe<Scalars['String']['output']>;
  roleTitle: Scalars['String']['output'];
  source: LeadSource;
  status: LeadStatus;
  updatedAt: Scalars['DateTime']['output'];
};

export type LeadConnection = {
  __typename?: 'LeadConnection';
  edges: Array<LeadEdge>;
  pageInfo: PageInfo;
};

export type LeadEdge = {
  __typename?: 'LeadEdge';
  cursor: Scalars['String']['output'];
  node: Lead;
};

export type LeadSource =
  | 'EVENT'
  | 'OTHER'
  | 'OUTBOUND'
  | 'REFERRAL'
  | 'WEBSITE';

export type LeadStatus =
  | 'CONTACTED'
  | 'CONVERTED'
  | 'DEMO_SCHEDULED'
  | 'LOST'
  | 'NEW'
  | 'QUALIFIED';

/** A local association (lokallag): the unit mentors and coordinators work in. */
export type LocalAssociation = {
  __typename?: 'LocalAssociation';
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  isActive: Scalars['Boolean']['output'];
  /**
   * The unit's members by role, then id (what the caller may see of them: an org_admin all, a coordinator or mentor
   * those of their own unit). organization knows no names: `search` is a user id or part of a role name.
   */
  members: MembershipConnection;
  municipality?: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  organization: Organization;
  region?: Maybe<Region>;
};


/** A local association (lokallag): the unit mentors and coordinators work in. */
export type LocalAssociationMembersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};

export type LocalAssociationConnection = {
  __typename?: 'LocalAssociationConnection';
  edges: Array<LocalAssociationEdge>;
  pageInfo: PageInfo;
};

export type LocalAssociationEdge = {
  __typename?: 'LocalAssociationEdge';
  cursor: Scalars['String']['output'];
  node: LocalAssociation;
};

/** A user's membership of a local association, with the role held there. */
export type Membership = {
  __typename?: 'Membership';
  id: Scalars['ID']['output'];
  isPrimary: Scalars['Boolean']['output'];
  joinedAt: Scalars['DateTime']['output'];
  localAssociation: LocalAssociation;
  organization: Organization;
  role: MembershipRole;
  user: User;
};

export type MembershipConnection = {
  __typename?: 'MembershipConnection';
  edges: Array<MembershipEdge>;
  pageInfo: PageInfo;
};

export type MembershipEdge = {
  __typename?: 'MembershipEdge';
  cursor: Scalars['String']['output'];
  node: Membership;
};

export type MembershipRole =
  | 'COORDINATOR'
  | 'GLOBAL_ADMIN'
  | 'ORG_ADMIN'
  | 'PEER_MENTOR';

export type Mutation = {
  __typename?: 'Mutation';
  /** Makes a user a member of a local association (org_admin of its organization, or global_admin). */
  addMembership: Membership;
  /**
   * Public (no login): the demo booking form of the product website. Creates a lead, or updates the lead with the
   * same e-mail (any case). At most 5 attempts per client IP in a rolling hour: the 6th gets RATE_LIMITED with
   * `extensions.retryAfter` (seconds) and writes nothing. A confirmation e-mail with the lead's confirmation link follows.
   */
  bookDemo: DemoBookingReceipt;
  /** Configures the accounting integration (org_admin of the organization, or global_admin); credentials are stored encrypted. */
  configureAccountingIntegration: AccountingIntegration;
  /** Adds a local association to an organization (org_admin of that organization, or global_admin). */
  createLocalAssociation: LocalAssociation;
  /**
   * Global administrators: creates an organization with its settings (the platform defaults, and the given feature
   * flags), its first region and local association, and invites its first organization administrator there (the
   * token is answered once: e-mail it). One transaction: a failure in any part creates nothing.
   */
  createOrganization: OrganizationCreated;
  /** Adds a region to an organization (org_admin of that organization, or global_admin). */
  createRegion: Region;
  /** Deactivates a local association: it and its memberships stay (history); no new memberships or invitations. */
  deactivateLocalAssociation: LocalAssociation;
  /**
   * Invites an e-mail to a local association with a role (org_admin of its organization or global_admin; a coordinator
   * invites peer mentors to their own local association). Returns the single-use token once: e-mail it to the invitee.
   */
  inviteMember: CreatedInvitation;
  /** Moves a local association to another region of the same organization, or out of any region (regionId null). */
  moveLocalAssociation: LocalAssociation;
  /**
   * Ends a membership (org_admin of its organization, or global_admin) and returns it as it was. When it was the
   * primary one, the user's earliest remaining membership becomes primary.
   */
  removeMembership: Membership;
  /** Renames a local association (org_admin of its organization, or global_admin). */
  renameLocalAssociation: LocalAssociation;
  /** Withdraws an open invitation (whoever may invite to it). */
  revokeInvitation: Invitation;
  /**
   * Makes a membership the user's primary one (the member themself, an org_admin of its organization, or global_admin);
   * the previous primary is unset in the same transaction.
   */
  setPrimaryMembership: Membership;
  /** Sales staff (global_admin): moves a lead forward (new, contacted, qualified, demo_scheduled, then converted or lost). */
  updateLeadStatus: Lead;
  /** Changes an organization's settings (org_admin of it, or global_admin); publishes organization.settings.changed per section. */
  updateOrganizationSettings: OrganizationSettings;
};


export type MutationAddMembershipArgs = {
  input: AddMembershipInput;
};


export type MutationBookDemoArgs = {
  input: BookDemoInput;
};


export type MutationConfigureAccountingIntegrationArgs = {
  input: ConfigureAccountingIntegrationInput;
};


export type MutationCreateLocalAssociationArgs = {
  input: CreateLocalAssociationInput;
};


export type MutationCreateOrganizationArgs = {
  input: CreateOrganizationInput;
};


export type MutationCreateRegionArgs = {
  input: CreateRegionInput;
};


export type MutationDeactivateLocalAssociationArgs = {
  id: Scalars['ID']['input'];
};


export type MutationInviteMemberArgs = {
  input: InviteMemberInput;
};


export type MutationMoveLocalAssociationArgs = {
  id: Scalars['ID']['input'];
  regionId?: InputMaybe<Scalars['ID']['input']>;
};


export type MutationRemoveMembershipArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRenameLocalAssociationArgs = {
  id: Scalars['ID']['input'];
  name: Scalars['String']['input'];
};


export type MutationRevokeInvitationArgs = {
  id: Scalars['ID']['input'];
};


export type MutationSetPrimaryMembershipArgs = {
  membershipId: Scalars['ID']['input'];
};


export type MutationUpdateLeadStatusArgs = {
  id: Scalars['ID']['input'];
  status: LeadStatus;
};


export type MutationUpdateOrganizationSettingsArgs = {
  input: UpdateOrganizationSettingsInput;
};

/** A tenant: a national member organization such as NHF, Blindeforbundet, HLF or Barnekreftforeningen. */
export type Organization = {
  __typename?: 'Organization';
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  isActive: Scalars['Boolean']['output'];
  localAssociations: LocalAssociationConnection;
  name: Scalars['String']['output'];
  /** The Norwegian organization number (9 digits), when known. */
  organizationNumber?: Maybe<Scalars['String']['output']>;
  regions: Array<Region>;
  settings: OrganizationSettings;
  shortName: Scalars['String']['output'];
};


/** A tenant: a national member organization such as NHF, Blindeforbundet, HLF or Barnekreftforeningen. */
export type OrganizationLocalAssociationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};

/** A new organization, its first region and local association, and its first administrator's invitation. */
export type OrganizationCreated = {
  __typename?: 'OrganizationCreated';
  adminInvitation: CreatedInvitation;
  localAssociation: LocalAssociation;
  organization: Organization;
  region: Region;
};

/**
 * An organization's settings. Every member reads terminology, feature flags, branding and external resources;
 * the rest (policies, thresholds, integrations, the version and history) only its administrators.
 */
export type OrganizationSettings = {
  __typename?: 'OrganizationSettings';
  /** Administrators: the accounting integration (null: none configured). Credentials are never returned. */
  accountingIntegration?: Maybe<AccountingIntegration>;
  branding: Branding;
  /** Administrators: what Bufdir counts (DESIGN.md section 9); the grant scheme's values unless changed. */
  bufdirThresholds: BufdirThresholds;
  /** Administrators: the window of activity duplicate detection. */
  duplicateDetection: DuplicateDetection;
  /** Links shown to mentors and coordinators in the app's Resources section, in the order given. */
  externalResources: Array<ExternalResource>;
  /** Every platform capability, with the organization's value (its override, else the platform default). */
  featureFlags: Array<FeatureFlag>;
  /** Administrators: every change, newest first, with the section's new values (secrets never). */
  history: SettingsChangeConnection;
  /** Administrators: factors of the yearly summary (Wrapped). */
  impactMultipliers: Array<ImpactMultiplier>;
  /** How many local associations one user may belong to (NHF allows five). */
  maxMembershipsPerUser: Scalars['Int']['output'];
  /** Administrators: which contact fields are sensitive and which roles never see them. */
  sensitiveFieldPolicy: Array<SensitiveFieldRule>;
  /** The organization's own labels, per language (nb, nn, en, se); `language` filters. */
  terminology: Array<TermLabel>;
  /** Administrators. */
  updatedAt: Scalars['DateTime']['output'];
  /** Administrators: who made the last change (null: the system). */
  updatedBy?: Maybe<User>;
  /** Administrators: grows by one with every change (pass it as expectedVersion to refuse a stale edit). */
  version: Scalars['Int']['output'];
};


/**
 * An organization's settings. Every member reads terminology, feature flags, branding and external resources;
 * the rest (policies, thresholds, integrations, the version and history) only its administrators.
 */
export type OrganizationSettingsHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  section?: InputMaybe<SettingsSection>;
};


/**
 * An organization's settings. Every member reads terminology, feature flags, branding and external resources;
 * the rest (policies, thresholds, integrations, the version and history) only its administrators.
 */
export type OrganizationSettingsTerminologyArgs = {
  language?: InputMaybe<Scalars['String']['input']>;
};

/** Approximate size of the prospective organization (peer mentors): SMALL under 50, MEDIUM 50-199, LARGE 200-999, VERY_LARGE 1000 or more. */
export type OrganizationSize =
  | 'LARGE'
  | 'MEDIUM'
  | 'SMALL'
  | 'VERY_LARGE';

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

export type PolicyRole =
  | 'COORDINATOR'
  | 'ORG_ADMIN'
  | 'PEER_MENTOR';

export type Query = {
  __typename?: 'Query';
  /** Public (no login): the confirmation page of a demo booking, by the masked reference from the confirmation e-mail. Non-sensitive fields only; null when unknown. */
  demoBookingConfirmation?: Maybe<DemoBookingConfirmation>;
  /** The invitations of a local association, newest first (at most 500): org_admin, global_admin, or the unit's coordinator. */
  invitations: Array<Invitation>;
  /** Sales staff (global_admin): one lead. */
  lead?: Maybe<Lead>;
  /** Sales staff (global_admin): leads, newest first; `search` matches name, e-mail or organization name; `status` filters. */
  leads: LeadConnection;
  /** A local association in the caller's organization. */
  localAssociation?: Maybe<LocalAssociation>;
  /** The local associations of the caller's organization, by name; `search` matches name or municipality. */
  localAssociations: LocalAssociationConnection;
  /** The organization of the viewer's active membership (null for a global administrator outside any tenant). */
  myOrganization?: Maybe<Organization>;
  /** An organization the caller may see: their own (a global administrator: any). */
  organization?: Maybe<Organization>;
  /** The organizations the caller may see, by name: their own (a global administrator: every one). */
  organizations: Array<Organization>;
  /** The regions of the caller's organization, by name. */
  regions: Array<Region>;
};


export type QueryDemoBookingConfirmationArgs = {
  maskedRef: Scalars['String']['input'];
};


export type QueryInvitationsArgs = {
  localAssociationId: Scalars['ID']['input'];
  status?: InputMaybe<InvitationStatus>;
};


export type QueryLeadArgs = {
  id: Scalars['ID']['input'];
};


export type QueryLeadsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<LeadStatus>;
};


export type QueryLocalAssociationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryLocalAssociationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryOrganizationArgs = {
  id: Scalars['ID']['input'];
};

/** A regional grouping of local associations within one organization. */
export type Region = {
  __typename?: 'Region';
  id: Scalars['ID']['output'];
  localAssociations: LocalAssociationConnection;
  name: Scalars['String']['output'];
  organization: Organization;
};


/** A regional grouping of local associations within one organization. */
export type RegionLocalAssociationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};

export type SensitiveFieldRule = {
  __typename?: 'SensitiveFieldRule';
  field: ContactField;
  hiddenFromRoles: Array<PolicyRole>;
  /** Encrypted at rest and every read audited. */
  sensitive: Scalars['Boolean']['output'];
};

export type SensitiveFieldRuleInput = {
  field: ContactField;
  hiddenFromRoles: Array<PolicyRole>;
  sensitive: Scalars['Boolean']['input'];
};

/** One settings change, for the auditor. */
export type SettingsChange = {
  __typename?: 'SettingsChange';
  changedAt: Scalars['DateTime']['output'];
  changedBy?: Maybe<User>;
  section: SettingsSection;
  /** The section's new values as JSON (never secrets). */
  values: Scalars['String']['output'];
  version: Scalars['Int']['output'];
};

export type SettingsChangeConnection = {
  __typename?: 'SettingsChangeConnection';
  edges: Array<SettingsChangeEdge>;
  pageInfo: PageInfo;
};

export type SettingsChangeEdge = {
  __typename?: 'SettingsChangeEdge';
  cursor: Scalars['String']['output'];
  node: SettingsChange;
};

export type SettingsSection =
  | 'ACCOUNTING_INTEGRATION'
  | 'BRANDING'
  | 'BUFDIR_THRESHOLDS'
  | 'DUPLICATE_DETECTION'
  | 'EXTERNAL_RESOURCES'
  | 'FEATURE_FLAGS'
  | 'IMPACT_MULTIPLIERS'
  | 'MEMBERSHIPS'
  | 'SENSITIVE_FIELD_POLICY'
  | 'TERMINOLOGY';

export type TermLabel = {
  __typename?: 'TermLabel';
  key: Scalars['String']['output'];
  label: Scalars['String']['output'];
  language: Scalars['String']['output'];
};

export type TermLabelInput = {
  key: Scalars['String']['input'];
  label: Scalars['String']['input'];
  language: Scalars['String']['input'];
};

/**
 * Changes the given sections of an organization's settings (the others stay): lists replace the stored list,
 * featureFlags set only the capabilities named, bufdirThresholds only the fields given.
 */
export type UpdateOrganizationSettingsInput = {
  branding?: InputMaybe<BrandingInput>;
  bufdirThresholds?: InputMaybe<BufdirThresholdsInput>;
  duplicateDetection?: InputMaybe<DuplicateDetectionInput>;
  /** Refused (CONFLICT, rule settings_version) when the settings are no longer at this version. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  externalResources?: InputMaybe<Array<ExternalResourceInput>>;
  featureFlags?: InputMaybe<Array<FeatureFlagInput>>;
  impactMultipliers?: InputMaybe<Array<ImpactMultiplierInput>>;
  maxMembershipsPerUser?: InputMaybe<Scalars['Int']['input']>;
  /** Defaults to the caller's organization; only a global administrator may name another. */
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  sensitiveFieldPolicy?: InputMaybe<Array<SensitiveFieldRuleInput>>;
  terminology?: InputMaybe<Array<TermLabelInput>>;
};

export type User = {
  __typename?: 'User';
  id: Scalars['ID']['output'];
  /** The user's memberships in the caller's organization (a coordinator or mentor: in their own local associations). */
  memberships: Array<Membership>;
};

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = ResolversObject<{
  LocalAssociation: LocalAssociation;
  Organization: Organization;
  Region: Region;
  User: User;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  LocalAssociation:
    ( { __typename: 'LocalAssociation' }
    & GraphQLRecursivePick<FederationTypes['LocalAssociation'], {"id":true}> );
  Organization:
    ( { __typename: 'Organization' }
    & GraphQLRecursivePick<FederationTypes['Organization'], {"id":true}> );
  Region:
    ( { __typename: 'Region' }
    & GraphQLRecursivePick<FederationTypes['Region'], {"id":true}> );
  User:
    ( { __typename: 'User' }
    & GraphQLRecursivePick<FederationTypes['User'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  AccountMapping: ResolverTypeWrapper<AccountMapping>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  AccountMappingInput: AccountMappingInput;
  AccountingIntegration: ResolverTypeWrapper<IntegrationRow>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  AccountingSystem: AccountingSystem;
  AddMembershipInput: AddMembershipInput;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  BookDemoInput: BookDemoInput;
  Branding: ResolverTypeWrapper<Branding>;
  BrandingInput: BrandingInput;
  BufdirThresholds: ResolverTypeWrapper<BufdirThresholds>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  BufdirThresholdsInput: BufdirThresholdsInput;
  ConfigureAccountingIntegrationInput: ConfigureAccountingIntegrationInput;
  ContactField: ContactField;
  CreateLocalAssociationInput: CreateLocalAssociationInput;
  CreateOrganizationInput: CreateOrganizationInput;
  CreateRegionInput: CreateRegionInput;
  CreatedInvitation: ResolverTypeWrapper<Omit<CreatedInvitation, 'invitation'> & { invitation: ResolversTypes['Invitation'] }>;
  CredentialInput: CredentialInput;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DemoBooking: ResolverTypeWrapper<DemoBookingRow>;
  DemoBookingConfirmation: ResolverTypeWrapper<LeadRow>;
  DemoBookingReceipt: ResolverTypeWrapper<DemoBookingReceiptModel>;
  DuplicateDetection: ResolverTypeWrapper<DuplicateDetection>;
  DuplicateDetectionInput: DuplicateDetectionInput;
  ExternalResource: ResolverTypeWrapper<ExternalResource>;
  ExternalResourceInput: ExternalResourceInput;
  FeatureFlag: ResolverTypeWrapper<FeatureFlag>;
  FeatureFlagInput: FeatureFlagInput;
  FirstLocalAssociationInput: FirstLocalAssociationInput;
  ImpactMultiplier: ResolverTypeWrapper<ImpactMultiplier>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  ImpactMultiplierInput: ImpactMultiplierInput;
  Invitation: ResolverTypeWrapper<InvitationRow>;
  InvitationStatus: InvitationStatus;
  InviteMemberInput: InviteMemberInput;
  Lead: ResolverTypeWrapper<LeadRow>;
  LeadConnection: ResolverTypeWrapper<Omit<LeadConnection, 'edges'> & { edges: Array<ResolversTypes['LeadEdge']> }>;
  LeadEdge: ResolverTypeWrapper<Omit<LeadEdge, 'node'> & { node: ResolversTypes['Lead'] }>;
  LeadSource: LeadSource;
  LeadStatus: LeadStatus;
  LocalAssociation: ResolverTypeWrapper<LocalAssociationRow>;
  LocalAssociationConnection: ResolverTypeWrapper<Omit<LocalAssociationConnection, 'edges'> & { edges: Array<ResolversTypes['LocalAssociationEdge']> }>;
  LocalAssociationEdge: ResolverTypeWrapper<Omit<LocalAssociationEdge, 'node'> & { node: ResolversTypes['LocalAssociation'] }>;
  Membership: ResolverTypeWrapper<MembershipRow>;
  MembershipConnection: ResolverTypeWrapper<Omit<MembershipConnection, 'edges'> & { edges: Array<ResolversTypes['MembershipEdge']> }>;
  MembershipEdge: ResolverTypeWrapper<Omit<MembershipEdge, 'node'> & { node: ResolversTypes['Membership'] }>;
  MembershipRole: MembershipRole;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Organization: ResolverTypeWrapper<OrganizationRow>;
  OrganizationCreated: ResolverTypeWrapper<Omit<OrganizationCreated, 'adminInvitation' | 'localAssociation' | 'organization' | 'region'> & { adminInvitation: ResolversTypes['CreatedInvitation'], localAssociation: ResolversTypes['LocalAssociation'], organization: ResolversTypes['Organization'], region: ResolversTypes['Region'] }>;
  OrganizationSettings: ResolverTypeWrapper<OrganizationSettingsRow>;
  OrganizationSize: OrganizationSize;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PolicyRole: PolicyRole;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Region: ResolverTypeWrapper<RegionRow>;
  SensitiveFieldRule: ResolverTypeWrapper<SensitiveFieldRule>;
  SensitiveFieldRuleInput: SensitiveFieldRuleInput;
  SettingsChange: ResolverTypeWrapper<SettingsChangeRow>;
  SettingsChangeConnection: ResolverTypeWrapper<Omit<SettingsChangeConnection, 'edges'> & { edges: Array<ResolversTypes['SettingsChangeEdge']> }>;
  SettingsChangeEdge: ResolverTypeWrapper<Omit<SettingsChangeEdge, 'node'> & { node: ResolversTypes['SettingsChange'] }>;
  SettingsSection: SettingsSection;
  TermLabel: ResolverTypeWrapper<TermLabel>;
  TermLabelInput: TermLabelInput;
  UpdateOrganizationSettingsInput: UpdateOrganizationSettingsInput;
  User: ResolverTypeWrapper<UserRef>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  AccountMapping: AccountMapping;
  String: Scalars['String']['output'];
  AccountMappingInput: AccountMappingInput;
  AccountingIntegration: IntegrationRow;
  Boolean: Scalars['Boolean']['output'];
  AddMembershipInput: AddMembershipInput;
  ID: Scalars['ID']['output'];
  BookDemoInput: BookDemoInput;
  Branding: Branding;
  BrandingInput: BrandingInput;
  BufdirThresholds: BufdirThresholds;
  Int: Scalars['Int']['output'];
  BufdirThresholdsInput: BufdirThresholdsInput;
  ConfigureAccountingIntegrationInput: ConfigureAccountingIntegrationInput;
  CreateLocalAssociationInput: CreateLocalAssociationInput;
  CreateOrganizationInput: CreateOrganizationInput;
  CreateRegionInput: CreateRegionInput;
  CreatedInvitation: Omit<CreatedInvitation, 'invitation'> & { invitation: ResolversParentTypes['Invitation'] };
  CredentialInput: CredentialInput;
  DateTime: Scalars['DateTime']['output'];
  DemoBooking: DemoBookingRow;
  DemoBookingConfirmation: LeadRow;
  DemoBookingReceipt: DemoBookingReceiptModel;
  DuplicateDetection: DuplicateDetection;
  DuplicateDetectionInput: DuplicateDetectionInput;
  ExternalResource: ExternalResource;
  ExternalResourceInput: ExternalResourceInput;
  FeatureFlag: FeatureFlag;
  FeatureFlagInput: FeatureFlagInput;
  FirstLocalAssociationInput: FirstLocalAssociationInput;
  ImpactMultiplier: ImpactMultiplier;
  Float: Scalars['Float']['output'];
  ImpactMultiplierInput: ImpactMultiplierInput;
  Invitation: InvitationRow;
  InviteMemberInput: InviteMemberInput;
  Lead: LeadRow;
  LeadConnection: Omit<LeadConnection, 'edges'> & { edges: Array<ResolversParentTypes['LeadEdge']> };
  LeadEdge: Omit<LeadEdge, 'node'> & { node: ResolversParentTypes['Lead'] };
  LocalAssociation: LocalAssociationRow;
  LocalAssociationConnection: Omit<LocalAssociationConnection, 'edges'> & { edges: Array<ResolversParentTypes['LocalAssociationEdge']> };
  LocalAssociationEdge: Omit<LocalAssociationEdge, 'node'> & { node: ResolversParentTypes['LocalAssociation'] };
  Membership: MembershipRow;
  MembershipConnection: Omit<MembershipConnection, 'edges'> & { edges: Array<ResolversParentTypes['MembershipEdge']> };
  MembershipEdge: Omit<MembershipEdge, 'node'> & { node: ResolversParentTypes['Membership'] };
  Mutation: Record<PropertyKey, never>;
  Organization: OrganizationRow;
  OrganizationCreated: Omit<OrganizationCreated, 'adminInvitation' | 'localAssociation' | 'organization' | 'region'> & { adminInvitation: ResolversParentTypes['CreatedInvitation'], localAssociation: ResolversParentTypes['LocalAssociation'], organization: ResolversParentTypes['Organization'], region: ResolversParentTypes['Region'] };
  OrganizationSettings: OrganizationSettingsRow;
  PageInfo: PageInfo;
  Query: Record<PropertyKey, never>;
  Region: RegionRow;
  SensitiveFieldRule: SensitiveFieldRule;
  SensitiveFieldRuleInput: SensitiveFieldRuleInput;
  SettingsChange: SettingsChangeRow;
  SettingsChangeConnection: Omit<SettingsChangeConnection, 'edges'> & { edges: Array<ResolversParentTypes['SettingsChangeEdge']> };
  SettingsChangeEdge: Omit<SettingsChangeEdge, 'node'> & { node: ResolversParentTypes['SettingsChange'] };
  TermLabel: TermLabel;
  TermLabelInput: TermLabelInput;
  UpdateOrganizationSettingsInput: UpdateOrganizationSettingsInput;
  User: UserRef;
}>;

export type AccountMappingResolvers<ContextType = OrganizationContext, ParentType extends ResolversParentTypes['AccountMapping'] = ResolversParentTypes['AccountMapping']> = ResolversObject<{
  account?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  costCenter?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  expenseTypeKey?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type AccountingIntegrationResolvers<ContextType = OrganizationContext, ParentType extends ResolversParentTypes['AccountingIntegration'] = ResolversParentTypes['AccountingIntegration']> = ResolversObject<{
  accountMapping?: Resolver<Array<ResolversTypes['AccountMapping']>, ParentType, ContextType>;
  credentialsConfigured?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  credentialsSetAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  credentialsSetBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  enabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  system?: Resolver<ResolversTypes['AccountingSystem'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type BrandingResolvers<ContextType = OrganizationContext, ParentType extends ResolversParentTypes['Branding'] = ResolversParentTypes['Branding']> = ResolversObject<{
  accentColor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  logoUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  primaryColor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  secondaryColor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type BufdirThresholdsResolvers<ContextType = OrganizationContext, ParentType extends ResolversParentTypes['BufdirThresholds'] = ResolversParentTypes['BufdirThresholds']> = ResolversObject<{
  courseMinMinutesPerDay?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  groupMinMinutes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  groupMinParticipants?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  outreachInPersonOnly?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  requireBasicCourse?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type CreatedInvitationResolvers<ContextType = OrganizationContext, ParentType extends ResolversParentTypes['CreatedInvitation'] = ResolversParentTypes['CreatedInvitation']> = ResolversObject<{
  invitation?: Resolver<ResolversTypes['Invitation'], ParentType, ContextType>;
  token?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DemoBookingResolvers<ContextType = OrganizationContext, ParentType extends ResolversParentTypes['DemoBooking'] = ResolversParentTypes['DemoBooking']> = ResolversObject<{
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  notes?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  preferredDemoTiming?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type DemoBookingConfirmationResolvers<ContextType = OrganizationContext, ParentType extends ResolversParentTypes['DemoBookingConfirmation'] = ResolversParentTypes['DemoBookingConfirmation']> = ResolversObject<{
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  firstName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  organizationName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['LeadStatus'], ParentType, ContextType>;
}>;

export type DemoBookingReceiptResolvers<ContextType = OrganizationContext, ParentType extends ResolversParentTypes['DemoBookingReceipt'] = ResolversParentTypes['DemoBookingReceipt']> = ResolversObject<{
  firstName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  organizationName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  received?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  submittedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type DuplicateDetectionResolvers<ContextType = OrganizationContext, ParentType extends ResolversParentTypes['DuplicateDetection'] = ResolversParentTypes['DuplicateDetection']> = ResolversObject<{
  windowMinutes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ExternalResourceResolvers<ContextType = OrganizationContext, ParentType extends ResolversParentTypes['ExternalResource'] = ResolversParentTypes['ExternalResource']> = ResolversObject<{
  category?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type FeatureFlagResolvers<ContextType = OrganizationContext, ParentType extends ResolversParentTypes['FeatureFlag'] = ResolversParentTypes['FeatureFlag']> = ResolversObject<{
  enabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  overridden?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type ImpactMultiplierResolvers<ContextType = OrganizationContext, ParentType extends ResolversParentTypes['ImpactMultiplier'] = ResolversParentTypes['ImpactMultiplier']> = ResolversObject<{
  factor?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  metric?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type InvitationResolvers<ContextType = OrganizationContext, ParentType extends ResolversParentTypes['Invitation'] = ResolversParentTypes['Invitation']> = ResolversObject<{
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  localAssociation?: Resolver<ResolversTypes['LocalAssociation'], ParentType, ContextType>;
  membership?: Resolver<Maybe<ResolversTypes['Membership']>, ParentType, ContextType>;
  refusedReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  revokedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['MembershipRole'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['InvitationStatus'], ParentType, ContextType>;
  usedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
}>;

export type LeadResolvers<ContextType = OrganizationContext, ParentType extends ResolversParentTypes['Lead'] = ResolversParentTypes['Lead']> = ResolversObject<{
  bookingCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  confirmationSentAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  currentSolution?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  demoBookings?: Resolver<Array<ResolversTypes['DemoBooking']>, ParentType, ContextType>;
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  firstName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  ipAddress?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lastName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  maskedRef?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  notes?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  organizationName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  organizationSize?: Resolver<Maybe<ResolversTypes['OrganizationSize']>, ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  preferredDemoTiming?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  roleTitle?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['LeadSource'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['LeadStatus'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type LeadConnectionResolvers<ContextType = OrganizationContext, ParentType extends ResolversParentTypes['LeadConnection'] = ResolversParentTypes['LeadConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['LeadEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type LeadEdgeResolvers<ContextType = OrganizationContext, ParentType extends ResolversParentTypes['LeadEdge'] = ResolversParentTypes['LeadEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Lead'], ParentType, ContextType>;
}>;

export type LocalAssociationResolvers<ContextType = OrganizationContext, ParentType extends ResolversParentTypes['LocalAssociation'] = ResolversParentTypes['LocalAssociation'], FederationReferenceType extends FederationReferenceTypes['LocalAssociation'] = FederationReferenceTypes['LocalAssociation']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['LocalAssociation']> | FederationReferenceType, FederationReferenceType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isActive?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  members?: Resolver<ResolversTypes['MembershipConnection'], ParentType, ContextType, Partial<LocalAssociationMembersArgs>>;
  municipality?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  organization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['Region']>, ParentType, ContextType>;
}>;

export type LocalAssociationConnectionResolvers<ContextType = OrganizationContext, ParentType extends ResolversParentTypes['LocalAssociationConnection'] = ResolversParentTypes['LocalAssociationConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['LocalAssociationEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type LocalAssociationEdgeResolvers<ContextType = OrganizationContext, ParentType extends ResolversParentTypes['LocalAssociationEdge'] = ResolversParentTypes['LocalAssociationEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['LocalAssociation'], ParentType, ContextType>;
}>;

export type MembershipResolvers<ContextType = OrganizationContext, ParentType extends ResolversParentTypes['Membership'] = ResolversParentTypes['Membership']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isPrimary?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  joinedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  localAssociation?: Resolver<ResolversTypes['LocalAssociation'], ParentType, ContextType>;
  organization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['MembershipRole'], ParentType, ContextType>;
  user?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
}>;

export type MembershipConnectionResolvers<ContextType = OrganizationContext, ParentType extends ResolversParentTypes['MembershipConnection'] = ResolversParentTypes['MembershipConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['MembershipEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type MembershipEdgeResolvers<ContextType = OrganizationContext, ParentType extends ResolversParentTypes['MembershipEdge'] = ResolversParentTypes['MembershipEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Membership'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = OrganizationContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  addMembership?: Resolver<ResolversTypes['Membership'], ParentType, ContextType, RequireFields<MutationAddMembershipArgs, 'input'>>;
  bookDemo?: Resolver<ResolversTypes['DemoBookingReceipt'], ParentType, ContextType, RequireFields<MutationBookDemoArgs, 'input'>>;
  configureAccountingIntegration?: Resolver<ResolversTypes['AccountingIntegration'], ParentType, ContextType, RequireFields<MutationConfigureAccountingIntegrationArgs, 'input'>>;
  createLocalAssociation?: Resolver<ResolversTypes['LocalAssociation'], ParentType, ContextType, RequireFields<MutationCreateLocalAssociationArgs, 'input'>>;
  createOrganization?: Resolver<ResolversTypes['OrganizationCreated'], ParentType, ContextType, RequireFields<MutationCreateOrganizationArgs, 'input'>>;
  createRegion?: Resolver<ResolversTypes['Region'], ParentType, ContextType, RequireFields<MutationCreateRegionArgs, 'input'>>;
  deactivateLocalAssociation?: Resolver<ResolversTypes['LocalAssociation'], ParentType, ContextType, RequireFields<MutationDeactivateLocalAssociationArgs, 'id'>>;
  inviteMember?: Resolver<ResolversTypes['CreatedInvitation'], ParentType, ContextType, RequireFields<MutationInviteMemberArgs, 'input'>>;
  moveLocalAssociation?: Resolver<ResolversTypes['LocalAssociation'], ParentType, ContextType, RequireFields<MutationMoveLocalAssociationArgs, 'id'>>;
  removeMembership?: Resolver<ResolversTypes['Membership'], ParentType, ContextType, RequireFields<MutationRemoveMembershipArgs, 'id'>>;
  renameLocalAssociation?: Resolver<ResolversTypes['LocalAssociation'], ParentType, ContextType, RequireFields<MutationRenameLocalAssociationArgs, 'id' | 'name'>>;
  revokeInvitation?: Resolver<ResolversTypes['Invitation'], ParentType, ContextType, RequireFields<MutationRevokeInvitationArgs, 'id'>>;
  setPrimaryMembership?: Resolver<ResolversTypes['Membership'], ParentType, ContextType, RequireFields<MutationSetPrimaryMembershipArgs, 'membershipId'>>;
  updateLeadStatus?: Resolver<ResolversTypes['Lead'], ParentType, ContextType, RequireFields<MutationUpdateLeadStatusArgs, 'id' | 'status'>>;
  updateOrganizationSettings?: Resolver<ResolversTypes['OrganizationSettings'], ParentType, ContextType, RequireFields<MutationUpdateOrganizationSettingsArgs, 'input'>>;
}>;

export type OrganizationResolvers<ContextType = OrganizationContext, ParentType extends ResolversParentTypes['Organization'] = ResolversParentTypes['Organization'], FederationReferenceType extends FederationReferenceTypes['Organization'] = FederationReferenceTypes['Organization']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Organization']> | FederationReferenceType, FederationReferenceType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isActive?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  localAssociations?: Resolver<ResolversTypes['LocalAssociationConnection'], ParentType, ContextType, Partial<OrganizationLocalAssociationsArgs>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  organizationNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  regions?: Resolver<Array<ResolversTypes['Region']>, ParentType, ContextType>;
  settings?: Resolver<ResolversTypes['OrganizationSettings'], ParentType, ContextType>;
  shortName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type OrganizationCreatedResolvers<ContextType = OrganizationContext, ParentType extends ResolversParentTypes['OrganizationCreated'] = ResolversParentTypes['OrganizationCreated']> = ResolversObject<{
  adminInvitation?: Resolver<ResolversTypes['CreatedInvitation'], ParentType, ContextType>;
  localAssociation?: Resolver<ResolversTypes['LocalAssociation'], ParentType, ContextType>;
  organization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  region?: Resolver<ResolversTypes['Region'], ParentType, ContextType>;
}>;

export type OrganizationSettingsResolvers<ContextType = OrganizationContext, ParentType extends ResolversParentTypes['OrganizationSettings'] = ResolversParentTypes['OrganizationSettings']> = ResolversObject<{
  accountingIntegration?: Resolver<Maybe<ResolversTypes['AccountingIntegration']>, ParentType, ContextType>;
  branding?: Resolver<ResolversTypes['Branding'], ParentType, ContextType>;
  bufdirThresholds?: Resolver<ResolversTypes['BufdirThresholds'], ParentType, ContextType>;
  duplicateDetection?: Resolver<ResolversTypes['DuplicateDetection'], ParentType, ContextType>;
  externalResources?: Resolver<Array<ResolversTypes['ExternalResource']>, ParentType, ContextType>;
  featureFlags?: Resolver<Array<ResolversTypes['FeatureFlag']>, ParentType, ContextType>;
  history?: Resolver<ResolversTypes['SettingsChangeConnection'], ParentType, ContextType, Partial<OrganizationSettingsHistoryArgs>>;
  impactMultipliers?: Resolver<Array<ResolversTypes['ImpactMultiplier']>, ParentType, ContextType>;
  maxMembershipsPerUser?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sensitiveFieldPolicy?: Resolver<Array<ResolversTypes['SensitiveFieldRule']>, ParentType, ContextType>;
  terminology?: Resolver<Array<ResolversTypes['TermLabel']>, ParentType, ContextType, Partial<OrganizationSettingsTerminologyArgs>>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  updatedBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = OrganizationContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = OrganizationContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  demoBookingConfirmation?: Resolver<Maybe<ResolversTypes['DemoBookingConfirmation']>, ParentType, ContextType, RequireFields<QueryDemoBookingConfirmationArgs, 'maskedRef'>>;
  invitations?: Resolver<Array<ResolversTypes['Invitation']>, ParentType, ContextType, RequireFields<QueryInvitationsArgs, 'localAssociationId'>>;
  lead?: Resolver<Maybe<ResolversTypes['Lead']>, ParentType, ContextType, RequireFields<QueryLeadArgs, 'id'>>;
  leads?: Resolver<ResolversTypes['LeadConnection'], ParentType, ContextType, Partial<QueryLeadsArgs>>;
  localAssociation?: Resolver<Maybe<ResolversTypes['LocalAssociation']>, ParentType, ContextType, RequireFields<QueryLocalAssociationArgs, 'id'>>;
  localAssociations?: Resolver<ResolversTypes['LocalAssociationConnection'], ParentType, ContextType, Partial<QueryLocalAssociationsArgs>>;
  myOrganization?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
  organization?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType, RequireFields<QueryOrganizationArgs, 'id'>>;
  organizations?: Resolver<Array<ResolversTypes['Organization']>, ParentType, ContextType>;
  regions?: Resolver<Array<ResolversTypes['Region']>, ParentType, ContextType>;
}>;

export type RegionResolvers<ContextType = OrganizationContext, ParentType extends ResolversParentTypes['Region'] = ResolversParentTypes['Region'], FederationReferenceType extends FederationReferenceTypes['Region'] = FederationReferenceTypes['Region']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Region']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  localAssociations?: Resolver<ResolversTypes['LocalAssociationConnection'], ParentType, ContextType, Partial<RegionLocalAssociationsArgs>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  organization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
}>;

export type SensitiveFieldRuleResolvers<ContextType = OrganizationContext, ParentType extends ResolversParentTypes['SensitiveFieldRule'] = ResolversParentTypes['SensitiveFieldRule']> = ResolversObject<{
  field?: Resolver<ResolversTypes['ContactField'], ParentType, ContextType>;
  hiddenFromRoles?: Resolver<Array<ResolversTypes['PolicyRole']>, ParentType, ContextType>;
  sensitive?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type SettingsChangeResolvers<ContextType = OrganizationContext, ParentType extends ResolversParentTypes['SettingsChange'] = ResolversParentTypes['SettingsChange']> = ResolversObject<{
  changedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  changedBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  section?: Resolver<ResolversTypes['SettingsSection'], ParentType, ContextType>;
  values?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type SettingsChangeConnectionResolvers<ContextType = OrganizationContext, ParentType extends ResolversParentTypes['SettingsChangeConnection'] = ResolversParentTypes['SettingsChangeConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['SettingsChangeEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type SettingsChangeEdgeResolvers<ContextType = OrganizationContext, ParentType extends ResolversParentTypes['SettingsChangeEdge'] = ResolversParentTypes['SettingsChangeEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['SettingsChange'], ParentType, ContextType>;
}>;

export type TermLabelResolvers<ContextType = OrganizationContext, ParentType extends ResolversParentTypes['TermLabel'] = ResolversParentTypes['TermLabel']> = ResolversObject<{
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  language?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type UserResolvers<ContextType = OrganizationContext, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User'], FederationReferenceType extends FederationReferenceTypes['User'] = FederationReferenceTypes['User']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['User']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  memberships?: Resolver<Array<ResolversTypes['Membership']>, ParentType, ContextType>;
}>;

export type Resolvers<ContextType = OrganizationContext> = ResolversObject<{
  AccountMapping?: AccountMappingResolvers<ContextType>;
  AccountingIntegration?: AccountingIntegrationResolvers<ContextType>;
  Branding?: BrandingResolvers<ContextType>;
  BufdirThresholds?: BufdirThresholdsResolvers<ContextType>;
  CreatedInvitation?: CreatedInvitationResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  DemoBooking?: DemoBookingResolvers<ContextType>;
  DemoBookingConfirmation?: DemoBookingConfirmationResolvers<ContextType>;
  DemoBookingReceipt?: DemoBookingReceiptResolvers<ContextType>;
  DuplicateDetection?: DuplicateDetectionResolvers<ContextType>;
  ExternalResource?: ExternalResourceResolvers<ContextType>;
  FeatureFlag?: FeatureFlagResolvers<ContextType>;
  ImpactMultiplier?: ImpactMultiplierResolvers<ContextType>;
  Invitation?: InvitationResolvers<ContextType>;
  Lead?: LeadResolvers<ContextType>;
  LeadConnection?: LeadConnectionResolvers<ContextType>;
  LeadEdge?: LeadEdgeResolvers<ContextType>;
  LocalAssociation?: LocalAssociationResolvers<ContextType>;
  LocalAssociationConnection?: LocalAssociationConnectionResolvers<ContextType>;
  LocalAssociationEdge?: LocalAssociationEdgeResolvers<ContextType>;
  Membership?: MembershipResolvers<ContextType>;
  MembershipConnection?: MembershipConnectionResolvers<ContextType>;
  MembershipEdge?: MembershipEdgeResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Organization?: OrganizationResolvers<ContextType>;
  OrganizationCreated?: OrganizationCreatedResolvers<ContextType>;
  OrganizationSettings?: OrganizationSettingsResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Region?: RegionResolvers<ContextType>;
  SensitiveFieldRule?: SensitiveFieldRuleResolvers<ContextType>;
  SettingsChange?: SettingsChangeResolvers<ContextType>;
  SettingsChangeConnection?: SettingsChangeConnectionResolvers<ContextType>;
  SettingsChangeEdge?: SettingsChangeEdgeResolvers<ContextType>;
  TermLabel?: TermLabelResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
}>;

