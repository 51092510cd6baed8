import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { UserRow } from '../db/schema/users.js';
import type { SessionModel, AuthPayloadModel, ActiveContextModel, UserSettingsModel } from '../models.js';
import type { ReadableProfile } from '../application/subject-keys.js';
import type { StatusLogRow, DeviceTokenRow } from '../db/schema/profiles.js';
import type { RoleEntry } from '../domain/roles.js';
import type { IdentityContext } from '../context.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
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

/** What acceptInvitation needs: the token, and for a person without a user the names and a password. */
export type AcceptInvitationInput = {
  /** Required for a new person, 1 to 100 characters; ignored for an existing user. */
  firstName?: InputMaybe<Scalars['String']['input']>;
  /** Required for a new person, 1 to 100 characters; ignored for an existing user. */
  lastName?: InputMaybe<Scalars['String']['input']>;
  /** 10 to 200 characters. Required for a new person; for an existing user set only if they have no password yet. */
  password?: InputMaybe<Scalars['String']['input']>;
  /** The invite code of the referral link the person arrived through, if any (at most 64 characters; engagement counts the registration on that link). */
  referralCode?: InputMaybe<Scalars['String']['input']>;
  /** The single-use token from the invitation e-mail (base64url). */
  token: Scalars['String']['input'];
};

/** The membership a token acts in: organization, local association and the role held there. */
export type ActiveContext = {
  __typename?: 'ActiveContext';
  /** The local association (its name from the organization subgraph), so a switcher shows names; null for a global administrator. */
  localAssociation?: Maybe<LocalAssociation>;
  /** The local association; null for a global administrator. */
  localAssociationId?: Maybe<Scalars['ID']['output']>;
  /** The membership (organization's Membership.id); null only for a token identity did not issue. */
  membershipId?: Maybe<Scalars['ID']['output']>;
  /** The organization (its name and the rest from the organization subgraph); null for a global administrator. */
  organization?: Maybe<Organization>;
  /** The organization; null for a global administrator, who acts outside any organization. */
  organizationId?: Maybe<Scalars['ID']['output']>;
  /** The role held in that membership: peer_mentor, coordinator, org_admin or global_admin. */
  role: Scalars['String']['output'];
};

/**
 * What an entry of reporting's audit log is about (key `type id`; reporting owns the log). Identity names the people:
 * reporting's label of a user subject is resolved from here when the log is read (never stored in the log).
 */
export type AuditSubject = {
  __typename?: 'AuditSubject';
  /** The subject's id. */
  id: Scalars['ID']['output'];
  /** The person's name when the subject is a user the caller may see; null otherwise. */
  personName?: Maybe<Scalars['String']['output']>;
  /** The kind of subject, e.g. User or Organization. */
  type: Scalars['String']['output'];
};

/** A signed-in session's tokens, with the session, user and context they act in. */
export type AuthPayload = {
  __typename?: 'AuthPayload';
  /** EdDSA JWT (typ at+jwt) for the Authorization: Bearer header, valid 15 minutes. */
  accessToken: Scalars['String']['output'];
  /** When the access token expires; refresh before. */
  accessTokenExpiresAt: Scalars['DateTime']['output'];
  /** The membership the access token acts in. */
  context: ActiveContext;
  /** Opaque, single use, valid 30 days: trade it with refreshSession. */
  refreshToken: Scalars['String']['output'];
  /** The session the tokens belong to (current is true). */
  session: Session;
  /** The signed-in user (readable here also by the anonymous caller who just signed in). */
  user: User;
};

/** A weekly window, HH:MM 24-hour in Norwegian time, start before end. */
export type AvailabilitySlot = {
  __typename?: 'AvailabilitySlot';
  /** The weekday. */
  day: Weekday;
  /** End, HH:MM (24-hour), after start. */
  end: Scalars['String']['output'];
  /** Start, HH:MM (24-hour). */
  start: Scalars['String']['output'];
};

/** A weekly window: HH:MM 24-hour in Norwegian time, start before end (rule availability_slot). */
export type AvailabilitySlotInput = {
  /** The weekday. */
  day: Weekday;
  /** End, HH:MM (24-hour), after start. */
  end: Scalars['String']['input'];
  /** Start, HH:MM (24-hour). */
  start: Scalars['String']['input'];
};

/** The device a session is opened on, as the client names it. */
export type DeviceInput = {
  /** A name the user recognizes the device by (e.g. Kari's iPhone); trimmed, at most 100 characters kept. */
  name: Scalars['String']['input'];
  /** The client platform as free text (e.g. ios, android, web); trimmed, at most 40 characters kept. */
  platform: Scalars['String']['input'];
};

