import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { ActivityRow, ActivityStatusChangeRow } from '../db/schema/activities.js';
import type { ActivityApprovalRow } from '../db/schema/approvals.js';
import type { ActivityTypeRow } from '../db/schema/activity-types.js';
import type { ContactRow } from '../db/schema/contacts.js';
import type { EntityRef, ActivityContext } from '../context.js';
import type { BulkResult, SyncRowResult } from '../application/register.js';
import type { CountabilityView } from '../domain/bufdir.js';
import type { ContactRelationRow, ContactNoteRow, AssignmentRow, AssignmentStatusLogRow } from '../db/schema/sensitive.js';
import type { GatheringRow, GatheringRegistrationRow } from '../db/schema/gatherings.js';
import type { AttendanceResult } from '../application/attendance.js';
import type { DocumentRow } from '../db/schema/documents.js';
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
  /** Attachments (invitations, photos, screenshots, PDFs), oldest first. */
  documents: Array<Document>;
  /** A reviewer's decision on the suspicion (resolveDuplicate); null while undecided or not a suspect. */
  duplicateDecision?: Maybe<DuplicateDecision>;
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
  /**
   * duplicate_detection: the essentials of the suspected duplicate (date, type, local association, mentor), for anyone who sees this activity,
   * also when the suspect is in another local association where suspectedDuplicate is null. Null when not a suspect.
   */
  suspectedDuplicateSummary?: Maybe<DuplicateSummary>;
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
  | 'REJECTED'
  /** Withdrawn by its mentor or a coordinator before a decision (withdrawActivity): kept with its status log, counted nowhere. */
  | 'WITHDRAWN';

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

/** Sensitive information about a contact sent to a peer mentor. */
export type Assignment = {
  __typename?: 'Assignment';
  contact?: Maybe<Contact>;
  contactId: Scalars['ID']['output'];
  coordinator: User;
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  localAssociationId: Scalars['ID']['output'];
  mentor: User;
  /** Decrypted for the mentor and the coordinator; each read is audited. Null when the organization's sensitive-field policy hides health information from the caller's role, or the mentor no longer works with the contact (a cancelled assignment). */
  payload?: Maybe<Scalars['String']['output']>;
  status: AssignmentStatus;
  statusLog: Array<AssignmentStatusChange>;
  updatedAt: Scalars['DateTime']['output'];
};

export type AssignmentStatus =
  | 'ACKNOWLEDGED'
  | 'CANCELLED'
  | 'COMPLETED'
  | 'DELIVERED'
  | 'DISPATCHED'
  | 'READ';

/** One entry of an assignment's append-only status log. */
export type AssignmentStatusChange = {
  __typename?: 'AssignmentStatusChange';
  actor: User;
  at: Scalars['DateTime']['output'];
  status: AssignmentStatus;
};

export type AttachDocumentInput = {
  activityId: Scalars['ID']['input'];
  category?: InputMaybe<AttachmentCategory>;
  /** The file, base64-encoded (JPEG, PNG, WebP, HEIC or PDF; at most 20 MiB decoded). */
  contentBase64: Scalars['String']['input'];
  /** The type the client claims; refused when the bytes disagree. */
  contentType?: InputMaybe<Scalars['String']['input']>;
  /** The uploader's file name (shown only, never used as a path). */
  fileName: Scalars['String']['input'];
};

export type AttachmentCategory =
  | 'INVITATION'
  | 'OTHER'
  | 'PDF'
  | 'PHOTO'
  | 'SCREENSHOT';

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
  /** Sensitive (encrypted at rest; each read is audited). */
  address?: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  firstName: Scalars['String']['output'];
  /** Sensitive (encrypted at rest; each read is audited). */
  healthInfo?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  lastName: Scalars['String']['output'];
  localAssociation: LocalAssociation;
  localAssociationId: Scalars['ID']['output'];
  municipality?: Maybe<Scalars['String']['output']>;
  /** Notes by mentors and coordinators, oldest first. */
  notes: Array<ContactNote>;
  organizationId: Scalars['ID']['output'];
  /** Caregivers and next of kin, oldest first. */
  relations: Array<ContactRelation>;
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

/** A note on a contact by a mentor or a coordinator. */
export type ContactNote = {
  __typename?: 'ContactNote';
  author: User;
  /** Sensitive (encrypted at rest; each read is audited). Null when the sensitive-field policy hides notes from the caller. */
  body?: Maybe<Scalars['String']['output']>;
  contactId: Scalars['ID']['output'];
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
};

/** A contact's caregiver or next of kin. */
export type ContactRelation = {
  __typename?: 'ContactRelation';
  contactId: Scalars['ID']['output'];
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  kind: ContactRelationKind;
  name: Scalars['String']['output'];
  /** Sensitive (encrypted at rest; each read is audited). */
  phone?: Maybe<Scalars['String']['output']>;
  relation?: Maybe<Scalars['String']['output']>;
};

export type ContactRelationInput = {
  kind: ContactRelationKind;
  name: Scalars['String']['input'];
  /** Sensitive (encrypted at rest). */
  phone?: InputMaybe<Scalars['String']['input']>;
  /** How the person relates to the contact (mother, spouse, ...). */
  relation?: InputMaybe<Scalars['String']['input']>;
};

export type ContactRelationKind =
  | 'CAREGIVER'
  | 'NEXT_OF_KIN';

