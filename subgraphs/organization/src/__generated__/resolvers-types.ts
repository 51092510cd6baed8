import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { OrganizationRow, OrganizationSettingsRow } from '../db/schema/organizations.js';
import type { IntegrationRow, SettingsChangeRow } from '../db/schema/settings.js';
import type { RegionRow } from '../db/schema/regions.js';
import type { LocalAssociationRow } from '../db/schema/local-associations.js';
import type { MembershipRow } from '../db/schema/memberships.js';
import type { InvitationRow } from '../db/schema/invitations.js';
import type { UserRef } from '../resolvers/User.js';
import type { LeadRow, DemoBookingRow } from '../db/schema/leads.js';
import type { DemoBookingReceiptModel } from '../resolvers/DemoBookingReceipt.js';
import type { ErasureRequestRow } from '../db/schema/privacy.js';
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
  /** An instant as an RFC 3339 (ISO 8601) date-time string. Answered in UTC (e.g. 2026-03-05T12:45:00.000Z); any offset is accepted as input. Show it in Norwegian time (Europe/Oslo). */
  DateTime: { input: Date | string; output: Date | string; }
  _FieldSet: { input: unknown; output: unknown; }
};

/** Whose data a subject access export covers: exactly one of the two (rule access_export_subject_required). */
export type AccessExportSubjectInput = {
  /** A contact (a person supported by a peer mentor), as activity knows them. */
  contactId?: InputMaybe<Scalars['ID']['input']>;
  /** A user account: an administrator names any member of the organization, anyone else only themselves. */
  userId?: InputMaybe<Scalars['ID']['input']>;
};

/** The account an expense type is booked to. */
export type AccountMapping = {
  __typename?: 'AccountMapping';
  /** The account, 1 to 32 letters, digits, '.', '_' or '-'. */
  account: Scalars['String']['output'];
  /** The cost center, same format, when one is used. */
  costCenter?: Maybe<Scalars['String']['output']>;
  /** finance's expense type key (e.g. mileage, toll, parking). */
  expenseTypeKey: Scalars['String']['output'];
  /** The project dimension (Xledger Posting 2, Dynamics project), same format as account; null when none is used. */
  project?: Maybe<Scalars['String']['output']>;
  /** The VAT code (Xledger tax rule, Dynamics item sales tax group), 1 to 10 letters, digits, '.', '_' or '-'; null when none is used. */
  vatCode?: Maybe<Scalars['String']['output']>;
};

/** The account an expense type is booked to (account_mapping_format). */
export type AccountMappingInput = {
  /** 1 to 32 letters, digits, '.', '_' or '-'. */
  account: Scalars['String']['input'];
  /** Same format as account; optional. */
  costCenter?: InputMaybe<Scalars['String']['input']>;
  /** finance's expense type key: lower-case letters, digits, '_' or '.' (e.g. mileage). */
  expenseTypeKey: Scalars['String']['input'];
  /** The project dimension: same format as account; optional. */
  project?: InputMaybe<Scalars['String']['input']>;
  /** The VAT code (Xledger tax rule, Dynamics item sales tax group): 1 to 10 letters, digits, '.', '_' or '-'; optional. */
  vatCode?: InputMaybe<Scalars['String']['input']>;
};

/** The organization's accounting integration (administrators only). Credentials are write-only. */
export type AccountingIntegration = {
  __typename?: 'AccountingIntegration';
  /** Which account (and cost center) each expense type is booked to. */
  accountMapping: Array<AccountMapping>;
  /** Whether credentials are stored (encrypted); they are never returned. */
  credentialsConfigured: Scalars['Boolean']['output'];
  /** When the stored credentials were set; null when none are. */
  credentialsSetAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who set the stored credentials; null when none are (or the system did). */
  credentialsSetBy?: Maybe<User>;
  /** Whether exports go to the system (enabling needs credentials). */
  enabled: Scalars['Boolean']['output'];
  /** The company in the accounting system: Xledger's entity code (the Entity column of its GL02b voucher file; an Xledger export is refused without it, rule entity_code_missing) or the Dynamics legal entity the journal is imported into. Null: not set. */
  entityCode?: Maybe<Scalars['String']['output']>;
  /** The accounting system. */
  system: AccountingSystem;
  /** When the integration last changed. */
  updatedAt: Scalars['DateTime']['output'];
};

/** The accounting systems finance exports to (the same enum as finance's; it composes as one type). */
export type AccountingSystem =
  /** Microsoft Dynamics. */
  | 'DYNAMICS'
  /** Xledger. */
  | 'XLEDGER';

/**
 * Rules activity applies to every registration and correction (issue 20 item 3). Published as
 * organization.settings.changed, section activity_rules; activity refuses an earlier date with activity_date_floor.
 */
export type ActivityRules = {
  __typename?: 'ActivityRules';
  /** The earliest activity date accepted, YYYY-MM-DD (default 2000-01-01). */
  activityDateFloor: Scalars['String']['output'];
};

/** Rules of activity registration. */
export type ActivityRulesInput = {
  /** The earliest activity date accepted: a real day, YYYY-MM-DD, from 1900-01-01 to today (activity_date_floor_format). */
  activityDateFloor: Scalars['String']['input'];
};

/** A new membership (addMembership). */
export type AddMembershipInput = {
  /** Make this the user's primary membership (a user's first membership is always primary). */
  isPrimary?: InputMaybe<Scalars['Boolean']['input']>;
  /** The local association: an active one of the caller's organization (a global administrator: any). */
  localAssociationId: Scalars['ID']['input'];
  /** The role held there; GLOBAL_ADMIN only by a global administrator (role_grant). */
  role: MembershipRole;
  /** The user (identity's User.id); organization does not check that the user exists. */
  userId: Scalars['ID']['input'];
};

/**
 * The demo booking form. Fields are nullable so that a missing one is reported by the rule
 * `required_fields_present` (firstName, lastName, email, organizationName and roleTitle are required).
 */
export type BookDemoInput = {
  /** Optional: what the organization uses today, at most 500 characters (text_length_limit). */
  currentSolution?: InputMaybe<Scalars['String']['input']>;
  /** Required, at most 254 characters (email_length_limit) and a valid address (email_format); identifies the lead (any case). */
  email?: InputMaybe<Scalars['String']['input']>;
  /** Required, 1 to 100 characters (name_field_length). */
  firstName?: InputMaybe<Scalars['String']['input']>;
  /** Required, 1 to 100 characters (name_field_length). */
  lastName?: InputMaybe<Scalars['String']['input']>;
  /** Optional, at most 2000 characters (notes_length_limit). */
  notes?: InputMaybe<Scalars['String']['input']>;
  /** Required, 1 to 200 characters (organization_name_length). */
  organizationName?: InputMaybe<Scalars['String']['input']>;
  /** Optional: how many peer mentors the organization has. */
  organizationSize?: InputMaybe<OrganizationSize>;
  /** Optional; normalized to E.164 (Norwegian numbers without +47 are accepted; phone_format_if_provided). */
  phone?: InputMaybe<Scalars['String']['input']>;
  /** Optional: when the person would like the demo, free text, at most 200 characters (text_length_limit). */
  preferredDemoTiming?: InputMaybe<Scalars['String']['input']>;
  /** Required: the person's role in the organization, at most 150 characters (text_length_limit). */
  roleTitle?: InputMaybe<Scalars['String']['input']>;
};

/** The organization's colours and logo (null: the apps' own). */
export type Branding = {
  __typename?: 'Branding';
  /** Accent colour, #RRGGBB. */
  accentColor?: Maybe<Scalars['String']['output']>;
  /** https only. */
  logoUrl?: Maybe<Scalars['String']['output']>;
  /** #RRGGBB */
  primaryColor?: Maybe<Scalars['String']['output']>;
  /** Secondary colour, #RRGGBB. */
  secondaryColor?: Maybe<Scalars['String']['output']>;
};

/** Replaces the branding: a field left out is cleared. */
export type BrandingInput = {
  /** #RRGGBB (color_format). */
  accentColor?: InputMaybe<Scalars['String']['input']>;
  /** An https URL of at most 2048 characters (logo_url_format). */
  logoUrl?: InputMaybe<Scalars['String']['input']>;
  /** #RRGGBB (color_format). */
  primaryColor?: InputMaybe<Scalars['String']['input']>;
  /** #RRGGBB (color_format). */
  secondaryColor?: InputMaybe<Scalars['String']['input']>;
};

/** What Bufdir counts (DESIGN.md section 9), per organization; administrators only. */
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

/** The Bufdir thresholds to change (bufdir_threshold_range); absent fields keep their value. */
export type BufdirThresholdsInput = {
  /** Minutes per course day, a whole number from 1 to 1440. */
  courseMinMinutesPerDay?: InputMaybe<Scalars['Int']['input']>;
  /** Minutes, a whole number from 1 to 1440. */
  groupMinMinutes?: InputMaybe<Scalars['Int']['input']>;
  /** A whole number from 1 to 100. */
  groupMinParticipants?: InputMaybe<Scalars['Int']['input']>;
  /** Outreach counts only in person. */
  outreachInPersonOnly?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only mentors who completed the basic course count. */
  requireBasicCourse?: InputMaybe<Scalars['Boolean']['input']>;
};

/** The accounting integration to store (configureAccountingIntegration). */
export type ConfigureAccountingIntegrationInput = {
  /** Replaces the mapping: at most 200 (account_mapping_count), one per expense type (account_mapping_unique). */
  accountMapping: Array<AccountMappingInput>;
  /** Removes the stored credentials. */
  clearCredentials?: InputMaybe<Scalars['Boolean']['input']>;
  /** Write-only: stored encrypted, never returned. Left out: the stored ones stay. */
  credentials?: InputMaybe<Array<CredentialInput>>;
  /** Enabling needs credentials (given now or stored before). */
  enabled: Scalars['Boolean']['input'];
  /** The company in the accounting system (Xledger entity code, Dynamics legal entity): 1 to 32 letters, digits, '.', '_' or '-' (entity_code_format). Left out or null: none (an Xledger export then refuses, entity_code_missing). */
  entityCode?: InputMaybe<Scalars['String']['input']>;
  /** Refused (CONFLICT, rule settings_version) when the settings are no longer at this version. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** Defaults to the caller's organization; only a global administrator may name another. */
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  /** The accounting system (accounting_system_known). */
  system: AccountingSystem;
};

/** A contact field a sensitive-field policy can name (activity owns the contacts). */
export type ContactField =
  /** The contact's address. */
  | 'ADDRESS'
  /** The contact's date of birth. */
  | 'BIRTH_DATE'
  /** The contact's caregivers and next of kin. */
  | 'CAREGIVERS'
  /** The contact's e-mail address. */
  | 'EMAIL'
  /** The contact's gender. */
  | 'GENDER'
  /** The contact's health information (without a rule: hidden from organization administrators). */
  | 'HEALTH_INFORMATION'
  /** The contact's municipality. */
  | 'MUNICIPALITY'
  /** The contact's name. */
  | 'NAME'
  /** Notes about the contact (without a rule: hidden from organization administrators). */
  | 'NOTES'
  /** The contact's phone number. */
  | 'PHONE';

