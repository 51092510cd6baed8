import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { UserRow } from '../db/schema/users.js';
import type { SessionModel, AuthPayloadModel, ActiveContextModel, UserSettingsModel } from '../models.js';
import type { PeerMentorProfileRow, StatusLogRow, DeviceTokenRow } from '../db/schema/profiles.js';
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
  DateTime: { input: Date | string; output: Date | string; }
  _FieldSet: { input: unknown; output: unknown; }
};

export type AcceptInvitationInput = {
  firstName?: InputMaybe<Scalars['String']['input']>;
  lastName?: InputMaybe<Scalars['String']['input']>;
  password?: InputMaybe<Scalars['String']['input']>;
  /** The invite code of the referral link the person arrived through, if any (engagement counts the registration on that link). */
  referralCode?: InputMaybe<Scalars['String']['input']>;
  token: Scalars['String']['input'];
};

/** The membership a token acts in: organization, local association and the role held there. */
export type ActiveContext = {
  __typename?: 'ActiveContext';
  localAssociationId?: Maybe<Scalars['ID']['output']>;
  /** Null for a global administrator outside any organization. */
  membershipId?: Maybe<Scalars['ID']['output']>;
  organizationId?: Maybe<Scalars['ID']['output']>;
  role: Scalars['String']['output'];
};

/**
 * What an entry of reporting's audit log is about. Identity names the people: reporting's
 * label of a user subject is resolved from here when the log is read (never stored in the log).
 */
export type AuditSubject = {
  __typename?: 'AuditSubject';
  id: Scalars['ID']['output'];
  /** The person's name when the subject is a user the caller may see; null otherwise. */
  personName?: Maybe<Scalars['String']['output']>;
  type: Scalars['String']['output'];
};

export type AuthPayload = {
  __typename?: 'AuthPayload';
  /** EdDSA JWT (typ at+jwt), about 15 minutes. */
  accessToken: Scalars['String']['output'];
  accessTokenExpiresAt: Scalars['DateTime']['output'];
  context: ActiveContext;
  /** Opaque, single use: trade it with refreshSession. */
  refreshToken: Scalars['String']['output'];
  session: Session;
  user: User;
};

/** A weekly window, HH:MM 24-hour, start before end. */
export type AvailabilitySlot = {
  __typename?: 'AvailabilitySlot';
  day: Weekday;
  end: Scalars['String']['output'];
  start: Scalars['String']['output'];
};

export type AvailabilitySlotInput = {
  day: Weekday;
  end: Scalars['String']['input'];
  start: Scalars['String']['input'];
};

export type DeviceInput = {
  name: Scalars['String']['input'];
  platform: Scalars['String']['input'];
};

export type DevicePlatform =
  | 'ANDROID'
  | 'IOS';

/** A push token (FCM on Android, APNs on iOS) of one of the caller's devices. */
export type DeviceToken = {
  __typename?: 'DeviceToken';
  createdAt: Scalars['DateTime']['output'];
  deviceName: Scalars['String']['output'];
  platform: DevicePlatform;
  token: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
};

/** The membership itself follows when organization has processed identity.invitation.accepted; then sign in. */
export type InvitationAcceptance = {
  __typename?: 'InvitationAcceptance';
  email: Scalars['String']['output'];
  invitationId: Scalars['ID']['output'];
  newUser: Scalars['Boolean']['output'];
  userId: Scalars['ID']['output'];
};

export type Language =
  | 'EN'
  | 'NB'
  | 'NN';

