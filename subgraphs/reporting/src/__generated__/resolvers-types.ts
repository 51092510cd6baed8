import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { LocalAssociationRef, LocalAssociationStatsResult } from '../application/activity-stats.js';
import type { ActivityCounts } from '../domain/activity-stats.js';
import type { BufdirReportView, EvidenceView, UserRef } from '../application/bufdir-report.js';
import type { WrappedView } from '../application/wrapped.js';
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
  /** An instant: an RFC 3339 date-time string (answers in UTC, e.g. 2026-03-14T09:30:00.000Z; inputs may carry an offset). */
  DateTime: { input: Date | string; output: Date | string; }
  _FieldSet: { input: unknown; output: unknown; }
};

/** Activity counts from the reporting read model, kept up to date from activity's events. */
export type ActivityStats = {
  __typename?: 'ActivityStats';
  /** Approved. */
  approved: Scalars['Int']['output'];
  /** Registered and not yet approved or rejected (draft, pending review, flagged). */
  pending: Scalars['Int']['output'];
  /** Every activity registered, whatever its status. */
  registered: Scalars['Int']['output'];
  /** Rejected. */
  rejected: Scalars['Int']['output'];
};

/** A mentor's year (seed 001 `annual_summary`), over their approved activities in every organization. */
export type AnnualSummary = {
  __typename?: 'AnnualSummary';
  /** Approved activities. */
  activities: Scalars['Int']['output'];
  /**
   * Keys of the badges awarded in the year, in award order.
   * @deprecated Use namedBadges: the badges with their names (a person reads names, not keys).
   */
  badges: Array<Scalars['String']['output']>;
  /** 1-12, the month with the most activities (earliest on a tie); null for an empty year. */
  busiestMonth?: Maybe<Scalars['Int']['output']>;
  /** Activities in the busiest month (0 for an empty year). */
  busiestMonthActivities: Scalars['Int']['output'];
  /** Activities per month, January first. */
  byMonth: Array<Scalars['Int']['output']>;
  /** The certifications the mentor held in the year (valid on a day of it, not revoked), one per type, by key. */
  certifications: Array<WrappedCertification>;
  /** When the summary was last written (a run that changes nothing keeps it). */
  computedAt: Scalars['DateTime']['output'];
  /** Distinct contacts of the approved activities (activities without a contact add none). */
  contactsReached: Scalars['Int']['output'];
  /** Gatherings attended in the year (from activity's recorded attendance; the day it was recorded counts). */
  eventsAttended: Scalars['Int']['output'];
  /** Hours of the approved activities (two decimals). */
  hours: Scalars['Float']['output'];
  /** The badges awarded in the year, in award order, with their names. */
  namedBadges: Array<WrappedBadge>;
  /** The year's most done activity types (at most 3): more activities first, then more hours. */
  topActivityTypes: Array<WrappedActivityType>;
  /** The mentor. */
  user: User;
  /** The calendar year. */
  year: Scalars['Int']['output'];
};


/** A mentor's year (seed 001 `annual_summary`), over their approved activities in every organization. */
export type AnnualSummaryNamedBadgesArgs = {
  language?: InputMaybe<Language>;
};


/** A mentor's year (seed 001 `annual_summary`), over their approved activities in every organization. */
export type AnnualSummaryTopActivityTypesArgs = {
  language?: InputMaybe<Language>;
};

/** Activities waiting for an approval decision. */
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
  /** The chain walked (null: the chain of entries of no organization). */
  organizationId?: Maybe<Scalars['ID']['output']>;
  /** sequence_gap, previous_hash_mismatch, content_hash_mismatch or head_mismatch. */
  reason?: Maybe<Scalars['String']['output']>;
  /** True when every link holds. */
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
  /** When it happened. */
  occurredAt: Scalars['DateTime']['output'];
  /** The GraphQL operation name of the request that did it, when it had one. */
  operationName?: Maybe<Scalars['String']['output']>;
  /** Null: the chain of entries of no organization (e.g. a failed sign-in on an unknown address). */
  organizationId?: Maybe<Scalars['ID']['output']>;
  /** Its place in its organization's chain (1, 2, ...). */
  seq: Scalars['Int']['output'];
  /** What the entry is about; null for entries about nothing in particular (a cross-tenant read). */
  subject?: Maybe<AuditSubject>;
};

/** A page of audit entries, newest first (Relay connection). */
export type AuditEntryConnection = {
  __typename?: 'AuditEntryConnection';
  /** The entries of the page. */
  edges: Array<AuditEntryEdge>;
  /** Where the page ends. */
  pageInfo: PageInfo;
};

/** An audit entry and its cursor. */
export type AuditEntryEdge = {
  __typename?: 'AuditEntryEdge';
  /** Pass as `after` to continue after this entry. */
  cursor: Scalars['String']['output'];
  /** The entry. */
  node: AuditEntry;
};

