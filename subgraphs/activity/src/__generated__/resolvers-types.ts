import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { ActivityRow, ActivityStatusChangeRow } from '../db/schema/activities.js';
import type { ActivityApprovalRow } from '../db/schema/approvals.js';
import type { ActivityTypeRow } from '../db/schema/activity-types.js';
import type { ContactRow } from '../db/schema/contacts.js';
import type { EntityRef, ActivityContext } from '../context.js';
import type { BulkResult, SyncRowResult } from '../application/register.js';
import type { CountabilityView } from '../domain/bufdir.js';
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
  JSON: { input: unknown; output: unknown; }
  _FieldSet: { input: unknown; output: unknown; }
};

/** A logged interaction between a peer mentor and one or more contacts (seed 002). */
export type Activity = {
  __typename?: 'Activity';
  activityDate: Scalars['DateTime']['output'];
  /** The activity type's key. */
  activityType: Scalars['String']['output'];
  /** Review decisions, oldest first. */
  approvals: Array<ActivityApproval>;
  /** Decided at registration: counts or not in the Bufdir report, and why. */
  bufdir: BufdirCountability;
  bulkBatchId?: Maybe<Scalars['ID']['output']>;
  calendarEventId?: Maybe<Scalars['String']['output']>;
  contact?: Maybe<Contact>;
  contactId?: Maybe<Scalars['ID']['output']>;
  country: Scalars['String']['output'];
  /** bufdir_reporting_inclusion: counts in the Bufdir report now (approved and countable). */
  countsInBufdir: Scalars['Boolean']['output'];
  createdAt: Scalars['DateTime']['output'];
  description?: Maybe<Scalars['String']['output']>;
  durationMinutes: Scalars['Int']['output'];
  eventId?: Maybe<Scalars['ID']['output']>;
  hasReimbursement: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  isBulkRegistration: Scalars['Boolean']['output'];
  isProxyRegistration: Scalars['Boolean']['output'];
  localAssociation?: Maybe<LocalAssociation>;
  localAssociationId?: Maybe<Scalars['ID']['output']>;
  location?: Maybe<Scalars['String']['output']>;
  mentor: User;
  metadata?: Maybe<Scalars['JSON']['output']>;
  organizationId: Scalars['ID']['output'];
  participantCount: Scalars['Int']['output'];
  proxySubmittedBy?: Maybe<Scalars['ID']['output']>;
  proxySubmitter?: Maybe<User>;
  status: ActivityStatus;
  /** Every status change, oldest first (registration included). */
  statusLog: Array<ActivityStatusChange>;
  suspectedDuplicate?: Maybe<Activity>;
  /** duplicate_detection: the earlier activity this one may duplicate (it is then flagged for review). */
  suspectedDuplicateOf?: Maybe<Scalars['ID']['output']>;
  syncedAt?: Maybe<Scalars['DateTime']['output']>;
  title?: Maybe<Scalars['String']['output']>;
  type?: Maybe<ActivityType>;
  updatedAt: Scalars['DateTime']['output'];
  /** The mentor who performed the activity (for proxy registrations, not the coordinator who submitted it). */
  userId: Scalars['ID']['output'];
};

/** One review decision on an activity (who, when, from which status to which, why). */
export type ActivityApproval = {
  __typename?: 'ActivityApproval';
  decidedAt: Scalars['DateTime']['output'];
  decidedBy: User;
  id: Scalars['ID']['output'];
  previousStatus: ActivityStatus;
  reason?: Maybe<Scalars['String']['output']>;
  status: ActivityStatus;
};

/** How an activity type counts in the Bufdir report (DESIGN.md section 9). */
export type ActivityBufdirCategory =
  | 'COURSE'
  | 'GROUP'
  | 'NOT_COUNTED'
  | 'OUTREACH_IN_PERSON';

export type ActivityConnection = {
  __typename?: 'ActivityConnection';
  edges: Array<ActivityEdge>;
  pageInfo: PageInfo;
};

export type ActivityEdge = {
  __typename?: 'ActivityEdge';
  cursor: Scalars['String']['output'];
  node: Activity;
};

export type ActivityStatus =
  | 'APPROVED'
  | 'DRAFT'
  | 'FLAGGED'
  | 'PENDING_REVIEW'
  | 'REJECTED';