export type CreateContactInput = {
  address?: InputMaybe<Scalars['String']['input']>;
  firstName: Scalars['String']['input'];
  healthInfo?: InputMaybe<Scalars['String']['input']>;
  lastName: Scalars['String']['input'];
  /** Organization administrators choose the local association; others create in their own. */
  localAssociationId?: InputMaybe<Scalars['ID']['input']>;
  municipality?: InputMaybe<Scalars['String']['input']>;
};

export type CreateGatheringInput = {
  activityTypeKey: Scalars['String']['input'];
  /** Places; omit for no limit. */
  capacity?: InputMaybe<Scalars['Int']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  endsAt: Scalars['DateTime']['input'];
  location?: InputMaybe<Scalars['String']['input']>;
  /** Publish at once (default: a draft). */
  publish?: InputMaybe<Scalars['Boolean']['input']>;
  startsAt: Scalars['DateTime']['input'];
  title: Scalars['String']['input'];
};

export type DispatchAssignmentInput = {
  contactId: Scalars['ID']['input'];
  mentorId: Scalars['ID']['input'];
  /** The sensitive content (encrypted at rest), at most 10,000 characters. */
  payload: Scalars['String']['input'];
};

/** A stored file: an activity's attachment or a mentor's signed confidentiality declaration. */
export type Document = {
  __typename?: 'Document';
  activity?: Maybe<Activity>;
  /** The activity an attachment belongs to (null for declarations). */
  activityId?: Maybe<Scalars['ID']['output']>;
  category?: Maybe<AttachmentCategory>;
  /** The stored file, base64-encoded. Offer it as a download (Content-Disposition: attachment), never render it inline. */
  contentBase64?: Maybe<Scalars['String']['output']>;
  /** The type of the stored bytes (HEIC photos are stored as JPEG). */
  contentType: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  declarationVersion?: Maybe<Scalars['String']['output']>;
  fileName: Scalars['String']['output'];
  height?: Maybe<Scalars['Int']['output']>;
  id: Scalars['ID']['output'];
  kind: DocumentKind;
  /** The activity's mentor (attachments) or the mentor who signed (declarations). */
  mentor: User;
  sha256: Scalars['String']['output'];
  sizeBytes: Scalars['Int']['output'];
  uploadedBy: User;
  width?: Maybe<Scalars['Int']['output']>;
};

export type DocumentKind =
  | 'ATTACHMENT'
  | 'CONFIDENTIALITY_DECLARATION';

/** A reviewer's decision on a suspected duplicate (resolveDuplicate). */
export type DuplicateDecision =
  /** The activity duplicates the earlier one: rejected, so it counts nowhere. */
  | 'DUPLICATE'
  /** The activity is not a duplicate: back to PENDING_REVIEW; the same suspicion is not raised again. */
  | 'NOT_DUPLICATE';

/**
 * What a reviewer may see of a suspected duplicate, also in another local association of the organization (seed 003: cross-chapter visibility):
 * enough to compare and decide, never the contact or the texts.
 */
export type DuplicateSummary = {
  __typename?: 'DuplicateSummary';
  /** When it took place. */
  activityDate: Scalars['DateTime']['output'];
  /** The suspected duplicate's id (as Activity.suspectedDuplicateOf). */
  activityId: Scalars['ID']['output'];
  /** Its duration, minutes. */
  durationMinutes: Scalars['Int']['output'];
  /** Its local association (the gateway resolves the name from organization). */
  localAssociation?: Maybe<LocalAssociation>;
  /** The mentor who performed it (the gateway resolves the name from identity; null there when identity does not let the caller see the person). */
  mentor?: Maybe<User>;
  /** Its status now. */
  status: ActivityStatus;
  /** Its activity type (key and name). */
  type?: Maybe<ActivityType>;
};

/** A group gathering (meeting, course, social event) hosted by a local association, created by a coordinator or a mentor. */
export type Gathering = {
  __typename?: 'Gathering';
  /** The activity type of the activities recorded attendance creates. */
  activityTypeKey: Scalars['String']['output'];
  cancelReason?: Maybe<Scalars['String']['output']>;
  cancelledAt?: Maybe<Scalars['DateTime']['output']>;
  /** Places; null = no limit. */
  capacity?: Maybe<Scalars['Int']['output']>;
  completedAt?: Maybe<Scalars['DateTime']['output']>;
  createdAt: Scalars['DateTime']['output'];
  description?: Maybe<Scalars['String']['output']>;
  endsAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  localAssociation: LocalAssociation;
  location?: Maybe<Scalars['String']['output']>;
  organizationId: Scalars['ID']['output'];
  /** The coordinator or mentor who created it. */
  organizer: User;
  publishedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Registrations so far (all phases). */
  registeredCount: Scalars['Int']['output'];
  registrations: Array<GatheringRegistration>;
  /** Places left; null when there is no limit. */
  spotsLeft?: Maybe<Scalars['Int']['output']>;
  startsAt: Scalars['DateTime']['output'];
  status: GatheringStatus;
  title: Scalars['String']['output'];
};

export type GatheringAttendance = {
  __typename?: 'GatheringAttendance';
  /** The activities this recording created (none for attendees who already had one). */
  createdActivities: Array<Activity>;
  gathering: Gathering;
  registrations: Array<GatheringRegistration>;
};

export type GatheringConnection = {
  __typename?: 'GatheringConnection';
  edges: Array<GatheringEdge>;
  pageInfo: PageInfo;
};

export type GatheringEdge = {
  __typename?: 'GatheringEdge';
  cursor: Scalars['String']['output'];
  node: Gathering;
};