/** Narrows the audit log; every condition given must hold. */
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
  /** Its id. */
  id: Scalars['ID']['output'];
  /**
   * A readable name, resolved when read (never stored in the log): a person's name (from identity,
   * if the caller may see them), a local association's name, 'Bufdir-rapport 2026, versjon 2', an
   * activity's day and type, an expense's amount and day; null when none is known.
   */
  label?: Maybe<Scalars['String']['output']>;
  /** Identity's name of a user subject (resolved through the gateway when label is read). */
  personName?: Maybe<Scalars['String']['output']>;
  /** The kind of thing: User, Activity, Expense, Reimbursement, AccountingExport, BufdirReport, Organization, LocalAssociation, ... */
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
  /** The activity's id (activity owns the activity). */
  activityId: Scalars['ID']['output'];
  /** The activity type's key. */
  activityType: Scalars['String']['output'];
  /** The activity type's name, with the organization's terminology applied (issue 21: an auditor reads names). */
  activityTypeName: Scalars['String']['output'];
  /** Its local association; null when none. */
  localAssociationId?: Maybe<Scalars['ID']['output']>;
  /** Its local association's name as reporting knows it; "Uten lokallag" (the organization's word) when none, or a placeholder when its name is not known. */
  localAssociationName: Scalars['String']['output'];
  /** The mentor whose activity it is. */
  mentor: User;
  /** Participants reported on it; null when none were given. */
  participants?: Maybe<Scalars['Int']['output']>;
  /** Its local association's region; null when not known. */
  regionId?: Maybe<Scalars['ID']['output']>;
  /** Its region's name, as BufdirRegion.name gives it ("Uten region" when not known). */
  regionName: Scalars['String']['output'];
};


/** One counted activity behind a report number. */
export type BufdirEvidenceActivityTypeNameArgs = {
  language?: InputMaybe<Language>;
};

/** Narrows the evidence behind a Bufdir report; every condition given must hold. */
export type BufdirEvidenceFilter = {
  /** Activities of this type (its key). */
  activityType?: InputMaybe<Scalars['String']['input']>;
  /** Activities of this local association. */
  localAssociationId?: InputMaybe<Scalars['ID']['input']>;
  /** Activities of this mentor (a user id). */
  mentorId?: InputMaybe<Scalars['ID']['input']>;
  /** Activities of local associations in this region. */
  regionId?: InputMaybe<Scalars['ID']['input']>;
};

/** A local association's part of the Bufdir report. */
export type BufdirLocalAssociation = {
  __typename?: 'BufdirLocalAssociation';
  /** Countable activity-days of the local association. */
  activityDays: Scalars['Int']['output'];
  /** The local association's totals per activity type. */
  byActivityType: Array<BufdirTypeTotals>;
  /** Null: activities registered without a local association. */
  localAssociationId?: Maybe<Scalars['ID']['output']>;
  /** The local association's name as reporting knows it; null when not known. */
  name?: Maybe<Scalars['String']['output']>;
  /** Participants, added up. */
  participants: Scalars['Int']['output'];
};

/** Activity-days of one month of the report's year. */
export type BufdirMonthTotals = {
  __typename?: 'BufdirMonthTotals';
  /** Countable activity-days in the month. */
  activityDays: Scalars['Int']['output'];
  /** 1-12 */
  month: Scalars['Int']['output'];
};

/** A region's part of the Bufdir report. */
export type BufdirRegion = {
  __typename?: 'BufdirRegion';
  /** Countable activity-days in the region. */
  activityDays: Scalars['Int']['output'];
  /** The region's totals per activity type. */
  byActivityType: Array<BufdirTypeTotals>;
  /** The region's local associations. */
  localAssociations: Array<BufdirLocalAssociation>;
  /**
   * The region's name (from organization's region events), as of now; "Uten region" for the local
   * associations without one, "Region uten navn" for a region reporting learned no name of (created before
   * regions published their names). Norwegian bokmål.
   */
  name: Scalars['String']['output'];
  /** Participants in the region, added up. */
  participants: Scalars['Int']['output'];
  /** Null: local associations whose region is not known. */
  regionId?: Maybe<Scalars['ID']['output']>;
};

/** Countable activity-days and group participants. */
export type BufdirReport = {
  __typename?: 'BufdirReport';
  /** Active mentors with a valid basic course behind the year's counted activities. */
  activeMentors: Scalars['Int']['output'];
  /** Countable activity-days of the year (one per Norwegian day an approved, countable activity covers). */
  activityDays: Scalars['Int']['output'];
  /** The totals per activity type, by key. */
  byActivityType: Array<BufdirTypeTotals>;
  /** Activity-days per month. */
  byMonth: Array<BufdirMonthTotals>;
  /** When the numbers were computed (for a version: when it was submitted). */
  generatedAt: Scalars['DateTime']['output'];
  /** Null for the draft. */
  id?: Maybe<Scalars['ID']['output']>;
  /** The mentors counted in activeMentors (names through the gateway). */
  mentors: Array<User>;
  /** The organization the report is for. */
  organizationId: Scalars['ID']['output'];
  /** Participants of the counted activities, added up. */
  participants: Scalars['Int']['output'];
  /** The totals per region, with their local associations. */
  regions: Array<BufdirRegion>;
  /** Draft or submitted. */
  status: BufdirReportStatus;
  /** When this version was submitted; null for the draft. */
  submittedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who submitted it; null for the draft. */
  submittedBy?: Maybe<User>;
  /** Null for the draft. */
  version?: Maybe<Scalars['Int']['output']>;
  /** The report's calendar year (activities by their Norwegian day). */
  year: Scalars['Int']['output'];
};

