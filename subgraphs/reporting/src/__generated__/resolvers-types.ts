import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { LocalAssociationRef, LocalAssociationStatsResult } from '../application/activity-stats.js';
import type { ActivityCounts } from '../domain/activity-stats.js';
import type { ReportingContext } from '../context.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
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

export type Query = {
  __typename?: 'Query';
  /**
   * Activity counts per local association of the caller's organization (organization
   * administrators: every local association with registered activity; coordinators:
   * their own). Ordered by local association id.
   */
  activityStatsByLocalAssociation: Array<LocalAssociationStats>;
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
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  LocalAssociation: ResolverTypeWrapper<LocalAssociationRef>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  LocalAssociationStats: ResolverTypeWrapper<LocalAssociationStatsResult>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  ActivityStats: ActivityCounts;
  Int: Scalars['Int']['output'];
  DateTime: Scalars['DateTime']['output'];
  LocalAssociation: LocalAssociationRef;
  ID: Scalars['ID']['output'];
  LocalAssociationStats: LocalAssociationStatsResult;
  Query: Record<PropertyKey, never>;
  Boolean: Scalars['Boolean']['output'];
  String: Scalars['String']['output'];
}>;

export type ActivityStatsResolvers<ContextType = ReportingContext, ParentType extends ResolversParentTypes['ActivityStats'] = ResolversParentTypes['ActivityStats']> = ResolversObject<{
  approved?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  pending?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  registered?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rejected?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
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

export type QueryResolvers<ContextType = ReportingContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  activityStatsByLocalAssociation?: Resolver<Array<ResolversTypes['LocalAssociationStats']>, ParentType, ContextType>;
}>;

export type Resolvers<ContextType = ReportingContext> = ResolversObject<{
  ActivityStats?: ActivityStatsResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  LocalAssociation?: LocalAssociationResolvers<ContextType>;
  LocalAssociationStats?: LocalAssociationStatsResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
}>;