/** A new local association (createLocalAssociation). */
export type CreateLocalAssociationInput = {
  /** The municipality it works in, 1 to 100 characters, when given. */
  municipality?: InputMaybe<Scalars['String']['input']>;
  /** 1 to 150 characters, unique in the organization (case-insensitive). */
  name: Scalars['String']['input'];
  /** Defaults to the caller's organization; only a global administrator may name another. */
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  /** A region of the same organization (region_in_organization); absent: outside any region. */
  regionId?: InputMaybe<Scalars['ID']['input']>;
};

/** A new organization with its first region, local association and administrator (createOrganization). */
export type CreateOrganizationInput = {
  /** E-mail of the first organization administrator, invited to the first local association. */
  adminEmail: Scalars['String']['input'];
  /** Feature flags set at once (every capability not named keeps the platform default). */
  featureFlags?: InputMaybe<Array<FeatureFlagInput>>;
  /** The first local association, placed in the first region. */
  firstLocalAssociation: FirstLocalAssociationInput;
  /** The name of the first region, 1 to 100 characters. */
  firstRegion: Scalars['String']['input'];
  /** 1 to 20; default 3. */
  maxMembershipsPerUser?: InputMaybe<Scalars['Int']['input']>;
  /** The organization's full name, 1 to 200 characters. */
  name: Scalars['String']['input'];
  /** The Norwegian organization number (9 digits with a valid check digit; spaces dropped), when known; unique. */
  organizationNumber?: InputMaybe<Scalars['String']['input']>;
  /** A short name (e.g. NHF), 1 to 50 characters, unique on the platform (organization_unique). */
  shortName: Scalars['String']['input'];
};

/** A new region (createRegion). */
export type CreateRegionInput = {
  /** 1 to 100 characters, unique in the organization (case-insensitive). */
  name: Scalars['String']['input'];
  /** Defaults to the caller's organization; only a global administrator may name another. */
  organizationId?: InputMaybe<Scalars['ID']['input']>;
};

/** An invitation and its token. Only this answer carries the token (organization stores its sha256): e-mail it to the invitee. */
export type CreatedInvitation = {
  __typename?: 'CreatedInvitation';
  /** The invitation. */
  invitation: Invitation;
  /** The single-use token (32 random bytes, base64url) the invitee accepts with (acceptInvitation). */
  token: Scalars['String']['output'];
};

/** One named secret of the accounting system (credentials_format: 1 to 10, each name once). */
export type CredentialInput = {
  /** e.g. apiToken, clientId, clientSecret, tenantId */
  name: Scalars['String']['input'];
  /** The secret, 1 to 4096 characters; stored encrypted, never returned. */
  value: Scalars['String']['input'];
};

/** Whom personal data is about (GDPR art. 30(1)(c)). */
export type DataSubject =
  /** Contacts: the people peer mentors follow up, often disabled people or children. */
  | 'CONTACT'
  /** People invited by e-mail who have no account yet. */
  | 'INVITEE'
  /** People at prospective customer organizations who contacted the platform operator (its own sales). */
  | 'PROSPECT'
  /** A contact's caregivers and next of kin. */
  | 'RELATED_PERSON'
  /** Users: peer mentors, coordinators and administrators. */
  | 'USER';

/** One submission of the demo booking form (sales staff only). */
export type DemoBooking = {
  __typename?: 'DemoBooking';
  /** When the form was submitted. */
  createdAt: Scalars['DateTime']['output'];
  /** The booking's id. */
  id: Scalars['ID']['output'];
  /** The notes given in this submission. */
  notes?: Maybe<Scalars['String']['output']>;
  /** When the person would like the demo, as given in this submission. */
  preferredDemoTiming?: Maybe<Scalars['String']['output']>;
};

/** The public confirmation page's view of a lead: nothing sensitive. */
export type DemoBookingConfirmation = {
  __typename?: 'DemoBookingConfirmation';
  /** When the lead first booked a demo. */
  createdAt: Scalars['DateTime']['output'];
  /** The lead's first name. */
  firstName: Scalars['String']['output'];
  /** The lead's organization name. */
  organizationName: Scalars['String']['output'];
  /** Where the lead stands in the sales pipeline. */
  status: LeadStatus;
};

/** What the booking form gets back: an echo of the submission only (the confirmation link arrives by e-mail). */
export type DemoBookingReceipt = {
  __typename?: 'DemoBookingReceipt';
  /** The first name as submitted (trimmed). */
  firstName: Scalars['String']['output'];
  /** The organization name as submitted (trimmed). */
  organizationName: Scalars['String']['output'];
  /** Always true: the booking was stored. */
  received: Scalars['Boolean']['output'];
  /** When the booking was received. */
  submittedAt: Scalars['DateTime']['output'];
};

/** Activity duplicate detection (administrators only). */
export type DuplicateDetection = {
  __typename?: 'DuplicateDetection';
  /** Activities of the same contact and type within this many minutes are flagged for review (default 1440: a day; 1 to 43200). */
  windowMinutes: Scalars['Int']['output'];
};

/** The activity duplicate window. */
export type DuplicateDetectionInput = {
  /** Minutes, 1 to 43200 (30 days; duplicate_window_range). */
  windowMinutes: Scalars['Int']['input'];
};

/** One subgraph's part of an erasure. */
export type ErasurePart = {
  __typename?: 'ErasurePart';
  /** When it reported its part done; null: not yet. */
  completedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The subgraph (identity, organization, activity, finance, engagement, reporting). */
  subgraph: Scalars['String']['output'];
};

/** Why a person is erased. */
export type ErasureReason =
  /** The person withdrew the consent the data was held on. */
  | 'CONSENT_WITHDRAWN'
  /** The data is no longer needed for its purpose. */
  | 'NO_LONGER_NEEDED'
  /** The contact was inactive longer than the organization's retention (the retention job). */
  | 'RETENTION'
  /** The person asked to be erased (GDPR art. 17). */
  | 'SUBJECT_REQUEST';

/**
 * An erasure (GDPR art. 17; issue 24 item 4): the subject's keys destroyed, identifiers replaced by a pseudonym, free
 * text about them erased, name copies cleared; what the law requires to keep (approved activities in frozen Bufdir
 * reports and aggregates, accounting exports made, the audit chain) stays without identifying them.
 */