/** Whether a Bufdir report is the live draft or a submitted version. */
export type BufdirReportStatus =
  /** The live draft, recomputed on every request. */
  | 'DRAFT'
  /** A submitted version, frozen. */
  | 'SUBMITTED';

/** Activity-days and participants of one activity type. */
export type BufdirTypeTotals = {
  __typename?: 'BufdirTypeTotals';
  /** Countable activity-days. */
  activityDays: Scalars['Int']['output'];
  /** The activity type's key (e.g. home_visit, group_meeting). */
  activityType: Scalars['String']['output'];
  /** Participants, added up. */
  participants: Scalars['Int']['output'];
};

/** Expense claims submitted in the year (by decision status) and payouts made in it, in øre. */
export type ExpenseTotals = {
  __typename?: 'ExpenseTotals';
  /** Of it approved, in øre. */
  approvedOre: Scalars['Int']['output'];
  /** Reimbursements paid out in the year (by pay day), in øre. */
  paidOre: Scalars['Int']['output'];
  /** Submitted and not yet decided. */
  pendingOre: Scalars['Int']['output'];
  /** Of it rejected, in øre. */
  rejectedOre: Scalars['Int']['output'];
  /** Expense claims submitted in the year. */
  submittedCount: Scalars['Int']['output'];
  /** Their amounts added up, in øre. */
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
   * From reporting: how many activities were registered in this local association and where they stand
   * in the approval workflow (zeros when nothing is known). Null unless the caller is an
   * organization administrator of its organization or its coordinator.
   */
  activityStats?: Maybe<ActivityStats>;
  id: Scalars['ID']['output'];
};

/** One local association's activity counts. */
export type LocalAssociationStats = {
  __typename?: 'LocalAssociationStats';
  /** The local association (its name and more come from organization). */
  localAssociation: LocalAssociation;
  /** Its counts. */
  stats: ActivityStats;
};

/** One local association's activity over a period. */
export type LocalAssociationTeamStatistics = {
  __typename?: 'LocalAssociationTeamStatistics';
  /** The local association (its name, from organization). */
  localAssociation: LocalAssociation;
  /** The local association's id. */
  localAssociationId: Scalars['ID']['output'];
  /** Mentors with activity in the period, most activities first. */
  mentors: Array<MentorStatistics>;
  /** Its totals. */
  totals: PeriodStatistics;
};

/** One mentor's activity in a local association over a period. */
export type MentorStatistics = {
  __typename?: 'MentorStatistics';
  /** Activities registered, rejected ones excluded. */
  activities: Scalars['Int']['output'];
  /** Of them approved. */
  approved: Scalars['Int']['output'];
  /** Hours of those activities (two decimals). */
  hours: Scalars['Float']['output'];
  /** The mentor. */
  mentor: User;
};

