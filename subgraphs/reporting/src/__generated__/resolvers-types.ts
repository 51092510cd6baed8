import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { LocalAssociationRef, LocalAssociationStatsResult } from '../application/activity-stats.js';
import type { ActivityCounts } from '../domain/activity-stats.js';
import type { BufdirReportView, UserRef } from '../application/bufdir-report.js';
import type { EvidenceRow } from '../db/repositories/bufdir-reports.js';
import type { AuditRow } from '../db/repositories/audit-log.js';
import type { SubjectRef } from '../application/audit-log.js';
import type { ReportingContext } from '../context.js';
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

/** A mentor's year (seed 001 `annual_summary`), over their approved activities in every organization. */
export type AnnualSummary = {
  __typename?: 'AnnualSummary';
  activities: Scalars['Int']['output'];
  /** Keys of the badges awarded in the year, in award order. */
  badges: Array<Scalars['String']['output']>;
  /** 1-12, the month with the most activities (earliest on a tie); null for an empty year. */
  busiestMonth?: Maybe<Scalars['Int']['output']>;
  busiestMonthActivities: Scalars['Int']['output'];
  /** Activities per month, January first. */
  byMonth: Array<Scalars['Int']['output']>;
  computedAt: Scalars['DateTime']['output'];
  /** Distinct contacts of the approved activities (activities without a contact add none). */
  contactsReached: Scalars['Int']['output'];
  /** Gatherings attended in the year (from activity's recorded attendance; the day it was recorded counts). */
  eventsAttended: Scalars['Int']['output'];
  hours: Scalars['Float']['output'];
  user: User;
  year: Scalars['Int']['output'];
};

