import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { LocalAssociationRef, LocalAssociationStatsResult } from '../application/activity-stats.js';
import type { ActivityCounts } from '../domain/activity-stats.js';
import type { BufdirReportView, UserRef } from '../application/bufdir-report.js';
import type { EvidenceRow } from '../db/repositories/bufdir-reports.js';
import type { ReportingContext } from '../context.js';
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

/** Activity counts from the reporting read model, kept up to date from activity's events. */
export type ActivityStats = {
  __typename?: 'ActivityStats';
  approved: Scalars['Int']['output'];
  /** Registered and not yet approved or rejected (draft, pending review, flagged). */
  pending: Scalars['Int']['output'];
  /** Every activity registered, whatever its status. */
  registered: Scalars['Int']['output'];
  rejected: Scalars['Int']['output'];
};

/** The result of walking one audit chain. */
export type AuditChainVerification = {
  __typename?: 'AuditChainVerification';
  /** Entries walked. */
  entries: Scalars['Int']['output'];
  /** The sequence number of the first broken link (null when valid). */
  firstBrokenSeq?: Maybe<Scalars['Int']['output']>;
  organizationId?: Maybe<Scalars['ID']['output']>;
  /** sequence_gap, previous_hash_mismatch, content_hash_mismatch or head_mismatch. */
  reason?: Maybe<Scalars['String']['output']>;
  valid: Scalars['Boolean']['output'];
};

/** One counted activity behind a report number. */
export type BufdirEvidence = {
  __typename?: 'BufdirEvidence';
  /** The first Norwegian day of the activity (YYYY-MM-DD). */
  activityDay: Scalars['String']['output'];
  /** Activity-days it gives (one per Norwegian day it covers). */
  activityDays: Scalars['Int']['output'];
  activityId: Scalars['ID']['output'];
  activityType: Scalars['String']['output'];
  localAssociationId?: Maybe<Scalars['ID']['output']>;
  mentor: User;
  participants?: Maybe<Scalars['Int']['output']>;
  regionId?: Maybe<Scalars['ID']['output']>;
};

export type BufdirEvidenceFilter = {
  activityType?: InputMaybe<Scalars['String']['input']>;
  localAssociationId?: InputMaybe<Scalars['ID']['input']>;
  mentorId?: InputMaybe<Scalars['ID']['input']>;
  regionId?: InputMaybe<Scalars['ID']['input']>;
};

export type BufdirLocalAssociation = {
  __typename?: 'BufdirLocalAssociation';
  activityDays: Scalars['Int']['output'];
  byActivityType: Array<BufdirTypeTotals>;
  /** Null: activities registered without a local association. */
  localAssociationId?: Maybe<Scalars['ID']['output']>;
  name?: Maybe<Scalars['String']['output']>;
  participants: Scalars['Int']['output'];
};

export type BufdirMonthTotals = {
  __typename?: 'BufdirMonthTotals';
  activityDays: Scalars['Int']['output'];
  /** 1-12 */
  month: Scalars['Int']['output'];
};

export type BufdirRegion = {
  __typename?: 'BufdirRegion';
  activityDays: Scalars['Int']['output'];
  byActivityType: Array<BufdirTypeTotals>;
  localAssociations: Array<BufdirLocalAssociation>;
  participants: Scalars['Int']['output'];
  /** Null: local associations whose region is not known. */
  regionId?: Maybe<Scalars['ID']['output']>;
};

/** Countable activity-days and group participants. */
export type BufdirReport = {
  __typename?: 'BufdirReport';
  /** Active mentors with a valid basic course behind the year's counted activities. */
  activeMentors: Scalars['Int']['output'];
  activityDays: Scalars['Int']['output'];
  byActivityType: Array<BufdirTypeTotals>;
  byMonth: Array<BufdirMonthTotals>;
  generatedAt: Scalars['DateTime']['output'];
  /** Null for the draft. */
  id?: Maybe<Scalars['ID']['output']>;
  /** The mentors counted in activeMentors (names through the gateway). */
  mentors: Array<User>;
  organizationId: Scalars['ID']['output'];
  participants: Scalars['Int']['output'];
  regions: Array<BufdirRegion>;
  status: BufdirReportStatus;
  submittedAt?: Maybe<Scalars['DateTime']['output']>;
  submittedBy?: Maybe<User>;
  /** Null for the draft. */
  version?: Maybe<Scalars['Int']['output']>;
  year: Scalars['Int']['output'];
};