export type ErasureRequest = {
  __typename?: 'ErasureRequest';
  /** When the last subgraph reported its part; null: not yet. */
  completedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The administrator who confirmed it; null: not confirmed (or not needed, or by the organization's retention setting). */
  confirmedBy?: Maybe<User>;
  /** The request's id. */
  id: Scalars['ID']['output'];
  /** Whether a second administrator must confirm it (a contact with assignments, or a retention proposal). */
  needsConfirmation: Scalars['Boolean']['output'];
  /** Each subgraph's part, by subgraph name. */
  parts: Array<ErasurePart>;
  /** Why. */
  reason: ErasureReason;
  /** When it was asked. */
  requestedAt: Scalars['DateTime']['output'];
  /** The administrator who asked; null: the retention job. */
  requestedBy?: Maybe<User>;
  /** When the erasure started (published); null: not yet. */
  startedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Where it stands. */
  status: ErasureStatus;
  /** The contact's or user's id (after the erasure a pseudonym: nothing names the person any more). */
  subjectId: Scalars['ID']['output'];
  /** Whether a contact or a user is erased. */
  subjectType: ErasureSubjectType;
};

/** Where an erasure request stands. */
export type ErasureStatus =
  /** Waits for a second administrator's confirmErasure. */
  | 'AWAITING_CONFIRMATION'
  /** Every subgraph reported its part done. */
  | 'COMPLETED'
  /** Published; some subgraphs have not reported their part yet. */
  | 'IN_PROGRESS';

/** Who an erasure is for: exactly one of the two (erasure_subject_one). */
export type ErasureSubjectInput = {
  /** A contact of the caller's organization. */
  contactId?: InputMaybe<Scalars['ID']['input']>;
  /** A user with a membership in the caller's organization. */
  userId?: InputMaybe<Scalars['ID']['input']>;
};

/** What kind of subject an erasure is for. */
export type ErasureSubjectType =
  /** A contact (a person receiving peer support). */
  | 'CONTACT'
  /** A user (a person with an account). */
  | 'USER';

/** A link in the app's Resources section. */
export type ExternalResource = {
  __typename?: 'ExternalResource';
  /** When the link was archived (null: in use). Archived links show only to administrators, with includeArchived. */
  archivedAt?: Maybe<Scalars['DateTime']['output']>;
  /** A heading to group links under, at most 60 characters. */
  category?: Maybe<Scalars['String']['output']>;
  /** What the link offers, at most 500 characters. */
  description?: Maybe<Scalars['String']['output']>;
  /** The link's id (updateExternalResource, archiveExternalResource, reorderExternalResources). */
  id: Scalars['ID']['output'];
  /** The link's title, 1 to 120 characters. */
  title: Scalars['String']['output'];
  /** An https URL, at most 2048 characters. */
  url: Scalars['String']['output'];
};

/** A link of the Resources section. */
export type ExternalResourceInput = {
  /** 1 to 60 characters (resource_category_length). */
  category?: InputMaybe<Scalars['String']['input']>;
  /** At most 500 characters (resource_description_length). */
  description?: InputMaybe<Scalars['String']['input']>;
  /** 1 to 120 characters (resource_title_length). */
  title: Scalars['String']['input'];
  /** An https URL of at most 2048 characters (resource_url_format). */
  url: Scalars['String']['input'];
};

/** A platform capability and whether it is on for the organization. Subgraphs serving it answer FEATURE_DISABLED (with `flag`) while it is off. */
export type FeatureFlag = {
  __typename?: 'FeatureFlag';
  /** Whether the capability is on for the organization. */
  enabled: Scalars['Boolean']['output'];
  /** The capability, e.g. activity_registration, proxy_registration, bulk_registration, expense_reimbursement, encrypted_assignments, events, certifications, courses, badges, referrals, annual_summary, bufdir_export, accounting_export, caregiver_contacts, notes, toolbox. */
  key: Scalars['String']['output'];
  /** True when the organization overrides the platform default. */
  overridden: Scalars['Boolean']['output'];
};

/** A capability toggle. */
export type FeatureFlagInput = {
  /** On or off for the organization. */
  enabled: Scalars['Boolean']['input'];
  /** A capability of the platform catalog (feature_flag_known), each once (feature_flag_unique). */
  key: Scalars['String']['input'];
};

/** The first local association of a new organization. */
export type FirstLocalAssociationInput = {
  /** The municipality it works in, 1 to 100 characters, when given. */
  municipality?: InputMaybe<Scalars['String']['input']>;
  /** 1 to 150 characters. */
  name: Scalars['String']['input'];
};

/** A factor the yearly summary (Wrapped) multiplies a metric by (administrators only). */
export type ImpactMultiplier = {
  __typename?: 'ImpactMultiplier';
  /** The factor, 0 to 10000 (e.g. 2.5). */
  factor: Scalars['Float']['output'];
  /** The metric, lower-case letters, digits, '_' or '.' (e.g. people_reached_per_visit). */
  metric: Scalars['String']['output'];
};

/** A factor of the yearly summary. */
export type ImpactMultiplierInput = {
  /** 0 to 10000 (impact_multiplier_range). */
  factor: Scalars['Float']['input'];
  /** Lower-case letters, digits, '_' or '.', 1 to 64 characters (impact_metric_format), each once (impact_metric_unique). */
  metric: Scalars['String']['input'];
};

/** An invitation of an e-mail to a local association (seed 003). Read by whoever may invite to it. */
export type Invitation = {
  __typename?: 'Invitation';
  /** When the invitation was made. */
  createdAt: Scalars['DateTime']['output'];
  /** The invited e-mail address (trimmed, as given). */
  email: Scalars['String']['output'];
  /** When the token stops working. */
  expiresAt: Scalars['DateTime']['output'];
  /** The invitation's id. */
  id: Scalars['ID']['output'];
  /** The local association the invitee joins. */
  localAssociation: LocalAssociation;
  /** The membership an accepted invitation created. */
  membership?: Maybe<Membership>;
  /** Why the last acceptance that arrived was refused (a rule name), if one was. */
  refusedReason?: Maybe<Scalars['String']['output']>;
  /** When it was withdrawn; null unless revoked. */
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The role the invitee will hold. */
  role: MembershipRole;
  /** EXPIRED: still open but past expiresAt. */
  status: InvitationStatus;
  /** When the membership was created from it; null until then. */
  usedAt?: Maybe<Scalars['DateTime']['output']>;
};

/** The state of an invitation. */
export type InvitationStatus =
  /** Open but past expiresAt: can no longer be accepted. */
  | 'EXPIRED'
  /** Can be accepted or revoked. */
  | 'OPEN'
  /** Withdrawn. */
  | 'REVOKED'
  /** Accepted: the membership exists. */
  | 'USED';

/** An invitation to create (inviteMember). */
export type InviteMemberInput = {
  /** The invitee's e-mail address (email_format). */
  email: Scalars['String']['input'];
  /** 1 to 30; default 7. */
  expiresInDays?: InputMaybe<Scalars['Int']['input']>;
  /** An active local association: the caller's organization's (a coordinator: their own). */
  localAssociationId: Scalars['ID']['input'];
  /** The role the invitee will hold there (a coordinator: PEER_MENTOR only; GLOBAL_ADMIN only by a global administrator). */
  role: MembershipRole;
};

/** A prospective organization that booked a demo (seed 004). Sales staff (global_admin) only. The lead keeps the latest booking's details. */
export type Lead = {
  __typename?: 'Lead';
  /** How many times the booking form was submitted with this e-mail. */
  bookingCount: Scalars['Int']['output'];
  /** When the latest confirmation e-mail was sent; null until one is. */
  confirmationSentAt?: Maybe<Scalars['DateTime']['output']>;
  /** When the lead first booked; never changes. */
  createdAt: Scalars['DateTime']['output'];
  /** What the organization uses today, when given. */
  currentSolution?: Maybe<Scalars['String']['output']>;
  /** Every submission, oldest first. */
  demoBookings: Array<DemoBooking>;
  /** E-mail as first given; unique case-insensitively (a new booking with it updates this lead). */
  email: Scalars['String']['output'];
  /** First name, 1 to 100 characters. */
  firstName: Scalars['String']['output'];
  /** The lead's id. */
  id: Scalars['ID']['output'];
  /** The client IP address of the latest booking, when known. */
  ipAddress?: Maybe<Scalars['String']['output']>;
  /** Last name, 1 to 100 characters. */
  lastName: Scalars['String']['output'];
  /** The opaque reference of the lead's confirmation link (22 base64url characters); never changes. */
  maskedRef: Scalars['String']['output'];
  /** The person's notes, when given. */
  notes?: Maybe<Scalars['String']['output']>;
  /** The prospective organization's name. */
  organizationName: Scalars['String']['output'];
  /** How many peer mentors the organization has, when given. */
  organizationSize?: Maybe<OrganizationSize>;
  /** The phone number in E.164 (e.g. +4741234567), when given. */
  phone?: Maybe<Scalars['String']['output']>;
  /** When the person would like the demo (free text), when given. */
  preferredDemoTiming?: Maybe<Scalars['String']['output']>;
  /** The person's role in their organization. */
  roleTitle: Scalars['String']['output'];
  /** Where the lead came from (the booking form: WEBSITE). */
  source: LeadSource;
  /** Where the lead stands in the sales pipeline. */
  status: LeadStatus;
  /** When the lead last changed (a booking or a status move). */
  updatedAt: Scalars['DateTime']['output'];
};

/** A page of leads (Relay connection), newest first. */
export type LeadConnection = {
  __typename?: 'LeadConnection';
  /** The leads of this page. */
  edges: Array<LeadEdge>;
  /** Whether more follow, and the cursor to ask for them. */
  pageInfo: PageInfo;
};

/** A lead and its cursor. */
export type LeadEdge = {
  __typename?: 'LeadEdge';
  /** Opaque cursor: pass it as `after` to continue after this lead. */
  cursor: Scalars['String']['output'];
  /** The lead. */
  node: Lead;
};

/** Where a lead came from. */
export type LeadSource =
  /** Met at an event. */
  | 'EVENT'
  /** Anything else. */
  | 'OTHER'
  /** Sales reached out first. */
  | 'OUTBOUND'
  /** Recommended by someone. */
  | 'REFERRAL'
  /** The product website's booking form (bookDemo). */
  | 'WEBSITE';

/** Where a lead stands in the sales pipeline: forward only, CONVERTED and LOST final. */
export type LeadStatus =
  /** Sales has contacted the person. */
  | 'CONTACTED'
  /** Became a customer (final). */
  | 'CONVERTED'
  /** A demo date is agreed. */
  | 'DEMO_SCHEDULED'
  /** Not pursued further (final; allowed from any open stage). */
  | 'LOST'
  /** Booked a demo; nobody has answered yet. */
  | 'NEW'
  /** A real prospect. */
  | 'QUALIFIED';

/** A legal ground for processing personal data (GDPR art. 6(1), and art. 9(2) for special categories). */
export type LegalGround =
  /** Art. 6(1)(a): the data subject's consent. */
  | 'GDPR_6_1_A_CONSENT'
  /** Art. 6(1)(b): necessary for a contract with the data subject (e.g. the volunteer agreement), or steps at their request before one. */
  | 'GDPR_6_1_B_CONTRACT'
  /** Art. 6(1)(c): necessary for a legal obligation of the controller (e.g. the bookkeeping act). */
  | 'GDPR_6_1_C_LEGAL_OBLIGATION'
  /** Art. 6(1)(f): the controller's legitimate interests, not overridden by the data subject's. */
  | 'GDPR_6_1_F_LEGITIMATE_INTERESTS'
  /** Art. 9(2)(a): the data subject's explicit consent, for special categories such as health information. */
  | 'GDPR_9_2_A_EXPLICIT_CONSENT';

/**
 * A local association (lokallag): the unit mentors and coordinators work in. Owned by organization (key `id`); activity
 * adds `activities` and reporting `activityStats` by the key. Every member of the organization sees it.
 */
export type LocalAssociation = {
  __typename?: 'LocalAssociation';
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** The local association's id (UUID): the federation key. */
  id: Scalars['ID']['output'];
  /** False once deactivated: no new memberships or invitations; its memberships stay. */
  isActive: Scalars['Boolean']['output'];
  /**
   * The unit's members by role, then id (what the caller may see of them: an org_admin all, a coordinator or mentor
   * those of their own unit). organization knows no names: `search` is a user id or part of a role name.
   */
  members: MembershipConnection;
  /** The municipality it works in, when given. */
  municipality?: Maybe<Scalars['String']['output']>;
  /** The name, unique in the organization. */
  name: Scalars['String']['output'];
  /** The organization it belongs to. */
  organization: Organization;
  /** The region it belongs to; null: outside any region. */
  region?: Maybe<Region>;
};


/**
 * A local association (lokallag): the unit mentors and coordinators work in. Owned by organization (key `id`); activity
 * adds `activities` and reporting `activityStats` by the key. Every member of the organization sees it.
 */
export type LocalAssociationMembersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};

/** A page of local associations (Relay connection), by name. */
export type LocalAssociationConnection = {
  __typename?: 'LocalAssociationConnection';
  /** The local associations of this page. */
  edges: Array<LocalAssociationEdge>;
  /** Whether more follow, and the cursor to ask for them. */
  pageInfo: PageInfo;
};

/** A local association and its cursor. */
export type LocalAssociationEdge = {
  __typename?: 'LocalAssociationEdge';
  /** Opaque cursor: pass it as `after` to continue after this local association. */
  cursor: Scalars['String']['output'];
  /** The local association. */
  node: LocalAssociation;
};

/** A user's membership of a local association, with the role held there (seed 003). Administrators see the organization's; coordinators and mentors those of their own units and their own. */
export type Membership = {
  __typename?: 'Membership';
  /** The membership's id (the membershipId of identity's ActiveContext and switchContext). */
  id: Scalars['ID']['output'];
  /** Whether this is the user's primary membership (exactly one per user): a new sign-in starts in it. */
  isPrimary: Scalars['Boolean']['output'];
  /** When the membership was created. */
  joinedAt: Scalars['DateTime']['output'];
  /** The local association. */
  localAssociation: LocalAssociation;
  /** The organization of the local association. */
  organization: Organization;
  /** The role held there. */
  role: MembershipRole;
  /** The member (resolved by identity). */
  user: User;
};

/** A page of memberships (Relay connection). */
export type MembershipConnection = {
  __typename?: 'MembershipConnection';
  /** The memberships of this page. */
  edges: Array<MembershipEdge>;
  /** Whether more follow, and the cursor to ask for them. */
  pageInfo: PageInfo;
};

/** A membership and its cursor. */
export type MembershipEdge = {
  __typename?: 'MembershipEdge';
  /** Opaque cursor: pass it as `after` to continue after this membership. */
  cursor: Scalars['String']['output'];
  /** The membership. */
  node: Membership;
};

/** The role a membership holds (stored lower-case, e.g. peer_mentor, in tokens and events). */
export type MembershipRole =
  /** Coordinator of a local association: follows up its mentors, mobile app and admin web. */
  | 'COORDINATOR'
  /** Global administrator: the platform operator's staff, across organizations; granted only by another global administrator. */
  | 'GLOBAL_ADMIN'
  /** Organization administrator: administers the whole organization. */
  | 'ORG_ADMIN'
  /** Peer mentor (likeperson): registers activities, mobile app. */
  | 'PEER_MENTOR';