export type ApprovalBacklog = {
  __typename?: 'ApprovalBacklog';
  /** When the oldest of them was registered. */
  oldestRegisteredAt?: Maybe<Scalars['DateTime']['output']>;
  /** Activities waiting for a decision now (pending review or flagged), of any year. */
  waiting: Scalars['Int']['output'];
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

/** One entry of an organization's hash-chained audit log. */
export type AuditEntry = {
  __typename?: 'AuditEntry';
  /** What happened, e.g. auth.signed_in, activity.approved, settings.changed (reporting's README lists them). */
  action: Scalars['String']['output'];
  /** Who did it (the name through the gateway); null when nobody was signed in. */
  actor?: Maybe<User>;
  /** The role the actor acted in (anonymous, system, peer_mentor, coordinator, org_admin, global_admin). */
  actorRole: Scalars['String']['output'];
  /** The action in Norwegian (bokmål), for people. */
  description: Scalars['String']['output'];
  /** The operation's root fields or what was changed (a settings section), never values. */
  fields: Array<Scalars['String']['output']>;
  /** This entry's hash in the chain (sha256 of the previous hash and the entry). */
  hash: Scalars['String']['output'];
  /** The id of the event that recorded it. */
  id: Scalars['ID']['output'];
  occurredAt: Scalars['DateTime']['output'];
  operationName?: Maybe<Scalars['String']['output']>;
  /** Null: the chain of entries of no organization (e.g. a failed sign-in on an unknown address). */
  organizationId?: Maybe<Scalars['ID']['output']>;
  /** Its place in its organization's chain (1, 2, ...). */
  seq: Scalars['Int']['output'];
  /** What the entry is about; null for entries about nothing in particular (a cross-tenant read). */
  subject?: Maybe<AuditSubject>;
};

export type AuditEntryConnection = {
  __typename?: 'AuditEntryConnection';
  edges: Array<AuditEntryEdge>;
  pageInfo: PageInfo;
};

export type AuditEntryEdge = {
  __typename?: 'AuditEntryEdge';
  cursor: Scalars['String']['output'];
  node: AuditEntry;
};

export type AuditLogFilter = {
  /** An action (activity.approved) or, ending in a dot, every action it begins (auth.). */
  action?: InputMaybe<Scalars['String']['input']>;
  /** Entries by one person. */
  actorId?: InputMaybe<Scalars['ID']['input']>;
  /** From this time (inclusive). */
  from?: InputMaybe<Scalars['DateTime']['input']>;
  /** Global administrators: one organization's entries (organization administrators always read their own). */
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  /** Entries about one thing (with or without subjectType). */
  subjectId?: InputMaybe<Scalars['ID']['input']>;
  /** Entries about one kind of thing (User, Activity, Expense, Reimbursement, AccountingExport, BufdirReport, Organization, Contact, Assignment, ...). */
  subjectType?: InputMaybe<Scalars['String']['input']>;
  /** Until this time (exclusive). */
  to?: InputMaybe<Scalars['DateTime']['input']>;
};

/** What an audit entry is about: its type and id, and a readable label resolved at read time. */
export type AuditSubject = {
  __typename?: 'AuditSubject';
  id: Scalars['ID']['output'];
  /**
   * A readable name, resolved when read (never stored in the log): a person's name (from identity,
   * if the caller may see them), a local association's name, 'Bufdir-rapport 2026, versjon 2', an
   * activity's day and type, an expense's amount and day; null when none is known.
   */
  label?: Maybe<Scalars['String']['output']>;
  /** Identity's name of a user subject (resolved through the gateway when label is read). */
  personName?: Maybe<Scalars['String']['output']>;
  type: Scalars['String']['output'];
  /** The person, when the subject is a user (their name through the gateway). */
  user?: Maybe<User>;
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
  /**
   * The region's name (from organization's region events), as of now; "Uten region" for the local
   * associations without one, "Region uten navn" for a region reporting learned no name of (created before
   * regions published their names). Norwegian bokmål.
   */
  name: Scalars['String']['output'];
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

/** Expense claims submitted in the year (by decision status) and payouts made in it, in øre. */
export type ExpenseTotals = {
  __typename?: 'ExpenseTotals';
  approvedOre: Scalars['Int']['output'];
  paidOre: Scalars['Int']['output'];
  /** Submitted and not yet decided. */
  pendingOre: Scalars['Int']['output'];
  rejectedOre: Scalars['Int']['output'];
  submittedCount: Scalars['Int']['output'];
  submittedOre: Scalars['Int']['output'];
};

/** A language people read Meander in (the same values as identity's preferred language). */
export type Language =
  /** English. */
  | 'EN'
  /** Norwegian bokmål (the default). */
  | 'NB'
  /** Norwegian nynorsk. */
  | 'NN';

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

export type LocalAssociationTeamStatistics = {
  __typename?: 'LocalAssociationTeamStatistics';
  localAssociationId: Scalars['ID']['output'];
  /** Mentors with activity in the period, most activities first. */
  mentors: Array<MentorStatistics>;
  totals: PeriodStatistics;
};

export type MentorStatistics = {
  __typename?: 'MentorStatistics';
  activities: Scalars['Int']['output'];
  approved: Scalars['Int']['output'];
  hours: Scalars['Float']['output'];
  mentor: User;
};

export type MonthTrend = {
  __typename?: 'MonthTrend';
  approved: Scalars['Int']['output'];
  hours: Scalars['Float']['output'];
  /** 1-12 */
  month: Scalars['Int']['output'];
  registered: Scalars['Int']['output'];
  rejected: Scalars['Int']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Computes the mentors' Wrapped of an ended year now (the scheduled job does it on 1 January, Norwegian time).
   * An organization administrator: the mentors with something of the year in their own organization; a global
   * administrator: one organization's, or everyone's without organizationId. Idempotent: a mentor is told once.
   */
  computeWrapped: WrappedRun;
  /** Deletes a definition with its schedule and stored runs. */
  deleteReportDefinition: Scalars['Boolean']['output'];
  /**
   * Computes a local association's team statistics for the period and keeps them as a team report
   * (coordinators: their own local association; organization administrators: one they name).
   */
  generateTeamReport: TeamReport;
  saveReportDefinition: ReportDefinition;
  /** Sets (or replaces) the definition's one schedule. */
  scheduleReportDefinition: ReportSchedule;
  /**
   * Freezes the current numbers of the caller's organization's report for the year, with the
   * activities behind them, as the next version (1, 2, ...). A submitted version never changes;
   * a correction is a new version. Organization administrators only.
   */
  submitBufdirReport: BufdirReport;
  unscheduleReportDefinition: Scalars['Boolean']['output'];
  updateReportDefinition: ReportDefinition;
};


export type MutationComputeWrappedArgs = {
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  year: Scalars['Int']['input'];
};


export type MutationDeleteReportDefinitionArgs = {
  id: Scalars['ID']['input'];
};


export type MutationGenerateTeamReportArgs = {
  from: Scalars['String']['input'];
  localAssociationId?: InputMaybe<Scalars['ID']['input']>;
  to: Scalars['String']['input'];
};


export type MutationSaveReportDefinitionArgs = {
  input: ReportDefinitionInput;
};


export type MutationScheduleReportDefinitionArgs = {
  id: Scalars['ID']['input'];
  schedule: ReportScheduleInput;
};


export type MutationSubmitBufdirReportArgs = {
  year: Scalars['Int']['input'];
};


export type MutationUnscheduleReportDefinitionArgs = {
  id: Scalars['ID']['input'];
};


export type MutationUpdateReportDefinitionArgs = {
  id: Scalars['ID']['input'];
  input: ReportDefinitionInput;
};

export type OrganizationKpis = {
  __typename?: 'OrganizationKpis';
  /** Mentors with at least one approved activity in the year. */
  activeMentors: Scalars['Int']['output'];
  approvalBacklog: ApprovalBacklog;
  expenses: ExpenseTotals;
  organizationId: Scalars['ID']['output'];
  /** Per month of the year, January first (rejected activities included in `registered`). */
  trend: Array<MonthTrend>;
  year: Scalars['Int']['output'];
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

/** Activity counts over a period. */
export type PeriodStatistics = {
  __typename?: 'PeriodStatistics';
  /** Activities registered in the period, rejected ones excluded. */
  activities: Scalars['Int']['output'];
  approved: Scalars['Int']['output'];
  /** Of `activities`, those that count for Bufdir (once approved). */
  countable: Scalars['Int']['output'];
  from: Scalars['String']['output'];
  /** Hours of the activities counted in `activities`. */
  hours: Scalars['Float']['output'];
  notCountable: Scalars['Int']['output'];
  /** Why the not-countable ones do not count. */
  notCountableReasons: Array<ReasonCount>;
  /** Not yet decided (draft, pending review, flagged). */
  pending: Scalars['Int']['output'];
  rejected: Scalars['Int']['output'];
  to: Scalars['String']['output'];
};

export type PersonalStatistics = {
  __typename?: 'PersonalStatistics';
  thisMonth: PeriodStatistics;
  thisYear: PeriodStatistics;
  user: User;
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
   * The organization's audit log, newest first: sign-ins and their failures, lockouts, sign-outs and
   * reused refresh tokens; sensitive reads, exports and cross-tenant reads; approval decisions
   * (activities, expenses, reimbursements); membership and role changes; settings and feature-flag
   * changes; Bufdir report submissions. Organization administrators: their organization's entries;
   * global administrators: every organization's (or one, with filter.organizationId). Each entry
   * names its subject by type and id; labels are resolved when the log is read (the hashed entry
   * itself holds ids only).
   */
  auditLog: AuditEntryConnection;
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
  /**
   * The report (draft or version) as a file, base64-encoded in the answer. Every region, local association,
   * activity type and mentor is named (never an id), with the organization's terminology, in `language`
   * (Norwegian bokmål by default). Same access as bufdirReport; audited (bufdir_report.exported).
   */
  bufdirReportExport: ReportExport;
  /** The submitted versions of a year's Bufdir report, newest first. */
  bufdirReportVersions: Array<BufdirReport>;
  /**
   * The caller's own activity in their active organization: the month and the year containing
   * `asOf` (a Norwegian day, YYYY-MM-DD; default today).
   */
  myStatistics: PersonalStatistics;
  /** The caller's Wrapped for a year (default: the year just ended); null until the job has run for it. */
  myWrapped?: Maybe<AnnualSummary>;
  /**
   * An organization's KPIs for a year. Organization administrators: their own; global
   * administrators: the one they name.
   */
  organizationKpis: OrganizationKpis;
  reportDefinition?: Maybe<ReportDefinition>;
  /** The organization's saved report definitions, by name (organization administrators). */
  reportDefinitions: Array<ReportDefinition>;
  /** Stored results of a definition's scheduled runs, newest first (at most `first`, default 20). */
  reportRuns: Array<ReportRun>;
  /**
   * Runs a saved definition now over the read model. A relative period is resolved around `asOf`
   * (a Norwegian day, YYYY-MM-DD; default today).
   */
  runReportDefinition: ReportResult;
  /** Kept team reports visible to the caller (coordinators: their local association's), newest first. */
  teamReports: Array<TeamReport>;
  /**
   * Activity of local associations over a period (YYYY-MM-DD, both days included, at most 366
   * days). Coordinators: their own local association; organization administrators: any of their
   * organization's (null: every local association with activity).
   */
  teamStatistics: TeamStatistics;
  /**
   * Walks an organization's audit chain and reports the first broken link (a modified, deleted
   * or reordered entry). Global administrators: any organization (null: the chain of entries of
   * no organization); organization administrators: their own.
   */
  verifyAuditChain: AuditChainVerification;
};


export type QueryAuditLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AuditLogFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
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
  language?: InputMaybe<Language>;
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  version?: InputMaybe<Scalars['Int']['input']>;
  year: Scalars['Int']['input'];
};


export type QueryBufdirReportVersionsArgs = {
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  year: Scalars['Int']['input'];
};


export type QueryMyStatisticsArgs = {
  asOf?: InputMaybe<Scalars['String']['input']>;
};


export type QueryMyWrappedArgs = {
  year?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryOrganizationKpisArgs = {
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  year: Scalars['Int']['input'];
};


export type QueryReportDefinitionArgs = {
  id: Scalars['ID']['input'];
};


export type QueryReportRunsArgs = {
  definitionId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryRunReportDefinitionArgs = {
  asOf?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
};


export type QueryTeamReportsArgs = {
  localAssociationId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryTeamStatisticsArgs = {
  from: Scalars['String']['input'];
  localAssociationId?: InputMaybe<Scalars['ID']['input']>;
  to: Scalars['String']['input'];
};


export type QueryVerifyAuditChainArgs = {
  organizationId?: InputMaybe<Scalars['ID']['input']>;
};

export type ReasonCount = {
  __typename?: 'ReasonCount';
  count: Scalars['Int']['output'];
  reason: Scalars['String']['output'];
};

export type ReportDefinition = {
  __typename?: 'ReportDefinition';
  createdAt: Scalars['DateTime']['output'];
  description?: Maybe<Scalars['String']['output']>;
  dimensions: Array<ReportDimension>;
  filters: ReportFilters;
  id: Scalars['ID']['output'];
  metrics: Array<ReportMetric>;
  name: Scalars['String']['output'];
  period: ReportPeriod;
  schedule?: Maybe<ReportSchedule>;
  updatedAt: Scalars['DateTime']['output'];
};

export type ReportDefinitionInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  dimensions: Array<ReportDimension>;
  filters?: InputMaybe<ReportFiltersInput>;
  metrics: Array<ReportMetric>;
  name: Scalars['String']['input'];
  period: ReportPeriodInput;
};

/** What rows are grouped by (at most three). */
export type ReportDimension =
  | 'ACTIVITY_TYPE'
  /** Whether the activity counts for Bufdir (true/false). */
  | 'COUNTABLE'
  /** The activity's Norwegian day, YYYY-MM-DD. */
  | 'DAY'
  | 'LOCAL_ASSOCIATION'
  | 'MENTOR'
  /** YYYY-MM of the activity's Norwegian day. */
  | 'MONTH'
  | 'REGION'
  | 'STATUS';

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

export type ReportFilters = {
  __typename?: 'ReportFilters';
  activityTypes: Array<Scalars['String']['output']>;
  countable?: Maybe<Scalars['Boolean']['output']>;
  localAssociationIds: Array<Scalars['ID']['output']>;
  mentorIds: Array<Scalars['ID']['output']>;
  regionIds: Array<Scalars['ID']['output']>;
  statuses: Array<Scalars['String']['output']>;
};

export type ReportFiltersInput = {
  activityTypes?: InputMaybe<Array<Scalars['String']['input']>>;
  countable?: InputMaybe<Scalars['Boolean']['input']>;
  localAssociationIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  mentorIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  regionIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Activity statuses in lower case (draft, pending_review, approved, rejected, flagged). */
  statuses?: InputMaybe<Array<Scalars['String']['input']>>;
};

export type ReportFrequency =
  | 'DAILY'
  | 'MONTHLY'
  | 'WEEKLY';

export type ReportMetric =
  /** Number of activities. */
  | 'ACTIVITIES'
  /** Norwegian days the activities cover (a multi-day course counts each day). */
  | 'ACTIVITY_DAYS'
  /** Sum of the durations, in hours (two decimals). */
  | 'HOURS'
  /** Distinct mentors. */
  | 'MENTORS'
  /** Sum of reported participants (activities without a count add 0). */
  | 'PARTICIPANTS';

export type ReportPeriod = {
  __typename?: 'ReportPeriod';
  from?: Maybe<Scalars['String']['output']>;
  kind: ReportPeriodKind;
  to?: Maybe<Scalars['String']['output']>;
};

export type ReportPeriodInput = {
  /** YYYY-MM-DD; FIXED only. */
  from?: InputMaybe<Scalars['String']['input']>;
  kind: ReportPeriodKind;
  /** YYYY-MM-DD, included; FIXED only. */
  to?: InputMaybe<Scalars['String']['input']>;
};

export type ReportPeriodKind =
  /** The `from` and `to` days given. */
  | 'FIXED'
  /** The 30 days ending on the run's day. */
  | 'LAST_30_DAYS'
  | 'MONTH_TO_DATE'
  | 'PREVIOUS_MONTH'
  | 'PREVIOUS_YEAR'
  | 'YEAR_TO_DATE';

export type ReportResult = {
  __typename?: 'ReportResult';
  dimensions: Array<ReportDimension>;
  from: Scalars['String']['output'];
  metrics: Array<ReportMetric>;
  /** The groups; `language` is that of their labels: NB (Norwegian bokmål, the default), NN (nynorsk), EN (English). */
  rows: Array<ReportRow>;
  to: Scalars['String']['output'];
  /** More groups than the 10,000 returned. */
  truncated: Scalars['Boolean']['output'];
};


export type ReportResultRowsArgs = {
  language?: InputMaybe<Language>;
};

/** One group: its dimension values (in the definition's order) and its metric values (in the definition's order). */
export type ReportRow = {
  __typename?: 'ReportRow';
  keys: Array<Maybe<Scalars['String']['output']>>;
  /**
   * The dimension values by name, in the definition's order and the language asked for on `rows`: local
   * associations, regions and mentors by name, activity types by the organization's name for them, statuses,
   * months ("mars 2025"), days (31.12.2025) and countability (Ja/Nei) in words. A value reporting has no name
   * for reads "uten navn" (unnamed), never an id.
   */
  labels: Array<Maybe<Scalars['String']['output']>>;
  values: Array<Scalars['Float']['output']>;
};

export type ReportRun = {
  __typename?: 'ReportRun';
  id: Scalars['ID']['output'];
  ranAt: Scalars['DateTime']['output'];
  result: ReportResult;
  /** The schedule slot this run belongs to (one stored run per slot). */
  scheduledFor: Scalars['DateTime']['output'];
};

export type ReportSchedule = {
  __typename?: 'ReportSchedule';
  frequency: ReportFrequency;
  lastRunAt?: Maybe<Scalars['DateTime']['output']>;
  nextRunAt: Scalars['DateTime']['output'];
};

export type ReportScheduleInput = {
  frequency: ReportFrequency;
  /** The first run (default: now, so the next worker pass runs it). */
  startsAt?: InputMaybe<Scalars['DateTime']['input']>;
};

/** A kept team report (seed 001 `report`): the team statistics of one local association as generated. */
export type TeamReport = {
  __typename?: 'TeamReport';
  from: Scalars['String']['output'];
  generatedAt: Scalars['DateTime']['output'];
  generatedBy: User;
  id: Scalars['ID']['output'];
  localAssociationId: Scalars['ID']['output'];
  organizationId: Scalars['ID']['output'];
  statistics: LocalAssociationTeamStatistics;
  to: Scalars['String']['output'];
};

export type TeamStatistics = {
  __typename?: 'TeamStatistics';
  from: Scalars['String']['output'];
  localAssociations: Array<LocalAssociationTeamStatistics>;
  to: Scalars['String']['output'];
};

export type User = {
  __typename?: 'User';
  id: Scalars['ID']['output'];
};

/** What a Wrapped computation did. */
export type WrappedRun = {
  __typename?: 'WrappedRun';
  removed: Scalars['Int']['output'];
  unchanged: Scalars['Int']['output'];
  /** Summaries stored (new or changed). */
  written: Scalars['Int']['output'];
  year: Scalars['Int']['output'];
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
  AuditSubject: AuditSubject;
  LocalAssociation: LocalAssociation;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  AuditSubject:
    ( { __typename: 'AuditSubject' }
    & GraphQLRecursivePick<FederationTypes['AuditSubject'], {"type":true,"id":true}>
    & ( Record<PropertyKey, never>
        | GraphQLRecursivePick<FederationTypes['AuditSubject'], {"personName":true}> ) );
  LocalAssociation:
    ( { __typename: 'LocalAssociation' }
    & GraphQLRecursivePick<FederationTypes['LocalAssociation'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  ActivityStats: ResolverTypeWrapper<ActivityCounts>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  AnnualSummary: ResolverTypeWrapper<Omit<AnnualSummary, 'user'> & { user: ResolversTypes['User'] }>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  ApprovalBacklog: ResolverTypeWrapper<ApprovalBacklog>;
  AuditChainVerification: ResolverTypeWrapper<AuditChainVerification>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  AuditEntry: ResolverTypeWrapper<AuditRow>;
  AuditEntryConnection: ResolverTypeWrapper<Omit<AuditEntryConnection, 'edges'> & { edges: Array<ResolversTypes['AuditEntryEdge']> }>;
  AuditEntryEdge: ResolverTypeWrapper<Omit<AuditEntryEdge, 'node'> & { node: ResolversTypes['AuditEntry'] }>;
  AuditLogFilter: AuditLogFilter;
  AuditSubject: ResolverTypeWrapper<SubjectRef>;
  BufdirEvidence: ResolverTypeWrapper<EvidenceRow>;
  BufdirEvidenceFilter: BufdirEvidenceFilter;
  BufdirLocalAssociation: ResolverTypeWrapper<BufdirLocalAssociation>;
  BufdirMonthTotals: ResolverTypeWrapper<BufdirMonthTotals>;
  BufdirRegion: ResolverTypeWrapper<BufdirRegion>;
  BufdirReport: ResolverTypeWrapper<BufdirReportView>;
  BufdirReportStatus: BufdirReportStatus;
  BufdirTypeTotals: ResolverTypeWrapper<BufdirTypeTotals>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  ExpenseTotals: ResolverTypeWrapper<ExpenseTotals>;
  Language: Language;
  LocalAssociation: ResolverTypeWrapper<LocalAssociationRef>;
  LocalAssociationStats: ResolverTypeWrapper<LocalAssociationStatsResult>;
  LocalAssociationTeamStatistics: ResolverTypeWrapper<Omit<LocalAssociationTeamStatistics, 'mentors'> & { mentors: Array<ResolversTypes['MentorStatistics']> }>;
  MentorStatistics: ResolverTypeWrapper<Omit<MentorStatistics, 'mentor'> & { mentor: ResolversTypes['User'] }>;
  MonthTrend: ResolverTypeWrapper<MonthTrend>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  OrganizationKpis: ResolverTypeWrapper<OrganizationKpis>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PeriodStatistics: ResolverTypeWrapper<PeriodStatistics>;
  PersonalStatistics: ResolverTypeWrapper<Omit<PersonalStatistics, 'user'> & { user: ResolversTypes['User'] }>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  ReasonCount: ResolverTypeWrapper<ReasonCount>;
  ReportDefinition: ResolverTypeWrapper<ReportDefinition>;
  ReportDefinitionInput: ReportDefinitionInput;
  ReportDimension: ReportDimension;
  ReportExport: ResolverTypeWrapper<ReportExport>;
  ReportExportFormat: ReportExportFormat;
  ReportFilters: ResolverTypeWrapper<ReportFilters>;
  ReportFiltersInput: ReportFiltersInput;
  ReportFrequency: ReportFrequency;
  ReportMetric: ReportMetric;
  ReportPeriod: ResolverTypeWrapper<ReportPeriod>;
  ReportPeriodInput: ReportPeriodInput;
  ReportPeriodKind: ReportPeriodKind;
  ReportResult: ResolverTypeWrapper<ReportResult>;
  ReportRow: ResolverTypeWrapper<ReportRow>;
  ReportRun: ResolverTypeWrapper<ReportRun>;
  ReportSchedule: ResolverTypeWrapper<ReportSchedule>;
  ReportScheduleInput: ReportScheduleInput;
  TeamReport: ResolverTypeWrapper<Omit<TeamReport, 'generatedBy' | 'statistics'> & { generatedBy: ResolversTypes['User'], statistics: ResolversTypes['LocalAssociationTeamStatistics'] }>;
  TeamStatistics: ResolverTypeWrapper<Omit<TeamStatistics, 'localAssociations'> & { localAssociations: Array<ResolversTypes['LocalAssociationTeamStatistics']> }>;
  User: ResolverTypeWrapper<UserRef>;
  WrappedRun: ResolverTypeWrapper<WrappedRun>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  ActivityStats: ActivityCounts;
  Int: Scalars['Int']['output'];
  AnnualSummary: Omit<AnnualSummary, 'user'> & { user: ResolversParentTypes['User'] };
  Float: Scalars['Float']['output'];
  ApprovalBacklog: ApprovalBacklog;
  AuditChainVerification: AuditChainVerification;
  ID: Scalars['ID']['output'];
  Boolean: Scalars['Boolean']['output'];
  AuditEntry: AuditRow;
  AuditEntryConnection: Omit<AuditEntryConnection, 'edges'> & { edges: Array<ResolversParentTypes['AuditEntryEdge']> };
  AuditEntryEdge: Omit<AuditEntryEdge, 'node'> & { node: ResolversParentTypes['AuditEntry'] };
  AuditLogFilter: AuditLogFilter;
  AuditSubject: SubjectRef;
  BufdirEvidence: EvidenceRow;
  BufdirEvidenceFilter: BufdirEvidenceFilter;
  BufdirLocalAssociation: BufdirLocalAssociation;
  BufdirMonthTotals: BufdirMonthTotals;
  BufdirRegion: BufdirRegion;
  BufdirReport: BufdirReportView;
  BufdirTypeTotals: BufdirTypeTotals;
  DateTime: Scalars['DateTime']['output'];
  ExpenseTotals: ExpenseTotals;
  LocalAssociation: LocalAssociationRef;
  LocalAssociationStats: LocalAssociationStatsResult;
  LocalAssociationTeamStatistics: Omit<LocalAssociationTeamStatistics, 'mentors'> & { mentors: Array<ResolversParentTypes['MentorStatistics']> };
  MentorStatistics: Omit<MentorStatistics, 'mentor'> & { mentor: ResolversParentTypes['User'] };
  MonthTrend: MonthTrend;
  Mutation: Record<PropertyKey, never>;
  OrganizationKpis: OrganizationKpis;
  PageInfo: PageInfo;
  PeriodStatistics: PeriodStatistics;
  PersonalStatistics: Omit<PersonalStatistics, 'user'> & { user: ResolversParentTypes['User'] };
  Query: Record<PropertyKey, never>;
  ReasonCount: ReasonCount;
  ReportDefinition: ReportDefinition;
  ReportDefinitionInput: ReportDefinitionInput;
  ReportExport: ReportExport;
  ReportFilters: ReportFilters;
  ReportFiltersInput: ReportFiltersInput;
  ReportPeriod: ReportPeriod;
  ReportPeriodInput: ReportPeriodInput;
  ReportResult: ReportResult;
  ReportRow: ReportRow;
  ReportRun: ReportRun;
  ReportSchedule: ReportSchedule;
  ReportScheduleInput: ReportScheduleInput;
  TeamReport: Omit<TeamReport, 'generatedBy' | 'statistics'> & { generatedBy: ResolversParentTypes['User'], statistics: ResolversParentTypes['LocalAssociationTeamStatistics'] };
  TeamStatistics: Omit<TeamStatistics, 'localAssociations'> & { localAssociations: Array<ResolversParentTypes['LocalAssociationTeamStatistics']> };
  User: UserRef;
  WrappedRun: WrappedRun;
  String: Scalars['String']['output'];
}>;

export type FeatureDirectiveArgs = {
  flag: Scalars['String']['input'];
};

export type FeatureDirectiveResolver<Result, Parent, ContextType = ReportingContext, Args = FeatureDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type ActivityStatsResolvers<ContextType = ReportingContext, ParentType extends ResolversParentTypes['ActivityStats'] = ResolversParentTypes['ActivityStats']> = ResolversObject<{
  approved?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  pending?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  registered?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rejected?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type AnnualSummaryResolvers<ContextType = ReportingContext, ParentType extends ResolversParentTypes['AnnualSummary'] = ResolversParentTypes['AnnualSummary']> = ResolversObject<{
  activities?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  badges?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  busiestMonth?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  busiestMonthActivities?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  byMonth?: Resolver<Array<ResolversTypes['Int']>, ParentType, ContextType>;
  computedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  contactsReached?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  eventsAttended?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  hours?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  user?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ApprovalBacklogResolvers<ContextType = ReportingContext, ParentType extends ResolversParentTypes['ApprovalBacklog'] = ResolversParentTypes['ApprovalBacklog']> = ResolversObject<{
  oldestRegisteredAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  waiting?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type AuditChainVerificationResolvers<ContextType = ReportingContext, ParentType extends ResolversParentTypes['AuditChainVerification'] = ResolversParentTypes['AuditChainVerification']> = ResolversObject<{
  entries?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  firstBrokenSeq?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  organizationId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  valid?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type AuditEntryResolvers<ContextType = ReportingContext, ParentType extends ResolversParentTypes['AuditEntry'] = ResolversParentTypes['AuditEntry']> = ResolversObject<{
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actor?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  actorRole?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fields?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  hash?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  occurredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  operationName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  organizationId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  seq?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  subject?: Resolver<Maybe<ResolversTypes['AuditSubject']>, ParentType, ContextType>;
}>;

export type AuditEntryConnectionResolvers<ContextType = ReportingContext, ParentType extends ResolversParentTypes['AuditEntryConnection'] = ResolversParentTypes['AuditEntryConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['AuditEntryEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type AuditEntryEdgeResolvers<ContextType = ReportingContext, ParentType extends ResolversParentTypes['AuditEntryEdge'] = ResolversParentTypes['AuditEntryEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AuditEntry'], ParentType, ContextType>;
}>;

export type AuditSubjectResolvers<ContextType = ReportingContext, ParentType extends ResolversParentTypes['AuditSubject'] = ResolversParentTypes['AuditSubject'], FederationReferenceType extends FederationReferenceTypes['AuditSubject'] = FederationReferenceTypes['AuditSubject']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['AuditSubject']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  label?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  user?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
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
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
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

export type ExpenseTotalsResolvers<ContextType = ReportingContext, ParentType extends ResolversParentTypes['ExpenseTotals'] = ResolversParentTypes['ExpenseTotals']> = ResolversObject<{
  approvedOre?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  paidOre?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  pendingOre?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rejectedOre?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  submittedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  submittedOre?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type LocalAssociationResolvers<ContextType = ReportingContext, ParentType extends ResolversParentTypes['LocalAssociation'] = ResolversParentTypes['LocalAssociation'], FederationReferenceType extends FederationReferenceTypes['LocalAssociation'] = FederationReferenceTypes['LocalAssociation']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['LocalAssociation']> | FederationReferenceType, FederationReferenceType, ContextType>;
  activityStats?: Resolver<Maybe<ResolversTypes['ActivityStats']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type LocalAssociationStatsResolvers<ContextType = ReportingContext, ParentType extends ResolversParentTypes['LocalAssociationStats'] = ResolversParentTypes['LocalAssociationStats']> = ResolversObject<{
  localAssociation?: Resolver<ResolversTypes['LocalAssociation'], ParentType, ContextType>;
  stats?: Resolver<ResolversTypes['ActivityStats'], ParentType, ContextType>;
}>;

export type LocalAssociationTeamStatisticsResolvers<ContextType = ReportingContext, ParentType extends ResolversParentTypes['LocalAssociationTeamStatistics'] = ResolversParentTypes['LocalAssociationTeamStatistics']> = ResolversObject<{
  localAssociationId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  mentors?: Resolver<Array<ResolversTypes['MentorStatistics']>, ParentType, ContextType>;
  totals?: Resolver<ResolversTypes['PeriodStatistics'], ParentType, ContextType>;
}>;

export type MentorStatisticsResolvers<ContextType = ReportingContext, ParentType extends ResolversParentTypes['MentorStatistics'] = ResolversParentTypes['MentorStatistics']> = ResolversObject<{
  activities?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  approved?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  hours?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  mentor?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
}>;

export type MonthTrendResolvers<ContextType = ReportingContext, ParentType extends ResolversParentTypes['MonthTrend'] = ResolversParentTypes['MonthTrend']> = ResolversObject<{
  approved?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  hours?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  month?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  registered?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rejected?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = ReportingContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  computeWrapped?: Resolver<ResolversTypes['WrappedRun'], ParentType, ContextType, RequireFields<MutationComputeWrappedArgs, 'year'>>;
  deleteReportDefinition?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationDeleteReportDefinitionArgs, 'id'>>;
  generateTeamReport?: Resolver<ResolversTypes['TeamReport'], ParentType, ContextType, RequireFields<MutationGenerateTeamReportArgs, 'from' | 'to'>>;
  saveReportDefinition?: Resolver<ResolversTypes['ReportDefinition'], ParentType, ContextType, RequireFields<MutationSaveReportDefinitionArgs, 'input'>>;
  scheduleReportDefinition?: Resolver<ResolversTypes['ReportSchedule'], ParentType, ContextType, RequireFields<MutationScheduleReportDefinitionArgs, 'id' | 'schedule'>>;
  submitBufdirReport?: Resolver<ResolversTypes['BufdirReport'], ParentType, ContextType, RequireFields<MutationSubmitBufdirReportArgs, 'year'>>;
  unscheduleReportDefinition?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationUnscheduleReportDefinitionArgs, 'id'>>;
  updateReportDefinition?: Resolver<ResolversTypes['ReportDefinition'], ParentType, ContextType, RequireFields<MutationUpdateReportDefinitionArgs, 'id' | 'input'>>;
}>;

export type OrganizationKpisResolvers<ContextType = ReportingContext, ParentType extends ResolversParentTypes['OrganizationKpis'] = ResolversParentTypes['OrganizationKpis']> = ResolversObject<{
  activeMentors?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  approvalBacklog?: Resolver<ResolversTypes['ApprovalBacklog'], ParentType, ContextType>;
  expenses?: Resolver<ResolversTypes['ExpenseTotals'], ParentType, ContextType>;
  organizationId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  trend?: Resolver<Array<ResolversTypes['MonthTrend']>, ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = ReportingContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type PeriodStatisticsResolvers<ContextType = ReportingContext, ParentType extends ResolversParentTypes['PeriodStatistics'] = ResolversParentTypes['PeriodStatistics']> = ResolversObject<{
  activities?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  approved?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  countable?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  hours?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  notCountable?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  notCountableReasons?: Resolver<Array<ResolversTypes['ReasonCount']>, ParentType, ContextType>;
  pending?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rejected?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type PersonalStatisticsResolvers<ContextType = ReportingContext, ParentType extends ResolversParentTypes['PersonalStatistics'] = ResolversParentTypes['PersonalStatistics']> = ResolversObject<{
  thisMonth?: Resolver<ResolversTypes['PeriodStatistics'], ParentType, ContextType>;
  thisYear?: Resolver<ResolversTypes['PeriodStatistics'], ParentType, ContextType>;
  user?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = ReportingContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  activityStatsByLocalAssociation?: Resolver<Array<ResolversTypes['LocalAssociationStats']>, ParentType, ContextType>;
  auditLog?: Resolver<ResolversTypes['AuditEntryConnection'], ParentType, ContextType, Partial<QueryAuditLogArgs>>;
  bufdirEvidence?: Resolver<Array<ResolversTypes['BufdirEvidence']>, ParentType, ContextType, RequireFields<QueryBufdirEvidenceArgs, 'year'>>;
  bufdirReport?: Resolver<ResolversTypes['BufdirReport'], ParentType, ContextType, RequireFields<QueryBufdirReportArgs, 'year'>>;
  bufdirReportExport?: Resolver<ResolversTypes['ReportExport'], ParentType, ContextType, RequireFields<QueryBufdirReportExportArgs, 'format' | 'language' | 'year'>>;
  bufdirReportVersions?: Resolver<Array<ResolversTypes['BufdirReport']>, ParentType, ContextType, RequireFields<QueryBufdirReportVersionsArgs, 'year'>>;
  myStatistics?: Resolver<ResolversTypes['PersonalStatistics'], ParentType, ContextType, Partial<QueryMyStatisticsArgs>>;
  myWrapped?: Resolver<Maybe<ResolversTypes['AnnualSummary']>, ParentType, ContextType, Partial<QueryMyWrappedArgs>>;
  organizationKpis?: Resolver<ResolversTypes['OrganizationKpis'], ParentType, ContextType, RequireFields<QueryOrganizationKpisArgs, 'year'>>;
  reportDefinition?: Resolver<Maybe<ResolversTypes['ReportDefinition']>, ParentType, ContextType, RequireFields<QueryReportDefinitionArgs, 'id'>>;
  reportDefinitions?: Resolver<Array<ResolversTypes['ReportDefinition']>, ParentType, ContextType>;
  reportRuns?: Resolver<Array<ResolversTypes['ReportRun']>, ParentType, ContextType, RequireFields<QueryReportRunsArgs, 'definitionId'>>;
  runReportDefinition?: Resolver<ResolversTypes['ReportResult'], ParentType, ContextType, RequireFields<QueryRunReportDefinitionArgs, 'id'>>;
  teamReports?: Resolver<Array<ResolversTypes['TeamReport']>, ParentType, ContextType, Partial<QueryTeamReportsArgs>>;
  teamStatistics?: Resolver<ResolversTypes['TeamStatistics'], ParentType, ContextType, RequireFields<QueryTeamStatisticsArgs, 'from' | 'to'>>;
  verifyAuditChain?: Resolver<ResolversTypes['AuditChainVerification'], ParentType, ContextType, Partial<QueryVerifyAuditChainArgs>>;
}>;

export type ReasonCountResolvers<ContextType = ReportingContext, ParentType extends ResolversParentTypes['ReasonCount'] = ResolversParentTypes['ReasonCount']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ReportDefinitionResolvers<ContextType = ReportingContext, ParentType extends ResolversParentTypes['ReportDefinition'] = ResolversParentTypes['ReportDefinition']> = ResolversObject<{
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  dimensions?: Resolver<Array<ResolversTypes['ReportDimension']>, ParentType, ContextType>;
  filters?: Resolver<ResolversTypes['ReportFilters'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  metrics?: Resolver<Array<ResolversTypes['ReportMetric']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  period?: Resolver<ResolversTypes['ReportPeriod'], ParentType, ContextType>;
  schedule?: Resolver<Maybe<ResolversTypes['ReportSchedule']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type ReportExportResolvers<ContextType = ReportingContext, ParentType extends ResolversParentTypes['ReportExport'] = ResolversParentTypes['ReportExport']> = ResolversObject<{
  base64?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  byteLength?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  contentType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  filename?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ReportFiltersResolvers<ContextType = ReportingContext, ParentType extends ResolversParentTypes['ReportFilters'] = ResolversParentTypes['ReportFilters']> = ResolversObject<{
  activityTypes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  countable?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  localAssociationIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  mentorIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  regionIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  statuses?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type ReportPeriodResolvers<ContextType = ReportingContext, ParentType extends ResolversParentTypes['ReportPeriod'] = ResolversParentTypes['ReportPeriod']> = ResolversObject<{
  from?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ReportPeriodKind'], ParentType, ContextType>;
  to?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type ReportResultResolvers<ContextType = ReportingContext, ParentType extends ResolversParentTypes['ReportResult'] = ResolversParentTypes['ReportResult']> = ResolversObject<{
  dimensions?: Resolver<Array<ResolversTypes['ReportDimension']>, ParentType, ContextType>;
  from?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  metrics?: Resolver<Array<ResolversTypes['ReportMetric']>, ParentType, ContextType>;
  rows?: Resolver<Array<ResolversTypes['ReportRow']>, ParentType, ContextType, RequireFields<ReportResultRowsArgs, 'language'>>;
  to?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  truncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type ReportRowResolvers<ContextType = ReportingContext, ParentType extends ResolversParentTypes['ReportRow'] = ResolversParentTypes['ReportRow']> = ResolversObject<{
  keys?: Resolver<Array<Maybe<ResolversTypes['String']>>, ParentType, ContextType>;
  labels?: Resolver<Array<Maybe<ResolversTypes['String']>>, ParentType, ContextType>;
  values?: Resolver<Array<ResolversTypes['Float']>, ParentType, ContextType>;
}>;

export type ReportRunResolvers<ContextType = ReportingContext, ParentType extends ResolversParentTypes['ReportRun'] = ResolversParentTypes['ReportRun']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  ranAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  result?: Resolver<ResolversTypes['ReportResult'], ParentType, ContextType>;
  scheduledFor?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type ReportScheduleResolvers<ContextType = ReportingContext, ParentType extends ResolversParentTypes['ReportSchedule'] = ResolversParentTypes['ReportSchedule']> = ResolversObject<{
  frequency?: Resolver<ResolversTypes['ReportFrequency'], ParentType, ContextType>;
  lastRunAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  nextRunAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type TeamReportResolvers<ContextType = ReportingContext, ParentType extends ResolversParentTypes['TeamReport'] = ResolversParentTypes['TeamReport']> = ResolversObject<{
  from?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  generatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  generatedBy?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  localAssociationId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  organizationId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  statistics?: Resolver<ResolversTypes['LocalAssociationTeamStatistics'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type TeamStatisticsResolvers<ContextType = ReportingContext, ParentType extends ResolversParentTypes['TeamStatistics'] = ResolversParentTypes['TeamStatistics']> = ResolversObject<{
  from?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  localAssociations?: Resolver<Array<ResolversTypes['LocalAssociationTeamStatistics']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type UserResolvers<ContextType = ReportingContext, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type WrappedRunResolvers<ContextType = ReportingContext, ParentType extends ResolversParentTypes['WrappedRun'] = ResolversParentTypes['WrappedRun']> = ResolversObject<{
  removed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unchanged?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  written?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = ReportingContext> = ResolversObject<{
  ActivityStats?: ActivityStatsResolvers<ContextType>;
  AnnualSummary?: AnnualSummaryResolvers<ContextType>;
  ApprovalBacklog?: ApprovalBacklogResolvers<ContextType>;
  AuditChainVerification?: AuditChainVerificationResolvers<ContextType>;
  AuditEntry?: AuditEntryResolvers<ContextType>;
  AuditEntryConnection?: AuditEntryConnectionResolvers<ContextType>;
  AuditEntryEdge?: AuditEntryEdgeResolvers<ContextType>;
  AuditSubject?: AuditSubjectResolvers<ContextType>;
  BufdirEvidence?: BufdirEvidenceResolvers<ContextType>;
  BufdirLocalAssociation?: BufdirLocalAssociationResolvers<ContextType>;
  BufdirMonthTotals?: BufdirMonthTotalsResolvers<ContextType>;
  BufdirRegion?: BufdirRegionResolvers<ContextType>;
  BufdirReport?: BufdirReportResolvers<ContextType>;
  BufdirTypeTotals?: BufdirTypeTotalsResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  ExpenseTotals?: ExpenseTotalsResolvers<ContextType>;
  LocalAssociation?: LocalAssociationResolvers<ContextType>;
  LocalAssociationStats?: LocalAssociationStatsResolvers<ContextType>;
  LocalAssociationTeamStatistics?: LocalAssociationTeamStatisticsResolvers<ContextType>;
  MentorStatistics?: MentorStatisticsResolvers<ContextType>;
  MonthTrend?: MonthTrendResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  OrganizationKpis?: OrganizationKpisResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PeriodStatistics?: PeriodStatisticsResolvers<ContextType>;
  PersonalStatistics?: PersonalStatisticsResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  ReasonCount?: ReasonCountResolvers<ContextType>;
  ReportDefinition?: ReportDefinitionResolvers<ContextType>;
  ReportExport?: ReportExportResolvers<ContextType>;
  ReportFilters?: ReportFiltersResolvers<ContextType>;
  ReportPeriod?: ReportPeriodResolvers<ContextType>;
  ReportResult?: ReportResultResolvers<ContextType>;
  ReportRow?: ReportRowResolvers<ContextType>;
  ReportRun?: ReportRunResolvers<ContextType>;
  ReportSchedule?: ReportScheduleResolvers<ContextType>;
  TeamReport?: TeamReportResolvers<ContextType>;
  TeamStatistics?: TeamStatisticsResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
  WrappedRun?: WrappedRunResolvers<ContextType>;
}>;

export type DirectiveResolvers<ContextType = ReportingContext> = ResolversObject<{
  feature?: FeatureDirectiveResolver<any, any, ContextType>;
}>;