/** One month of an organization's year. */
export type MonthTrend = {
  __typename?: 'MonthTrend';
  /** Of them approved. */
  approved: Scalars['Int']['output'];
  /** Hours of the activities not rejected (two decimals). */
  hours: Scalars['Float']['output'];
  /** 1-12 */
  month: Scalars['Int']['output'];
  /** Activities registered (by Norwegian activity day), rejected ones included. */
  registered: Scalars['Int']['output'];
  /** Of them rejected. */
  rejected: Scalars['Int']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Computes the mentors' Wrapped of an ended year now (the scheduled job does it on 1 January, Norwegian time).
   * An organization administrator: the mentors with something of the year in their own organization; a global
   * administrator: one organization's, or everyone's without organizationId. Idempotent: a mentor is told once.
   * Rules year_range, year_not_ended. Publishes reporting.wrapped.ready for each summary stored for the first time
   * (engagement then notifies the mentor, category ANNUAL_SUMMARY).
   */
  computeWrapped: WrappedRun;
  /** Deletes a definition with its schedule and stored runs (organization administrators); NOT_FOUND for an unknown definition. Publishes no event. */
  deleteReportDefinition: Scalars['Boolean']['output'];
  /**
   * Computes a local association's team statistics for the period and keeps them as a team report
   * (coordinators: their own local association; organization administrators: one they name). Rules date_format,
   * period_order, period_length, required_fields (an administrator names no local association). Publishes no event.
   */
  generateTeamReport: TeamReport;
  /**
   * Saves a new report definition in the caller's organization (organization administrators). Rules
   * name_length, description_length, dimension_allowed, dimensions_max, dimension_unique, metrics_required, metric_allowed,
   * metric_unique, filter_values_max, id_format, status_allowed, period_kind_allowed, required_fields, date_format, period_range,
   * period_dates, name_unique. Publishes no event.
   */
  saveReportDefinition: ReportDefinition;
  /**
   * Sets (or replaces) the definition's one schedule (organization administrators); the worker stores one result per
   * slot. Rules frequency_allowed, start_range; NOT_FOUND for an unknown definition. Publishes no event.
   */
  scheduleReportDefinition: ReportSchedule;
  /**
   * Freezes the current numbers of the caller's organization's report for the year, with the
   * activities behind them, as the next version (1, 2, ...). A submitted version never changes;
   * a correction is a new version. Organization administrators only. Rule year_range. Publishes
   * reporting.bufdir_report.submitted and an audit entry (action bufdir_report.submitted: reporting.audit.recorded).
   * Feature flag bufdir_export.
   */
  submitBufdirReport: BufdirReport;
  /** Removes the definition's schedule (organization administrators; stored runs stay); false when it had none. Publishes no event. */
  unscheduleReportDefinition: Scalars['Boolean']['output'];
  /**
   * Replaces a saved definition (organization administrators; its schedule stays). Rules
   * name_length, description_length, dimension_allowed, dimensions_max, dimension_unique, metrics_required, metric_allowed,
   * metric_unique, filter_values_max, id_format, status_allowed, period_kind_allowed, required_fields, date_format, period_range,
   * period_dates, name_unique; NOT_FOUND for an unknown definition. Publishes no event.
   */
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

/** An organization's key figures for a year. */
export type OrganizationKpis = {
  __typename?: 'OrganizationKpis';
  /** Mentors with at least one approved activity in the year. */
  activeMentors: Scalars['Int']['output'];
  /** What waits for a decision now. */
  approvalBacklog: ApprovalBacklog;
  /** Expense claims and payouts of the year. */
  expenses: ExpenseTotals;
  /** The organization. */
  organizationId: Scalars['ID']['output'];
  /** Per month of the year, January first (rejected activities included in `registered`). */
  trend: Array<MonthTrend>;
  /** The calendar year. */
  year: Scalars['Int']['output'];
};

/** Where a page of a connection ends (cursor pagination). */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** The cursor of the page's last item: pass it as `after` for the next page (null on an empty page). */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** True when more items follow this page. */
  hasNextPage: Scalars['Boolean']['output'];
};

/** Activity counts over a period. */
export type PeriodStatistics = {
  __typename?: 'PeriodStatistics';
  /** Activities registered in the period, rejected ones excluded. */
  activities: Scalars['Int']['output'];
  /** Approved. */
  approved: Scalars['Int']['output'];
  /** Of `activities`, those that count for Bufdir (once approved). */
  countable: Scalars['Int']['output'];
  /** The first day, YYYY-MM-DD (activities by their Norwegian day). */
  from: Scalars['String']['output'];
  /** Hours of the activities counted in `activities` (two decimals). */
  hours: Scalars['Float']['output'];
  /** Of `activities`, those that do not count for Bufdir. */
  notCountable: Scalars['Int']['output'];
  /** Why the not-countable ones do not count. */
  notCountableReasons: Array<ReasonCount>;
  /** Not yet decided (draft, pending review, flagged). */
  pending: Scalars['Int']['output'];
  /** Rejected. */
  rejected: Scalars['Int']['output'];
  /** The last day (included), YYYY-MM-DD. */
  to: Scalars['String']['output'];
};