export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Adds a link at the end of the Resources section (org_admin of the organization, or global_admin naming it). Refused by
   * organization_required, external_resource_count (100 in use), resource_title_length, resource_url_format,
   * resource_description_length and resource_category_length (field input.*). Publishes organization.settings.changed
   * (section external_resources) and organization.audit.recorded.
   */
  addExternalResource: ExternalResource;
  /**
   * Makes a user a member of a local association (org_admin of its organization, or global_admin). Refused by admin_only
   * and role_grant (FORBIDDEN), membership_unique (CONFLICT), active_local_association, single_organization_tree and
   * membership_limit. Publishes organization.membership.added, organization.membership.primary_changed (when it
   * becomes primary instead of another) and organization.audit.recorded (membership.added).
   */
  addMembership: Membership;
  /**
   * Archives a link (mentors and coordinators no longer see it; administrators list it with
   * externalResources(includeArchived: true)), or with archived: false restores it in its place (administrators as for
   * addExternalResource). Refused by external_resource_count (restoring past 100 in use); NOT_FOUND for an unknown id.
   * Publishes organization.settings.changed (section external_resources) and organization.audit.recorded.
   */
  archiveExternalResource: ExternalResource;
  /**
   * Public (no login): the demo booking form of the product website. Creates a lead, or updates the lead with the
   * same e-mail (any case). At most 5 attempts per client IP in a rolling hour: the 6th gets RATE_LIMITED (rule
   * rate_limit_per_ip) with `extensions.retryAfter` (seconds) and writes nothing. Refused by required_fields_present,
   * email_length_limit, email_format, name_field_length, organization_name_length, phone_format_if_provided,
   * notes_length_limit, text_length_limit and organization_size_enum. Publishes organization.lead.created (a new lead)
   * and organization.demo_booking.created; a confirmation e-mail with the lead's confirmation link follows.
   */
  bookDemo: DemoBookingReceipt;
  /**
   * Configures the accounting integration (org_admin of the organization, or global_admin); credentials are stored
   * encrypted and never returned. Refused by organization_required, settings_version (CONFLICT),
   * accounting_system_known, entity_code_format, account_mapping_count, account_mapping_format, account_mapping_unique,
   * credentials_conflict, credentials_format, integration_credentials_required and encryption_configured. Publishes
   * organization.settings.changed (section accounting_integration, no secrets) and organization.audit.recorded.
   */
  configureAccountingIntegration: AccountingIntegration;
  /**
   * A second organization administrator confirms an erasure awaiting confirmation (a contact with assignments, or
   * a retention proposal); the erasure then starts. Refusals: erasure_second_administrator (the requester),
   * erasure_awaiting_confirmation (not awaiting), NOT_FOUND (another organization's or unknown).
   */
  confirmErasure: ErasureRequest;
  /**
   * Adds a local association to an organization (org_admin of that organization, or global_admin). Refused by
   * organization_required, name_length, municipality_length, region_in_organization and local_association_name_unique
   * (CONFLICT). Publishes organization.local_association.created.
   */
  createLocalAssociation: LocalAssociation;
  /**
   * Global administrators: creates an organization with its settings (the platform defaults, and the given feature
   * flags), its first region and local association, and invites its first organization administrator there (the
   * token is answered once: e-mail it). One transaction: a failure in any part creates nothing. Refused by
   * name_length, short_name_length, organization_number_format, max_memberships_range, organization_unique (CONFLICT),
   * feature_flag_known, feature_flag_unique, municipality_length and email_format. Publishes
   * organization.organization.created, organization.settings.changed (feature_flags, when flags are given),
   * organization.local_association.created and organization.invitation.created.
   */
  createOrganization: OrganizationCreated;
  /**
   * Adds a region to an organization (org_admin of that organization, or global_admin). Refused by organization_required,
   * name_length and region_name_unique (CONFLICT). Publishes no event.
   */
  createRegion: Region;
  /** Deactivates a local association (org_admin of its organization, or global_admin): it and its memberships stay (history); no new memberships or invitations (active_local_association). Deactivating an inactive one changes nothing. Publishes no event. */
  deactivateLocalAssociation: LocalAssociation;
  /**
   * Downloads a ready subject access export: the JSON bundle and the PDF, inline. Once only, by the person who asked
   * for it, within 7 days of it being ready; afterwards the files are deleted. Every attempt is audited
   * (privacy.access_export.downloaded or privacy.access_export.download_refused). Refused by
   * access_export_requester_only, access_export_not_ready, access_export_already_downloaded, access_export_expired.
   */
  downloadSubjectAccessExport: SubjectAccessExportDownload;
  /**
   * Invites an e-mail to a local association with a role (org_admin of its organization or global_admin; a coordinator
   * invites peer mentors to their own local association). Returns the single-use token once: e-mail it to the invitee.
   * Refused by invitation_permission and role_grant (FORBIDDEN), email_format, invitation_expiry and
   * active_local_association. Publishes organization.invitation.created (the token's sha256 only).
   */
  inviteMember: CreatedInvitation;
  /** Moves a local association to another region of the same organization, or out of any region (org_admin of its organization, or global_admin). Refused by region_in_organization. Publishes no event. */
  moveLocalAssociation: LocalAssociation;
  /**
   * Ends a membership (org_admin of its organization, or global_admin; others: FORBIDDEN, rule admin_only) and returns
   * it as it was. When it was the primary one, the user's earliest remaining membership becomes primary. Publishes
   * organization.membership.removed, organization.audit.recorded (membership.removed) and, when the primary moved,
   * organization.membership.primary_changed (reason primary_removed).
   */
  removeMembership: Membership;
  /** Renames a local association (org_admin of its organization, or global_admin). Refused by name_length and local_association_name_unique (CONFLICT). Publishes no event. */
  renameLocalAssociation: LocalAssociation;
  /**
   * Puts the named links first, in the order given; the others follow in their order (administrators as for
   * addExternalResource). Refused by ids_unique and resource_unknown (not a link of the organization). Publishes
   * organization.settings.changed (section external_resources) and organization.audit.recorded. Returns the named links
   * in their new order.
   */
  reorderExternalResources: Array<ExternalResource>;
  /**
   * Requests the erasure of a contact or a user of the caller's organization (organization administrators). A
   * contact with assignments waits for a second administrator's confirmErasure; otherwise the erasure starts at once:
   * organization publishes privacy.erasure.requested and every subgraph does its part. Refusals: erasure_subject_one,
   * erasure_subject_in_progress, erasure_subject_outside_organization (a contact not of the caller's organization),
   * NOT_FOUND for a user who is not a member, FORBIDDEN for other roles.
   */
  requestErasure: ErasureRequest;
  /**
   * Asks for everything Meander holds about a person (a contact or a user), GDPR art. 15: every subgraph writes its
   * part (encrypted, in the object store) and organization assembles one JSON bundle and a readable PDF in Norwegian,
   * asynchronously: follow subjectAccessExport(id) until READY, then downloadSubjectAccessExport(id). An organization
   * administrator asks for anyone of the organization; any signed-in user for their own account. Audited
   * (privacy.access_export.requested). Refused by access_export_subject_required, access_export_permission,
   * access_export_subject_outside_organization.
   */
  requestSubjectAccessExport: SubjectAccessExport;
  /** Withdraws an open invitation (whoever may invite to it; others: FORBIDDEN, rule invitation_permission). Refused by invitation_open (used, revoked or expired). Publishes organization.invitation.revoked. */
  revokeInvitation: Invitation;
  /**
   * Makes a membership the user's primary one (the member themself, an org_admin of its organization, or global_admin;
   * others: FORBIDDEN, rule primary_change_permission); the previous primary is unset in the same transaction.
   * Publishes organization.membership.primary_changed (reason set_primary) and organization.audit.recorded
   * (membership.primary_changed); nothing when it already was primary.
   */
  setPrimaryMembership: Membership;
  /**
   * Edits a link, archived or not; a field left out stays, null or blank clears description and category (administrators
   * as for addExternalResource). Refused by the rules of addExternalResource; NOT_FOUND for an id the organization does not
   * have. Publishes organization.settings.changed (section external_resources) and organization.audit.recorded.
   */
  updateExternalResource: ExternalResource;
  /**
   * Sales staff (global_admin): moves a lead forward (new, contacted, qualified, demo_scheduled, then converted or lost;
   * lost from any open stage). Refused by status_enum_constraint and status_transition_ordering. Publishes
   * organization.lead.status_changed.
   */
  updateLeadStatus: Lead;
  /**
   * Changes an organization's settings (org_admin of it, or global_admin); one invalid section refuses the whole call.
   * Refused by organization_required, settings_version (CONFLICT), max_memberships_range, terminology_count,
   * terminology_key_format, terminology_language, terminology_label_length, terminology_unique, feature_flag_known,
   * feature_flag_unique, color_format, logo_url_format, external_resource_count, resource_title_length,
   * resource_url_format, resource_description_length, resource_category_length, sensitive_field_known,
   * hidden_role_valid, sensitive_field_unique, bufdir_threshold_range, duplicate_window_range, retention_years_range,
   * activity_date_floor_format, impact_multiplier_count, impact_metric_format, impact_multiplier_range and impact_metric_unique. Publishes
   * organization.settings.changed per changed section and organization.audit.recorded (settings.changed or feature_flags.changed).
   */
  updateOrganizationSettings: OrganizationSettings;
};


export type MutationAddExternalResourceArgs = {
  input: ExternalResourceInput;
  organizationId?: InputMaybe<Scalars['ID']['input']>;
};


export type MutationAddMembershipArgs = {
  input: AddMembershipInput;
};


export type MutationArchiveExternalResourceArgs = {
  archived?: InputMaybe<Scalars['Boolean']['input']>;
  id: Scalars['ID']['input'];
  organizationId?: InputMaybe<Scalars['ID']['input']>;
};


export type MutationBookDemoArgs = {
  input: BookDemoInput;
};


export type MutationConfigureAccountingIntegrationArgs = {
  input: ConfigureAccountingIntegrationInput;
};


