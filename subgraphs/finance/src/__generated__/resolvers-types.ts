import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { ExpenseRow } from '../db/schema/expenses.js';
import type { ExpenseTypeRow } from '../db/schema/expense-types.js';
import type { Reference } from '../resolvers/references.js';
import type { FinanceContext } from '../context.js';
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

/** An activity (owned by the activity subgraph), extended with its expenses. */
export type Activity = {
  __typename?: 'Activity';
  /** The activity's expenses the caller may see, oldest first. */
  expenses: Array<Expense>;
  id: Scalars['ID']['output'];
};

/** A travel or out-of-pocket expense claimed against an activity. */
export type Expense = {
  __typename?: 'Expense';
  activity: Activity;
  /** Amount in øre (1 NOK = 100 øre). */
  amountOre: Scalars['Int']['output'];
  createdAt: Scalars['DateTime']['output'];
  description?: Maybe<Scalars['String']['output']>;
  distanceMeters?: Maybe<Scalars['Int']['output']>;
  expenseType?: Maybe<ExpenseType>;
  expenseTypeKey: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  status: ExpenseStatus;
  /** Who submitted the claim: the mentor, or a coordinator on their behalf. */
  submittedBy: User;
  /** The peer mentor the expense is reimbursed to (the activity's mentor). */
  user: User;
};

export type ExpenseConnection = {
  __typename?: 'ExpenseConnection';
  edges: Array<ExpenseEdge>;
  pageInfo: PageInfo;
};

export type ExpenseEdge = {
  __typename?: 'ExpenseEdge';
  cursor: Scalars['String']['output'];
  node: Expense;
};

export type ExpenseStatus =
  | 'APPROVED'
  | 'REJECTED'
  | 'SUBMITTED';

/** A category of expense an organization reimburses, with its limits and, for mileage, its rate. */
export type ExpenseType = {
  __typename?: 'ExpenseType';
  id: Scalars['ID']['output'];
  isActive: Scalars['Boolean']['output'];
  key: Scalars['String']['output'];
  /** The largest amount one claim of this type may have (in øre); null: no maximum. */
  maxAmountOre?: Maybe<Scalars['Int']['output']>;
  /** For mileage: øre per kilometre; the amount must equal distance × rate. */
  mileageRateOrePerKm?: Maybe<Scalars['Int']['output']>;
  name: Scalars['String']['output'];
  /** A receipt is required for amounts above this (in øre); null: never required. */
  requiresReceiptAboveOre?: Maybe<Scalars['Int']['output']>;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Submits an expense claim against a registered activity (its mentor, or a coordinator or administrator of the organization). */
  submitExpense: Expense;
};