export type GatheringRegistration = {
  __typename?: 'GatheringRegistration';
  /** The activity recorded attendance created for this attendee. */
  activityId?: Maybe<Scalars['ID']['output']>;
  attendanceRecordedAt?: Maybe<Scalars['DateTime']['output']>;
  gathering: Gathering;
  id: Scalars['ID']['output'];
  isProxyRegistration: Scalars['Boolean']['output'];
  registeredAt: Scalars['DateTime']['output'];
  /** The user themself, or the coordinator who registered them. */
  registeredBy: User;
  status: GatheringRegistrationStatus;
  user: User;
};

/** Two phases: REGISTERED before the gathering, then ATTENDED or ABSENT when attendance is recorded. */
export type GatheringRegistrationStatus =
  | 'ABSENT'
  | 'ATTENDED'
  | 'REGISTERED';

/** Lifecycle of a gathering: DRAFT → PUBLISHED → CANCELLED or COMPLETED (attendance recorded). */
export type GatheringStatus =
  | 'CANCELLED'
  | 'COMPLETED'
  | 'DRAFT'
  | 'PUBLISHED';

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
  /** Adds a note to a contact (peer mentors and coordinators). */
  addContactNote: ContactNote;
  /** Adds a caregiver or next of kin to a contact in the caller's scope. */
  addContactRelation: ContactRelation;
  /** Approves several activities at once (review queue), all or none; a refusal lists every id that cannot be approved (extensions.rows). */
  approveActivities: Array<Activity>;
  /** Approves an activity awaiting review or flagged (coordinators of its local association, organization administrators). */
  approveActivity: Activity;
  /** Attaches a file to an activity: its mentor, the coordinator who registered it, its local association's coordinators and administrators. A rejected activity takes none. */
  attachDocument: Document;
  /** Cancels a draft or published gathering. */
  cancelGathering: Gathering;
  /** Creates a contact: mentors and coordinators in their own local association, organization administrators in any of the organization's. */
  createContact: Contact;
  /** Creates a gathering in the caller's local association (coordinators and mentors). */
  createGathering: Gathering;
  /** Dispatches an assignment (coordinators): a contact in their scope, a peer mentor of their local association. */
  dispatchAssignment: Assignment;
  /** Puts an activity awaiting review aside (flagged) with an optional note. */
  flagActivity: Activity;
  /** Moves an assignment along its log: the mentor to DELIVERED, READ, ACKNOWLEDGED, COMPLETED; the coordinator to CANCELLED. */
  moveAssignment: Assignment;
  /** Opens a draft for registration (its organizer, a coordinator of its local association, an administrator). */
  publishGathering: Gathering;
  /** Records who attended (the others are absent) and, unless createActivities is false, creates one activity per attendee through activity registration. Recording again creates no second activity. */
  recordGatheringAttendance: GatheringAttendance;
  /** Registers many activities in one transaction (e.g. a group meeting for 40 mentors): all or none; a refusal lists every failing row with its rule (extensions.rows, rows counted from 0). */
  registerActivities: BulkRegistration;
  /** The same from a CSV file (header row; columns activity_type, activity_date, duration_minutes, title, description, location, contact_id, participant_count, user_id, status, country); failing rows are named by their line. */
  registerActivitiesCsv: BulkRegistration;
  /** Registers an activity: a mentor for themself, a coordinator also on behalf of a mentor of their local association. New activities await review. Safe to retry with input.clientId. */
  registerActivity: Activity;
  /** Registers the caller, or (coordinators) a peer mentor of their local association, for a published gathering with places left. */
  registerForGathering: GatheringRegistration;
  /** Rejects an activity awaiting review or flagged, with the reason the mentor will see. */
  rejectActivity: Activity;
  /**
   * A reviewer's decision on a suspected duplicate (a FLAGGED activity with suspectedDuplicateOf, not yet decided; otherwise duplicate_decision_state):
   * DUPLICATE rejects it (the mentor reads the reason under approvals; publishes activity.activity.rejected), NOT_DUPLICATE returns it to
   * PENDING_REVIEW for an ordinary review (audit entry activity.duplicate_cleared). Coordinators of its local association and organization
   * administrators, never on their own activity (FORBIDDEN, approval_workflow_transition). Recorded in the status log.
   */
  resolveDuplicate: Activity;
  /** Registers a mentor's signed confidentiality declaration (scan, photo or PDF), once per mentor and declaration version in the organization. */
  signConfidentialityDeclaration: Document;
  /** Submits a draft for review (its mentor, or the coordinator who registered it). */
  submitActivity: Activity;
  /** Offline sync: each activity carries its clientId; one already received is returned unchanged (the server wins on conflict), new ones are created with syncedAt, an invalid one is refused alone. */
  syncActivities: Array<SyncResult>;
  /**
   * Corrects an activity that is still a draft, awaiting review or flagged: its mentor, or a coordinator of its local association (recorded as
   * theirs in the status log and the audit log). Only the fields given change (see UpdateActivityInput). Every registration rule applies to the
   * result (BAD_USER_INPUT with rule and field, as registerActivity; a coordinator correcting a mentor's activity is held to
   * coordinator_proxy_scope); duplicate detection runs again, so the activity may become FLAGGED (or leave FLAGGED for PENDING_REVIEW); a draft
   * stays a draft. Refused with immutable_after_approval once approved, and approval_workflow_transition once rejected or withdrawn (register a new
   * activity instead); NOT_FOUND outside the caller's scope. Publishes activity.activity.updated and an audit entry (activity.updated, the names of
   * the changed fields); a correction that changes nothing writes nothing.
   */
  updateActivity: Activity;
  /** Updates a contact in the caller's scope; a field left out is kept, an empty address or health information clears it. */
  updateContact: Contact;
  /**
   * Withdraws an activity that is still a draft, awaiting review or flagged (its mentor, or a coordinator of its local association): the row and its
   * status log stay, its status becomes WITHDRAWN and it counts nowhere any more (statistics, the Bufdir report). Refused with
   * immutable_after_approval once approved and approval_workflow_transition once rejected or withdrawn. Publishes activity.activity.withdrawn and an
   * audit entry (activity.withdrawn).
   */
  withdrawActivity: Activity;
};