export type BufdirReportStatus =
  | 'DRAFT'
  | 'SUBMITTED';

export type BufdirTypeTotals = {
  __typename?: 'BufdirTypeTotals';
  activityDays: Scalars['Int']['output'];
  activityType: Scalars['String']['output'];
  participants: Scalars['Int']['output'];
};

export type LocalAssociation = {
  __typename?: 'LocalAssociation';
  /**
   * How many activities were registered in this local association and where they stand
   * in the approval workflow (zeros when nothing is known). Null unless the caller is an
   * organization administrator of its organization or its coordinator.
   */
  activityStats?: Maybe<ActivityStats>;
  id: Scalars['ID']['output'];
};

/** One local association's activity counts. */
export type LocalAssociationStats = {
  __typename?: 'LocalAssociationStats';
  localAssociation: LocalAssociation;
  stats: ActivityStats;
};

export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Freezes the current numbers of the caller's organization's report for the year, with the
   * activities behind them, as the next version (1, 2, ...). A submitted version never changes;
   * a correction is a new version. Organization administrators only.
   */
  submitBufdirReport: BufdirReport;
};


export type MutationSubmitBufdirReportArgs = {
  year: Scalars['Int']['input'];
};

export type Query = {
  __typename?: 'Query';
  /**
   * Activity counts per local association of the caller's organization (organization
   * administrators: every local association with registered activity; coordinators:
   * their own). Ordered by local association id.
   */
  activityStatsByLocalAssociation: Array<LocalAssociationStats>;
  /**
   * The approved, countable activities behind a number of the report (the auditor's evidence),
   * narrowed by local association, region, activity type or mentor; of the live draft
   * (version null) or as frozen with a submitted version.
   */
  bufdirEvidence: Array<BufdirEvidence>;
  /**
   * The Bufdir report of an organization for a year: the live draft (version null, recomputed
   * from the rollups on every request) or a submitted version (frozen). Organization
   * administrators: their own organization; global administrators: the one they name.
   */
  bufdirReport: BufdirReport;
  /** The report (draft or version) as a file, base64-encoded in the answer. */
  bufdirReportExport: ReportExport;
  /** The submitted versions of a year's Bufdir report, newest first. */
  bufdirReportVersions: Array<BufdirReport>;
  /**
   * Walks an organization's audit chain and reports the first broken link (a modified, deleted
   * or reordered entry). Global administrators: any organization (null: the chain of entries of
   * no organization); organization administrators: their own.
   */
  verifyAuditChain: AuditChainVerification;
};


export type QueryBufdirEvidenceArgs = {
  filter?: InputMaybe<BufdirEvidenceFilter>;
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  version?: InputMaybe<Scalars['Int']['input']>;
  year: Scalars['Int']['input'];
};


export type QueryBufdirReportArgs = {
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  version?: InputMaybe<Scalars['Int']['input']>;
  year: Scalars['Int']['input'];
};


export type QueryBufdirReportExportArgs = {
  format: ReportExportFormat;
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  version?: InputMaybe<Scalars['Int']['input']>;
  year: Scalars['Int']['input'];
};


export type QueryBufdirReportVersionsArgs = {
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  year: Scalars['Int']['input'];
};


export type QueryVerifyAuditChainArgs = {
  organizationId?: InputMaybe<Scalars['ID']['input']>;
};

export type ReportExport = {
  __typename?: 'ReportExport';
  base64: Scalars['String']['output'];
  byteLength: Scalars['Int']['output'];
  contentType: Scalars['String']['output'];
  filename: Scalars['String']['output'];
};

export type ReportExportFormat =
  | 'CSV'
  | 'PDF'
  | 'XLSX';