export type MutationSubmitExpenseArgs = {
  input: SubmitExpenseInput;
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** One expense the caller may see (a mentor their own, a coordinator or administrator their organization's). */
  expense?: Maybe<Expense>;
  /** The expense types of the caller's organization (the catalog a claim is made against). */
  expenseTypes: Array<ExpenseType>;
  /** The expenses the caller may see, newest first. */
  expenses: ExpenseConnection;
};


export type QueryExpenseArgs = {
  id: Scalars['ID']['input'];
};


export type QueryExpenseTypesArgs = {
  includeInactive?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryExpensesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type SubmitExpenseInput = {
  activityId: Scalars['ID']['input'];
  /** Amount in øre (1 NOK = 100 øre), a positive integer. */
  amountOre: Scalars['Int']['input'];
  description?: InputMaybe<Scalars['String']['input']>;
  /** Distance driven in metres; required for mileage. */
  distanceMeters?: InputMaybe<Scalars['Int']['input']>;
  /** Key of one of the organization's active expense types (mileage, toll, parking, public_transit ...). */
  expenseTypeKey: Scalars['String']['input'];
};

/** A user (owned by the identity subgraph), referenced by key only. */
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
  Activity: Activity;
  Expense: Expense;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Activity:
    ( { __typename: 'Activity' }
    & GraphQLRecursivePick<FederationTypes['Activity'], {"id":true}> );
  Expense:
    ( { __typename: 'Expense' }
    & GraphQLRecursivePick<FederationTypes['Expense'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  Activity: ResolverTypeWrapper<Reference>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Expense: ResolverTypeWrapper<ExpenseRow>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  ExpenseConnection: ResolverTypeWrapper<Omit<ExpenseConnection, 'edges'> & { edges: Array<ResolversTypes['ExpenseEdge']> }>;
  ExpenseEdge: ResolverTypeWrapper<Omit<ExpenseEdge, 'node'> & { node: ResolversTypes['Expense'] }>;
  ExpenseStatus: ExpenseStatus;
  ExpenseType: ResolverTypeWrapper<ExpenseTypeRow>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  SubmitExpenseInput: SubmitExpenseInput;
  User: ResolverTypeWrapper<Reference>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Activity: Reference;
  ID: Scalars['ID']['output'];
  DateTime: Scalars['DateTime']['output'];
  Expense: ExpenseRow;
  Int: Scalars['Int']['output'];
  String: Scalars['String']['output'];
  ExpenseConnection: Omit<ExpenseConnection, 'edges'> & { edges: Array<ResolversParentTypes['ExpenseEdge']> };
  ExpenseEdge: Omit<ExpenseEdge, 'node'> & { node: ResolversParentTypes['Expense'] };
  ExpenseType: ExpenseTypeRow;
  Boolean: Scalars['Boolean']['output'];
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  Query: Record<PropertyKey, never>;
  SubmitExpenseInput: SubmitExpenseInput;
  User: Reference;
}>;

export type ActivityResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['Activity'] = ResolversParentTypes['Activity'], FederationReferenceType extends FederationReferenceTypes['Activity'] = FederationReferenceTypes['Activity']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Activity']> | FederationReferenceType, FederationReferenceType, ContextType>;
  expenses?: Resolver<Array<ResolversTypes['Expense']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type ExpenseResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['Expense'] = ResolversParentTypes['Expense'], FederationReferenceType extends FederationReferenceTypes['Expense'] = FederationReferenceTypes['Expense']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Expense']> | FederationReferenceType, FederationReferenceType, ContextType>;
  activity?: Resolver<ResolversTypes['Activity'], ParentType, ContextType>;
  amountOre?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  distanceMeters?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  expenseType?: Resolver<Maybe<ResolversTypes['ExpenseType']>, ParentType, ContextType>;
  expenseTypeKey?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ExpenseStatus'], ParentType, ContextType>;
  submittedBy?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  user?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
}>;

export type ExpenseConnectionResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['ExpenseConnection'] = ResolversParentTypes['ExpenseConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ExpenseEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type ExpenseEdgeResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['ExpenseEdge'] = ResolversParentTypes['ExpenseEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Expense'], ParentType, ContextType>;
}>;

export type ExpenseTypeResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['ExpenseType'] = ResolversParentTypes['ExpenseType']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isActive?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  maxAmountOre?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  mileageRateOrePerKm?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  requiresReceiptAboveOre?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  submitExpense?: Resolver<ResolversTypes['Expense'], ParentType, ContextType, RequireFields<MutationSubmitExpenseArgs, 'input'>>;
}>;

export type PageInfoResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  expense?: Resolver<Maybe<ResolversTypes['Expense']>, ParentType, ContextType, RequireFields<QueryExpenseArgs, 'id'>>;
  expenseTypes?: Resolver<Array<ResolversTypes['ExpenseType']>, ParentType, ContextType, RequireFields<QueryExpenseTypesArgs, 'includeInactive'>>;
  expenses?: Resolver<ResolversTypes['ExpenseConnection'], ParentType, ContextType, Partial<QueryExpensesArgs>>;
}>;

export type UserResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = FinanceContext> = ResolversObject<{
  Activity?: ActivityResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  Expense?: ExpenseResolvers<ContextType>;
  ExpenseConnection?: ExpenseConnectionResolvers<ContextType>;
  ExpenseEdge?: ExpenseEdgeResolvers<ContextType>;
  ExpenseType?: ExpenseTypeResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
}>;