export type LoginInput = {
  device: DeviceInput;
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Accepts an invitation with its token: creates the user (names and password required) or links the existing one. Anonymous. */
  acceptInvitation: InvitationAcceptance;
  /** Changes the caller's password; other sessions stay open. */
  changePassword: Scalars['Boolean']['output'];
  /** Moves a peer mentor to another status (see README for who may do which move); the log keeps every change. */
  changePeerMentorStatus: PeerMentorStatusEntry;
  /** Signs in with e-mail and password. Anonymous. */
  login: AuthPayload;
  /** Revokes the caller's current session. */
  logout: Scalars['Boolean']['output'];
  /** Finishes an OpenID Connect login: links only to an existing user. Anonymous. */
  oidcCallback: AuthPayload;
  /** Starts an OpenID Connect login (BankID, Vipps ...). Anonymous. */
  oidcStart: OidcStart;
  /** Trades a refresh token for a new pair (single use; reuse revokes the session). Anonymous. */
  refreshSession: AuthPayload;
  /** Registers this device's push token for the caller (idempotent; a token held by another user moves to the caller). */
  registerDeviceToken: DeviceToken;
  /** Removes one of the caller's push tokens; false if the caller holds no such token. */
  removeDeviceToken: Scalars['Boolean']['output'];
  /** Revokes one of the caller's own sessions. */
  revokeSession: Session;
  /** Revokes every session of a user (organization administrator of the user's organization, or global administrator). Returns how many were open. */
  revokeUserSessions: Scalars['Int']['output'];
  /** Issues tokens for another membership the caller holds, in the same session, without a password. */
  switchContext: AuthPayload;
  /** Creates or updates the caller's own peer mentor profile (active role peer_mentor); absent fields are kept. */
  updateMyPeerMentorProfile: PeerMentorProfile;
  /** Updates the caller's settings; absent fields are kept. */
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

export type OidcCallbackInput = {
  /** The full redirect the provider sent the browser to (preferred). */
  callbackUrl?: InputMaybe<Scalars['String']['input']>;
  code?: InputMaybe<Scalars['String']['input']>;
  device: DeviceInput;
  /** The authorization response's iss parameter (RFC 9207), when code and state are given separately. */
  iss?: InputMaybe<Scalars['String']['input']>;
  provider: Scalars['String']['input'];
  state?: InputMaybe<Scalars['String']['input']>;
};

export type OidcStart = {
  __typename?: 'OidcStart';
  authorizationUrl: Scalars['String']['output'];
  state: Scalars['String']['output'];
};

/** The mentoring-specific part of a user (seed 001 peer_mentor). Certifications are not identity's. */
export type PeerMentorProfile = {
  __typename?: 'PeerMentorProfile';
  availabilityNote?: Maybe<Scalars['String']['output']>;
  availabilitySlots: Array<AvailabilitySlot>;
  available: Scalars['Boolean']['output'];
  bio?: Maybe<Scalars['String']['output']>;
  /** Diagnoses and life situations the mentor mentors on. */
  experienceAreas: Array<Scalars['String']['output']>;
  /** ISO 639 codes of the languages the mentor speaks. */
  languages: Array<Scalars['String']['output']>;
  maxActiveContacts?: Maybe<Scalars['Int']['output']>;
  /** YYYY-MM-DD. */
  mentoringSince?: Maybe<Scalars['String']['output']>;
  /** The newest status log entry's status; ACTIVE while the log is empty. */
  status: PeerMentorStatus;
  updatedAt: Scalars['DateTime']['output'];
  userId: Scalars['ID']['output'];
};

export type PeerMentorProfileInput = {
  availabilityNote?: InputMaybe<Scalars['String']['input']>;
  availabilitySlots?: InputMaybe<Array<AvailabilitySlotInput>>;
  available?: InputMaybe<Scalars['Boolean']['input']>;
  bio?: InputMaybe<Scalars['String']['input']>;
  experienceAreas?: InputMaybe<Array<Scalars['String']['input']>>;
  languages?: InputMaybe<Array<Scalars['String']['input']>>;
  maxActiveContacts?: InputMaybe<Scalars['Int']['input']>;
  mentoringSince?: InputMaybe<Scalars['String']['input']>;
};

export type PeerMentorStatus =
  | 'ACTIVE'
  | 'DEACTIVATED'
  | 'PAUSED'
  | 'SUSPENDED';

/** One status change: immutable. */
export type PeerMentorStatusEntry = {
  __typename?: 'PeerMentorStatusEntry';
  actorId: Scalars['ID']['output'];
  changedAt: Scalars['DateTime']['output'];
  /** Null for the first change (the mentor was implicitly ACTIVE). */
  from?: Maybe<PeerMentorStatus>;
  id: Scalars['ID']['output'];
  reason?: Maybe<Scalars['String']['output']>;
  to: PeerMentorStatus;
  userId: Scalars['ID']['output'];
};

export type Product =
  | 'ADMIN_WEB'
  | 'MOBILE_APP';

export type Query = {
  __typename?: 'Query';
  /** Whether the caller's active role may use this product (role catalog). */
  canUseProduct: Scalars['Boolean']['output'];
  /** The signed-in user. */
  me?: Maybe<User>;
  /** The membership the caller's token acts in (seed 003). */
  myContext: ActiveContext;
  /** The caller's registered push tokens, newest first. */
  myDeviceTokens: Array<DeviceToken>;
  /** Every membership the caller may switch to with switchContext. */
  myMemberships: Array<ActiveContext>;
  /** The caller's sessions (devices), newest first, revoked ones included. */
  mySessions: Array<Session>;
  /** The caller's settings: language and accessibility preferences. */
  mySettings: UserSettings;
  /** The role catalog: the four roles, their names and the products each may use. */
  roles: Array<Role>;
  /** A user in the caller's organization. */
  user?: Maybe<User>;
};


export type QueryCanUseProductArgs = {
  product: Product;
};


export type QueryUserArgs = {
  id: Scalars['ID']['input'];
};

/** A role of the catalog: what a membership may be and which products it may use. */
export type Role = {
  __typename?: 'Role';
  key: Scalars['String']['output'];
  nameEn: Scalars['String']['output'];
  nameNb: Scalars['String']['output'];
  products: Array<Product>;
};

/** A signed-in device. */
export type Session = {
  __typename?: 'Session';
  createdAt: Scalars['DateTime']['output'];
  /** True for the session of the token making this request. */
  current: Scalars['Boolean']['output'];
  deviceName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  ip?: Maybe<Scalars['String']['output']>;
  lastUsedAt: Scalars['DateTime']['output'];
  platform: Scalars['String']['output'];
  revokeReason?: Maybe<Scalars['String']['output']>;
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
};

/** Every authenticated person on the platform: peer mentors, coordinators, administrators. */
export type User = {
  __typename?: 'User';
  createdAt: Scalars['DateTime']['output'];
  displayName: Scalars['String']['output'];
  email: Scalars['String']['output'];
  firstName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  lastName: Scalars['String']['output'];
  /** The mentoring profile: the user themself, and coordinators and administrators who can see the user; null for others. */
  peerMentorProfile?: Maybe<PeerMentorProfile>;
  /** Every status change, oldest first; same readers as peerMentorProfile (empty for others). */
  peerMentorStatusLog: Array<PeerMentorStatusEntry>;
  phone?: Maybe<Scalars['String']['output']>;
  preferredLanguage: Language;
  status: UserStatus;
};

export type UserSettings = {
  __typename?: 'UserSettings';
  highContrast: Scalars['Boolean']['output'];
  language: Language;
  largerText: Scalars['Boolean']['output'];
  reducedMotion: Scalars['Boolean']['output'];
  screenReaderHints: Scalars['Boolean']['output'];
};

export type UserSettingsInput = {
  highContrast?: InputMaybe<Scalars['Boolean']['input']>;
  language?: InputMaybe<Language>;
  largerText?: InputMaybe<Scalars['Boolean']['input']>;
  reducedMotion?: InputMaybe<Scalars['Boolean']['input']>;
  screenReaderHints?: InputMaybe<Scalars['Boolean']['input']>;
};

export type UserStatus =
  | 'ACTIVE'
  | 'DEACTIVATED';

export type Weekday =
  | 'FRI'
  | 'MON'
  | 'SAT'
  | 'SUN'
  | 'THU'
  | 'TUE'
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
  LoginInput: LoginInput;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  OidcCallbackInput: OidcCallbackInput;
  OidcStart: ResolverTypeWrapper<OidcStart>;
  PeerMentorProfile: ResolverTypeWrapper<PeerMentorProfileRow>;
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
  LoginInput: LoginInput;
  Mutation: Record<PropertyKey, never>;
  Int: Scalars['Int']['output'];
  OidcCallbackInput: OidcCallbackInput;
  OidcStart: OidcStart;
  PeerMentorProfile: PeerMentorProfileRow;
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
  localAssociationId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  membershipId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
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
  Mutation?: MutationResolvers<ContextType>;
  OidcStart?: OidcStartResolvers<ContextType>;
  PeerMentorProfile?: PeerMentorProfileResolvers<ContextType>;
  PeerMentorStatusEntry?: PeerMentorStatusEntryResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Role?: RoleResolvers<ContextType>;
  Session?: SessionResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
  UserSettings?: UserSettingsResolvers<ContextType>;
}>;