/** The push service a device token belongs to. */
export type DevicePlatform =
  /** Android: Firebase Cloud Messaging (FCM) registration token. */
  | 'ANDROID'
  /** iOS: Apple Push Notification service (APNs) device token. */
  | 'IOS';

/** A push token (FCM on Android, APNs on iOS) of one of the caller's devices. Only the owner sees it. */
export type DeviceToken = {
  __typename?: 'DeviceToken';
  /** When the token was first registered. */
  createdAt: Scalars['DateTime']['output'];
  /** The device's name as registered. */
  deviceName: Scalars['String']['output'];
  /** The push service. */
  platform: DevicePlatform;
  /** The token as stored (APNs tokens lower-cased). */
  token: Scalars['String']['output'];
  /** When the token was last registered (or moved to this user). */
  updatedAt: Scalars['DateTime']['output'];
};

/** The answer to acceptInvitation. The membership itself follows when organization has processed identity.invitation.accepted; then sign in. */
export type InvitationAcceptance = {
  __typename?: 'InvitationAcceptance';
  /** The invited e-mail address, lower-cased. */
  email: Scalars['String']['output'];
  /** The accepted invitation (organization's Invitation.id). */
  invitationId: Scalars['ID']['output'];
  /** True when a new user was created; false when an existing user was linked. */
  newUser: Scalars['Boolean']['output'];
  /** The user the invitation was accepted as (new or existing). */
  userId: Scalars['ID']['output'];
};

/** A language of the apps. */
export type Language =
  /** English. */
  | 'EN'
  /** Norwegian bokmål (the default). */
  | 'NB'
  /** Norwegian nynorsk. */
  | 'NN';

/** A local association (owned by the organization subgraph), referenced by key only. */
export type LocalAssociation = {
  __typename?: 'LocalAssociation';
  /** The local association's id. */
  id: Scalars['ID']['output'];
};