export type MutationAddContactNoteArgs = {
  body: Scalars['String']['input'];
  contactId: Scalars['ID']['input'];
};


export type MutationAddContactRelationArgs = {
  contactId: Scalars['ID']['input'];
  input: ContactRelationInput;
};


export type MutationApproveActivitiesArgs = {
  ids: Array<Scalars['ID']['input']>;
};


export type MutationApproveActivityArgs = {
  id: Scalars['ID']['input'];
};


export type MutationAttachDocumentArgs = {
  input: AttachDocumentInput;
};


export type MutationCancelGatheringArgs = {
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};


export type MutationCreateContactArgs = {
  input: CreateContactInput;
};


export type MutationCreateGatheringArgs = {
  input: CreateGatheringInput;
};


export type MutationDispatchAssignmentArgs = {
  input: DispatchAssignmentInput;
};


export type MutationFlagActivityArgs = {
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
};


export type MutationMoveAssignmentArgs = {
  id: Scalars['ID']['input'];
  status: AssignmentStatus;
};


export type MutationPublishGatheringArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRecordGatheringAttendanceArgs = {
  attendedUserIds: Array<Scalars['ID']['input']>;
  createActivities?: InputMaybe<Scalars['Boolean']['input']>;
  gatheringId: Scalars['ID']['input'];
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


export type MutationRegisterForGatheringArgs = {
  gatheringId: Scalars['ID']['input'];
  userId?: InputMaybe<Scalars['ID']['input']>;
};


export type MutationRejectActivityArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationResolveDuplicateArgs = {
  decision: DuplicateDecision;
  id: Scalars['ID']['input'];
};


export type MutationSignConfidentialityDeclarationArgs = {
  input: SignConfidentialityDeclarationInput;
};


export type MutationSubmitActivityArgs = {
  id: Scalars['ID']['input'];
};


export type MutationSyncActivitiesArgs = {
  activities: Array<RegisterActivityInput>;
};


export type MutationUpdateActivityArgs = {
  id: Scalars['ID']['input'];
  input: UpdateActivityInput;
};


export type MutationUpdateContactArgs = {
  id: Scalars['ID']['input'];
  input: UpdateContactInput;
};


export type MutationWithdrawActivityArgs = {
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
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
  /** One assignment, if the caller is its mentor or its dispatching coordinator. */
  assignment?: Maybe<Assignment>;
  /** The caller's assignments (as mentor or as dispatching coordinator), newest first, at most 200. */
  assignments: Array<Assignment>;
  /** Signed confidentiality declarations, oldest first: of one mentor, or every one the caller may see. */
  confidentialityDeclarations: Array<Document>;
  /** One contact in the caller's scope. */
  contact?: Maybe<Contact>;
  /** The caregivers and next of kin of a contact in the caller's scope. */
  contactRelations: Array<ContactRelation>;
  /** The contacts in the caller's scope, by last name and first name. */
  contacts: ContactConnection;
  /** A document the caller may see (the same visibility as activities: mentors their own, coordinators their local association's, administrators the organization's). */
  document?: Maybe<Document>;
  /** One gathering the caller may see (their local association's; administrators the organization's; drafts only to their organizer and coordinators). */
  gathering?: Maybe<Gathering>;
  /** The gatherings the caller may see, soonest first. */
  gatherings: GatheringConnection;
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


export type QueryAssignmentArgs = {
  id: Scalars['ID']['input'];
};


export type QueryConfidentialityDeclarationsArgs = {
  userId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryContactArgs = {
  id: Scalars['ID']['input'];
};


export type QueryContactRelationsArgs = {
  contactId: Scalars['ID']['input'];
};


export type QueryContactsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryDocumentArgs = {
  id: Scalars['ID']['input'];
};


export type QueryGatheringArgs = {
  id: Scalars['ID']['input'];
};


export type QueryGatheringsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<GatheringStatus>;
};


export type QueryReviewQueueArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type RegisterActivityInput = {
  /** When it took place (ISO 8601: 2026-03-14 or 2026-03-14T10:30:00Z); now when omitted (quick log). At most 24 hours ahead; anything else is refused as date_format. */
  activityDate?: InputMaybe<Scalars['String']['input']>;
  /** The activity type's key in the organization's catalog (e.g. home_visit). */
  activityTypeKey: Scalars['String']['input'];
  bulkBatchId?: InputMaybe<Scalars['ID']['input']>;
  calendarEventId?: InputMaybe<Scalars['String']['input']>;
  /** The client's own id for the activity (an idempotency key; offline sync requires it): sending it again returns the stored activity and changes nothing, also while the first request is still running. */
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

export type SignConfidentialityDeclarationInput = {
  /** The signed declaration, base64-encoded (JPEG, PNG, HEIC or PDF; at most 10 MiB decoded). */
  contentBase64: Scalars['String']['input'];
  contentType?: InputMaybe<Scalars['String']['input']>;
  /** The organization's name for the declaration text that was signed (e.g. "2026" or "v2"): 1-40 letters, digits, '.', '_' or '-'. */
  declarationVersion: Scalars['String']['input'];
  fileName: Scalars['String']['input'];
  /** The mentor who signed; omitted: the caller. Coordinators register their local association's members, administrators the organization's. */
  userId?: InputMaybe<Scalars['ID']['input']>;
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

/**
 * A correction of an activity (updateActivity): an omitted field keeps its value. title, description, location, contactId and metadata are cleared by
 * null (a cleared title is generated again from the type and the contact); the other fields treat null as omitted. The mentor, local association,
 * proxy and bulk attribution never change.
 */
export type UpdateActivityInput = {
  /** When it took place (ISO 8601: 2026-03-14 or 2026-03-14T10:30:00Z; date_format, activity_date_not_future, activity_date_floor). */
  activityDate?: InputMaybe<Scalars['String']['input']>;
  /** The activity type's key in the organization's catalog (an active type: activity_type_enum). */
  activityTypeKey?: InputMaybe<Scalars['String']['input']>;
  /** A contact in the caller's scope (valid_contact_reference); null: no contact. */
  contactId?: InputMaybe<Scalars['ID']['input']>;
  /** ISO 3166-1 alpha-2 country of the location (country_code). */
  country?: InputMaybe<Scalars['String']['input']>;
  /** At most 5,000 characters (description_length); null clears it. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Minutes, 1 to 1440 (duration_range). */
  durationMinutes?: InputMaybe<Scalars['Int']['input']>;
  /** Where it took place, free text; null clears it. */
  location?: InputMaybe<Scalars['String']['input']>;
  /** The client's own data for the activity; null clears it. */
  metadata?: InputMaybe<Scalars['JSON']['input']>;
  /** At least 1 (participant_count_positive). */
  participantCount?: InputMaybe<Scalars['Int']['input']>;
  /** At most 200 characters (title_length); null: generated from the activity type and the contact's name. */
  title?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateContactInput = {
  address?: InputMaybe<Scalars['String']['input']>;
  firstName?: InputMaybe<Scalars['String']['input']>;
  healthInfo?: InputMaybe<Scalars['String']['input']>;
  lastName?: InputMaybe<Scalars['String']['input']>;
  municipality?: InputMaybe<Scalars['String']['input']>;
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
  Gathering: Gathering;
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
  Gathering:
    ( { __typename: 'Gathering' }
    & GraphQLRecursivePick<FederationTypes['Gathering'], {"id":true}> );
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
  Assignment: ResolverTypeWrapper<AssignmentRow>;
  AssignmentStatus: AssignmentStatus;
  AssignmentStatusChange: ResolverTypeWrapper<AssignmentStatusLogRow>;
  AttachDocumentInput: AttachDocumentInput;
  AttachmentCategory: AttachmentCategory;
  BufdirCountability: ResolverTypeWrapper<CountabilityView>;
  BulkRegistration: ResolverTypeWrapper<BulkResult>;
  Contact: ResolverTypeWrapper<ContactRow>;
  ContactConnection: ResolverTypeWrapper<Omit<ContactConnection, 'edges'> & { edges: Array<ResolversTypes['ContactEdge']> }>;
  ContactEdge: ResolverTypeWrapper<Omit<ContactEdge, 'node'> & { node: ResolversTypes['Contact'] }>;
  ContactNote: ResolverTypeWrapper<ContactNoteRow>;
  ContactRelation: ResolverTypeWrapper<ContactRelationRow>;
  ContactRelationInput: ContactRelationInput;
  ContactRelationKind: ContactRelationKind;
  CreateContactInput: CreateContactInput;
  CreateGatheringInput: CreateGatheringInput;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DispatchAssignmentInput: DispatchAssignmentInput;
  Document: ResolverTypeWrapper<DocumentRow>;
  DocumentKind: DocumentKind;
  DuplicateDecision: DuplicateDecision;
  DuplicateSummary: ResolverTypeWrapper<ActivityRow>;
  Gathering: ResolverTypeWrapper<GatheringRow>;
  GatheringAttendance: ResolverTypeWrapper<AttendanceResult>;
  GatheringConnection: ResolverTypeWrapper<Omit<GatheringConnection, 'edges'> & { edges: Array<ResolversTypes['GatheringEdge']> }>;
  GatheringEdge: ResolverTypeWrapper<Omit<GatheringEdge, 'node'> & { node: ResolversTypes['Gathering'] }>;
  GatheringRegistration: ResolverTypeWrapper<GatheringRegistrationRow>;
  GatheringRegistrationStatus: GatheringRegistrationStatus;
  GatheringStatus: GatheringStatus;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  LocalAssociation: ResolverTypeWrapper<EntityRef>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RegisterActivityInput: RegisterActivityInput;
  RuleError: ResolverTypeWrapper<RuleError>;
  SignConfidentialityDeclarationInput: SignConfidentialityDeclarationInput;
  SyncOutcome: SyncOutcome;
  SyncResult: ResolverTypeWrapper<SyncRowResult>;
  UpdateActivityInput: UpdateActivityInput;
  UpdateContactInput: UpdateContactInput;
  User: ResolverTypeWrapper<EntityRef>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Activity: ActivityRow;
  ID: Scalars['ID']['output'];
  Boolean: Scalars['Boolean']['output'];
  Int: Scalars['Int']['output'];
  ActivityApproval: ActivityApprovalRow;
  ActivityConnection: Omit<ActivityConnection, 'edges'> & { edges: Array<ResolversParentTypes['ActivityEdge']> };
  ActivityEdge: Omit<ActivityEdge, 'node'> & { node: ResolversParentTypes['Activity'] };
  ActivityStatusChange: ActivityStatusChangeRow;
  ActivityType: ActivityTypeRow;
  Assignment: AssignmentRow;
  AssignmentStatusChange: AssignmentStatusLogRow;
  AttachDocumentInput: AttachDocumentInput;
  BufdirCountability: CountabilityView;
  BulkRegistration: BulkResult;
  Contact: ContactRow;
  ContactConnection: Omit<ContactConnection, 'edges'> & { edges: Array<ResolversParentTypes['ContactEdge']> };
  ContactEdge: Omit<ContactEdge, 'node'> & { node: ResolversParentTypes['Contact'] };
  ContactNote: ContactNoteRow;
  ContactRelation: ContactRelationRow;
  ContactRelationInput: ContactRelationInput;
  CreateContactInput: CreateContactInput;
  CreateGatheringInput: CreateGatheringInput;
  DateTime: Scalars['DateTime']['output'];
  DispatchAssignmentInput: DispatchAssignmentInput;
  Document: DocumentRow;
  DuplicateSummary: ActivityRow;
  Gathering: GatheringRow;
  GatheringAttendance: AttendanceResult;
  GatheringConnection: Omit<GatheringConnection, 'edges'> & { edges: Array<ResolversParentTypes['GatheringEdge']> };
  GatheringEdge: Omit<GatheringEdge, 'node'> & { node: ResolversParentTypes['Gathering'] };
  GatheringRegistration: GatheringRegistrationRow;
  JSON: Scalars['JSON']['output'];
  LocalAssociation: EntityRef;
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  Query: Record<PropertyKey, never>;
  RegisterActivityInput: RegisterActivityInput;
  RuleError: RuleError;
  SignConfidentialityDeclarationInput: SignConfidentialityDeclarationInput;
  SyncResult: SyncRowResult;
  UpdateActivityInput: UpdateActivityInput;
  UpdateContactInput: UpdateContactInput;
  User: EntityRef;
  String: Scalars['String']['output'];
}>;

export type FeatureDirectiveArgs = {
  flag: Scalars['String']['input'];
};

export type FeatureDirectiveResolver<Result, Parent, ContextType = ActivityContext, Args = FeatureDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

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
  documents?: Resolver<Array<ResolversTypes['Document']>, ParentType, ContextType>;
  duplicateDecision?: Resolver<Maybe<ResolversTypes['DuplicateDecision']>, ParentType, ContextType>;
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
  suspectedDuplicateSummary?: Resolver<Maybe<ResolversTypes['DuplicateSummary']>, ParentType, ContextType>;
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

export type AssignmentResolvers<ContextType = ActivityContext, ParentType extends ResolversParentTypes['Assignment'] = ResolversParentTypes['Assignment']> = ResolversObject<{
  contact?: Resolver<Maybe<ResolversTypes['Contact']>, ParentType, ContextType>;
  contactId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  coordinator?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  localAssociationId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  mentor?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  payload?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['AssignmentStatus'], ParentType, ContextType>;
  statusLog?: Resolver<Array<ResolversTypes['AssignmentStatusChange']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type AssignmentStatusChangeResolvers<ContextType = ActivityContext, ParentType extends ResolversParentTypes['AssignmentStatusChange'] = ResolversParentTypes['AssignmentStatusChange']> = ResolversObject<{
  actor?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['AssignmentStatus'], ParentType, ContextType>;
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
  address?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  firstName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  healthInfo?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  localAssociation?: Resolver<ResolversTypes['LocalAssociation'], ParentType, ContextType>;
  localAssociationId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  municipality?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  notes?: Resolver<Array<ResolversTypes['ContactNote']>, ParentType, ContextType>;
  organizationId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  relations?: Resolver<Array<ResolversTypes['ContactRelation']>, ParentType, ContextType>;
}>;

export type ContactConnectionResolvers<ContextType = ActivityContext, ParentType extends ResolversParentTypes['ContactConnection'] = ResolversParentTypes['ContactConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ContactEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type ContactEdgeResolvers<ContextType = ActivityContext, ParentType extends ResolversParentTypes['ContactEdge'] = ResolversParentTypes['ContactEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Contact'], ParentType, ContextType>;
}>;

export type ContactNoteResolvers<ContextType = ActivityContext, ParentType extends ResolversParentTypes['ContactNote'] = ResolversParentTypes['ContactNote']> = ResolversObject<{
  author?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  body?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  contactId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type ContactRelationResolvers<ContextType = ActivityContext, ParentType extends ResolversParentTypes['ContactRelation'] = ResolversParentTypes['ContactRelation']> = ResolversObject<{
  contactId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ContactRelationKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  relation?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DocumentResolvers<ContextType = ActivityContext, ParentType extends ResolversParentTypes['Document'] = ResolversParentTypes['Document']> = ResolversObject<{
  activity?: Resolver<Maybe<ResolversTypes['Activity']>, ParentType, ContextType>;
  activityId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  category?: Resolver<Maybe<ResolversTypes['AttachmentCategory']>, ParentType, ContextType>;
  contentBase64?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  contentType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  declarationVersion?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  fileName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  height?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['DocumentKind'], ParentType, ContextType>;
  mentor?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  sha256?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sizeBytes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  uploadedBy?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  width?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
}>;

export type DuplicateSummaryResolvers<ContextType = ActivityContext, ParentType extends ResolversParentTypes['DuplicateSummary'] = ResolversParentTypes['DuplicateSummary']> = ResolversObject<{
  activityDate?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  activityId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  durationMinutes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  localAssociation?: Resolver<Maybe<ResolversTypes['LocalAssociation']>, ParentType, ContextType>;
  mentor?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ActivityStatus'], ParentType, ContextType>;
  type?: Resolver<Maybe<ResolversTypes['ActivityType']>, ParentType, ContextType>;
}>;

export type GatheringResolvers<ContextType = ActivityContext, ParentType extends ResolversParentTypes['Gathering'] = ResolversParentTypes['Gathering'], FederationReferenceType extends FederationReferenceTypes['Gathering'] = FederationReferenceTypes['Gathering']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Gathering']> | FederationReferenceType, FederationReferenceType, ContextType>;
  activityTypeKey?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  cancelReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  cancelledAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  capacity?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  completedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  endsAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  localAssociation?: Resolver<ResolversTypes['LocalAssociation'], ParentType, ContextType>;
  location?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  organizationId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  organizer?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  publishedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  registeredCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  registrations?: Resolver<Array<ResolversTypes['GatheringRegistration']>, ParentType, ContextType>;
  spotsLeft?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  startsAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['GatheringStatus'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type GatheringAttendanceResolvers<ContextType = ActivityContext, ParentType extends ResolversParentTypes['GatheringAttendance'] = ResolversParentTypes['GatheringAttendance']> = ResolversObject<{
  createdActivities?: Resolver<Array<ResolversTypes['Activity']>, ParentType, ContextType>;
  gathering?: Resolver<ResolversTypes['Gathering'], ParentType, ContextType>;
  registrations?: Resolver<Array<ResolversTypes['GatheringRegistration']>, ParentType, ContextType>;
}>;

export type GatheringConnectionResolvers<ContextType = ActivityContext, ParentType extends ResolversParentTypes['GatheringConnection'] = ResolversParentTypes['GatheringConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['GatheringEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type GatheringEdgeResolvers<ContextType = ActivityContext, ParentType extends ResolversParentTypes['GatheringEdge'] = ResolversParentTypes['GatheringEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Gathering'], ParentType, ContextType>;
}>;

export type GatheringRegistrationResolvers<ContextType = ActivityContext, ParentType extends ResolversParentTypes['GatheringRegistration'] = ResolversParentTypes['GatheringRegistration']> = ResolversObject<{
  activityId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  attendanceRecordedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  gathering?: Resolver<ResolversTypes['Gathering'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isProxyRegistration?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  registeredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  registeredBy?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['GatheringRegistrationStatus'], ParentType, ContextType>;
  user?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
}>;

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type LocalAssociationResolvers<ContextType = ActivityContext, ParentType extends ResolversParentTypes['LocalAssociation'] = ResolversParentTypes['LocalAssociation'], FederationReferenceType extends FederationReferenceTypes['LocalAssociation'] = FederationReferenceTypes['LocalAssociation']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['LocalAssociation']> | FederationReferenceType, FederationReferenceType, ContextType>;
  activities?: Resolver<ResolversTypes['ActivityConnection'], ParentType, ContextType, Partial<LocalAssociationActivitiesArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = ActivityContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  addContactNote?: Resolver<ResolversTypes['ContactNote'], ParentType, ContextType, RequireFields<MutationAddContactNoteArgs, 'body' | 'contactId'>>;
  addContactRelation?: Resolver<ResolversTypes['ContactRelation'], ParentType, ContextType, RequireFields<MutationAddContactRelationArgs, 'contactId' | 'input'>>;
  approveActivities?: Resolver<Array<ResolversTypes['Activity']>, ParentType, ContextType, RequireFields<MutationApproveActivitiesArgs, 'ids'>>;
  approveActivity?: Resolver<ResolversTypes['Activity'], ParentType, ContextType, RequireFields<MutationApproveActivityArgs, 'id'>>;
  attachDocument?: Resolver<ResolversTypes['Document'], ParentType, ContextType, RequireFields<MutationAttachDocumentArgs, 'input'>>;
  cancelGathering?: Resolver<ResolversTypes['Gathering'], ParentType, ContextType, RequireFields<MutationCancelGatheringArgs, 'id'>>;
  createContact?: Resolver<ResolversTypes['Contact'], ParentType, ContextType, RequireFields<MutationCreateContactArgs, 'input'>>;
  createGathering?: Resolver<ResolversTypes['Gathering'], ParentType, ContextType, RequireFields<MutationCreateGatheringArgs, 'input'>>;
  dispatchAssignment?: Resolver<ResolversTypes['Assignment'], ParentType, ContextType, RequireFields<MutationDispatchAssignmentArgs, 'input'>>;
  flagActivity?: Resolver<ResolversTypes['Activity'], ParentType, ContextType, RequireFields<MutationFlagActivityArgs, 'id'>>;
  moveAssignment?: Resolver<ResolversTypes['Assignment'], ParentType, ContextType, RequireFields<MutationMoveAssignmentArgs, 'id' | 'status'>>;
  publishGathering?: Resolver<ResolversTypes['Gathering'], ParentType, ContextType, RequireFields<MutationPublishGatheringArgs, 'id'>>;
  recordGatheringAttendance?: Resolver<ResolversTypes['GatheringAttendance'], ParentType, ContextType, RequireFields<MutationRecordGatheringAttendanceArgs, 'attendedUserIds' | 'createActivities' | 'gatheringId'>>;
  registerActivities?: Resolver<ResolversTypes['BulkRegistration'], ParentType, ContextType, RequireFields<MutationRegisterActivitiesArgs, 'activities'>>;
  registerActivitiesCsv?: Resolver<ResolversTypes['BulkRegistration'], ParentType, ContextType, RequireFields<MutationRegisterActivitiesCsvArgs, 'csv'>>;
  registerActivity?: Resolver<ResolversTypes['Activity'], ParentType, ContextType, RequireFields<MutationRegisterActivityArgs, 'input'>>;
  registerForGathering?: Resolver<ResolversTypes['GatheringRegistration'], ParentType, ContextType, RequireFields<MutationRegisterForGatheringArgs, 'gatheringId'>>;
  rejectActivity?: Resolver<ResolversTypes['Activity'], ParentType, ContextType, RequireFields<MutationRejectActivityArgs, 'id' | 'reason'>>;
  resolveDuplicate?: Resolver<ResolversTypes['Activity'], ParentType, ContextType, RequireFields<MutationResolveDuplicateArgs, 'decision' | 'id'>>;
  signConfidentialityDeclaration?: Resolver<ResolversTypes['Document'], ParentType, ContextType, RequireFields<MutationSignConfidentialityDeclarationArgs, 'input'>>;
  submitActivity?: Resolver<ResolversTypes['Activity'], ParentType, ContextType, RequireFields<MutationSubmitActivityArgs, 'id'>>;
  syncActivities?: Resolver<Array<ResolversTypes['SyncResult']>, ParentType, ContextType, RequireFields<MutationSyncActivitiesArgs, 'activities'>>;
  updateActivity?: Resolver<ResolversTypes['Activity'], ParentType, ContextType, RequireFields<MutationUpdateActivityArgs, 'id' | 'input'>>;
  updateContact?: Resolver<ResolversTypes['Contact'], ParentType, ContextType, RequireFields<MutationUpdateContactArgs, 'id' | 'input'>>;
  withdrawActivity?: Resolver<ResolversTypes['Activity'], ParentType, ContextType, RequireFields<MutationWithdrawActivityArgs, 'id'>>;
}>;

export type PageInfoResolvers<ContextType = ActivityContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = ActivityContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  activities?: Resolver<ResolversTypes['ActivityConnection'], ParentType, ContextType, Partial<QueryActivitiesArgs>>;
  activity?: Resolver<Maybe<ResolversTypes['Activity']>, ParentType, ContextType, RequireFields<QueryActivityArgs, 'id'>>;
  activityTypes?: Resolver<Array<ResolversTypes['ActivityType']>, ParentType, ContextType, RequireFields<QueryActivityTypesArgs, 'includeInactive'>>;
  assignment?: Resolver<Maybe<ResolversTypes['Assignment']>, ParentType, ContextType, RequireFields<QueryAssignmentArgs, 'id'>>;
  assignments?: Resolver<Array<ResolversTypes['Assignment']>, ParentType, ContextType>;
  confidentialityDeclarations?: Resolver<Array<ResolversTypes['Document']>, ParentType, ContextType, Partial<QueryConfidentialityDeclarationsArgs>>;
  contact?: Resolver<Maybe<ResolversTypes['Contact']>, ParentType, ContextType, RequireFields<QueryContactArgs, 'id'>>;
  contactRelations?: Resolver<Array<ResolversTypes['ContactRelation']>, ParentType, ContextType, RequireFields<QueryContactRelationsArgs, 'contactId'>>;
  contacts?: Resolver<ResolversTypes['ContactConnection'], ParentType, ContextType, Partial<QueryContactsArgs>>;
  document?: Resolver<Maybe<ResolversTypes['Document']>, ParentType, ContextType, RequireFields<QueryDocumentArgs, 'id'>>;
  gathering?: Resolver<Maybe<ResolversTypes['Gathering']>, ParentType, ContextType, RequireFields<QueryGatheringArgs, 'id'>>;
  gatherings?: Resolver<ResolversTypes['GatheringConnection'], ParentType, ContextType, Partial<QueryGatheringsArgs>>;
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
  Assignment?: AssignmentResolvers<ContextType>;
  AssignmentStatusChange?: AssignmentStatusChangeResolvers<ContextType>;
  BufdirCountability?: BufdirCountabilityResolvers<ContextType>;
  BulkRegistration?: BulkRegistrationResolvers<ContextType>;
  Contact?: ContactResolvers<ContextType>;
  ContactConnection?: ContactConnectionResolvers<ContextType>;
  ContactEdge?: ContactEdgeResolvers<ContextType>;
  ContactNote?: ContactNoteResolvers<ContextType>;
  ContactRelation?: ContactRelationResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  Document?: DocumentResolvers<ContextType>;
  DuplicateSummary?: DuplicateSummaryResolvers<ContextType>;
  Gathering?: GatheringResolvers<ContextType>;
  GatheringAttendance?: GatheringAttendanceResolvers<ContextType>;
  GatheringConnection?: GatheringConnectionResolvers<ContextType>;
  GatheringEdge?: GatheringEdgeResolvers<ContextType>;
  GatheringRegistration?: GatheringRegistrationResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  LocalAssociation?: LocalAssociationResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RuleError?: RuleErrorResolvers<ContextType>;
  SyncResult?: SyncResultResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
}>;

export type DirectiveResolvers<ContextType = ActivityContext> = ResolversObject<{
  feature?: FeatureDirectiveResolver<any, any, ContextType>;
}>;