/** The caller's own activity in their active organization. */
export type PersonalStatistics = {
  __typename?: 'PersonalStatistics';
  /** The calendar month containing asOf. */
  thisMonth: PeriodStatistics;
  /** The calendar year containing asOf. */
  thisYear: PeriodStatistics;
  /** The caller. */
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
   * itself holds ids only). Rules id_format (an id filter that is no id), page_size_range, cursor_format; FORBIDDEN for
   * another organization's log.
   */
  auditLog: AuditEntryConnection;
  /**
   * The approved, countable activities behind a number of the report (the auditor's evidence),
   * narrowed by local association, region, activity type or mentor; of the live draft
   * (version null) or as frozen with a submitted version, ordered by activity day. Same readers as bufdirReport;
   * rules year_range, required_fields. Feature flag bufdir_export.
   */
  bufdirEvidence: Array<BufdirEvidence>;
  /**
   * The Bufdir report of an organization for a year: the live draft (version null, recomputed
   * from the rollups on every request) or a submitted version (frozen). Organization
   * administrators: their own organization; global administrators: the one they name.
   * Rules year_range, required_fields (a global administrator names no organization). Feature flag bufdir_export.
   */
  bufdirReport: BufdirReport;
  /**
   * The report (draft or version) as a file, base64-encoded in the answer. Every region, local association,
   * activity type and mentor is named (never an id), with the organization's terminology, in `language`
   * (Norwegian bokmål by default). Same readers as bufdirReport; rules year_range, required_fields. Every export
   * is audited (action bufdir_report.exported: publishes reporting.audit.recorded). Feature flag bufdir_export.
   */
  bufdirReportExport: ReportExport;
  /** The submitted versions of a year's Bufdir report, newest first (same readers as bufdirReport; rules year_range, required_fields). Feature flag bufdir_export. */
  bufdirReportVersions: Array<BufdirReport>;
  /**
   * The caller's own activity in their active organization: the month and the year containing
   * `asOf` (a Norwegian day, YYYY-MM-DD; default today). Peer mentors, coordinators and organization administrators;
   * rule date_format.
   */
  myStatistics: PersonalStatistics;
  /** The caller's Wrapped for a year (default: the year just ended, Norwegian time); null until the job has run for it. Peer mentors, coordinators and organization administrators; rule year_range. Feature flag annual_summary. */
  myWrapped?: Maybe<AnnualSummary>;
  /**
   * An organization's KPIs for a year. Organization administrators: their own; global
   * administrators: the one they name. Rules year_range, required_fields (a global administrator names no organization).
   */
  organizationKpis: OrganizationKpis;
  /** One saved report definition of the caller's organization (organization administrators); null when there is none with this id. */
  reportDefinition?: Maybe<ReportDefinition>;
  /** The organization's saved report definitions, by name (organization administrators). */
  reportDefinitions: Array<ReportDefinition>;
  /** Stored results of a definition's scheduled runs, newest first (at most `first`, default 20; organization administrators; rule page_size_range). */
  reportRuns: Array<ReportRun>;
  /**
   * Runs a saved definition now over the read model. A relative period is resolved around `asOf`
   * (a Norwegian day, YYYY-MM-DD; default today). Organization administrators, their own organization's definitions;
   * rule date_format; NOT_FOUND for an unknown definition.
   */
  runReportDefinition: ReportResult;
  /** Kept team reports visible to the caller (coordinators: their local association's; organization administrators: their organization's), newest first. */
  teamReports: Array<TeamReport>;
  /**
   * Activity of local associations over a period (YYYY-MM-DD, both days included, at most 366
   * days). Coordinators: their own local association; organization administrators: any of their
   * organization's (null: every local association with activity); another is FORBIDDEN. Rules date_format,
   * period_order, period_length.
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

/** How many activities do not count for one reason. */
export type ReasonCount = {
  __typename?: 'ReasonCount';
  /** Activities with this reason. */
  count: Scalars['Int']['output'];
  /** Why: not_in_person, unknown_activity_type, too_few_participants, too_short, abroad, declared_by_activity or unknown. */
  reason: Scalars['String']['output'];
};

/** A saved report over reporting's read model (organization administrators of its organization). */
export type ReportDefinition = {
  __typename?: 'ReportDefinition';
  /** When it was saved first. */
  createdAt: Scalars['DateTime']['output'];
  /** Free text. */
  description?: Maybe<Scalars['String']['output']>;
  /** What rows are grouped by. */
  dimensions: Array<ReportDimension>;
  /** Which activities count. */
  filters: ReportFilters;
  /** The definition's id. */
  id: Scalars['ID']['output'];
  /** What is computed per group. */
  metrics: Array<ReportMetric>;
  /** Its name, unique in the organization. */
  name: Scalars['String']['output'];
  /** Which days. */
  period: ReportPeriod;
  /** Its schedule; null when not scheduled. */
  schedule?: Maybe<ReportSchedule>;
  /** When it was last changed. */
  updatedAt: Scalars['DateTime']['output'];
};

/** A report definition to save. */
export type ReportDefinitionInput = {
  /** At most 1,000 characters (rule description_length). */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Group rows by these, at most three, each once (rules dimensions_max, dimension_unique); none: one total row. */
  dimensions: Array<ReportDimension>;
  /** Which activities count; null: all. */
  filters?: InputMaybe<ReportFiltersInput>;
  /** At least one, each once (rules metrics_required, metric_unique). */
  metrics: Array<ReportMetric>;
  /** 1 to 120 characters, unique in the organization (rules name_length, name_unique). */
  name: Scalars['String']['input'];
  /** Which days (FIXED: at most 1,098 days, rule period_range). */
  period: ReportPeriodInput;
};

/** What rows are grouped by (at most three). */
export type ReportDimension =
  /** The activity type's key. */
  | 'ACTIVITY_TYPE'
  /** Whether the activity counts for Bufdir (true/false). */
  | 'COUNTABLE'
  /** The activity's Norwegian day, YYYY-MM-DD. */
  | 'DAY'
  /** The local association's id (null: none). */
  | 'LOCAL_ASSOCIATION'
  /** The mentor's user id. */
  | 'MENTOR'
  /** YYYY-MM of the activity's Norwegian day. */
  | 'MONTH'
  /** The region's id of the activity's local association (null: not known). */
  | 'REGION'
  /** The activity's status in lower case (draft, pending_review, approved, rejected, flagged). */
  | 'STATUS';