export type MutationConfirmErasureArgs = {
  requestId: Scalars['ID']['input'];
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


export type MutationDownloadSubjectAccessExportArgs = {
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


export type MutationReorderExternalResourcesArgs = {
  ids: Array<Scalars['ID']['input']>;
  organizationId?: InputMaybe<Scalars['ID']['input']>;
};


export type MutationRequestErasureArgs = {
  input: RequestErasureInput;
};


export type MutationRequestSubjectAccessExportArgs = {
  input: RequestSubjectAccessExportInput;
};


export type MutationRevokeInvitationArgs = {
  id: Scalars['ID']['input'];
};


export type MutationSetPrimaryMembershipArgs = {
  membershipId: Scalars['ID']['input'];
};


export type MutationUpdateExternalResourceArgs = {
  id: Scalars['ID']['input'];
  input: UpdateExternalResourceInput;
  organizationId?: InputMaybe<Scalars['ID']['input']>;
};


export type MutationUpdateLeadStatusArgs = {
  id: Scalars['ID']['input'];
  status: LeadStatus;
};


export type MutationUpdateOrganizationSettingsArgs = {
  input: UpdateOrganizationSettingsInput;
};

/**
 * A tenant: a national member organization such as NHF, Blindeforbundet, HLF or Barnekreftforeningen. Owned by
 * organization (key `id`); engagement adds `courses` by the key. Its members see it; a global administrator sees every one.
 */
export type Organization = {
  __typename?: 'Organization';
  /** When the organization was created. */
  createdAt: Scalars['DateTime']['output'];
  /** The organization's id (UUID): the federation key. */
  id: Scalars['ID']['output'];
  /** Whether the organization is active (no API deactivates one yet). */
  isActive: Scalars['Boolean']['output'];
  /** The organization's local associations, by name, inactive ones included. */
  localAssociations: LocalAssociationConnection;
  /** The full name, 1 to 200 characters. */
  name: Scalars['String']['output'];
  /** The Norwegian organization number (9 digits), when known. */
  organizationNumber?: Maybe<Scalars['String']['output']>;
  /** The organization's regions, by name. */
  regions: Array<Region>;
  /** The organization's settings (see OrganizationSettings for who reads which field). */
  settings: OrganizationSettings;
  /** The short name (e.g. NHF), unique on the platform. */
  shortName: Scalars['String']['output'];
};


/**
 * A tenant: a national member organization such as NHF, Blindeforbundet, HLF or Barnekreftforeningen. Owned by
 * organization (key `id`); engagement adds `courses` by the key. Its members see it; a global administrator sees every one.
 */
export type OrganizationLocalAssociationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};

/** A new organization, its first region and local association, and its first administrator's invitation. */
export type OrganizationCreated = {
  __typename?: 'OrganizationCreated';
  /** The first organization administrator's invitation and its token (only here: e-mail it). */
  adminInvitation: CreatedInvitation;
  /** Its first local association. */
  localAssociation: LocalAssociation;
  /** The new organization. */
  organization: Organization;
  /** Its first region. */
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
  /** Rules of activity registration (every member: the apps offer no earlier date than the floor). */
  activityRules: ActivityRules;
  /** The organization's colours and logo in the apps (null fields: the apps' own). */
  branding: Branding;
  /** Administrators: what Bufdir counts (DESIGN.md section 9); the grant scheme's values unless changed. */
  bufdirThresholds: BufdirThresholds;
  /** Administrators: the window of activity duplicate detection. */
  duplicateDetection: DuplicateDetection;
  /** Links shown to mentors and coordinators in the app's Resources section, in their order (archived ones only when asked for). */
  externalResources: Array<ExternalResource>;
  /** Every platform capability, with the organization's value (its override, else the platform default). */
  featureFlags: Array<FeatureFlag>;
  /** Administrators: every change, newest first, with the section's new values (secrets never). */
  history: SettingsChangeConnection;
  /** Administrators: factors of the yearly summary (Wrapped). */
  impactMultipliers: Array<ImpactMultiplier>;
  /** How many local associations one user may belong to, 1 to 20 (default 3; NHF allows five). Every member reads it. */
  maxMembershipsPerUser: Scalars['Int']['output'];
  /** Administrators: how long a contact inactive since their last activity is kept before being proposed for erasure. */
  retention: Retention;
  /** Administrators: which contact fields are sensitive and which roles never see them (activity applies it). */
  sensitiveFieldPolicy: Array<SensitiveFieldRule>;
  /** The organization's own labels, per language (nb, nn, en, se); `language` filters. */
  terminology: Array<TermLabel>;
  /** Administrators: when the settings last changed. */
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
export type OrganizationSettingsExternalResourcesArgs = {
  includeArchived?: InputMaybe<Scalars['Boolean']['input']>;
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
  /** 200 to 999 peer mentors. */
  | 'LARGE'
  /** 50 to 199 peer mentors. */
  | 'MEDIUM'
  /** Under 50 peer mentors. */
  | 'SMALL'
  /** 1000 peer mentors or more. */
  | 'VERY_LARGE';

/** Where a page of a Relay connection ends (shared by every subgraph's connections). */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** The cursor of the page's last edge (pass it as `after`); null for an empty page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** Whether another page follows. */
  hasNextPage: Scalars['Boolean']['output'];
};

/** A category of personal data. */
export type PersonalDataCategory =
  /** What a person did and when: activities, attendance, statuses, dates and counts. */
  | 'ACTIVITY'
  /** E-mail addresses, phone numbers and postal addresses. */
  | 'CONTACT_DETAILS'
  /** Password hashes, token hashes and other login secrets. */
  | 'CREDENTIAL'
  /** Amounts, expenses, reimbursements, payouts and accounting documents about a person. */
  | 'FINANCIAL'
  /** Free text written by people that may name or describe a person: notes, descriptions, reasons. */
  | 'FREE_TEXT'
  /** Names and other direct identifiers of a person (including an external login id). */
  | 'IDENTITY'
  /** Where a person lives or was: municipality, country, location. */
  | 'LOCATION'
  /** Not personal data on its own, held in a row about a person: the organization or unit, a sequence number. */
  | 'ORGANIZATIONAL'
  /** A person's settings and choices: language, accessibility, notification channels, profile. */
  | 'PREFERENCES'
  /** An internal id pointing at a person or at a record about one: pseudonymous on its own. */
  | 'REFERENCE'
  /** Health information and other special categories of personal data (GDPR art. 9). */
  | 'SPECIAL_CATEGORY'
  /** Devices, IP addresses, sessions, push tokens and delivery errors. */
  | 'TECHNICAL';

/** A column of a table holding personal data. */
export type PersonalDataColumn = {
  __typename?: 'PersonalDataColumn';
  /** What kind of data the column holds. */
  category: PersonalDataCategory;
  /** True when the column is encrypted at rest (AES-256-GCM under the organization's data key, @meander/crypto). */
  encrypted: Scalars['Boolean']['output'];
  /** The column's name in the database, e.g. health_info_enc. */
  name: Scalars['String']['output'];
  /** What the column holds when the category alone does not say it (Norwegian bokmål); null when none. */
  note?: Maybe<Scalars['String']['output']>;
};

/** A database table holding personal data: why it is kept, on what ground, for how long, and what each column holds. */
export type PersonalDataTable = {
  __typename?: 'PersonalDataTable';
  /** The categories of personal data in the table (ORGANIZATIONAL never appears here), alphabetical. */
  categories: Array<PersonalDataCategory>;
  /** The recorded columns: in a table about a person every column, otherwise only those that name a person. */
  columns: Array<PersonalDataColumn>;
  /** Why those grounds, with the Norwegian law a ground rests on where one applies (Norwegian bokmål). */
  legalGroundNote: Scalars['String']['output'];
  /** The legal grounds the processing rests on (GDPR art. 6(1), and art. 9(2) for special categories). */
  legalGrounds: Array<LegalGround>;
  /** A remark on the table as a whole (Norwegian bokmål); null when none. */
  note?: Maybe<Scalars['String']['output']>;
  /** What the processing is for (Norwegian bokmål). */
  purpose: Scalars['String']['output'];
  /** The purpose's stable key, e.g. contact_follow_up: tables that share it serve the same purpose. */
  purposeKey: Scalars['String']['output'];
  /** How long the data is kept and what ends it (Norwegian bokmål). */
  retention: Scalars['String']['output'];
  /** Whom its rows are about. */
  subjects: Array<DataSubject>;
  /** The table as schema.table, e.g. activity.contacts. */
  table: Scalars['String']['output'];
};

/** A role a sensitive-field rule can hide a field from. */
export type PolicyRole =
  /** Coordinators. */
  | 'COORDINATOR'
  /** Organization administrators. */
  | 'ORG_ADMIN'
  /** Peer mentors. */
  | 'PEER_MENTOR';

/**
 * One subgraph's part of the record of processing (GDPR art. 30): what personal data it holds and why. Returned by
 * recordsOfProcessing (organization administrators, global administrators).
 */
export type ProcessingRecord = {
  __typename?: 'ProcessingRecord';
  /** Every category of personal data the subgraph holds (ORGANIZATIONAL never appears here), alphabetical. */
  categories: Array<PersonalDataCategory>;
  /** The subgraph (service) that holds the data: identity, organization, activity, finance, engagement or reporting. */
  subgraph: Scalars['String']['output'];
  /** Whom the data is about, alphabetical. */
  subjects: Array<DataSubject>;
  /** The subgraph's tables that hold personal data, by name. */
  tables: Array<PersonalDataTable>;
};

export type Query = {
  __typename?: 'Query';
  /** Public (no login): the confirmation page of a demo booking, by the masked reference from the confirmation e-mail. Non-sensitive fields only; null when unknown or malformed. */
  demoBookingConfirmation?: Maybe<DemoBookingConfirmation>;
  /** One erasure request of the caller's organization with its progress per subgraph; null when unknown. Organization administrators; others: FORBIDDEN. */
  erasureRequest?: Maybe<ErasureRequest>;
  /** The caller's organization's erasure requests, newest first (at most 200). Organization administrators; others: FORBIDDEN. */
  erasureRequests: Array<ErasureRequest>;
  /**
   * The invitations of a local association, newest first (at most 500): org_admin of its organization, global_admin,
   * or the unit's own coordinator (another unit: FORBIDDEN, rule invitation_permission).
   */
  invitations: Array<Invitation>;
  /** Sales staff (global_admin): one lead; null when unknown. */
  lead?: Maybe<Lead>;
  /** Sales staff (global_admin): leads, newest first. Refused by status_enum_constraint, page_size_range and cursor_format. */
  leads: LeadConnection;
  /** A local association of the caller's organization (a global administrator: any); null otherwise. Any signed-in caller. */
  localAssociation?: Maybe<LocalAssociation>;
  /**
   * The local associations of the caller's organization (a global administrator outside any tenant: every
   * organization's), by name, inactive ones included. Any signed-in caller. Refused by page_size_range and cursor_format.
   */
  localAssociations: LocalAssociationConnection;
  /** The organization of the viewer's active membership (null for a global administrator outside any tenant). Any signed-in caller. */
  myOrganization?: Maybe<Organization>;
  /** An organization the caller may see: their own (a global administrator: any); null otherwise. Any signed-in caller. */
  organization?: Maybe<Organization>;
  /** The organizations the caller may see, by name: their own (a global administrator: every one, the operator organization included). Any signed-in caller. */
  organizations: Array<Organization>;
  /**
   * The record of processing (GDPR art. 30, «protokoll over behandlingsaktiviteter»): per subgraph, the categories of
   * personal data Meander holds, about whom and why (purpose, legal grounds, retention), table by table, checked
   * against the database schema by a test so that no personal column goes unrecorded. The same for every
   * organization: it describes the code, not an organization's rows. Texts in Norwegian bokmål. Organization
   * administrators and global administrators; others: FORBIDDEN.
   */
  recordsOfProcessing: Array<ProcessingRecord>;
  /** The regions of the caller's organization, by name (empty for a global administrator outside any tenant). Any signed-in caller. */
  regions: Array<Region>;
  /**
   * A subject access export (GDPR art. 15): its status and which subgraphs' parts are in. The person who asked for it
   * or an administrator of its organization; null for anyone else or an unknown id.
   */
  subjectAccessExport?: Maybe<SubjectAccessExport>;
};


export type QueryDemoBookingConfirmationArgs = {
  maskedRef: Scalars['String']['input'];
};


export type QueryErasureRequestArgs = {
  id: Scalars['ID']['input'];
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


export type QuerySubjectAccessExportArgs = {
  id: Scalars['ID']['input'];
};

/**
 * A regional grouping of local associations within one organization. Owned by organization (key `id`); every member
 * of the organization sees it.
 */
export type Region = {
  __typename?: 'Region';
  /** The region's id (UUID): the federation key. */
  id: Scalars['ID']['output'];
  /** The region's local associations, by name, inactive ones included. */
  localAssociations: LocalAssociationConnection;
  /** The name, unique in the organization. */
  name: Scalars['String']['output'];
  /** The organization it belongs to. */
  organization: Organization;
};


/**
 * A regional grouping of local associations within one organization. Owned by organization (key `id`); every member
 * of the organization sees it.
 */
export type RegionLocalAssociationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};

/** An erasure request. */
export type RequestErasureInput = {
  /** Why (a category: free text could name the person and would have to be erased itself). */
  reason: ErasureReason;
  /** Who is erased. */
  subject: ErasureSubjectInput;
};

/** The input of requestSubjectAccessExport. */
export type RequestSubjectAccessExportInput = {
  /** Whose data. */
  subject: AccessExportSubjectInput;
};

/**
 * Retention of personal data (administrators only; issue 24 item 5). Published as organization.settings.changed,
 * section retention; activity proposes contacts past it to administrators (erasure itself is a separate step).
 */
export type Retention = {
  __typename?: 'Retention';
  /** Whole years a contact with no activity, note or assignment is kept, counted from their last one (default 5; 1 to 10). */
  contactInactiveYears: Scalars['Int']['output'];
  /** What the nightly retention job does with a contact past it (default PROPOSE). */
  whenPast: RetentionAction;
};

/** What the retention job does with a contact past the organization's retention. */
export type RetentionAction =
  /** Erases the contact: the request is confirmed by the organization's setting and carried out. */
  | 'ERASE'
  /** Proposes the erasure: an erasure request awaiting an administrator's confirmation. */
  | 'PROPOSE';

/** How long inactive contacts are kept. */
export type RetentionInput = {
  /** Whole years after a contact's last activity, note or assignment, 1 to 10 (retention_years_range). */
  contactInactiveYears: Scalars['Int']['input'];
  /** What the retention job does with a contact past it; left out: PROPOSE. */
  whenPast?: InputMaybe<RetentionAction>;
};

/** How one contact field is treated (administrators only). */
export type SensitiveFieldRule = {
  __typename?: 'SensitiveFieldRule';
  /** The contact field. */
  field: ContactField;
  /** The roles that never see the field (activity hides it from them). */
  hiddenFromRoles: Array<PolicyRole>;
  /** Encrypted at rest and every read audited. */
  sensitive: Scalars['Boolean']['output'];
};

/** How one contact field is treated. */
export type SensitiveFieldRuleInput = {
  /** The contact field, once per policy (sensitive_field_unique). */
  field: ContactField;
  /** The roles that never see the field. */
  hiddenFromRoles: Array<PolicyRole>;
  /** Encrypted at rest and every read audited. */
  sensitive: Scalars['Boolean']['input'];
};

/** One settings change, for the auditor. */
export type SettingsChange = {
  __typename?: 'SettingsChange';
  /** When the change was made. */
  changedAt: Scalars['DateTime']['output'];
  /** Who made the change (null: the system). */
  changedBy?: Maybe<User>;
  /** The section changed. */
  section: SettingsSection;
  /** The section's new values as JSON (never secrets). */
  values: Scalars['String']['output'];
  /** The settings version this change made. */
  version: Scalars['Int']['output'];
};

/** A page of settings changes (Relay connection), newest first. */
export type SettingsChangeConnection = {
  __typename?: 'SettingsChangeConnection';
  /** The changes of this page. */
  edges: Array<SettingsChangeEdge>;
  /** Whether more follow, and the cursor to ask for them. */
  pageInfo: PageInfo;
};

/** A settings change and its cursor. */
export type SettingsChangeEdge = {
  __typename?: 'SettingsChangeEdge';
  /** Opaque cursor: pass it as `after` to continue after this change. */
  cursor: Scalars['String']['output'];
  /** The change. */
  node: SettingsChange;
};

/** A section of the organization's settings (history and organization.settings.changed name it). */
export type SettingsSection =
  /** The accounting integration (never its credentials). */
  | 'ACCOUNTING_INTEGRATION'
  /** Rules of activity registration (the earliest activity date). */
  | 'ACTIVITY_RULES'
  /** Colours and logo. */
  | 'BRANDING'
  /** What Bufdir counts. */
  | 'BUFDIR_THRESHOLDS'
  /** The activity duplicate window. */
  | 'DUPLICATE_DETECTION'
  /** Links of the Resources section. */
  | 'EXTERNAL_RESOURCES'
  /** Capability toggles. */
  | 'FEATURE_FLAGS'
  /** Factors of the yearly summary. */
  | 'IMPACT_MULTIPLIERS'
  /** maxMembershipsPerUser. */
  | 'MEMBERSHIPS'
  /** How long inactive contacts are kept. */
  | 'RETENTION'
  /** Who sees which contact field. */
  | 'SENSITIVE_FIELD_POLICY'
  /** The organization's labels. */
  | 'TERMINOLOGY';

/** A subject access export (GDPR art. 15) of one person's data. */
export type SubjectAccessExport = {
  __typename?: 'SubjectAccessExport';
  /** The contact whose data it holds (null when it is a user's). */
  contactId?: Maybe<Scalars['ID']['output']>;
  /** When it was downloaded (null until then). */
  downloadedAt?: Maybe<Scalars['DateTime']['output']>;
  /** When its files were deleted because nobody downloaded it within the window (the hourly cleanup; null otherwise). */
  expiredAt?: Maybe<Scalars['DateTime']['output']>;
  /** The end of the download window (7 days after readyAt; null while assembling). */
  expiresAt?: Maybe<Scalars['DateTime']['output']>;
  /** The export's id. */
  id: Scalars['ID']['output'];
  /** One entry per subgraph: whether its part is in. */
  parts: Array<SubjectAccessExportPart>;
  /** When every part was in and the files were made (null while assembling). */
  readyAt?: Maybe<Scalars['DateTime']['output']>;
  /** When it was asked for. */
  requestedAt: Scalars['DateTime']['output'];
  /** Who asked for it (the only one who may download it). */
  requestedBy: Scalars['ID']['output'];
  /** Where it stands. */
  status: SubjectAccessExportStatus;
  /** The user whose data it holds (null when it is a contact's). */
  userId?: Maybe<Scalars['ID']['output']>;
};

/** The files of a downloaded subject access export. */
export type SubjectAccessExportDownload = {
  __typename?: 'SubjectAccessExportDownload';
  /** The machine-readable bundle: every subgraph's part, every field. */
  json: SubjectAccessExportFile;
  /** The readable PDF, in Norwegian bokmål, with names rather than ids. */
  pdf: SubjectAccessExportFile;
};

/** A file of a subject access export, inline in the answer. */
export type SubjectAccessExportFile = {
  __typename?: 'SubjectAccessExportFile';
  /** The file's bytes, base64-encoded. */
  base64: Scalars['String']['output'];
  /** The file's size in bytes (decoded). */
  byteLength: Scalars['Int']['output'];
  /** Its media type: application/json or application/pdf. */
  contentType: Scalars['String']['output'];
  /** A file name to save it as: innsyn-<date>-<id prefix>.json or .pdf. */
  filename: Scalars['String']['output'];
};

/** One subgraph's part of a subject access export. */
export type SubjectAccessExportPart = {
  __typename?: 'SubjectAccessExportPart';
  /** True when the subgraph has written its part. */
  ready: Scalars['Boolean']['output'];
  /** When it was written (null until then). */
  readyAt?: Maybe<Scalars['DateTime']['output']>;
  /** The subgraph: identity, organization, activity, finance, engagement or reporting. */
  subgraph: Scalars['String']['output'];
};

/** Where a subject access export stands. */
export type SubjectAccessExportStatus =
  /** The subgraphs are writing their parts. */
  | 'ASSEMBLING'
  /** Downloaded; the files are deleted. */
  | 'DOWNLOADED'
  /** Not downloaded within the window; ask for a new one. */
  | 'EXPIRED'
  /** The bundle and the PDF are ready to download (once, until expiresAt). */
  | 'READY';

/** One of the organization's own words for a term of the apps, in one language. */
export type TermLabel = {
  __typename?: 'TermLabel';
  /** The term, lower-case letters, digits, '_' or '.', 1 to 64 characters (e.g. peer_mentor). */
  key: Scalars['String']['output'];
  /** The organization's word, 1 to 100 characters (e.g. Likeperson). */
  label: Scalars['String']['output'];
  /** nb, nn, en or se. */
  language: Scalars['String']['output'];
};

/** One label of the organization's terminology. */
export type TermLabelInput = {
  /** Lower-case letters, digits, '_' or '.', 1 to 64 characters (terminology_key_format). */
  key: Scalars['String']['input'];
  /** 1 to 100 characters (terminology_label_length). */
  label: Scalars['String']['input'];
  /** nb, nn, en or se (terminology_language). */
  language: Scalars['String']['input'];
};

/** A link edit: a field left out stays as it is. */
export type UpdateExternalResourceInput = {
  /** 1 to 60 characters (resource_category_length); null or blank clears it. */
  category?: InputMaybe<Scalars['String']['input']>;
  /** At most 500 characters (resource_description_length); null or blank clears it. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** 1 to 120 characters (resource_title_length); null keeps the title. */
  title?: InputMaybe<Scalars['String']['input']>;
  /** An https URL of at most 2048 characters (resource_url_format); null keeps it. */
  url?: InputMaybe<Scalars['String']['input']>;
};

/**
 * Changes the given sections of an organization's settings (the others stay): lists replace the stored list,
 * featureFlags set only the capabilities named, bufdirThresholds only the fields given.
 */
export type UpdateOrganizationSettingsInput = {
  /** Rules of activity registration. */
  activityRules?: InputMaybe<ActivityRulesInput>;
  /** Replaces the branding whole. */
  branding?: InputMaybe<BrandingInput>;
  /** Changes only the thresholds given. */
  bufdirThresholds?: InputMaybe<BufdirThresholdsInput>;
  /** The duplicate window. */
  duplicateDetection?: InputMaybe<DuplicateDetectionInput>;
  /** Refused (CONFLICT, rule settings_version) when the settings are no longer at this version. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** Replaces the links, at most 100, in this order. */
  externalResources?: InputMaybe<Array<ExternalResourceInput>>;
  /** Sets the capabilities named; a value equal to the platform default drops the override. */
  featureFlags?: InputMaybe<Array<FeatureFlagInput>>;
  /** Replaces the multipliers, at most 50, one per metric. */
  impactMultipliers?: InputMaybe<Array<ImpactMultiplierInput>>;
  /** 1 to 20 (max_memberships_range). */
  maxMembershipsPerUser?: InputMaybe<Scalars['Int']['input']>;
  /** Defaults to the caller's organization; only a global administrator may name another. */
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  /** How long inactive contacts are kept. */
  retention?: InputMaybe<RetentionInput>;
  /** Replaces the rules, one per contact field. */
  sensitiveFieldPolicy?: InputMaybe<Array<SensitiveFieldRuleInput>>;
  /** Replaces every label: at most 500, one per key and language. */
  terminology?: InputMaybe<Array<TermLabelInput>>;
};

/**
 * Every authenticated person on the platform: peer mentors, coordinators, administrators. Owned by identity (key `id`);
 * other subgraphs add fields by the key: organization `memberships`, activity `activities`, engagement badges and
 * certifications. Seen by the organization's administrators, the coordinators and mentors of a shared local
 * association, the user themself and global administrators.
 */
export type User = {
  __typename?: 'User';
  /** The user's id (UUID): the federation key. */
  id: Scalars['ID']['output'];
  /** The user's memberships the caller may see, oldest first: those in the caller's organization (a coordinator or mentor: in their own local associations, plus their own); a global administrator: all. */
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
  AccessExportSubjectInput: AccessExportSubjectInput;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  AccountMapping: ResolverTypeWrapper<AccountMapping>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  AccountMappingInput: AccountMappingInput;
  AccountingIntegration: ResolverTypeWrapper<IntegrationRow>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  AccountingSystem: AccountingSystem;
  ActivityRules: ResolverTypeWrapper<ActivityRules>;
  ActivityRulesInput: ActivityRulesInput;
  AddMembershipInput: AddMembershipInput;
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
  DataSubject: DataSubject;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DemoBooking: ResolverTypeWrapper<DemoBookingRow>;
  DemoBookingConfirmation: ResolverTypeWrapper<LeadRow>;
  DemoBookingReceipt: ResolverTypeWrapper<DemoBookingReceiptModel>;
  DuplicateDetection: ResolverTypeWrapper<DuplicateDetection>;
  DuplicateDetectionInput: DuplicateDetectionInput;
  ErasurePart: ResolverTypeWrapper<ErasurePart>;
  ErasureReason: ErasureReason;
  ErasureRequest: ResolverTypeWrapper<ErasureRequestRow>;
  ErasureStatus: ErasureStatus;
  ErasureSubjectInput: ErasureSubjectInput;
  ErasureSubjectType: ErasureSubjectType;
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
  LegalGround: LegalGround;
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
  PersonalDataCategory: PersonalDataCategory;
  PersonalDataColumn: ResolverTypeWrapper<PersonalDataColumn>;
  PersonalDataTable: ResolverTypeWrapper<PersonalDataTable>;
  PolicyRole: PolicyRole;
  ProcessingRecord: ResolverTypeWrapper<ProcessingRecord>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Region: ResolverTypeWrapper<RegionRow>;
  RequestErasureInput: RequestErasureInput;
  RequestSubjectAccessExportInput: RequestSubjectAccessExportInput;
  Retention: ResolverTypeWrapper<Retention>;
  RetentionAction: RetentionAction;
  RetentionInput: RetentionInput;
  SensitiveFieldRule: ResolverTypeWrapper<SensitiveFieldRule>;
  SensitiveFieldRuleInput: SensitiveFieldRuleInput;
  SettingsChange: ResolverTypeWrapper<SettingsChangeRow>;
  SettingsChangeConnection: ResolverTypeWrapper<Omit<SettingsChangeConnection, 'edges'> & { edges: Array<ResolversTypes['SettingsChangeEdge']> }>;
  SettingsChangeEdge: ResolverTypeWrapper<Omit<SettingsChangeEdge, 'node'> & { node: ResolversTypes['SettingsChange'] }>;
  SettingsSection: SettingsSection;
  SubjectAccessExport: ResolverTypeWrapper<SubjectAccessExport>;
  SubjectAccessExportDownload: ResolverTypeWrapper<SubjectAccessExportDownload>;
  SubjectAccessExportFile: ResolverTypeWrapper<SubjectAccessExportFile>;
  SubjectAccessExportPart: ResolverTypeWrapper<SubjectAccessExportPart>;
  SubjectAccessExportStatus: SubjectAccessExportStatus;
  TermLabel: ResolverTypeWrapper<TermLabel>;
  TermLabelInput: TermLabelInput;
  UpdateExternalResourceInput: UpdateExternalResourceInput;
  UpdateOrganizationSettingsInput: UpdateOrganizationSettingsInput;
  User: ResolverTypeWrapper<UserRef>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  AccessExportSubjectInput: AccessExportSubjectInput;
  ID: Scalars['ID']['output'];
  AccountMapping: AccountMapping;
  String: Scalars['String']['output'];
  AccountMappingInput: AccountMappingInput;
  AccountingIntegration: IntegrationRow;
  Boolean: Scalars['Boolean']['output'];
  ActivityRules: ActivityRules;
  ActivityRulesInput: ActivityRulesInput;
  AddMembershipInput: AddMembershipInput;
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
  ErasurePart: ErasurePart;
  ErasureRequest: ErasureRequestRow;
  ErasureSubjectInput: ErasureSubjectInput;
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
  PersonalDataColumn: PersonalDataColumn;
  PersonalDataTable: PersonalDataTable;
  ProcessingRecord: ProcessingRecord;
  Query: Record<PropertyKey, never>;
  Region: RegionRow;
  RequestErasureInput: RequestErasureInput;
  RequestSubjectAccessExportInput: RequestSubjectAccessExportInput;
  Retention: Retention;
  RetentionInput: RetentionInput;
  SensitiveFieldRule: SensitiveFieldRule;
  SensitiveFieldRuleInput: SensitiveFieldRuleInput;
  SettingsChange: SettingsChangeRow;
  SettingsChangeConnection: Omit<SettingsChangeConnection, 'edges'> & { edges: Array<ResolversParentTypes['SettingsChangeEdge']> };
  SettingsChangeEdge: Omit<SettingsChangeEdge, 'node'> & { node: ResolversParentTypes['SettingsChange'] };
  SubjectAccessExport: SubjectAccessExport;
  SubjectAccessExportDownload: SubjectAccessExportDownload;
  SubjectAccessExportFile: SubjectAccessExportFile;
  SubjectAccessExportPart: SubjectAccessExportPart;
  TermLabel: TermLabel;
  TermLabelInput: TermLabelInput;
  UpdateExternalResourceInput: UpdateExternalResourceInput;
  UpdateOrganizationSettingsInput: UpdateOrganizationSettingsInput;
  User: UserRef;
}>;

export type AccountMappingResolvers<ContextType = OrganizationContext, ParentType extends ResolversParentTypes['AccountMapping'] = ResolversParentTypes['AccountMapping']> = ResolversObject<{
  account?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  costCenter?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  expenseTypeKey?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  project?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  vatCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type AccountingIntegrationResolvers<ContextType = OrganizationContext, ParentType extends ResolversParentTypes['AccountingIntegration'] = ResolversParentTypes['AccountingIntegration']> = ResolversObject<{
  accountMapping?: Resolver<Array<ResolversTypes['AccountMapping']>, ParentType, ContextType>;
  credentialsConfigured?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  credentialsSetAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  credentialsSetBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  enabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  entityCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  system?: Resolver<ResolversTypes['AccountingSystem'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type ActivityRulesResolvers<ContextType = OrganizationContext, ParentType extends ResolversParentTypes['ActivityRules'] = ResolversParentTypes['ActivityRules']> = ResolversObject<{
  activityDateFloor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
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

export type ErasurePartResolvers<ContextType = OrganizationContext, ParentType extends ResolversParentTypes['ErasurePart'] = ResolversParentTypes['ErasurePart']> = ResolversObject<{
  completedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  subgraph?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ErasureRequestResolvers<ContextType = OrganizationContext, ParentType extends ResolversParentTypes['ErasureRequest'] = ResolversParentTypes['ErasureRequest']> = ResolversObject<{
  completedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  confirmedBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  needsConfirmation?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  parts?: Resolver<Array<ResolversTypes['ErasurePart']>, ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['ErasureReason'], ParentType, ContextType>;
  requestedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  requestedBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  startedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ErasureStatus'], ParentType, ContextType>;
  subjectId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  subjectType?: Resolver<ResolversTypes['ErasureSubjectType'], ParentType, ContextType>;
}>;

export type ExternalResourceResolvers<ContextType = OrganizationContext, ParentType extends ResolversParentTypes['ExternalResource'] = ResolversParentTypes['ExternalResource']> = ResolversObject<{
  archivedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  category?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
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
  addExternalResource?: Resolver<ResolversTypes['ExternalResource'], ParentType, ContextType, RequireFields<MutationAddExternalResourceArgs, 'input'>>;
  addMembership?: Resolver<ResolversTypes['Membership'], ParentType, ContextType, RequireFields<MutationAddMembershipArgs, 'input'>>;
  archiveExternalResource?: Resolver<ResolversTypes['ExternalResource'], ParentType, ContextType, RequireFields<MutationArchiveExternalResourceArgs, 'archived' | 'id'>>;
  bookDemo?: Resolver<ResolversTypes['DemoBookingReceipt'], ParentType, ContextType, RequireFields<MutationBookDemoArgs, 'input'>>;
  configureAccountingIntegration?: Resolver<ResolversTypes['AccountingIntegration'], ParentType, ContextType, RequireFields<MutationConfigureAccountingIntegrationArgs, 'input'>>;
  confirmErasure?: Resolver<ResolversTypes['ErasureRequest'], ParentType, ContextType, RequireFields<MutationConfirmErasureArgs, 'requestId'>>;
  createLocalAssociation?: Resolver<ResolversTypes['LocalAssociation'], ParentType, ContextType, RequireFields<MutationCreateLocalAssociationArgs, 'input'>>;
  createOrganization?: Resolver<ResolversTypes['OrganizationCreated'], ParentType, ContextType, RequireFields<MutationCreateOrganizationArgs, 'input'>>;
  createRegion?: Resolver<ResolversTypes['Region'], ParentType, ContextType, RequireFields<MutationCreateRegionArgs, 'input'>>;
  deactivateLocalAssociation?: Resolver<ResolversTypes['LocalAssociation'], ParentType, ContextType, RequireFields<MutationDeactivateLocalAssociationArgs, 'id'>>;
  downloadSubjectAccessExport?: Resolver<ResolversTypes['SubjectAccessExportDownload'], ParentType, ContextType, RequireFields<MutationDownloadSubjectAccessExportArgs, 'id'>>;
  inviteMember?: Resolver<ResolversTypes['CreatedInvitation'], ParentType, ContextType, RequireFields<MutationInviteMemberArgs, 'input'>>;
  moveLocalAssociation?: Resolver<ResolversTypes['LocalAssociation'], ParentType, ContextType, RequireFields<MutationMoveLocalAssociationArgs, 'id'>>;
  removeMembership?: Resolver<ResolversTypes['Membership'], ParentType, ContextType, RequireFields<MutationRemoveMembershipArgs, 'id'>>;
  renameLocalAssociation?: Resolver<ResolversTypes['LocalAssociation'], ParentType, ContextType, RequireFields<MutationRenameLocalAssociationArgs, 'id' | 'name'>>;
  reorderExternalResources?: Resolver<Array<ResolversTypes['ExternalResource']>, ParentType, ContextType, RequireFields<MutationReorderExternalResourcesArgs, 'ids'>>;
  requestErasure?: Resolver<ResolversTypes['ErasureRequest'], ParentType, ContextType, RequireFields<MutationRequestErasureArgs, 'input'>>;
  requestSubjectAccessExport?: Resolver<ResolversTypes['SubjectAccessExport'], ParentType, ContextType, RequireFields<MutationRequestSubjectAccessExportArgs, 'input'>>;
  revokeInvitation?: Resolver<ResolversTypes['Invitation'], ParentType, ContextType, RequireFields<MutationRevokeInvitationArgs, 'id'>>;
  setPrimaryMembership?: Resolver<ResolversTypes['Membership'], ParentType, ContextType, RequireFields<MutationSetPrimaryMembershipArgs, 'membershipId'>>;
  updateExternalResource?: Resolver<ResolversTypes['ExternalResource'], ParentType, ContextType, RequireFields<MutationUpdateExternalResourceArgs, 'id' | 'input'>>;
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
  activityRules?: Resolver<ResolversTypes['ActivityRules'], ParentType, ContextType>;
  branding?: Resolver<ResolversTypes['Branding'], ParentType, ContextType>;
  bufdirThresholds?: Resolver<ResolversTypes['BufdirThresholds'], ParentType, ContextType>;
  duplicateDetection?: Resolver<ResolversTypes['DuplicateDetection'], ParentType, ContextType>;
  externalResources?: Resolver<Array<ResolversTypes['ExternalResource']>, ParentType, ContextType, RequireFields<OrganizationSettingsExternalResourcesArgs, 'includeArchived'>>;
  featureFlags?: Resolver<Array<ResolversTypes['FeatureFlag']>, ParentType, ContextType>;
  history?: Resolver<ResolversTypes['SettingsChangeConnection'], ParentType, ContextType, Partial<OrganizationSettingsHistoryArgs>>;
  impactMultipliers?: Resolver<Array<ResolversTypes['ImpactMultiplier']>, ParentType, ContextType>;
  maxMembershipsPerUser?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  retention?: Resolver<ResolversTypes['Retention'], ParentType, ContextType>;
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

export type PersonalDataColumnResolvers<ContextType = OrganizationContext, ParentType extends ResolversParentTypes['PersonalDataColumn'] = ResolversParentTypes['PersonalDataColumn']> = ResolversObject<{
  category?: Resolver<ResolversTypes['PersonalDataCategory'], ParentType, ContextType>;
  encrypted?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type PersonalDataTableResolvers<ContextType = OrganizationContext, ParentType extends ResolversParentTypes['PersonalDataTable'] = ResolversParentTypes['PersonalDataTable']> = ResolversObject<{
  categories?: Resolver<Array<ResolversTypes['PersonalDataCategory']>, ParentType, ContextType>;
  columns?: Resolver<Array<ResolversTypes['PersonalDataColumn']>, ParentType, ContextType>;
  legalGroundNote?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  legalGrounds?: Resolver<Array<ResolversTypes['LegalGround']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  purpose?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  purposeKey?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  retention?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  subjects?: Resolver<Array<ResolversTypes['DataSubject']>, ParentType, ContextType>;
  table?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ProcessingRecordResolvers<ContextType = OrganizationContext, ParentType extends ResolversParentTypes['ProcessingRecord'] = ResolversParentTypes['ProcessingRecord']> = ResolversObject<{
  categories?: Resolver<Array<ResolversTypes['PersonalDataCategory']>, ParentType, ContextType>;
  subgraph?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  subjects?: Resolver<Array<ResolversTypes['DataSubject']>, ParentType, ContextType>;
  tables?: Resolver<Array<ResolversTypes['PersonalDataTable']>, ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = OrganizationContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  demoBookingConfirmation?: Resolver<Maybe<ResolversTypes['DemoBookingConfirmation']>, ParentType, ContextType, RequireFields<QueryDemoBookingConfirmationArgs, 'maskedRef'>>;
  erasureRequest?: Resolver<Maybe<ResolversTypes['ErasureRequest']>, ParentType, ContextType, RequireFields<QueryErasureRequestArgs, 'id'>>;
  erasureRequests?: Resolver<Array<ResolversTypes['ErasureRequest']>, ParentType, ContextType>;
  invitations?: Resolver<Array<ResolversTypes['Invitation']>, ParentType, ContextType, RequireFields<QueryInvitationsArgs, 'localAssociationId'>>;
  lead?: Resolver<Maybe<ResolversTypes['Lead']>, ParentType, ContextType, RequireFields<QueryLeadArgs, 'id'>>;
  leads?: Resolver<ResolversTypes['LeadConnection'], ParentType, ContextType, Partial<QueryLeadsArgs>>;
  localAssociation?: Resolver<Maybe<ResolversTypes['LocalAssociation']>, ParentType, ContextType, RequireFields<QueryLocalAssociationArgs, 'id'>>;
  localAssociations?: Resolver<ResolversTypes['LocalAssociationConnection'], ParentType, ContextType, Partial<QueryLocalAssociationsArgs>>;
  myOrganization?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
  organization?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType, RequireFields<QueryOrganizationArgs, 'id'>>;
  organizations?: Resolver<Array<ResolversTypes['Organization']>, ParentType, ContextType>;
  recordsOfProcessing?: Resolver<Array<ResolversTypes['ProcessingRecord']>, ParentType, ContextType>;
  regions?: Resolver<Array<ResolversTypes['Region']>, ParentType, ContextType>;
  subjectAccessExport?: Resolver<Maybe<ResolversTypes['SubjectAccessExport']>, ParentType, ContextType, RequireFields<QuerySubjectAccessExportArgs, 'id'>>;
}>;

export type RegionResolvers<ContextType = OrganizationContext, ParentType extends ResolversParentTypes['Region'] = ResolversParentTypes['Region'], FederationReferenceType extends FederationReferenceTypes['Region'] = FederationReferenceTypes['Region']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Region']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  localAssociations?: Resolver<ResolversTypes['LocalAssociationConnection'], ParentType, ContextType, Partial<RegionLocalAssociationsArgs>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  organization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
}>;

export type RetentionResolvers<ContextType = OrganizationContext, ParentType extends ResolversParentTypes['Retention'] = ResolversParentTypes['Retention']> = ResolversObject<{
  contactInactiveYears?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  whenPast?: Resolver<ResolversTypes['RetentionAction'], ParentType, ContextType>;
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

export type SubjectAccessExportResolvers<ContextType = OrganizationContext, ParentType extends ResolversParentTypes['SubjectAccessExport'] = ResolversParentTypes['SubjectAccessExport']> = ResolversObject<{
  contactId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  downloadedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  expiredAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  expiresAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  parts?: Resolver<Array<ResolversTypes['SubjectAccessExportPart']>, ParentType, ContextType>;
  readyAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  requestedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  requestedBy?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['SubjectAccessExportStatus'], ParentType, ContextType>;
  userId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
}>;

export type SubjectAccessExportDownloadResolvers<ContextType = OrganizationContext, ParentType extends ResolversParentTypes['SubjectAccessExportDownload'] = ResolversParentTypes['SubjectAccessExportDownload']> = ResolversObject<{
  json?: Resolver<ResolversTypes['SubjectAccessExportFile'], ParentType, ContextType>;
  pdf?: Resolver<ResolversTypes['SubjectAccessExportFile'], ParentType, ContextType>;
}>;

export type SubjectAccessExportFileResolvers<ContextType = OrganizationContext, ParentType extends ResolversParentTypes['SubjectAccessExportFile'] = ResolversParentTypes['SubjectAccessExportFile']> = ResolversObject<{
  base64?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  byteLength?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  contentType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  filename?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type SubjectAccessExportPartResolvers<ContextType = OrganizationContext, ParentType extends ResolversParentTypes['SubjectAccessExportPart'] = ResolversParentTypes['SubjectAccessExportPart']> = ResolversObject<{
  ready?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  readyAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  subgraph?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
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
  ActivityRules?: ActivityRulesResolvers<ContextType>;
  Branding?: BrandingResolvers<ContextType>;
  BufdirThresholds?: BufdirThresholdsResolvers<ContextType>;
  CreatedInvitation?: CreatedInvitationResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  DemoBooking?: DemoBookingResolvers<ContextType>;
  DemoBookingConfirmation?: DemoBookingConfirmationResolvers<ContextType>;
  DemoBookingReceipt?: DemoBookingReceiptResolvers<ContextType>;
  DuplicateDetection?: DuplicateDetectionResolvers<ContextType>;
  ErasurePart?: ErasurePartResolvers<ContextType>;
  ErasureRequest?: ErasureRequestResolvers<ContextType>;
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
  PersonalDataColumn?: PersonalDataColumnResolvers<ContextType>;
  PersonalDataTable?: PersonalDataTableResolvers<ContextType>;
  ProcessingRecord?: ProcessingRecordResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Region?: RegionResolvers<ContextType>;
  Retention?: RetentionResolvers<ContextType>;
  SensitiveFieldRule?: SensitiveFieldRuleResolvers<ContextType>;
  SettingsChange?: SettingsChangeResolvers<ContextType>;
  SettingsChangeConnection?: SettingsChangeConnectionResolvers<ContextType>;
  SettingsChangeEdge?: SettingsChangeEdgeResolvers<ContextType>;
  SubjectAccessExport?: SubjectAccessExportResolvers<ContextType>;
  SubjectAccessExportDownload?: SubjectAccessExportDownloadResolvers<ContextType>;
  SubjectAccessExportFile?: SubjectAccessExportFileResolvers<ContextType>;
  SubjectAccessExportPart?: SubjectAccessExportPartResolvers<ContextType>;
  TermLabel?: TermLabelResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
}>;