/** Password sign-in. */
export type LoginInput = {
  /** The device signing in (listed in mySessions). */
  device: DeviceInput;
  /** The user's e-mail address (compared case-insensitively). */
  email: Scalars['String']['input'];
  /** The user's password. */
  password: Scalars['String']['input'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Accepts an invitation with its token. Anonymous. A new person gets a user (names and password required); an
   * existing user is linked (the password is set only if they have none). Refused by referral_code_length,
   * password_length, password_required, name_length, email_format, invitation_used, invitation_revoked,
   * invitation_expired, and for an existing user by membership_limit and single_organization_tree (then
   * identity.invitation.refused tells organization); an unknown token answers NOT_FOUND. Publishes
   * identity.user.registered (new person) and identity.invitation.accepted, from which organization creates the membership.
   */
  acceptInvitation: InvitationAcceptance;
  /**
   * Changes the caller's password (needs an open session); other sessions stay open. Refused by password_length (field
   * `next`); a wrong current password, or too many wrong ones (the sign-in lockout), answers UNAUTHENTICATED.
   */
  changePassword: Scalars['Boolean']['output'];
  /**
   * Moves a peer mentor to another status and logs it. active and paused move between each other by the mentor
   * themself, a coordinator or an administrator; active/paused to suspended by a coordinator or administrator;
   * suspended to active and anything to deactivated by org_admin or global_admin; deactivated is final. Refused by
   * status_final, status_unchanged, status_transition, reason_required (suspension, deactivation) and reason_length;
   * a move the caller may not make (status_actor) answers FORBIDDEN, a mentor outside the caller's scope NOT_FOUND.
   * Publishes identity.peer_mentor.status_changed.
   */
  changePeerMentorStatus: PeerMentorStatusEntry;
  /**
   * Signs in with e-mail and password and opens a session in the user's primary membership (else the first). Anonymous.
   * Every failure (unknown e-mail, wrong password, deactivated user) answers UNAUTHENTICATED with one message; 5 failures
   * within 15 minutes lock the address for 15 minutes (UNAUTHENTICATED); a user without membership gets FORBIDDEN.
   * Publishes identity.session.opened and identity.audit.recorded (auth.signed_in, or auth.sign_in_failed / _locked_out / _refused_locked).
   */
  login: AuthPayload;
  /** Revokes the caller's current session (needs an open session). Publishes identity.session.revoked (reason logout) and identity.audit.recorded (auth.signed_out). */
  logout: Scalars['Boolean']['output'];
  /**
   * Finishes an OpenID Connect login and opens a session. Anonymous. Links only to an existing, active user (by an
   * identity linked before, or the first time by a verified e-mail claim); never creates a user. Refused by
   * oidc_provider and callback_url; an unknown or expired state, an unverifiable answer or no matching account answer
   * UNAUTHENTICATED, a user without membership FORBIDDEN. Publishes identity.session.opened and identity.audit.recorded (auth.signed_in).
   */
  oidcCallback: AuthPayload;
  /** Starts an OpenID Connect login (BankID, Vipps ...): answers the provider's authorization URL; the state lives 10 minutes. Anonymous. Refused by oidc_provider (unknown provider). */
  oidcStart: OidcStart;
  /**
   * Trades a refresh token for a new pair (single use). The session keeps its membership while the user holds it, else
   * moves to the primary (or first) one. Anonymous. An unknown, expired or spent token, or a user without membership or
   * no longer active, answers UNAUTHENTICATED; a token reused more than 2 seconds after
   * its use revokes the whole session (identity.session.revoked with reason refresh_token_reuse, identity.audit.recorded).
   */
  refreshSession: AuthPayload;
  /**
   * Registers this device's push token for the caller (idempotent; a token held by another user moves to the caller).
   * Any signed-in caller. Refused by apns_token_format (IOS), fcm_token_format (ANDROID) and device_name_length.
   * Publishes no event.
   */
  registerDeviceToken: DeviceToken;
  /** Removes one of the caller's push tokens; false if the caller holds no such token (another user's token included). Any signed-in caller. */
  removeDeviceToken: Scalars['Boolean']['output'];
  /**
   * Revokes one of the caller's own sessions (needs an open session); another user's session answers NOT_FOUND, an
   * already revoked one is returned unchanged. Publishes identity.session.revoked (reason logout for the current
   * session, revoked_by_user for another) and identity.audit.recorded.
   */
  revokeSession: Session;
  /**
   * Revokes every open session of a user: an organization administrator for users with a membership in their
   * organization (their sessions acting in it), a global administrator for anyone (FORBIDDEN otherwise). Returns how
   * many were open. Publishes identity.session.revoked (reason revoked_by_admin) and identity.audit.recorded per session.
   */
  revokeUserSessions: Scalars['Int']['output'];
  /**
   * Issues a new token pair for another membership the caller holds, in the same session, without a password (needs an
   * open session). A membership the caller does not hold answers FORBIDDEN. The session's earlier refresh tokens are spent.
   */
  switchContext: AuthPayload;
  /**
   * Creates or updates the caller's own peer mentor profile (active role peer_mentor, holding a peer_mentor membership;
   * FORBIDDEN otherwise). Absent fields are kept; null clears a text field and is ignored for lists and flags. Refused
   * by bio_length, languages_format, experience_areas, mentoring_since_range, max_active_contacts_range,
   * availability_note_length and availability_slot. Publishes no event.
   */
  updateMyPeerMentorProfile: PeerMentorProfile;
  /** Updates the caller's own settings; absent or null fields are kept. Any signed-in caller. Publishes no event. */
  updateMySettings: UserSettings;
};


export type MutationAcceptInvitationArgs = {
  input: AcceptInvitationInput;
};


export type MutationChangePasswordArgs = {
  current: Scalars['String']['input'];
  next: Scalars['String']['input'];
};


export type MutationChangePeerMentorStatusArgs = {
  reason?: InputMaybe<Scalars['String']['input']>;
  to: PeerMentorStatus;
  userId: Scalars['ID']['input'];
};


export type MutationLoginArgs = {
  input: LoginInput;
};


export type MutationOidcCallbackArgs = {
  input: OidcCallbackInput;
};


export type MutationOidcStartArgs = {
  provider: Scalars['String']['input'];
};


export type MutationRefreshSessionArgs = {
  refreshToken: Scalars['String']['input'];
};


export type MutationRegisterDeviceTokenArgs = {
  deviceName: Scalars['String']['input'];
  platform: DevicePlatform;
  token: Scalars['String']['input'];
};


export type MutationRemoveDeviceTokenArgs = {
  token: Scalars['String']['input'];
};


export type MutationRevokeSessionArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRevokeUserSessionsArgs = {
  userId: Scalars['ID']['input'];
};


export type MutationSwitchContextArgs = {
  membershipId: Scalars['ID']['input'];
};


export type MutationUpdateMyPeerMentorProfileArgs = {
  input: PeerMentorProfileInput;
};


export type MutationUpdateMySettingsArgs = {
  input: UserSettingsInput;
};

/** The provider's answer to an OpenID Connect login: either callbackUrl, or code and state (and iss). */
export type OidcCallbackInput = {
  /** The full redirect the provider sent the browser to (preferred); its query parameters are read, the rest is the configured redirect URI. */
  callbackUrl?: InputMaybe<Scalars['String']['input']>;
  /** The authorization code, when callbackUrl is not given. */
  code?: InputMaybe<Scalars['String']['input']>;
  /** The device signing in (listed in mySessions). */
  device: DeviceInput;
  /** The authorization response's iss parameter (RFC 9207), when code and state are given separately. */
  iss?: InputMaybe<Scalars['String']['input']>;
  /** The provider's name, as given to oidcStart. */
  provider: Scalars['String']['input'];
  /** The state oidcStart answered, when callbackUrl is not given. */
  state?: InputMaybe<Scalars['String']['input']>;
};

/** Where to send the browser to sign in with an OpenID Connect provider. */
export type OidcStart = {
  __typename?: 'OidcStart';
  /** The provider's authorization URL (PKCE S256, state and nonce included). */
  authorizationUrl: Scalars['String']['output'];
  /** The state of this login (valid 10 minutes, single use); oidcCallback checks it. */
  state: Scalars['String']['output'];
};

/** An organization (owned by the organization subgraph), referenced by key only. */
export type Organization = {
  __typename?: 'Organization';
  /** The organization's id. */
  id: Scalars['ID']['output'];
};

/** The mentoring-specific part of a user (seed 001 peer_mentor). Certifications are not identity's (engagement owns them). */
export type PeerMentorProfile = {
  __typename?: 'PeerMentorProfile';
  /** Free text about when the mentor can be reached, at most 500 characters. */
  availabilityNote?: Maybe<Scalars['String']['output']>;
  /** The weekly windows the mentor is usually available in, at most 28. */
  availabilitySlots: Array<AvailabilitySlot>;
  /** Whether the mentor takes new contacts now (default true). */
  available: Scalars['Boolean']['output'];
  /** Free-text introduction, at most 2000 characters. */
  bio?: Maybe<Scalars['String']['output']>;
  /** Diagnoses and life situations the mentor mentors on, at most 20 of 1 to 80 characters. */
  experienceAreas: Array<Scalars['String']['output']>;
  /** ISO 639 codes of the languages the mentor speaks (e.g. nb, en, se), at most 10. */
  languages: Array<Scalars['String']['output']>;
  /** How many contacts the mentor wants to follow at once, 0 to 50; null: no limit stated. */
  maxActiveContacts?: Maybe<Scalars['Int']['output']>;
  /** The date the mentor started mentoring, YYYY-MM-DD (between 1950 and today). */
  mentoringSince?: Maybe<Scalars['String']['output']>;
  /** The newest status log entry's status; ACTIVE while the log is empty. */
  status: PeerMentorStatus;
  /** When the profile last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** The mentor's user id. */
  userId: Scalars['ID']['output'];
};

/** Peer mentor profile fields to change: an absent field is kept; null clears a text field and is ignored for lists and flags. */
export type PeerMentorProfileInput = {
  /** At most 500 characters (availability_note_length). */
  availabilityNote?: InputMaybe<Scalars['String']['input']>;
  /** At most 28 weekly windows (availability_slot). Replaces the list. */
  availabilitySlots?: InputMaybe<Array<AvailabilitySlotInput>>;
  /** Whether the mentor takes new contacts now. */
  available?: InputMaybe<Scalars['Boolean']['input']>;
  /** At most 2000 characters (bio_length). */
  bio?: InputMaybe<Scalars['String']['input']>;
  /** At most 20 areas of 1 to 80 characters (experience_areas); duplicates dropped. Replaces the list. */
  experienceAreas?: InputMaybe<Array<Scalars['String']['input']>>;
  /** ISO 639 codes, 2 or 3 lower-case letters, at most 10 (languages_format); duplicates dropped. Replaces the list. */
  languages?: InputMaybe<Array<Scalars['String']['input']>>;
  /** A whole number from 0 to 50 (max_active_contacts_range). */
  maxActiveContacts?: InputMaybe<Scalars['Int']['input']>;
  /** YYYY-MM-DD between 1950 and today (mentoring_since_range). */
  mentoringSince?: InputMaybe<Scalars['String']['input']>;
};

/** A peer mentor's status (no log entries yet: ACTIVE). */
export type PeerMentorStatus =
  /** Mentoring. */
  | 'ACTIVE'
  /** Ended by an administrator, with a reason; final. */
  | 'DEACTIVATED'
  /** Taking a break (the mentor or staff can set and end it). */
  | 'PAUSED'
  /** Stopped by a coordinator or administrator, with a reason; only an administrator reinstates. */
  | 'SUSPENDED';

/** One peer mentor status change: immutable (the log is append-only). */
export type PeerMentorStatusEntry = {
  __typename?: 'PeerMentorStatusEntry';
  /** The user who made the change, by name; null when the caller may not see them. */
  actor?: Maybe<User>;
  /** The user who made the change (the mentor themself or staff). */
  actorId: Scalars['ID']['output'];
  /** When the change was made. */
  changedAt: Scalars['DateTime']['output'];
  /** The status before the change (ACTIVE for a mentor's first change, the implicit start); null only on entries recorded without it. */
  from?: Maybe<PeerMentorStatus>;
  /** The entry's id. */
  id: Scalars['ID']['output'];
  /** Why, as given (required for SUSPENDED and DEACTIVATED). */
  reason?: Maybe<Scalars['String']['output']>;
  /** The status after. */
  to: PeerMentorStatus;
  /** The peer mentor. */
  userId: Scalars['ID']['output'];
};

/** A Meander product (app) a role may use. */
export type Product =
  /** The administration web (coordinators and administrators). */
  | 'ADMIN_WEB'
  /** The mobile app (peer mentors, coordinators, organization administrators). */
  | 'MOBILE_APP';

export type Query = {
  __typename?: 'Query';
  /** Whether the caller's active role may use this product (role catalog). Any signed-in caller. */
  canUseProduct: Scalars['Boolean']['output'];
  /** The signed-in user. Any signed-in caller whose session is not revoked. */
  me?: Maybe<User>;
  /** The membership the caller's token acts in (seed 003). Any signed-in caller. */
  myContext: ActiveContext;
  /** The caller's registered push tokens, most recently registered first. Only ever the caller's own. */
  myDeviceTokens: Array<DeviceToken>;
  /** Every membership the caller holds and may switch to with switchContext, in every organization, by membership id. Any signed-in caller. */
  myMemberships: Array<ActiveContext>;
  /** The caller's sessions (devices), newest first, revoked ones included. Needs an open session. */
  mySessions: Array<Session>;
  /** The caller's settings: language and accessibility preferences (defaults when never set). Any signed-in caller. */
  mySettings: UserSettings;
  /** The role catalog: the four roles, their names and the products each may use. Any signed-in caller. */
  roles: Array<Role>;
  /** A user the caller may see: an organization administrator sees the organization's users, a coordinator or peer mentor those of their own local associations, everyone themself, a global administrator everyone. Null otherwise. */
  user?: Maybe<User>;
};


export type QueryCanUseProductArgs = {
  product: Product;
};


export type QueryUserArgs = {
  id: Scalars['ID']['input'];
};

/** A role of the catalog: what a membership may be and which products it may use. Fixed by the platform. */
export type Role = {
  __typename?: 'Role';
  /** The role's key as in tokens and ActiveContext.role: peer_mentor, coordinator, org_admin or global_admin. */
  key: Scalars['String']['output'];
  /** The role's name in English (e.g. Peer Mentor). */
  nameEn: Scalars['String']['output'];
  /** The role's name in Norwegian bokmål (e.g. Likeperson). */
  nameNb: Scalars['String']['output'];
  /** The products the role may use. */
  products: Array<Product>;
};

/** A signed-in device: one sign-in and its refreshes, until revoked. Only the user themself sees their sessions. */
export type Session = {
  __typename?: 'Session';
  /** When the session was opened. */
  createdAt: Scalars['DateTime']['output'];
  /** True for the session of the token making this request. */
  current: Scalars['Boolean']['output'];
  /** The device name given at sign-in (unknown when none was given). */
  deviceName: Scalars['String']['output'];
  /** The session's id (the sid claim of its access tokens). */
  id: Scalars['ID']['output'];
  /** The client's IP address at sign-in, as the gateway saw it; null when unknown. */
  ip?: Maybe<Scalars['String']['output']>;
  /** The last sign-in, refresh or context switch (at most one access-token lifetime stale). */
  lastUsedAt: Scalars['DateTime']['output'];
  /** The client platform given at sign-in (unknown when none was given). */
  platform: Scalars['String']['output'];
  /** Why it was revoked: logout, revoked_by_user, revoked_by_admin, refresh_token_reuse, expired or user_deactivated; null while open. */
  revokeReason?: Maybe<Scalars['String']['output']>;
  /** When the session was revoked; null while open. */
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
};

/**
 * Every authenticated person on the platform: peer mentors, coordinators, administrators. Owned by identity (key `id`);
 * other subgraphs add fields by the key: organization `memberships`, activity `activities`, engagement badges and
 * certifications. Seen by the organization's administrators, the coordinators and mentors of a shared local
 * association, the user themself and global administrators.
 */
export type User = {
  __typename?: 'User';
  /** When the user was registered. */
  createdAt: Scalars['DateTime']['output'];
  /** First and last name, as people are named in the apps. */
  displayName: Scalars['String']['output'];
  /** The user's e-mail address, lower-cased; unique case-insensitively. */
  email: Scalars['String']['output'];
  /** Given name, 1 to 100 characters. */
  firstName: Scalars['String']['output'];
  /** The user's id (UUID): the federation key. */
  id: Scalars['ID']['output'];
  /** Family name, 1 to 100 characters. */
  lastName: Scalars['String']['output'];
  /** The mentoring profile: the user themself, and coordinators and administrators who can see the user; null for others and for a user without a profile. */
  peerMentorProfile?: Maybe<PeerMentorProfile>;
  /** Every status change, oldest first; same readers as peerMentorProfile (empty for others). */
  peerMentorStatusLog: Array<PeerMentorStatusEntry>;
  /** The user's phone number as recorded (e.g. +47 41234567), when known; identity does not validate it. */
  phone?: Maybe<Scalars['String']['output']>;
  /** The language the apps and notifications use for the user (default NB); the same value as UserSettings.language. */
  preferredLanguage: Language;
  /** Whether the user may sign in. */
  status: UserStatus;
};

/** The caller's own settings: language and accessibility preferences (notification toggles are engagement's). */
export type UserSettings = {
  __typename?: 'UserSettings';
  /** High-contrast colours (default false). */
  highContrast: Scalars['Boolean']['output'];
  /** The app language (the same value as User.preferredLanguage; default NB). */
  language: Language;
  /** Larger text in the apps (default false). */
  largerText: Scalars['Boolean']['output'];
  /** Fewer animations (default false). */
  reducedMotion: Scalars['Boolean']['output'];
  /** Extra hints for screen readers (default false). */
  screenReaderHints: Scalars['Boolean']['output'];
};

/** Settings to change: an absent or null field is kept. */
export type UserSettingsInput = {
  /** High-contrast colours. */
  highContrast?: InputMaybe<Scalars['Boolean']['input']>;
  /** The app language. */
  language?: InputMaybe<Language>;
  /** Larger text in the apps. */
  largerText?: InputMaybe<Scalars['Boolean']['input']>;
  /** Fewer animations. */
  reducedMotion?: InputMaybe<Scalars['Boolean']['input']>;
  /** Extra hints for screen readers. */
  screenReaderHints?: InputMaybe<Scalars['Boolean']['input']>;
};

/** Whether a user may sign in. */
export type UserStatus =
  /** The user may sign in. */
  | 'ACTIVE'
  /** The user may not sign in; their history stays. */
  | 'DEACTIVATED';

/** A day of the week, Monday first. */
export type Weekday =
  /** Friday. */
  | 'FRI'
  /** Monday. */
  | 'MON'
  /** Saturday. */
  | 'SAT'
  /** Sunday. */
  | 'SUN'
  /** Thursday. */
  | 'THU'
  /** Tuesday. */
  | 'TUE'
  /** Wednesday. */
  | 'WED';

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
  AuditSubject: AuditSubject;
  User: User;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  AuditSubject:
    ( { __typename: 'AuditSubject' }
    & GraphQLRecursivePick<FederationTypes['AuditSubject'], {"type":true,"id":true}> );
  User:
    ( { __typename: 'User' }
    & GraphQLRecursivePick<FederationTypes['User'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  AcceptInvitationInput: AcceptInvitationInput;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  ActiveContext: ResolverTypeWrapper<ActiveContextModel>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  AuditSubject: ResolverTypeWrapper<AuditSubject>;
  AuthPayload: ResolverTypeWrapper<AuthPayloadModel>;
  AvailabilitySlot: ResolverTypeWrapper<AvailabilitySlot>;
  AvailabilitySlotInput: AvailabilitySlotInput;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DeviceInput: DeviceInput;
  DevicePlatform: DevicePlatform;
  DeviceToken: ResolverTypeWrapper<DeviceTokenRow>;
  InvitationAcceptance: ResolverTypeWrapper<InvitationAcceptance>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Language: Language;
  LocalAssociation: ResolverTypeWrapper<LocalAssociation>;
  LoginInput: LoginInput;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  OidcCallbackInput: OidcCallbackInput;
  OidcStart: ResolverTypeWrapper<OidcStart>;
  Organization: ResolverTypeWrapper<Organization>;
  PeerMentorProfile: ResolverTypeWrapper<ReadableProfile>;
  PeerMentorProfileInput: PeerMentorProfileInput;
  PeerMentorStatus: PeerMentorStatus;
  PeerMentorStatusEntry: ResolverTypeWrapper<StatusLogRow>;
  Product: Product;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Role: ResolverTypeWrapper<RoleEntry>;
  Session: ResolverTypeWrapper<SessionModel>;
  User: ResolverTypeWrapper<UserRow>;
  UserSettings: ResolverTypeWrapper<UserSettingsModel>;
  UserSettingsInput: UserSettingsInput;
  UserStatus: UserStatus;
  Weekday: Weekday;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  AcceptInvitationInput: AcceptInvitationInput;
  String: Scalars['String']['output'];
  ActiveContext: ActiveContextModel;
  ID: Scalars['ID']['output'];
  AuditSubject: AuditSubject | FederationReferenceTypes['AuditSubject'];
  AuthPayload: AuthPayloadModel;
  AvailabilitySlot: AvailabilitySlot;
  AvailabilitySlotInput: AvailabilitySlotInput;
  DateTime: Scalars['DateTime']['output'];
  DeviceInput: DeviceInput;
  DeviceToken: DeviceTokenRow;
  InvitationAcceptance: InvitationAcceptance;
  Boolean: Scalars['Boolean']['output'];
  LocalAssociation: LocalAssociation;
  LoginInput: LoginInput;
  Mutation: Record<PropertyKey, never>;
  Int: Scalars['Int']['output'];
  OidcCallbackInput: OidcCallbackInput;
  OidcStart: OidcStart;
  Organization: Organization;
  PeerMentorProfile: ReadableProfile;
  PeerMentorProfileInput: PeerMentorProfileInput;
  PeerMentorStatusEntry: StatusLogRow;
  Query: Record<PropertyKey, never>;
  Role: RoleEntry;
  Session: SessionModel;
  User: UserRow;
  UserSettings: UserSettingsModel;
  UserSettingsInput: UserSettingsInput;
}>;

export type ActiveContextResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['ActiveContext'] = ResolversParentTypes['ActiveContext']> = ResolversObject<{
  localAssociation?: Resolver<Maybe<ResolversTypes['LocalAssociation']>, ParentType, ContextType>;
  localAssociationId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  membershipId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  organization?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
  organizationId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type AuditSubjectResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['AuditSubject'] = ResolversParentTypes['AuditSubject'], FederationReferenceType extends FederationReferenceTypes['AuditSubject'] = FederationReferenceTypes['AuditSubject']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['AuditSubject']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  personName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type AuthPayloadResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['AuthPayload'] = ResolversParentTypes['AuthPayload']> = ResolversObject<{
  accessToken?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  accessTokenExpiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  context?: Resolver<ResolversTypes['ActiveContext'], ParentType, ContextType>;
  refreshToken?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  session?: Resolver<ResolversTypes['Session'], ParentType, ContextType>;
  user?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
}>;

export type AvailabilitySlotResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['AvailabilitySlot'] = ResolversParentTypes['AvailabilitySlot']> = ResolversObject<{
  day?: Resolver<ResolversTypes['Weekday'], ParentType, ContextType>;
  end?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DeviceTokenResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['DeviceToken'] = ResolversParentTypes['DeviceToken']> = ResolversObject<{
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  deviceName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  platform?: Resolver<ResolversTypes['DevicePlatform'], ParentType, ContextType>;
  token?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type InvitationAcceptanceResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['InvitationAcceptance'] = ResolversParentTypes['InvitationAcceptance']> = ResolversObject<{
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  invitationId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  newUser?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  userId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type LocalAssociationResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['LocalAssociation'] = ResolversParentTypes['LocalAssociation']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  acceptInvitation?: Resolver<ResolversTypes['InvitationAcceptance'], ParentType, ContextType, RequireFields<MutationAcceptInvitationArgs, 'input'>>;
  changePassword?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationChangePasswordArgs, 'current' | 'next'>>;
  changePeerMentorStatus?: Resolver<ResolversTypes['PeerMentorStatusEntry'], ParentType, ContextType, RequireFields<MutationChangePeerMentorStatusArgs, 'to' | 'userId'>>;
  login?: Resolver<ResolversTypes['AuthPayload'], ParentType, ContextType, RequireFields<MutationLoginArgs, 'input'>>;
  logout?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  oidcCallback?: Resolver<ResolversTypes['AuthPayload'], ParentType, ContextType, RequireFields<MutationOidcCallbackArgs, 'input'>>;
  oidcStart?: Resolver<ResolversTypes['OidcStart'], ParentType, ContextType, RequireFields<MutationOidcStartArgs, 'provider'>>;
  refreshSession?: Resolver<ResolversTypes['AuthPayload'], ParentType, ContextType, RequireFields<MutationRefreshSessionArgs, 'refreshToken'>>;
  registerDeviceToken?: Resolver<ResolversTypes['DeviceToken'], ParentType, ContextType, RequireFields<MutationRegisterDeviceTokenArgs, 'deviceName' | 'platform' | 'token'>>;
  removeDeviceToken?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationRemoveDeviceTokenArgs, 'token'>>;
  revokeSession?: Resolver<ResolversTypes['Session'], ParentType, ContextType, RequireFields<MutationRevokeSessionArgs, 'id'>>;
  revokeUserSessions?: Resolver<ResolversTypes['Int'], ParentType, ContextType, RequireFields<MutationRevokeUserSessionsArgs, 'userId'>>;
  switchContext?: Resolver<ResolversTypes['AuthPayload'], ParentType, ContextType, RequireFields<MutationSwitchContextArgs, 'membershipId'>>;
  updateMyPeerMentorProfile?: Resolver<ResolversTypes['PeerMentorProfile'], ParentType, ContextType, RequireFields<MutationUpdateMyPeerMentorProfileArgs, 'input'>>;
  updateMySettings?: Resolver<ResolversTypes['UserSettings'], ParentType, ContextType, RequireFields<MutationUpdateMySettingsArgs, 'input'>>;
}>;

export type OidcStartResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['OidcStart'] = ResolversParentTypes['OidcStart']> = ResolversObject<{
  authorizationUrl?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  state?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type OrganizationResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['Organization'] = ResolversParentTypes['Organization']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type PeerMentorProfileResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['PeerMentorProfile'] = ResolversParentTypes['PeerMentorProfile']> = ResolversObject<{
  availabilityNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  availabilitySlots?: Resolver<Array<ResolversTypes['AvailabilitySlot']>, ParentType, ContextType>;
  available?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  bio?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  experienceAreas?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  languages?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  maxActiveContacts?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  mentoringSince?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['PeerMentorStatus'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  userId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type PeerMentorStatusEntryResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['PeerMentorStatusEntry'] = ResolversParentTypes['PeerMentorStatusEntry']> = ResolversObject<{
  actor?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  actorId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  changedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  from?: Resolver<Maybe<ResolversTypes['PeerMentorStatus']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['PeerMentorStatus'], ParentType, ContextType>;
  userId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  canUseProduct?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<QueryCanUseProductArgs, 'product'>>;
  me?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  myContext?: Resolver<ResolversTypes['ActiveContext'], ParentType, ContextType>;
  myDeviceTokens?: Resolver<Array<ResolversTypes['DeviceToken']>, ParentType, ContextType>;
  myMemberships?: Resolver<Array<ResolversTypes['ActiveContext']>, ParentType, ContextType>;
  mySessions?: Resolver<Array<ResolversTypes['Session']>, ParentType, ContextType>;
  mySettings?: Resolver<ResolversTypes['UserSettings'], ParentType, ContextType>;
  roles?: Resolver<Array<ResolversTypes['Role']>, ParentType, ContextType>;
  user?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType, RequireFields<QueryUserArgs, 'id'>>;
}>;

export type RoleResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['Role'] = ResolversParentTypes['Role']> = ResolversObject<{
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameNb?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  products?: Resolver<Array<ResolversTypes['Product']>, ParentType, ContextType>;
}>;

export type SessionResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['Session'] = ResolversParentTypes['Session']> = ResolversObject<{
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  current?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  deviceName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  ip?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lastUsedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  platform?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  revokeReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  revokedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
}>;

export type UserResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User'], FederationReferenceType extends FederationReferenceTypes['User'] = FederationReferenceTypes['User']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['User']> | FederationReferenceType, FederationReferenceType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  displayName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  firstName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  peerMentorProfile?: Resolver<Maybe<ResolversTypes['PeerMentorProfile']>, ParentType, ContextType>;
  peerMentorStatusLog?: Resolver<Array<ResolversTypes['PeerMentorStatusEntry']>, ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  preferredLanguage?: Resolver<ResolversTypes['Language'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['UserStatus'], ParentType, ContextType>;
}>;

export type UserSettingsResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['UserSettings'] = ResolversParentTypes['UserSettings']> = ResolversObject<{
  highContrast?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  language?: Resolver<ResolversTypes['Language'], ParentType, ContextType>;
  largerText?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  reducedMotion?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  screenReaderHints?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = IdentityContext> = ResolversObject<{
  ActiveContext?: ActiveContextResolvers<ContextType>;
  AuditSubject?: AuditSubjectResolvers<ContextType>;
  AuthPayload?: AuthPayloadResolvers<ContextType>;
  AvailabilitySlot?: AvailabilitySlotResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  DeviceToken?: DeviceTokenResolvers<ContextType>;
  InvitationAcceptance?: InvitationAcceptanceResolvers<ContextType>;
  LocalAssociation?: LocalAssociationResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  OidcStart?: OidcStartResolvers<ContextType>;
  Organization?: OrganizationResolvers<ContextType>;
  PeerMentorProfile?: PeerMentorProfileResolvers<ContextType>;
  PeerMentorStatusEntry?: PeerMentorStatusEntryResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Role?: RoleResolvers<ContextType>;
  Session?: SessionResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
  UserSettings?: UserSettingsResolvers<ContextType>;
}>;