/** One status change (audit_trail_on_status_change): who, when, from which status to which, why. */
export type ActivityStatusChange = {
  __typename?: 'ActivityStatusChange';
  changedAt: Scalars['DateTime']['output'];
  changedBy: User;
  id: Scalars['ID']['output'];
  note?: Maybe<Scalars['String']['output']>;
  /** Null for the registration itself. */
  previousStatus?: Maybe<ActivityStatus>;
  status: ActivityStatus;
};

/** An entry in the organization's catalog of activity types. */
export type ActivityType = {
  __typename?: 'ActivityType';
  bufdirCategory: ActivityBufdirCategory;
  id: Scalars['ID']['output'];
  isActive: Scalars['Boolean']['output'];
  key: Scalars['String']['output'];
  name: Scalars['String']['output'];
};

/** Whether the activity counts in the Bufdir report once approved, and why (DESIGN.md section 9). */
export type BufdirCountability = {
  __typename?: 'BufdirCountability';
  countable: Scalars['Boolean']['output'];
  /** What the mentor is told. */
  message: Scalars['String']['output'];
  /** counts, type_not_counted, outside_norway, group_too_small, group_too_short or course_day_too_short. */
  reason: Scalars['String']['output'];
};

export type BulkRegistration = {
  __typename?: 'BulkRegistration';
  activities: Array<Activity>;
  bulkBatchId: Scalars['ID']['output'];
  count: Scalars['Int']['output'];
};

/** A person receiving peer support. */
export type Contact = {
  __typename?: 'Contact';
  createdAt: Scalars['DateTime']['output'];
  firstName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  lastName: Scalars['String']['output'];
  localAssociation: LocalAssociation;
  localAssociationId: Scalars['ID']['output'];
  municipality?: Maybe<Scalars['String']['output']>;
  organizationId: Scalars['ID']['output'];
};

export type ContactConnection = {
  __typename?: 'ContactConnection';
  edges: Array<ContactEdge>;
  pageInfo: PageInfo;
};

export type ContactEdge = {
  __typename?: 'ContactEdge';
  cursor: Scalars['String']['output'];
  node: Contact;
};

export type LocalAssociation = {
  __typename?: 'LocalAssociation';
  /** The local association's activities, as far as the caller may see them; newest first. */
  activities: ActivityConnection;
  id: Scalars['ID']['output'];
};


export type LocalAssociationActivitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Approves several activities at once (review queue), all or none; a refusal lists every id that cannot be approved (extensions.rows). */
  approveActivities: Array<Activity>;
  /** Approves an activity awaiting review or flagged (coordinators of its local association, organization administrators). */
  approveActivity: Activity;
  /** Puts an activity awaiting review aside (flagged) with an optional note. */
  flagActivity: Activity;
  /** Registers many activities in one transaction (e.g. a group meeting for 40 mentors): all or none; a refusal lists every failing row with its rule (extensions.rows, rows counted from 0). */
  registerActivities: BulkRegistration;
  /** The same from a CSV file (header row; columns activity_type, activity_date, duration_minutes, title, description, location, contact_id, participant_count, user_id, status, country); failing rows are named by their line. */
  registerActivitiesCsv: BulkRegistration;
  /** Registers an activity: a mentor for themself, a coordinator also on behalf of a mentor of their local association. New activities await review. */
  registerActivity: Activity;
  /** Rejects an activity awaiting review or flagged, with the reason the mentor will see. */
  rejectActivity: Activity;
  /** Submits a draft for review (its mentor, or the coordinator who registered it). */
  submitActivity: Activity;
  /** Offline sync: each activity carries its clientId; one already received is returned unchanged (the server wins on conflict), new ones are created with syncedAt, an invalid one is refused alone. */
  syncActivities: Array<SyncResult>;
};


export type MutationApproveActivitiesArgs = {
  ids: Array<Scalars['ID']['input']>;
};


export type MutationApproveActivityArgs = {
  id: Scalars['ID']['input'];
};


export type MutationFlagActivityArgs = {
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
};


export type MutationRegisterActivitiesArgs = {
  activities: Array<RegisterActivityInput>;
};


export type MutationRegisterActivitiesCsvArgs = {
  csv: Scalars['String']['input'];
};


export type MutationRegisterActivityArgs = {
  input: RegisterActivityInput;
};