/** A file of a Bufdir report, inline in the answer. */
export type ReportExport = {
  __typename?: 'ReportExport';
  /** The file's bytes, base64-encoded. */
  base64: Scalars['String']['output'];
  /** The file's size in bytes (decoded). */
  byteLength: Scalars['Int']['output'];
  /** Its media type, e.g. application/pdf or text/csv; charset=utf-8. */
  contentType: Scalars['String']['output'];
  /** A file name to save it as: bufdir-<organization id>-<year>-<draft or v2>.<csv, xlsx or pdf>. */
  filename: Scalars['String']['output'];
};

/** A file format of the Bufdir report export. */
export type ReportExportFormat =
  /** Comma-separated text, UTF-8 (text/csv). */
  | 'CSV'
  /** A PDF document. */
  | 'PDF'
  /** An Excel workbook. */
  | 'XLSX';

/** A saved definition's filters (empty list: no filter). */
export type ReportFilters = {
  __typename?: 'ReportFilters';
  /** Activity type keys. */
  activityTypes: Array<Scalars['String']['output']>;
  /** Only countable (true) or not countable (false) activities; null: both. */
  countable?: Maybe<Scalars['Boolean']['output']>;
  /** Local association ids. */
  localAssociationIds: Array<Scalars['ID']['output']>;
  /** Mentors' user ids. */
  mentorIds: Array<Scalars['ID']['output']>;
  /** Region ids. */
  regionIds: Array<Scalars['ID']['output']>;
  /** Activity statuses in lower case. */
  statuses: Array<Scalars['String']['output']>;
};