export type User = {
  __typename?: 'User';
  id: Scalars['ID']['output'];
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
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  LocalAssociation:
    ( { __typename: 'LocalAssociation' }
    & GraphQLRecursivePick<FederationTypes['LocalAssociation'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  ActivityStats: ResolverTypeWrapper<ActivityCounts>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  AuditChainVerification: ResolverTypeWrapper<AuditChainVerification>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  BufdirEvidence: ResolverTypeWrapper<EvidenceRow>;
  BufdirEvidenceFilter: BufdirEvidenceFilter;
  BufdirLocalAssociation: ResolverTypeWrapper<BufdirLocalAssociation>;
  BufdirMonthTotals: ResolverTypeWrapper<BufdirMonthTotals>;
  BufdirRegion: ResolverTypeWrapper<BufdirRegion>;
  BufdirReport: ResolverTypeWrapper<BufdirReportView>;
  BufdirReportStatus: BufdirReportStatus;
  BufdirTypeTotals: ResolverTypeWrapper<BufdirTypeTotals>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  LocalAssociation: ResolverTypeWrapper<LocalAssociationRef>;
  LocalAssociationStats: ResolverTypeWrapper<LocalAssociationStatsResult>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  ReportExport: ResolverTypeWrapper<ReportExport>;
  ReportExportFormat: ReportExportFormat;
  User: ResolverTypeWrapper<UserRef>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  ActivityStats: ActivityCounts;
  Int: Scalars['Int']['output'];
  AuditChainVerification: AuditChainVerification;
  ID: Scalars['ID']['output'];
  String: Scalars['String']['output'];
  Boolean: Scalars['Boolean']['output'];
  BufdirEvidence: EvidenceRow;
  BufdirEvidenceFilter: BufdirEvidenceFilter;
  BufdirLocalAssociation: BufdirLocalAssociation;
  BufdirMonthTotals: BufdirMonthTotals;
  BufdirRegion: BufdirRegion;
  BufdirReport: BufdirReportView;
  BufdirTypeTotals: BufdirTypeTotals;
  DateTime: Scalars['DateTime']['output'];
  LocalAssociation: LocalAssociationRef;
  LocalAssociationStats: LocalAssociationStatsResult;
  Mutation: Record<PropertyKey, never>;
  Query: Record<PropertyKey, never>;
  ReportExport: ReportExport;
  User: UserRef;
}>;

export type ActivityStatsResolvers<ContextType = ReportingContext, ParentType extends ResolversParentTypes['ActivityStats'] = ResolversParentTypes['ActivityStats']> = ResolversObject<{
  approved?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  pending?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  registered?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rejected?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type AuditChainVerificationResolvers<ContextType = ReportingContext, ParentType extends ResolversParentTypes['AuditChainVerification'] = ResolversParentTypes['AuditChainVerification']> = ResolversObject<{
  entries?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  firstBrokenSeq?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  organizationId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  valid?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type BufdirEvidenceResolvers<ContextType = ReportingContext, ParentType extends ResolversParentTypes['BufdirEvidence'] = ResolversParentTypes['BufdirEvidence']> = ResolversObject<{
  activityDay?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  activityDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  activityId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  activityType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  localAssociationId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  mentor?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  participants?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  regionId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
}>;

export type BufdirLocalAssociationResolvers<ContextType = ReportingContext, ParentType extends ResolversParentTypes['BufdirLocalAssociation'] = ResolversParentTypes['BufdirLocalAssociation']> = ResolversObject<{
  activityDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  byActivityType?: Resolver<Array<ResolversTypes['BufdirTypeTotals']>, ParentType, ContextType>;
  localAssociationId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  participants?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type BufdirMonthTotalsResolvers<ContextType = ReportingContext, ParentType extends ResolversParentTypes['BufdirMonthTotals'] = ResolversParentTypes['BufdirMonthTotals']> = ResolversObject<{
  activityDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  month?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type BufdirRegionResolvers<ContextType = ReportingContext, ParentType extends ResolversParentTypes['BufdirRegion'] = ResolversParentTypes['BufdirRegion']> = ResolversObject<{
  activityDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  byActivityType?: Resolver<Array<ResolversTypes['BufdirTypeTotals']>, ParentType, ContextType>;
  localAssociations?: Resolver<Array<ResolversTypes['BufdirLocalAssociation']>, ParentType, ContextType>;
  participants?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  regionId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
}>;

export type BufdirReportResolvers<ContextType = ReportingContext, ParentType extends ResolversParentTypes['BufdirReport'] = ResolversParentTypes['BufdirReport']> = ResolversObject<{
  activeMentors?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  activityDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  byActivityType?: Resolver<Array<ResolversTypes['BufdirTypeTotals']>, ParentType, ContextType>;
  byMonth?: Resolver<Array<ResolversTypes['BufdirMonthTotals']>, ParentType, ContextType>;
  generatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  mentors?: Resolver<Array<ResolversTypes['User']>, ParentType, ContextType>;
  organizationId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  participants?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  regions?: Resolver<Array<ResolversTypes['BufdirRegion']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['BufdirReportStatus'], ParentType, ContextType>;
  submittedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  submittedBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  version?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type BufdirTypeTotalsResolvers<ContextType = ReportingContext, ParentType extends ResolversParentTypes['BufdirTypeTotals'] = ResolversParentTypes['BufdirTypeTotals']> = ResolversObject<{
  activityDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  activityType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  participants?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type LocalAssociationResolvers<ContextType = ReportingContext, ParentType extends ResolversParentTypes['LocalAssociation'] = ResolversParentTypes['LocalAssociation'], FederationReferenceType extends FederationReferenceTypes['LocalAssociation'] = FederationReferenceTypes['LocalAssociation']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['LocalAssociation']> | FederationReferenceType, FederationReferenceType, ContextType>;
  activityStats?: Resolver<Maybe<ResolversTypes['ActivityStats']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type LocalAssociationStatsResolvers<ContextType = ReportingContext, ParentType extends ResolversParentTypes['LocalAssociationStats'] = ResolversParentTypes['LocalAssociationStats']> = ResolversObject<{
  localAssociation?: Resolver<ResolversTypes['LocalAssociation'], ParentType, ContextType>;
  stats?: Resolver<ResolversTypes['ActivityStats'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = ReportingContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  submitBufdirReport?: Resolver<ResolversTypes['BufdirReport'], ParentType, ContextType, RequireFields<MutationSubmitBufdirReportArgs, 'year'>>;
}>;

export type QueryResolvers<ContextType = ReportingContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  activityStatsByLocalAssociation?: Resolver<Array<ResolversTypes['LocalAssociationStats']>, ParentType, ContextType>;
  bufdirEvidence?: Resolver<Array<ResolversTypes['BufdirEvidence']>, ParentType, ContextType, RequireFields<QueryBufdirEvidenceArgs, 'year'>>;
  bufdirReport?: Resolver<ResolversTypes['BufdirReport'], ParentType, ContextType, RequireFields<QueryBufdirReportArgs, 'year'>>;
  bufdirReportExport?: Resolver<ResolversTypes['ReportExport'], ParentType, ContextType, RequireFields<QueryBufdirReportExportArgs, 'format' | 'year'>>;
  bufdirReportVersions?: Resolver<Array<ResolversTypes['BufdirReport']>, ParentType, ContextType, RequireFields<QueryBufdirReportVersionsArgs, 'year'>>;
  verifyAuditChain?: Resolver<ResolversTypes['AuditChainVerification'], ParentType, ContextType, Partial<QueryVerifyAuditChainArgs>>;
}>;

export type ReportExportResolvers<ContextType = ReportingContext, ParentType extends ResolversParentTypes['ReportExport'] = ResolversParentTypes['ReportExport']> = ResolversObject<{
  base64?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  byteLength?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  contentType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  filename?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type UserResolvers<ContextType = ReportingContext, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = ReportingContext> = ResolversObject<{
  ActivityStats?: ActivityStatsResolvers<ContextType>;
  AuditChainVerification?: AuditChainVerificationResolvers<ContextType>;
  BufdirEvidence?: BufdirEvidenceResolvers<ContextType>;
  BufdirLocalAssociation?: BufdirLocalAssociationResolvers<ContextType>;
  BufdirMonthTotals?: BufdirMonthTotalsResolvers<ContextType>;
  BufdirRegion?: BufdirRegionResolvers<ContextType>;
  BufdirReport?: BufdirReportResolvers<ContextType>;
  BufdirTypeTotals?: BufdirTypeTotalsResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  LocalAssociation?: LocalAssociationResolvers<ContextType>;
  LocalAssociationStats?: LocalAssociationStatsResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  ReportExport?: ReportExportResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
}>;