export type MutationRejectActivityArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationSubmitActivityArgs = {
  id: Scalars['ID']['input'];
};


export type MutationSyncActivitiesArgs = {
  activities: Array<RegisterActivityInput>;
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** The activities the caller may see, newest activity date first. */
  activities: ActivityConnection;
  /** One activity the caller may see (mentors their own, coordinators their local associations, admins the organization). */
  activity?: Maybe<Activity>;
  /** The organization's activity types (the active ones unless includeInactive). */
  activityTypes: Array<ActivityType>;
  /** One contact in the caller's scope. */
  contact?: Maybe<Contact>;
  /** The contacts in the caller's scope, by last name and first name. */
  contacts: ContactConnection;
  /** A coordinator's review queue: the activities awaiting review or flagged in their local association (an administrator's: the organization's), newest first. */
  reviewQueue: ActivityConnection;
};


export type QueryActivitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<ActivityStatus>;
};


export type QueryActivityArgs = {
  id: Scalars['ID']['input'];
};


export type QueryActivityTypesArgs = {
  includeInactive?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryContactArgs = {
  id: Scalars['ID']['input'];
};


export type QueryContactsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryReviewQueueArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type RegisterActivityInput = {
  /** When it took place; now when omitted (quick log). At most 24 hours ahead. */
  activityDate?: InputMaybe<Scalars['DateTime']['input']>;
  /** The activity type's key in the organization's catalog (e.g. home_visit). */
  activityTypeKey: Scalars['String']['input'];
  bulkBatchId?: InputMaybe<Scalars['ID']['input']>;
  calendarEventId?: InputMaybe<Scalars['String']['input']>;
  /** The offline client's own id: sending it again returns the stored activity and changes nothing. */
  clientId?: InputMaybe<Scalars['String']['input']>;
  contactId?: InputMaybe<Scalars['ID']['input']>;
  /** ISO 3166-1 alpha-2 country of the location; NO when omitted. */
  country?: InputMaybe<Scalars['String']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  /** Minutes, 1 to 1440; 30 when omitted (quick log). */
  durationMinutes?: InputMaybe<Scalars['Int']['input']>;
  /** An offline client's bulk registration: true with its bulkBatchId (both or neither). */
  isBulkRegistration?: InputMaybe<Scalars['Boolean']['input']>;
  /** True when a coordinator registers on behalf of the mentor in userId. */
  isProxyRegistration?: InputMaybe<Scalars['Boolean']['input']>;
  location?: InputMaybe<Scalars['String']['input']>;
  metadata?: InputMaybe<Scalars['JSON']['input']>;
  /** At least 1; 1 when omitted. */
  participantCount?: InputMaybe<Scalars['Int']['input']>;
  /** draft or pending_review (the default; case-insensitive). */
  status?: InputMaybe<Scalars['String']['input']>;
  /** Generated from the activity type and the contact's name when omitted. */
  title?: InputMaybe<Scalars['String']['input']>;
  /** The mentor who performed the activity (proxy registration only); the caller otherwise. */
  userId?: InputMaybe<Scalars['ID']['input']>;
};

/** A broken rule (seed 002 name) on a field. */
export type RuleError = {
  __typename?: 'RuleError';
  field: Scalars['String']['output'];
  message: Scalars['String']['output'];
  rule: Scalars['String']['output'];
};

export type SyncOutcome =
  | 'ALREADY_SYNCED'
  | 'CONFLICT_SERVER_WINS'
  | 'CREATED'
  | 'REFUSED';

export type SyncResult = {
  __typename?: 'SyncResult';
  /** The stored activity (the server's version); null when refused. */
  activity?: Maybe<Activity>;
  clientId: Scalars['String']['output'];
  errors: Array<RuleError>;
  outcome: SyncOutcome;
};

export type User = {
  __typename?: 'User';
  /** The activities this user performed, as far as the caller may see them; newest first. */
  activities: ActivityConnection;
  id: Scalars['ID']['output'];
};


export type UserActivitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
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
  Activity: Activity;
  Contact: Contact;
  LocalAssociation: LocalAssociation;
  User: User;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Activity:
    ( { __typename: 'Activity' }
    & GraphQLRecursivePick<FederationTypes['Activity'], {"id":true}> );
  Contact:
    ( { __typename: 'Contact' }
    & GraphQLRecursivePick<FederationTypes['Contact'], {"id":true}> );
  LocalAssociation:
    ( { __typename: 'LocalAssociation' }
    & GraphQLRecursivePick<FederationTypes['LocalAssociation'], {"id":true}> );
  User:
    ( { __typename: 'User' }
    & GraphQLRecursivePick<FederationTypes['User'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  Activity: ResolverTypeWrapper<ActivityRow>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  ActivityApproval: ResolverTypeWrapper<ActivityApprovalRow>;
  ActivityBufdirCategory: ActivityBufdirCategory;
  ActivityConnection: ResolverTypeWrapper<Omit<ActivityConnection, 'edges'> & { edges: Array<ResolversTypes['ActivityEdge']> }>;
  ActivityEdge: ResolverTypeWrapper<Omit<ActivityEdge, 'node'> & { node: ResolversTypes['Activity'] }>;
  ActivityStatus: ActivityStatus;
  ActivityStatusChange: ResolverTypeWrapper<ActivityStatusChangeRow>;
  ActivityType: ResolverTypeWrapper<ActivityTypeRow>;
  BufdirCountability: ResolverTypeWrapper<CountabilityView>;
  BulkRegistration: ResolverTypeWrapper<BulkResult>;
  Contact: ResolverTypeWrapper<ContactRow>;
  ContactConnection: ResolverTypeWrapper<Omit<ContactConnection, 'edges'> & { edges: Array<ResolversTypes['ContactEdge']> }>;
  ContactEdge: ResolverTypeWrapper<Omit<ContactEdge, 'node'> & { node: ResolversTypes['Contact'] }>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  LocalAssociation: ResolverTypeWrapper<EntityRef>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RegisterActivityInput: RegisterActivityInput;
  RuleError: ResolverTypeWrapper<RuleError>;
  SyncOutcome: SyncOutcome;
  SyncResult: ResolverTypeWrapper<SyncRowResult>;
  User: ResolverTypeWrapper<EntityRef>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Activity: ActivityRow;
  String: Scalars['String']['output'];
  ID: Scalars['ID']['output'];
  Boolean: Scalars['Boolean']['output'];
  Int: Scalars['Int']['output'];
  ActivityApproval: ActivityApprovalRow;
  ActivityConnection: Omit<ActivityConnection, 'edges'> & { edges: Array<ResolversParentTypes['ActivityEdge']> };
  ActivityEdge: Omit<ActivityEdge, 'node'> & { node: ResolversParentTypes['Activity'] };
  ActivityStatusChange: ActivityStatusChangeRow;
  ActivityType: ActivityTypeRow;
  BufdirCountability: CountabilityView;
  BulkRegistration: BulkResult;
  Contact: ContactRow;
  ContactConnection: Omit<ContactConnection, 'edges'> & { edges: Array<ResolversParentTypes['ContactEdge']> };
  ContactEdge: Omit<ContactEdge, 'node'> & { node: ResolversParentTypes['Contact'] };
  DateTime: Scalars['DateTime']['output'];
  JSON: Scalars['JSON']['output'];
  LocalAssociation: EntityRef;
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  Query: Record<PropertyKey, never>;
  RegisterActivityInput: RegisterActivityInput;
  RuleError: RuleError;
  SyncResult: SyncRowResult;
  User: EntityRef;
}>;

export type ActivityResolvers<ContextType = ActivityContext, ParentType extends ResolversParentTypes['Activity'] = ResolversParentTypes['Activity'], FederationReferenceType extends FederationReferenceTypes['Activity'] = FederationReferenceTypes['Activity']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Activity']> | FederationReferenceType, FederationReferenceType, ContextType>;
  activityDate?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  activityType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  approvals?: Resolver<Array<ResolversTypes['ActivityApproval']>, ParentType, ContextType>;
  bufdir?: Resolver<ResolversTypes['BufdirCountability'], ParentType, ContextType>;
  bulkBatchId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  calendarEventId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  contact?: Resolver<Maybe<ResolversTypes['Contact']>, ParentType, ContextType>;
  contactId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  country?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  countsInBufdir?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  durationMinutes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  eventId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  hasReimbursement?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isBulkRegistration?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  isProxyRegistration?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  localAssociation?: Resolver<Maybe<ResolversTypes['LocalAssociation']>, ParentType, ContextType>;
  localAssociationId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  location?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  mentor?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  metadata?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  organizationId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  participantCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  proxySubmittedBy?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  proxySubmitter?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ActivityStatus'], ParentType, ContextType>;
  statusLog?: Resolver<Array<ResolversTypes['ActivityStatusChange']>, ParentType, ContextType>;
  suspectedDuplicate?: Resolver<Maybe<ResolversTypes['Activity']>, ParentType, ContextType>;
  suspectedDuplicateOf?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  syncedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<Maybe<ResolversTypes['ActivityType']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  userId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type ActivityApprovalResolvers<ContextType = ActivityContext, ParentType extends ResolversParentTypes['ActivityApproval'] = ResolversParentTypes['ActivityApproval']> = ResolversObject<{
  decidedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  decidedBy?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  previousStatus?: Resolver<ResolversTypes['ActivityStatus'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ActivityStatus'], ParentType, ContextType>;
}>;

export type ActivityConnectionResolvers<ContextType = ActivityContext, ParentType extends ResolversParentTypes['ActivityConnection'] = ResolversParentTypes['ActivityConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ActivityEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type ActivityEdgeResolvers<ContextType = ActivityContext, ParentType extends ResolversParentTypes['ActivityEdge'] = ResolversParentTypes['ActivityEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Activity'], ParentType, ContextType>;
}>;

export type ActivityStatusChangeResolvers<ContextType = ActivityContext, ParentType extends ResolversParentTypes['ActivityStatusChange'] = ResolversParentTypes['ActivityStatusChange']> = ResolversObject<{
  changedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  changedBy?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  previousStatus?: Resolver<Maybe<ResolversTypes['ActivityStatus']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ActivityStatus'], ParentType, ContextType>;
}>;

export type ActivityTypeResolvers<ContextType = ActivityContext, ParentType extends ResolversParentTypes['ActivityType'] = ResolversParentTypes['ActivityType']> = ResolversObject<{
  bufdirCategory?: Resolver<ResolversTypes['ActivityBufdirCategory'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isActive?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type BufdirCountabilityResolvers<ContextType = ActivityContext, ParentType extends ResolversParentTypes['BufdirCountability'] = ResolversParentTypes['BufdirCountability']> = ResolversObject<{
  countable?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type BulkRegistrationResolvers<ContextType = ActivityContext, ParentType extends ResolversParentTypes['BulkRegistration'] = ResolversParentTypes['BulkRegistration']> = ResolversObject<{
  activities?: Resolver<Array<ResolversTypes['Activity']>, ParentType, ContextType>;
  bulkBatchId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ContactResolvers<ContextType = ActivityContext, ParentType extends ResolversParentTypes['Contact'] = ResolversParentTypes['Contact'], FederationReferenceType extends FederationReferenceTypes['Contact'] = FederationReferenceTypes['Contact']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Contact']> | FederationReferenceType, FederationReferenceType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  firstName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  localAssociation?: Resolver<ResolversTypes['LocalAssociation'], ParentType, ContextType>;
  localAssociationId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  municipality?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  organizationId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type ContactConnectionResolvers<ContextType = ActivityContext, ParentType extends ResolversParentTypes['ContactConnection'] = ResolversParentTypes['ContactConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ContactEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type ContactEdgeResolvers<ContextType = ActivityContext, ParentType extends ResolversParentTypes['ContactEdge'] = ResolversParentTypes['ContactEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Contact'], ParentType, ContextType>;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type LocalAssociationResolvers<ContextType = ActivityContext, ParentType extends ResolversParentTypes['LocalAssociation'] = ResolversParentTypes['LocalAssociation'], FederationReferenceType extends FederationReferenceTypes['LocalAssociation'] = FederationReferenceTypes['LocalAssociation']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['LocalAssociation']> | FederationReferenceType, FederationReferenceType, ContextType>;
  activities?: Resolver<ResolversTypes['ActivityConnection'], ParentType, ContextType, Partial<LocalAssociationActivitiesArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = ActivityContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  approveActivities?: Resolver<Array<ResolversTypes['Activity']>, ParentType, ContextType, RequireFields<MutationApproveActivitiesArgs, 'ids'>>;
  approveActivity?: Resolver<ResolversTypes['Activity'], ParentType, ContextType, RequireFields<MutationApproveActivityArgs, 'id'>>;
  flagActivity?: Resolver<ResolversTypes['Activity'], ParentType, ContextType, RequireFields<MutationFlagActivityArgs, 'id'>>;
  registerActivities?: Resolver<ResolversTypes['BulkRegistration'], ParentType, ContextType, RequireFields<MutationRegisterActivitiesArgs, 'activities'>>;
  registerActivitiesCsv?: Resolver<ResolversTypes['BulkRegistration'], ParentType, ContextType, RequireFields<MutationRegisterActivitiesCsvArgs, 'csv'>>;
  registerActivity?: Resolver<ResolversTypes['Activity'], ParentType, ContextType, RequireFields<MutationRegisterActivityArgs, 'input'>>;
  rejectActivity?: Resolver<ResolversTypes['Activity'], ParentType, ContextType, RequireFields<MutationRejectActivityArgs, 'id' | 'reason'>>;
  submitActivity?: Resolver<ResolversTypes['Activity'], ParentType, ContextType, RequireFields<MutationSubmitActivityArgs, 'id'>>;
  syncActivities?: Resolver<Array<ResolversTypes['SyncResult']>, ParentType, ContextType, RequireFields<MutationSyncActivitiesArgs, 'activities'>>;
}>;

export type PageInfoResolvers<ContextType = ActivityContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = ActivityContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  activities?: Resolver<ResolversTypes['ActivityConnection'], ParentType, ContextType, Partial<QueryActivitiesArgs>>;
  activity?: Resolver<Maybe<ResolversTypes['Activity']>, ParentType, ContextType, RequireFields<QueryActivityArgs, 'id'>>;
  activityTypes?: Resolver<Array<ResolversTypes['ActivityType']>, ParentType, ContextType, RequireFields<QueryActivityTypesArgs, 'includeInactive'>>;
  contact?: Resolver<Maybe<ResolversTypes['Contact']>, ParentType, ContextType, RequireFields<QueryContactArgs, 'id'>>;
  contacts?: Resolver<ResolversTypes['ContactConnection'], ParentType, ContextType, Partial<QueryContactsArgs>>;
  reviewQueue?: Resolver<ResolversTypes['ActivityConnection'], ParentType, ContextType, Partial<QueryReviewQueueArgs>>;
}>;

export type RuleErrorResolvers<ContextType = ActivityContext, ParentType extends ResolversParentTypes['RuleError'] = ResolversParentTypes['RuleError']> = ResolversObject<{
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rule?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type SyncResultResolvers<ContextType = ActivityContext, ParentType extends ResolversParentTypes['SyncResult'] = ResolversParentTypes['SyncResult']> = ResolversObject<{
  activity?: Resolver<Maybe<ResolversTypes['Activity']>, ParentType, ContextType>;
  clientId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['RuleError']>, ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['SyncOutcome'], ParentType, ContextType>;
}>;

export type UserResolvers<ContextType = ActivityContext, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User'], FederationReferenceType extends FederationReferenceTypes['User'] = FederationReferenceTypes['User']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['User']> | FederationReferenceType, FederationReferenceType, ContextType>;
  activities?: Resolver<ResolversTypes['ActivityConnection'], ParentType, ContextType, Partial<UserActivitiesArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = ActivityContext> = ResolversObject<{
  Activity?: ActivityResolvers<ContextType>;
  ActivityApproval?: ActivityApprovalResolvers<ContextType>;
  ActivityConnection?: ActivityConnectionResolvers<ContextType>;
  ActivityEdge?: ActivityEdgeResolvers<ContextType>;
  ActivityStatusChange?: ActivityStatusChangeResolvers<ContextType>;
  ActivityType?: ActivityTypeResolvers<ContextType>;
  BufdirCountability?: BufdirCountabilityResolvers<ContextType>;
  BulkRegistration?: BulkRegistrationResolvers<ContextType>;
  Contact?: ContactResolvers<ContextType>;
  ContactConnection?: ContactConnectionResolvers<ContextType>;
  ContactEdge?: ContactEdgeResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  JSON?: GraphQLScalarType;
  LocalAssociation?: LocalAssociationResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RuleError?: RuleErrorResolvers<ContextType>;
  SyncResult?: SyncResultResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
}>;