/** Which activities a report counts; every filter given must hold, an empty list is no filter (at most 100 values each, rule filter_values_max). */
export type ReportFiltersInput = {
  /** Activity type keys. */
  activityTypes?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Only activities that count (true) or do not count (false) for Bufdir; null: both. */
  countable?: InputMaybe<Scalars['Boolean']['input']>;
  /** Local association ids (rule id_format). */
  localAssociationIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Mentors' user ids (rule id_format). */
  mentorIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Region ids (rule id_format). */
  regionIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Activity statuses in lower case (draft, pending_review, approved, rejected, flagged). */
  statuses?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** How often a scheduled definition runs. */
export type ReportFrequency =
  /** Every day, at the first run's time of day. */
  | 'DAILY'
  /** Every month on the previous run's day of month (clipped to a shorter month's last day). */
  | 'MONTHLY'
  /** Every 7 days. */
  | 'WEEKLY';

/** What is computed for each group (in the definition's order). */
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

/** A saved definition's period. */
export type ReportPeriod = {
  __typename?: 'ReportPeriod';
  /** YYYY-MM-DD; FIXED only. */
  from?: Maybe<Scalars['String']['output']>;
  /** Which days. */
  kind: ReportPeriodKind;
  /** YYYY-MM-DD, included; FIXED only. */
  to?: Maybe<Scalars['String']['output']>;
};

/** The period of a report definition. */
export type ReportPeriodInput = {
  /** YYYY-MM-DD; FIXED only. */
  from?: InputMaybe<Scalars['String']['input']>;
  /** Which days (rule period_kind_allowed). */
  kind: ReportPeriodKind;
  /** YYYY-MM-DD, included; FIXED only. */
  to?: InputMaybe<Scalars['String']['input']>;
};

/** Which days a report covers (Norwegian days, both ends included), relative to the day it runs. */
export type ReportPeriodKind =
  /** The `from` and `to` days given. */
  | 'FIXED'
  /** The 30 days ending on the run's day. */
  | 'LAST_30_DAYS'
  /** From the first of the run's month to the run's day. */
  | 'MONTH_TO_DATE'
  /** The calendar month before the run's month. */
  | 'PREVIOUS_MONTH'
  /** The calendar year before the run's year. */
  | 'PREVIOUS_YEAR'
  /** From 1 January of the run's year to the run's day. */
  | 'YEAR_TO_DATE';

/** What a run of a definition computed. */
export type ReportResult = {
  __typename?: 'ReportResult';
  /** The dimensions, in the order of each row's keys. */
  dimensions: Array<ReportDimension>;
  /** The first day covered, YYYY-MM-DD (Norwegian day). */
  from: Scalars['String']['output'];
  /** The metrics, in the order of each row's values. */
  metrics: Array<ReportMetric>;
  /** The groups; `language` is that of their labels: NB (Norwegian bokmål, the default), NN (nynorsk), EN (English). */
  rows: Array<ReportRow>;
  /** The last day covered (included), YYYY-MM-DD. */
  to: Scalars['String']['output'];
  /** More groups than the 10,000 returned. */
  truncated: Scalars['Boolean']['output'];
};


/** What a run of a definition computed. */
export type ReportResultRowsArgs = {
  language?: InputMaybe<Language>;
};

/** One group: its dimension values (in the definition's order) and its metric values (in the definition's order). */
export type ReportRow = {
  __typename?: 'ReportRow';
  /** One value per dimension, as text (null: none, e.g. no local association). */
  keys: Array<Maybe<Scalars['String']['output']>>;
  /**
   * The dimension values by name, in the definition's order and the language asked for on `rows`: local
   * associations, regions and mentors by name, activity types by the organization's name for them, statuses,
   * months ("mars 2025"), days (31.12.2025) and countability (Ja/Nei) in words. A value reporting has no name
   * for reads "uten navn" (unnamed), never an id.
   */
  labels: Array<Maybe<Scalars['String']['output']>>;
  /** One number per metric. */
  values: Array<Scalars['Float']['output']>;
};

/** A stored result of a scheduled run. */
export type ReportRun = {
  __typename?: 'ReportRun';
  /** The run's id. */
  id: Scalars['ID']['output'];
  /** When it ran. */
  ranAt: Scalars['DateTime']['output'];
  /** What it computed (the period resolved around the slot's Norwegian day). */
  result: ReportResult;
  /** The schedule slot this run belongs to (one stored run per slot). */
  scheduledFor: Scalars['DateTime']['output'];
};

/** A definition's schedule. */
export type ReportSchedule = {
  __typename?: 'ReportSchedule';
  /** How often it runs. */
  frequency: ReportFrequency;
  /** When it last ran; null before the first run. */
  lastRunAt?: Maybe<Scalars['DateTime']['output']>;
  /** The next slot the worker runs it for. */
  nextRunAt: Scalars['DateTime']['output'];
};

/** A definition's schedule. */
export type ReportScheduleInput = {
  /** How often it runs. */
  frequency: ReportFrequency;
  /** The first run (default: now, so the next worker pass runs it). */
  startsAt?: InputMaybe<Scalars['DateTime']['input']>;
};

/** A kept team report (seed 001 `report`): the team statistics of one local association as generated. */
export type TeamReport = {
  __typename?: 'TeamReport';
  /** The first day, YYYY-MM-DD. */
  from: Scalars['String']['output'];
  /** When it was generated. */
  generatedAt: Scalars['DateTime']['output'];
  /** Who generated it. */
  generatedBy: User;
  /** The report's id. */
  id: Scalars['ID']['output'];
  /** Its local association (its name, from organization). */
  localAssociation: LocalAssociation;
  /** Its local association's id. */
  localAssociationId: Scalars['ID']['output'];
  /** Its organization. */
  organizationId: Scalars['ID']['output'];
  /** The statistics as generated (they never change). */
  statistics: LocalAssociationTeamStatistics;
  /** The last day (included), YYYY-MM-DD. */
  to: Scalars['String']['output'];
};

/** Activity of local associations over a period. */
export type TeamStatistics = {
  __typename?: 'TeamStatistics';
  /** The first day, YYYY-MM-DD. */
  from: Scalars['String']['output'];
  /** One entry per local association (activities without one left out), by id. */
  localAssociations: Array<LocalAssociationTeamStatistics>;
  /** The last day (included), YYYY-MM-DD. */
  to: Scalars['String']['output'];
};

export type User = {
  __typename?: 'User';
  id: Scalars['ID']['output'];
};

/** One of the year's most done activity types in a mentor's Wrapped. */
export type WrappedActivityType = {
  __typename?: 'WrappedActivityType';
  /** Approved activities of the type in the year. */
  activities: Scalars['Int']['output'];
  /** The activity type's key. */
  activityType: Scalars['String']['output'];
  /** Their hours (two decimals). */
  hours: Scalars['Float']['output'];
  /** The type's name, with the organization's terminology applied. */
  name: Scalars['String']['output'];
};

/** A badge in a mentor's Wrapped. */
export type WrappedBadge = {
  __typename?: 'WrappedBadge';
  /** The badge's key in its organization's catalog. */
  key: Scalars['String']['output'];
  /**
   * The badge's name: in bokmål the organization's own name for it; in nynorsk or English the organization's
   * terminology label for badge.<key> in that language, else the default catalog's name, else its own name. Never the key.
   */
  name: Scalars['String']['output'];
};

/** A certification in a mentor's Wrapped. */
export type WrappedCertification = {
  __typename?: 'WrappedCertification';
  /** The certification type's key. */
  key: Scalars['String']['output'];
  /** The certification type's name as the organization calls it (the key made readable when reporting learned no name). */
  name: Scalars['String']['output'];
};

/** What a Wrapped computation did. */
export type WrappedRun = {
  __typename?: 'WrappedRun';
  /** Summaries removed: mentors with nothing left in the year (only when computing for every organization). */
  removed: Scalars['Int']['output'];
  /** Summaries already as computed (not rewritten). */
  unchanged: Scalars['Int']['output'];
  /** Summaries stored (new or changed). */
  written: Scalars['Int']['output'];
  /** The year computed. */
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
  AnnualSummary: ResolverTypeWrapper<WrappedView>;
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
  BufdirEvidence: ResolverTypeWrapper<EvidenceView>;
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
  LocalAssociationTeamStatistics: ResolverTypeWrapper<Omit<LocalAssociationTeamStatistics, 'localAssociation' | 'mentors'> & { localAssociation: ResolversTypes['LocalAssociation'], mentors: Array<ResolversTypes['MentorStatistics']> }>;
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
  TeamReport: ResolverTypeWrapper<Omit<TeamReport, 'generatedBy' | 'localAssociation' | 'statistics'> & { generatedBy: ResolversTypes['User'], localAssociation: ResolversTypes['LocalAssociation'], statistics: ResolversTypes['LocalAssociationTeamStatistics'] }>;
  TeamStatistics: ResolverTypeWrapper<Omit<TeamStatistics, 'localAssociations'> & { localAssociations: Array<ResolversTypes['LocalAssociationTeamStatistics']> }>;
  User: ResolverTypeWrapper<UserRef>;
  WrappedActivityType: ResolverTypeWrapper<WrappedActivityType>;
  WrappedBadge: ResolverTypeWrapper<WrappedBadge>;
  WrappedCertification: ResolverTypeWrapper<WrappedCertification>;
  WrappedRun: ResolverTypeWrapper<WrappedRun>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  ActivityStats: ActivityCounts;
  Int: Scalars['Int']['output'];
  AnnualSummary: WrappedView;
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
  BufdirEvidence: EvidenceView;
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
  LocalAssociationTeamStatistics: Omit<LocalAssociationTeamStatistics, 'localAssociation' | 'mentors'> & { localAssociation: ResolversParentTypes['LocalAssociation'], mentors: Array<ResolversParentTypes['MentorStatistics']> };
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
  TeamReport: Omit<TeamReport, 'generatedBy' | 'localAssociation' | 'statistics'> & { generatedBy: ResolversParentTypes['User'], localAssociation: ResolversParentTypes['LocalAssociation'], statistics: ResolversParentTypes['LocalAssociationTeamStatistics'] };
  TeamStatistics: Omit<TeamStatistics, 'localAssociations'> & { localAssociations: Array<ResolversParentTypes['LocalAssociationTeamStatistics']> };
  User: UserRef;
  WrappedActivityType: WrappedActivityType;
  WrappedBadge: WrappedBadge;
  WrappedCertification: WrappedCertification;
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
  certifications?: Resolver<Array<ResolversTypes['WrappedCertification']>, ParentType, ContextType>;
  computedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  contactsReached?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  eventsAttended?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  hours?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  namedBadges?: Resolver<Array<ResolversTypes['WrappedBadge']>, ParentType, ContextType, RequireFields<AnnualSummaryNamedBadgesArgs, 'language'>>;
  topActivityTypes?: Resolver<Array<ResolversTypes['WrappedActivityType']>, ParentType, ContextType, RequireFields<AnnualSummaryTopActivityTypesArgs, 'language'>>;
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
  activityTypeName?: Resolver<ResolversTypes['String'], ParentType, ContextType, RequireFields<BufdirEvidenceActivityTypeNameArgs, 'language'>>;
  localAssociationId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  localAssociationName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  mentor?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  participants?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  regionId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  regionName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
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
  localAssociation?: Resolver<ResolversTypes['LocalAssociation'], ParentType, ContextType>;
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
  localAssociation?: Resolver<ResolversTypes['LocalAssociation'], ParentType, ContextType>;
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

export type WrappedActivityTypeResolvers<ContextType = ReportingContext, ParentType extends ResolversParentTypes['WrappedActivityType'] = ResolversParentTypes['WrappedActivityType']> = ResolversObject<{
  activities?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  activityType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  hours?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type WrappedBadgeResolvers<ContextType = ReportingContext, ParentType extends ResolversParentTypes['WrappedBadge'] = ResolversParentTypes['WrappedBadge']> = ResolversObject<{
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type WrappedCertificationResolvers<ContextType = ReportingContext, ParentType extends ResolversParentTypes['WrappedCertification'] = ResolversParentTypes['WrappedCertification']> = ResolversObject<{
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
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
  WrappedActivityType?: WrappedActivityTypeResolvers<ContextType>;
  WrappedBadge?: WrappedBadgeResolvers<ContextType>;
  WrappedCertification?: WrappedCertificationResolvers<ContextType>;
  WrappedRun?: WrappedRunResolvers<ContextType>;
}>;

export type DirectiveResolvers<ContextType = ReportingContext> = ResolversObject<{
  feature?: FeatureDirectiveResolver<any, any, ContextType>;
}>;
