import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { ActivityRow, ActivityStatusChangeRow } from '../db/schema/activities.js';
import type { ActivityApprovalRow } from '../db/schema/approvals.js';
import type { ActivityTypeRow } from '../db/schema/activity-types.js';
import type { ContactRow } from '../db/schema/contacts.js';
import type { EntityRef, ActivityContext } from '../context.js';
import type { BulkResult, SyncRowResult } from '../application/register.js';
import type { CountabilityView } from '../domain/bufdir.js';
import type { ContactRelationRow, ContactNoteRow, AssignmentRow, AssignmentStatusLogRow } from '../db/schema/sensitive.js';
import type { RetentionProposalModel } from '../application/retention.js';
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
  /** An instant: an RFC 3339 date-time with an offset (2026-03-14T10:30:00+01:00 or 2026-03-14T09:30:00Z). Answered in UTC with milliseconds (2026-03-14T09:30:00.000Z); show it in Norwegian time (Europe/Oslo). */
  DateTime: { input: Date | string; output: Date | string; }
  /** Any JSON value (ECMA-404): an object, array, string, number, boolean or null. */
  JSON: { input: unknown; output: unknown; }
  _FieldSet: { input: unknown; output: unknown; }
};

/** A logged interaction between a peer mentor and one or more contacts (seed 002). */
export type Activity = {
  __typename?: 'Activity';
  /** When it took place. */
  activityDate: Scalars['DateTime']['output'];
  /** The activity type's key. */
  activityType: Scalars['String']['output'];
  /** Review decisions, oldest first. */
  approvals: Array<ActivityApproval>;
  /** Decided at registration: counts or not in the Bufdir report, and why. */
  bufdir: BufdirCountability;
  /** The bulk registration batch it came in. */
  bulkBatchId?: Maybe<Scalars['ID']['output']>;
  /** The device calendar's event id it was logged from. */
  calendarEventId?: Maybe<Scalars['String']['output']>;
  /** The contact met; null without one or out of the caller's scope. */
  contact?: Maybe<Contact>;
  /** The contact met; null for group activities without one. */
  contactId?: Maybe<Scalars['ID']['output']>;
  /** ISO 3166-1 alpha-2 country where it took place (NO by default). */
  country: Scalars['String']['output'];
  /** bufdir_reporting_inclusion: counts in the Bufdir report now (approved and countable). */
  countsInBufdir: Scalars['Boolean']['output'];
  /** When it was registered. */
  createdAt: Scalars['DateTime']['output'];
  /** Free-text notes. */
  description?: Maybe<Scalars['String']['output']>;
  /** Attachments (invitations, photos, screenshots, PDFs), oldest first. */
  documents: Array<Document>;
  /** A reviewer's decision on the suspicion (resolveDuplicate); null while undecided or not a suspect. */
  duplicateDecision?: Maybe<DuplicateDecision>;
  /** Duration in minutes (1-1440). */
  durationMinutes: Scalars['Int']['output'];
  /** The gathering whose recorded attendance created it. */
  eventId?: Maybe<Scalars['ID']['output']>;
  /** True while it has an expense claim in finance (from finance.activity_reimbursement.changed). */
  hasReimbursement: Scalars['Boolean']['output'];
  /** The activity's id. */
  id: Scalars['ID']['output'];
  /** True when it came in a bulk registration. */
  isBulkRegistration: Scalars['Boolean']['output'];
  /** True when a coordinator registered it on the mentor's behalf. */
  isProxyRegistration: Scalars['Boolean']['output'];
  /** The local association it was registered in. */
  localAssociation?: Maybe<LocalAssociation>;
  /** The local association it was registered in (the registrant's active one). */
  localAssociationId?: Maybe<Scalars['ID']['output']>;
  /** Where it took place (free text). */
  location?: Maybe<Scalars['String']['output']>;
  /** The mentor who performed it. */
  mentor: User;
  /** Organization-specific data (any JSON). */
  metadata?: Maybe<Scalars['JSON']['output']>;
  /** The organization it belongs to. */
  organizationId: Scalars['ID']['output'];
  /** People taking part (1 for an individual meeting). */
  participantCount: Scalars['Int']['output'];
  /** The coordinator who registered it on the mentor's behalf (proxy registrations). */
  proxySubmittedBy?: Maybe<Scalars['ID']['output']>;
  /** The coordinator who registered it on the mentor's behalf. */
  proxySubmitter?: Maybe<User>;
  /** Where it is in the approval workflow. */
  status: ActivityStatus;
  /** Every status change, oldest first (registration included). */
  statusLog: Array<ActivityStatusChange>;
  /** The earlier activity itself, if the caller may see it. */
  suspectedDuplicate?: Maybe<Activity>;
  /** duplicate_detection: the earlier activity this one may duplicate (it is then flagged for review). */
  suspectedDuplicateOf?: Maybe<Scalars['ID']['output']>;
  /**
   * duplicate_detection: the essentials of the suspected duplicate (date, type, local association, mentor), for anyone who sees this activity,
   * also when the suspect is in another local association where suspectedDuplicate is null. Null when not a suspect.
   */
  suspectedDuplicateSummary?: Maybe<DuplicateSummary>;
  /** When offline sync stored it; null when registered online. */
  syncedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Short title (generated from the type and the contact's name when none was given). */
  title?: Maybe<Scalars['String']['output']>;
  /** The activity type (null if it is no longer in the catalog). */
  type?: Maybe<ActivityType>;
  /** When it last changed (status, reimbursement). */
  updatedAt: Scalars['DateTime']['output'];
  /** The mentor who performed the activity (for proxy registrations, not the coordinator who submitted it). */
  userId: Scalars['ID']['output'];
};

/** One review decision on an activity (who, when, from which status to which, why). */
export type ActivityApproval = {
  __typename?: 'ActivityApproval';
  /** When. */
  decidedAt: Scalars['DateTime']['output'];
  /** The reviewer. */
  decidedBy: User;
  /** The decision's id. */
  id: Scalars['ID']['output'];
  /** The status before the decision. */
  previousStatus: ActivityStatus;
  /** The rejection reason; null for an approval. */
  reason?: Maybe<Scalars['String']['output']>;
  /** APPROVED or REJECTED. */
  status: ActivityStatus;
};

/** How an activity type counts in the Bufdir report (DESIGN.md section 9). */
export type ActivityBufdirCategory =
  /** A course day: counts with enough minutes (default 90). */
  | 'COURSE'
  /** A conversation or activity group: counts with enough participants and minutes (organization settings; default 3 and 45). */
  | 'GROUP'
  /** Registered but not counted (phone, chat, e-mail). */
  | 'NOT_COUNTED'
  /** Meeting a contact in person (a home visit): counts. */
  | 'OUTREACH_IN_PERSON';

/** A page of activities (Relay connection, keyset-paginated). */
export type ActivityConnection = {
  __typename?: 'ActivityConnection';
  /** The activities of this page, each with its cursor. */
  edges: Array<ActivityEdge>;
  /** Whether another page follows, and the cursor to ask for it. */
  pageInfo: PageInfo;
};

/** One activity of a page. */
export type ActivityEdge = {
  __typename?: 'ActivityEdge';
  /** Its opaque cursor (pass as `after` to continue after it). */
  cursor: Scalars['String']['output'];
  /** The activity. */
  node: Activity;
};

/** An activity's place in the approval workflow (approval_workflow_transition): DRAFT → PENDING_REVIEW → APPROVED, REJECTED or FLAGGED; FLAGGED → APPROVED or REJECTED. */
export type ActivityStatus =
  /** Approved: final (immutable_after_approval); counts in reports. */
  | 'APPROVED'
  /** Saved, not yet submitted (its mentor submits it). */
  | 'DRAFT'
  /** Put aside for a closer look (or a suspected duplicate); still to be approved or rejected. */
  | 'FLAGGED'
  /** Awaiting a coordinator's review. */
  | 'PENDING_REVIEW'
  /** Rejected with a reason: final. */
  | 'REJECTED'
  /** Withdrawn by its mentor or a coordinator before a decision (withdrawActivity): kept with its status log, counted nowhere. */
  | 'WITHDRAWN';

/** One status change (audit_trail_on_status_change): who, when, from which status to which, why. */
export type ActivityStatusChange = {
  __typename?: 'ActivityStatusChange';
  /** When. */
  changedAt: Scalars['DateTime']['output'];
  /** Who changed it (the registrant for the registration). */
  changedBy: User;
  /** The entry's id. */
  id: Scalars['ID']['output'];
  /** The rejection reason or flag note; at registration of a suspected duplicate, the activity it may duplicate. */
  note?: Maybe<Scalars['String']['output']>;
  /** Null for the registration itself. */
  previousStatus?: Maybe<ActivityStatus>;
  /** The status it moved to. */
  status: ActivityStatus;
};

/** An entry in the organization's catalog of activity types. */
export type ActivityType = {
  __typename?: 'ActivityType';
  /** How it counts in the Bufdir report. */
  bufdirCategory: ActivityBufdirCategory;
  /** The type's id. */
  id: Scalars['ID']['output'];
  /** False when switched off: no new activities of this type. */
  isActive: Scalars['Boolean']['output'];
  /** Its key (e.g. home_visit), used in RegisterActivityInput.activityTypeKey. */
  key: Scalars['String']['output'];
  /** Its name, for people (Norwegian). */
  name: Scalars['String']['output'];
};

/** Sensitive information about a contact sent to a peer mentor. */
export type Assignment = {
  __typename?: 'Assignment';
  /** The contact, if the caller may see it. */
  contact?: Maybe<Contact>;
  /** The contact it is about. */
  contactId: Scalars['ID']['output'];
  /** The coordinator who dispatched it. */
  coordinator: User;
  /** When it was dispatched. */
  createdAt: Scalars['DateTime']['output'];
  /** The assignment's id. */
  id: Scalars['ID']['output'];
  /** The coordinator's local association, by name (from organization). */
  localAssociation: LocalAssociation;
  /** The coordinator's local association. */
  localAssociationId: Scalars['ID']['output'];
  /** The peer mentor it was sent to. */
  mentor: User;
  /** Decrypted for the mentor and the coordinator; each read is audited (activity.audit.recorded). Null when the organization's sensitive-field policy hides health information from the caller's role, or the mentor no longer works with the contact (a cancelled assignment). */
  payload?: Maybe<Scalars['String']['output']>;
  /** Where it is now. */
  status: AssignmentStatus;
  /** Every status it went through, oldest first. */
  statusLog: Array<AssignmentStatusChange>;
  /** When its status last changed. */
  updatedAt: Scalars['DateTime']['output'];
};

/** Where an assignment is (its log only grows). */
export type AssignmentStatus =
  /** Acknowledged: the mentor takes it on. */
  | 'ACKNOWLEDGED'
  /** Withdrawn by the coordinator: final. */
  | 'CANCELLED'
  /** Done: final. */
  | 'COMPLETED'
  /** Received: the mentor marks it delivered. */
  | 'DELIVERED'
  /** Sent by the coordinator. */
  | 'DISPATCHED'
  /** Read by the mentor. */
  | 'READ';

/** One entry of an assignment's append-only status log. */
export type AssignmentStatusChange = {
  __typename?: 'AssignmentStatusChange';
  /** Who moved it there. */
  actor: User;
  /** When. */
  at: Scalars['DateTime']['output'];
  /** The status reached. */
  status: AssignmentStatus;
};

/** A file to attach to an activity. */
export type AttachDocumentInput = {
  /** The activity (one the caller may see). */
  activityId: Scalars['ID']['input'];
  /** What the file shows; null when not given. */
  category?: InputMaybe<AttachmentCategory>;
  /** The file, base64-encoded (JPEG, PNG, WebP, HEIC or PDF; at most 20 MiB decoded). */
  contentBase64: Scalars['String']['input'];
  /** The type the client claims; refused when the bytes disagree. */
  contentType?: InputMaybe<Scalars['String']['input']>;
  /** The uploader's file name, 1 to 200 characters (shown only, never used as a path). */
  fileName: Scalars['String']['input'];
};

/** What an attachment shows (chosen by the uploader). */
export type AttachmentCategory =
  /** An invitation to the activity. */
  | 'INVITATION'
  /** Anything else. */
  | 'OTHER'
  /** A PDF document. */
  | 'PDF'
  /** A photo. */
  | 'PHOTO'
  /** A screenshot. */
  | 'SCREENSHOT';

/** Whether the activity counts in the Bufdir report once approved, and why (DESIGN.md section 9). */
export type BufdirCountability = {
  __typename?: 'BufdirCountability';
  /** True: it counts once approved. */
  countable: Scalars['Boolean']['output'];
  /** What the mentor is told (Norwegian bokmål). */
  message: Scalars['String']['output'];
  /** counts, type_not_counted, outside_norway, group_too_small, group_too_short or course_day_too_short. */
  reason: Scalars['String']['output'];
};

/** The result of a bulk registration (registerActivities, registerActivitiesCsv). */
export type BulkRegistration = {
  __typename?: 'BulkRegistration';
  /** The activities registered, in the order of the rows. */
  activities: Array<Activity>;
  /** The batch id every activity of the call carries (Activity.bulkBatchId). */
  bulkBatchId: Scalars['ID']['output'];
  /** How many activities were registered. */
  count: Scalars['Int']['output'];
};

/** A person receiving peer support. Owned by the activity subgraph, in one local association. */
export type Contact = {
  __typename?: 'Contact';
  /** Sensitive (encrypted at rest; each read is audited). Null when the sensitive-field policy hides it from the caller (a peer mentor sees it only for contacts they work with). */
  address?: Maybe<Scalars['String']['output']>;
  /** When the contact was created. */
  createdAt: Scalars['DateTime']['output'];
  /** First name (only its initial when the sensitive-field policy hides names from the caller). */
  firstName: Scalars['String']['output'];
  /** Sensitive (encrypted at rest; each read is audited). Null when the policy hides it (by default from organization administrators; a peer mentor sees it only for contacts they work with). */
  healthInfo?: Maybe<Scalars['String']['output']>;
  /** The contact's id. */
  id: Scalars['ID']['output'];
  /** Last name (only its initial when the policy hides names). */
  lastName: Scalars['String']['output'];
  /** The local association that follows the contact up. */
  localAssociation: LocalAssociation;
  /** The local association that follows the contact up. */
  localAssociationId: Scalars['ID']['output'];
  /** Municipality (null when the policy hides it). */
  municipality?: Maybe<Scalars['String']['output']>;
  /** Notes by mentors and coordinators, oldest first (empty when the policy hides notes from the caller; by default from organization administrators). */
  notes: Array<ContactNote>;
  /** The organization the contact belongs to. */
  organizationId: Scalars['ID']['output'];
  /** Caregivers and next of kin, oldest first (empty when the policy hides caregivers from the caller). */
  relations: Array<ContactRelation>;
};

/** A page of contacts (Relay connection, keyset-paginated). */
export type ContactConnection = {
  __typename?: 'ContactConnection';
  /** The contacts of this page, each with its cursor. */
  edges: Array<ContactEdge>;
  /** Whether another page follows, and the cursor to ask for it. */
  pageInfo: PageInfo;
};

/** One contact of a page. */
export type ContactEdge = {
  __typename?: 'ContactEdge';
  /** Its opaque cursor (pass as `after` to continue after it). */
  cursor: Scalars['String']['output'];
  /** The contact. */
  node: Contact;
};

/** A note on a contact by a mentor or a coordinator. */
export type ContactNote = {
  __typename?: 'ContactNote';
  /** Who wrote it. */
  author: User;
  /** Sensitive (encrypted at rest; each read is audited). Null when the sensitive-field policy hides notes from the caller. */
  body?: Maybe<Scalars['String']['output']>;
  /** The contact it is about. */
  contactId: Scalars['ID']['output'];
  /** When it was written. */
  createdAt: Scalars['DateTime']['output'];
  /** The note's id. */
  id: Scalars['ID']['output'];
};

/** A contact's caregiver or next of kin. */
export type ContactRelation = {
  __typename?: 'ContactRelation';
  /** The contact it belongs to. */
  contactId: Scalars['ID']['output'];
  /** When it was added. */
  createdAt: Scalars['DateTime']['output'];
  /** The relation's id. */
  id: Scalars['ID']['output'];
  /** Caregiver or next of kin. */
  kind: ContactRelationKind;
  /** The person's name. */
  name: Scalars['String']['output'];
  /** Sensitive (encrypted at rest; each read is audited). E.164 (+4791234567); null when none or hidden by the policy. */
  phone?: Maybe<Scalars['String']['output']>;
  /** How the person relates to the contact. */
  relation?: Maybe<Scalars['String']['output']>;
};

/** A caregiver or next of kin to add. */
export type ContactRelationInput = {
  /** Caregiver or next of kin. */
  kind: ContactRelationKind;
  /** The person's name, 1 to 200 characters. */
  name: Scalars['String']['input'];
  /** Sensitive (encrypted at rest). A valid phone number: Norwegian unless it starts with + (phone_format); stored in E.164 (+4791234567). */
  phone?: InputMaybe<Scalars['String']['input']>;
  /** How the person relates to the contact (mother, spouse, ...). */
  relation?: InputMaybe<Scalars['String']['input']>;
};

/** How a related person stands to a contact. */
export type ContactRelationKind =
  /** A person who cares for the contact. */
  | 'CAREGIVER'
  /** Next of kin (pårørende). */
  | 'NEXT_OF_KIN';

/** A new contact. */
export type CreateContactInput = {
  /** Postal address, at most 5000 characters (encrypted at rest). */
  address?: InputMaybe<Scalars['String']['input']>;
  /** First name, 1 to 100 characters. */
  firstName: Scalars['String']['input'];
  /** Health information, at most 5000 characters (encrypted at rest). */
  healthInfo?: InputMaybe<Scalars['String']['input']>;
  /** Last name, 1 to 100 characters. */
  lastName: Scalars['String']['input'];
  /** Organization administrators choose the local association; others create in their own. */
  localAssociationId?: InputMaybe<Scalars['ID']['input']>;
  /** Municipality (free text). */
  municipality?: InputMaybe<Scalars['String']['input']>;
};

/** A new gathering. */
export type CreateGatheringInput = {
  /** An active activity type of the organization (activity_type_enum): the type of the activities attendance creates. */
  activityTypeKey: Scalars['String']['input'];
  /** Places; omit for no limit. */
  capacity?: InputMaybe<Scalars['Int']['input']>;
  /** Description, at most 5000 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** When it ends: after startsAt, at most 24 hours later (gathering_time_range). */
  endsAt: Scalars['DateTime']['input'];
  /** Where (free text). */
  location?: InputMaybe<Scalars['String']['input']>;
  /** Publish at once (default: a draft). */
  publish?: InputMaybe<Scalars['Boolean']['input']>;
  /** When it starts. */
  startsAt: Scalars['DateTime']['input'];
  /** Title, 1 to 200 characters. */
  title: Scalars['String']['input'];
};

/** An assignment to dispatch. */
export type DispatchAssignmentInput = {
  /** The contact it is about (in the coordinator's local association). */
  contactId: Scalars['ID']['input'];
  /** The peer mentor it is sent to (a peer mentor of the coordinator's local association). */
  mentorId: Scalars['ID']['input'];
  /** The sensitive content (encrypted at rest), at most 10,000 characters. */
  payload: Scalars['String']['input'];
};

/** A stored file: an activity's attachment or a mentor's signed confidentiality declaration. */
export type Document = {
  __typename?: 'Document';
  /** That activity, if the caller may see it. */
  activity?: Maybe<Activity>;
  /** The activity an attachment belongs to (null for declarations). */
  activityId?: Maybe<Scalars['ID']['output']>;
  /** What an attachment shows (null for declarations or when not given). */
  category?: Maybe<AttachmentCategory>;
  /** The stored file, base64-encoded. Offer it as a download (Content-Disposition: attachment), never render it inline. */
  contentBase64?: Maybe<Scalars['String']['output']>;
  /** The type of the stored bytes (HEIC photos are stored as JPEG). */
  contentType: Scalars['String']['output'];
  /** When it was uploaded. */
  createdAt: Scalars['DateTime']['output'];
  /** The declaration version signed (null for attachments). */
  declarationVersion?: Maybe<Scalars['String']['output']>;
  /** The uploader's file name. */
  fileName: Scalars['String']['output'];
  /** Image height in pixels as stored; null for PDF. */
  height?: Maybe<Scalars['Int']['output']>;
  /** The document's id. */
  id: Scalars['ID']['output'];
  /** Attachment or declaration. */
  kind: DocumentKind;
  /** The activity's mentor (attachments) or the mentor who signed (declarations). */
  mentor: User;
  /** Hex SHA-256 of the stored bytes. */
  sha256: Scalars['String']['output'];
  /** Size of the stored file, in bytes. */
  sizeBytes: Scalars['Int']['output'];
  /** Who uploaded it. */
  uploadedBy: User;
  /** Image width in pixels as stored (images are scaled down and re-encoded without metadata); null for PDF. */
  width?: Maybe<Scalars['Int']['output']>;
};

/** What a document is. */
export type DocumentKind =
  /** A file attached to an activity. */
  | 'ATTACHMENT'
  /** A mentor's signed confidentiality declaration. */
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

/** A group gathering (meeting, course, social event) hosted by a local association, created by a coordinator or a mentor. Owned by the activity subgraph. */
export type Gathering = {
  __typename?: 'Gathering';
  /** The activity type of the activities recorded attendance creates. */
  activityTypeKey: Scalars['String']['output'];
  /** Why it was cancelled (as given). */
  cancelReason?: Maybe<Scalars['String']['output']>;
  /** When it was cancelled. */
  cancelledAt?: Maybe<Scalars['DateTime']['output']>;
  /** Places; null = no limit. */
  capacity?: Maybe<Scalars['Int']['output']>;
  /** When attendance was first recorded. */
  completedAt?: Maybe<Scalars['DateTime']['output']>;
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Free-text description. */
  description?: Maybe<Scalars['String']['output']>;
  /** When it ends (after startsAt, at most 24 hours later). */
  endsAt: Scalars['DateTime']['output'];
  /** The gathering's id. */
  id: Scalars['ID']['output'];
  /** The local association hosting it (its creator's active one). */
  localAssociation: LocalAssociation;
  /** Where (free text). */
  location?: Maybe<Scalars['String']['output']>;
  /** The organization it belongs to. */
  organizationId: Scalars['ID']['output'];
  /** The coordinator or mentor who created it. */
  organizer: User;
  /** When it was published. */
  publishedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Registrations so far (all phases). */
  registeredCount: Scalars['Int']['output'];
  /** Its registrations, in the order they came in. */
  registrations: Array<GatheringRegistration>;
  /** Places left; null when there is no limit. */
  spotsLeft?: Maybe<Scalars['Int']['output']>;
  /** When it starts. */
  startsAt: Scalars['DateTime']['output'];
  /** Where it is in its lifecycle. */
  status: GatheringStatus;
  /** Its title. */
  title: Scalars['String']['output'];
};

/** What recordGatheringAttendance did. */
export type GatheringAttendance = {
  __typename?: 'GatheringAttendance';
  /** The activities this recording created (none for attendees who already had one). */
  createdActivities: Array<Activity>;
  /** The gathering, now COMPLETED. */
  gathering: Gathering;
  /** Every registration with its recorded status. */
  registrations: Array<GatheringRegistration>;
};

/** A page of gatherings (Relay connection, keyset-paginated). */
export type GatheringConnection = {
  __typename?: 'GatheringConnection';
  /** The gatherings of this page, each with its cursor. */
  edges: Array<GatheringEdge>;
  /** Whether another page follows, and the cursor to ask for it. */
  pageInfo: PageInfo;
};

/** One gathering of a page. */
export type GatheringEdge = {
  __typename?: 'GatheringEdge';
  /** Its opaque cursor (pass as `after` to continue after it). */
  cursor: Scalars['String']['output'];
  /** The gathering. */
  node: Gathering;
};

/** One person's registration for a gathering. */
export type GatheringRegistration = {
  __typename?: 'GatheringRegistration';
  /** The activity recorded attendance created for this attendee. */
  activityId?: Maybe<Scalars['ID']['output']>;
  /** When attendance was recorded for them. */
  attendanceRecordedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The gathering. */
  gathering: Gathering;
  /** The registration's id. */
  id: Scalars['ID']['output'];
  /** True when a coordinator registered them. */
  isProxyRegistration: Scalars['Boolean']['output'];
  /** When they were registered. */
  registeredAt: Scalars['DateTime']['output'];
  /** The user themself, or the coordinator who registered them. */
  registeredBy: User;
  /** Registered, attended or absent. */
  status: GatheringRegistrationStatus;
  /** The person registered. */
  user: User;
};

/** Two phases: REGISTERED before the gathering, then ATTENDED or ABSENT when attendance is recorded. */
export type GatheringRegistrationStatus =
  /** Was not there. */
  | 'ABSENT'
  /** Was there (recorded by a coordinator). */
  | 'ATTENDED'
  /** Signed up; attendance not yet recorded. */
  | 'REGISTERED';

/** Lifecycle of a gathering: DRAFT → PUBLISHED → CANCELLED or COMPLETED (attendance recorded). */
export type GatheringStatus =
  /** Called off (from DRAFT or PUBLISHED): final. */
  | 'CANCELLED'
  /** Attendance recorded (it may be recorded again); no longer cancellable. */
  | 'COMPLETED'
  /** Being prepared; seen only by its organizer, coordinators and administrators. */
  | 'DRAFT'
  /** Open for registration until it ends. */
  | 'PUBLISHED';

/** A local association. Owned by the organization subgraph; the activity subgraph adds its activities. */
export type LocalAssociation = {
  __typename?: 'LocalAssociation';
  /** The local association's activities, as far as the caller may see them; newest first. Added by the activity subgraph. Paged: first 1-100 (default 20), after the previous page's endCursor (page_size_range, cursor_format). */
  activities: ActivityConnection;
  /** The local association's id. */
  id: Scalars['ID']['output'];
};


/** A local association. Owned by the organization subgraph; the activity subgraph adds its activities. */
export type LocalAssociationActivitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Write operations. Each subgraph adds its own; a mutation runs in one transaction of its subgraph and publishes its events through that subgraph's outbox after the commit. */
export type Mutation = {
  __typename?: 'Mutation';
  /** Adds a note to a contact in the caller's scope (peer mentors and coordinators); the body is encrypted at rest. Refused by: required_fields (empty body), text_length (at most 5000 characters), organization_scope_isolation (FORBIDDEN for other roles); NOT_FOUND out of scope. Publishes no event. Flag: notes. */
  addContactNote: ContactNote;
  /** Adds a caregiver or next of kin to a contact in the caller's scope (NOT_FOUND otherwise). Peer mentors, coordinators, organization administrators. Refused by: required_fields (name), name_length (at most 200 characters), phone_format. Publishes no event. Flag: caregiver_contacts. */
  addContactRelation: ContactRelation;
  /** Approves several activities at once (review queue), all or none; a refusal lists every id that cannot be approved (extensions.rows: id, rule, code, message). Coordinators and organization administrators. Refused by: required_fields (no ids), bulk_size (at most 500), approval_workflow_transition, immutable_after_approval. Publishes activity.activity.approved and activity.audit.recorded per activity. Flag: activity_registration. */
  approveActivities: Array<Activity>;
  /** Approves an activity PENDING_REVIEW or FLAGGED (coordinators of its local association, organization administrators; never one's own activity). Refused by: approval_workflow_transition (FORBIDDEN for a non-reviewer or one's own activity; BAD_USER_INPUT from another status), immutable_after_approval; NOT_FOUND out of scope. Publishes activity.activity.approved and activity.audit.recorded. Flag: activity_registration. */
  approveActivity: Activity;
  /** Attaches a file to an activity: its mentor, the coordinator who registered it, its local association's coordinators and administrators. A rejected activity takes none. Send it to the gateway's /graphql/upload path. Refused by: file_name_length, document_attach_permission (FORBIDDEN), attachment_activity_status, attachment_count (at most 20 per activity), upload_empty, upload_encoding, upload_too_large (PAYLOAD_TOO_LARGE with limit), upload_type_not_allowed, upload_type_mismatch, upload_unreadable, upload_dimensions; NOT_FOUND for an activity out of scope; FORBIDDEN without an organization. Publishes no event. */
  attachDocument: Document;
  /** Cancels a draft or published gathering (who as for publishGathering). Refused by: gathering_organizer_only (FORBIDDEN), gathering_status_transition, reason_length (at most 2000 characters); NOT_FOUND out of scope. Publishes activity.gathering.cancelled. Flag: events. */
  cancelGathering: Gathering;
  /** Creates a contact: mentors and coordinators in their own local association, organization administrators in any of the organization's. Address and health information are encrypted at rest. Refused by: required_fields (names, an organization, a local association), name_length (names at most 100 characters), text_length (address, health information at most 5000), organization_scope_isolation (FORBIDDEN: another local association). Publishes no event. */
  createContact: Contact;
  /** Creates a gathering in the caller's local association (coordinators and mentors), as a draft or published. Refused by: required_fields (title, activity type, a local association), title_length, description_length, gathering_time_range, capacity_positive, activity_type_enum. Publishes activity.gathering.published when published at once. Flag: events. */
  createGathering: Gathering;
  /** Dispatches an assignment (coordinators): a contact in their scope, a peer mentor of their local association. The payload is encrypted at rest. Refused by: coordinator_proxy_scope (FORBIDDEN: not a coordinator), required_fields (empty payload), payload_length (over 10,000 characters), valid_contact_reference, valid_user_reference (not a peer mentor of the caller's local association). Publishes activity.assignment.dispatched. Flag: encrypted_assignments. */
  dispatchAssignment: Assignment;
  /** Puts an activity PENDING_REVIEW aside (FLAGGED) with an optional note (reviewers as for approveActivity). Refused by: reason_length (note at most 2000 characters), approval_workflow_transition, immutable_after_approval. Publishes activity.activity.flagged and activity.audit.recorded. Flag: activity_registration. */
  flagActivity: Activity;
  /** Moves an assignment along its log: the mentor to DELIVERED, READ, ACKNOWLEDGED, COMPLETED; the coordinator to CANCELLED. Peer mentors and coordinators who are its parties (NOT_FOUND otherwise). Refused by: assignment_status_transition (BAD_USER_INPUT: not a next status; FORBIDDEN: the other party's move). Publishes activity.assignment.status_changed. Flag: encrypted_assignments. */
  moveAssignment: Assignment;
  /** Opens a draft for registration (its organizer, a coordinator of its local association, an administrator). Refused by: gathering_organizer_only (FORBIDDEN), gathering_status_transition; NOT_FOUND out of scope. Publishes activity.gathering.published. Flag: events. */
  publishGathering: Gathering;
  /** Records who attended (the others are absent) and, unless createActivities is false, creates one activity per attendee through activity registration (every registerActivity rule, one bulk batch; participantCount: the attendees). Recording again creates no second activity. The gathering becomes COMPLETED. Coordinators of its local association. Refused by: coordinator_proxy_scope (FORBIDDEN), gathering_status_transition (not PUBLISHED or COMPLETED), attendance_after_start, registration_required (a listed user is not registered), bulk_batch_atomicity (an attendee's activity breaks a rule: extensions.rows); NOT_FOUND out of scope. Publishes activity.gathering.attendance_recorded and activity.activity.registered per created activity. Flag: events. */
  recordGatheringAttendance: GatheringAttendance;
  /** Registers many activities in one transaction (e.g. a group meeting for 40 mentors), all with one new bulkBatchId (the rows' own isBulkRegistration and bulkBatchId are ignored): all or none; a refusal (bulk_batch_atomicity) lists every failing row with its rule (extensions.rows: row counted from 0, rule, field, message). Peer mentors and coordinators. Refused by: required_fields (no rows), bulk_size (at most 5000 rows), bulk_batch_atomicity, and per row the rules of registerActivity. Publishes activity.activity.registered per activity. Flags: activity_registration, bulk_registration. */
  registerActivities: BulkRegistration;
  /** registerActivities from a CSV file (header row; columns activity_type, activity_date, duration_minutes, title, description, location, contact_id, participant_count, user_id, status, country; a user_id makes the row a proxy registration); failing rows are named by their line in the file (1 = the header). Peer mentors and coordinators. Refused by: csv_size (over 5 MB), csv_format, and the rules of registerActivities. Publishes activity.activity.registered per activity. Flags: activity_registration, bulk_registration. */
  registerActivitiesCsv: BulkRegistration;
  /** Registers an activity: a peer mentor for themself, a coordinator also on behalf of a peer mentor of their local association (userId; needs the proxy_registration flag). It starts PENDING_REVIEW (or DRAFT); a suspected duplicate (duplicate_detection) starts FLAGGED. Safe to retry with input.clientId. Peer mentors and coordinators. Refused by: required_fields, activity_type_enum, duration_range, participant_count_positive, title_length, description_length, proxy_fields_consistency, status_enum, approval_workflow_transition, bulk_fields_consistency, country_code, date_format, activity_date_not_future, activity_date_floor, client_id_format, valid_contact_reference, valid_user_reference, owner_attribution_on_proxy and coordinator_proxy_scope (FORBIDDEN), offline_sync_conflict_resolution. Publishes activity.activity.registered. Flag: activity_registration. */
  registerActivity: Activity;
  /** Registers the caller, or (coordinators) a peer mentor of their local association, for a published gathering with places left. Peer mentors and coordinators. Refused by: registration_open (not PUBLISHED or already ended), gathering_capacity (CONFLICT: full), duplicate_registration (CONFLICT), owner_attribution_on_proxy and coordinator_proxy_scope (FORBIDDEN), valid_user_reference; NOT_FOUND out of scope. Publishes activity.gathering.registration_added. Flag: events. */
  registerForGathering: GatheringRegistration;
  /** Rejects an activity PENDING_REVIEW or FLAGGED, with the reason the mentor will see (reviewers as for approveActivity). Refused by: required_fields (empty reason), reason_length (at most 2000 characters), approval_workflow_transition, immutable_after_approval. Publishes activity.activity.rejected and activity.audit.recorded. Flag: activity_registration. */
  rejectActivity: Activity;
  /**
   * A reviewer's decision on a suspected duplicate (a FLAGGED activity with suspectedDuplicateOf, not yet decided; otherwise duplicate_decision_state):
   * DUPLICATE rejects it (the mentor reads the reason under approvals; publishes activity.activity.rejected), NOT_DUPLICATE returns it to
   * PENDING_REVIEW for an ordinary review (audit entry activity.duplicate_cleared). Coordinators of its local association and organization
   * administrators, never on their own activity (FORBIDDEN, approval_workflow_transition). Recorded in the status log.
   */
  resolveDuplicate: Activity;
  /** Registers a mentor's signed confidentiality declaration (scan, photo or PDF), once per mentor and declaration version in the organization: one's own; coordinators a member of their local association; administrators any member of the organization. Send it to the gateway's /graphql/upload path. Refused by: file_name_length, declaration_version_format, valid_user_reference, declaration_signer_scope (FORBIDDEN), declaration_once_per_version (CONFLICT), upload_empty, upload_encoding, upload_too_large (PAYLOAD_TOO_LARGE with limit), upload_type_not_allowed, upload_type_mismatch, upload_unreadable, upload_dimensions. Publishes no event. */
  signConfidentialityDeclaration: Document;
  /** Submits a DRAFT for review (PENDING_REVIEW): its mentor, or the coordinator who registered it on the mentor's behalf. Refused by: approval_workflow_transition (FORBIDDEN for anyone else; BAD_USER_INPUT unless DRAFT), immutable_after_approval. Publishes activity.activity.submitted. Flag: activity_registration. */
  submitActivity: Activity;
  /** Offline sync: each activity carries its clientId; one already received is returned unchanged (the server wins on conflict), new ones are created with syncedAt, an invalid one is refused alone (its SyncResult lists the rules of registerActivity it breaks; the others still sync). One transaction. Peer mentors and coordinators. Refused whole by: required_fields (a row without clientId; field activities[i].clientId), offline_sync_conflict_resolution (a clientId twice in the batch). Publishes activity.activity.registered per created activity. Flag: activity_registration. */
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
  /** Updates a contact in the caller's scope (NOT_FOUND otherwise); a field left out is kept, an empty address or health information clears it. Peer mentors, coordinators, organization administrators. Refused by: required_fields (a name set to null), name_length, text_length. Publishes no event. */
  updateContact: Contact;
  /**
   * Withdraws an activity that is still a draft, awaiting review or flagged (its mentor, or a coordinator of its local association): the row and its
   * status log stay, its status becomes WITHDRAWN and it counts nowhere any more (statistics, the Bufdir report). Refused with
   * immutable_after_approval once approved and approval_workflow_transition once rejected or withdrawn. Publishes activity.activity.withdrawn and an
   * audit entry (activity.withdrawn).
   */
  withdrawActivity: Activity;
};


/** Write operations. Each subgraph adds its own; a mutation runs in one transaction of its subgraph and publishes its events through that subgraph's outbox after the commit. */
export type MutationAddContactNoteArgs = {
  body: Scalars['String']['input'];
  contactId: Scalars['ID']['input'];
};


/** Write operations. Each subgraph adds its own; a mutation runs in one transaction of its subgraph and publishes its events through that subgraph's outbox after the commit. */
export type MutationAddContactRelationArgs = {
  contactId: Scalars['ID']['input'];
  input: ContactRelationInput;
};


/** Write operations. Each subgraph adds its own; a mutation runs in one transaction of its subgraph and publishes its events through that subgraph's outbox after the commit. */
export type MutationApproveActivitiesArgs = {
  ids: Array<Scalars['ID']['input']>;
};


/** Write operations. Each subgraph adds its own; a mutation runs in one transaction of its subgraph and publishes its events through that subgraph's outbox after the commit. */
export type MutationApproveActivityArgs = {
  id: Scalars['ID']['input'];
};


/** Write operations. Each subgraph adds its own; a mutation runs in one transaction of its subgraph and publishes its events through that subgraph's outbox after the commit. */
export type MutationAttachDocumentArgs = {
  input: AttachDocumentInput;
};


/** Write operations. Each subgraph adds its own; a mutation runs in one transaction of its subgraph and publishes its events through that subgraph's outbox after the commit. */
export type MutationCancelGatheringArgs = {
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};


/** Write operations. Each subgraph adds its own; a mutation runs in one transaction of its subgraph and publishes its events through that subgraph's outbox after the commit. */
export type MutationCreateContactArgs = {
  input: CreateContactInput;
};


/** Write operations. Each subgraph adds its own; a mutation runs in one transaction of its subgraph and publishes its events through that subgraph's outbox after the commit. */
export type MutationCreateGatheringArgs = {
  input: CreateGatheringInput;
};


/** Write operations. Each subgraph adds its own; a mutation runs in one transaction of its subgraph and publishes its events through that subgraph's outbox after the commit. */
export type MutationDispatchAssignmentArgs = {
  input: DispatchAssignmentInput;
};


/** Write operations. Each subgraph adds its own; a mutation runs in one transaction of its subgraph and publishes its events through that subgraph's outbox after the commit. */
export type MutationFlagActivityArgs = {
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
};


/** Write operations. Each subgraph adds its own; a mutation runs in one transaction of its subgraph and publishes its events through that subgraph's outbox after the commit. */
export type MutationMoveAssignmentArgs = {
  id: Scalars['ID']['input'];
  status: AssignmentStatus;
};


/** Write operations. Each subgraph adds its own; a mutation runs in one transaction of its subgraph and publishes its events through that subgraph's outbox after the commit. */
export type MutationPublishGatheringArgs = {
  id: Scalars['ID']['input'];
};


/** Write operations. Each subgraph adds its own; a mutation runs in one transaction of its subgraph and publishes its events through that subgraph's outbox after the commit. */
export type MutationRecordGatheringAttendanceArgs = {
  attendedUserIds: Array<Scalars['ID']['input']>;
  createActivities?: InputMaybe<Scalars['Boolean']['input']>;
  gatheringId: Scalars['ID']['input'];
};


/** Write operations. Each subgraph adds its own; a mutation runs in one transaction of its subgraph and publishes its events through that subgraph's outbox after the commit. */
export type MutationRegisterActivitiesArgs = {
  activities: Array<RegisterActivityInput>;
};


/** Write operations. Each subgraph adds its own; a mutation runs in one transaction of its subgraph and publishes its events through that subgraph's outbox after the commit. */
export type MutationRegisterActivitiesCsvArgs = {
  csv: Scalars['String']['input'];
};


/** Write operations. Each subgraph adds its own; a mutation runs in one transaction of its subgraph and publishes its events through that subgraph's outbox after the commit. */
export type MutationRegisterActivityArgs = {
  input: RegisterActivityInput;
};


/** Write operations. Each subgraph adds its own; a mutation runs in one transaction of its subgraph and publishes its events through that subgraph's outbox after the commit. */
export type MutationRegisterForGatheringArgs = {
  gatheringId: Scalars['ID']['input'];
  userId?: InputMaybe<Scalars['ID']['input']>;
};


/** Write operations. Each subgraph adds its own; a mutation runs in one transaction of its subgraph and publishes its events through that subgraph's outbox after the commit. */
export type MutationRejectActivityArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


/** Write operations. Each subgraph adds its own; a mutation runs in one transaction of its subgraph and publishes its events through that subgraph's outbox after the commit. */
export type MutationResolveDuplicateArgs = {
  decision: DuplicateDecision;
  id: Scalars['ID']['input'];
};


/** Write operations. Each subgraph adds its own; a mutation runs in one transaction of its subgraph and publishes its events through that subgraph's outbox after the commit. */
export type MutationSignConfidentialityDeclarationArgs = {
  input: SignConfidentialityDeclarationInput;
};


/** Write operations. Each subgraph adds its own; a mutation runs in one transaction of its subgraph and publishes its events through that subgraph's outbox after the commit. */
export type MutationSubmitActivityArgs = {
  id: Scalars['ID']['input'];
};


/** Write operations. Each subgraph adds its own; a mutation runs in one transaction of its subgraph and publishes its events through that subgraph's outbox after the commit. */
export type MutationSyncActivitiesArgs = {
  activities: Array<RegisterActivityInput>;
};


/** Write operations. Each subgraph adds its own; a mutation runs in one transaction of its subgraph and publishes its events through that subgraph's outbox after the commit. */
export type MutationUpdateActivityArgs = {
  id: Scalars['ID']['input'];
  input: UpdateActivityInput;
};


/** Write operations. Each subgraph adds its own; a mutation runs in one transaction of its subgraph and publishes its events through that subgraph's outbox after the commit. */
export type MutationUpdateContactArgs = {
  id: Scalars['ID']['input'];
  input: UpdateContactInput;
};


/** Write operations. Each subgraph adds its own; a mutation runs in one transaction of its subgraph and publishes its events through that subgraph's outbox after the commit. */
export type MutationWithdrawActivityArgs = {
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};

/** Where a page of a connection ends: pass endCursor as `after` to get the next page while hasNextPage is true. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** The cursor of the page's last edge (null for an empty page). */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** True when another page follows this one. */
  hasNextPage: Scalars['Boolean']['output'];
};

/** Read operations. activity, finance, identity, organization, engagement and reporting each add their root fields; the gateway plans each field to its subgraph. */
export type Query = {
  __typename?: 'Query';
  /** The activities the caller may see (as for activity), newest activity date first. Paged: first 1-100 (default 20), after the previous page's endCursor (page_size_range, cursor_format). Flag: activity_registration. */
  activities: ActivityConnection;
  /** One activity the caller may see (peer mentors the activities they performed, coordinators their local association's, organization administrators the organization's); null when it does not exist or is out of scope. Any signed-in role. Flag: activity_registration. */
  activity?: Maybe<Activity>;
  /** The caller's organization's activity types, by name (the active ones unless includeInactive). Any signed-in role. */
  activityTypes: Array<ActivityType>;
  /** One assignment, if the caller is its mentor or its dispatching coordinator (null otherwise). Peer mentors and coordinators. Flag: encrypted_assignments. */
  assignment?: Maybe<Assignment>;
  /** The caller's assignments (as mentor or as dispatching coordinator), newest first, at most 200. Peer mentors and coordinators. Flag: encrypted_assignments. */
  assignments: Array<Assignment>;
  /** Signed confidentiality declarations, oldest first: of one mentor, or every one the caller may see. Any signed-in role. */
  confidentialityDeclarations: Array<Document>;
  /** One contact in the caller's scope (peer mentors and coordinators their local association's, organization administrators the organization's); null otherwise. Any signed-in role; the sensitive-field policy decides which fields it shows. */
  contact?: Maybe<Contact>;
  /** The caregivers and next of kin of a contact in the caller's scope, oldest first (empty when the sensitive-field policy hides caregivers from the caller; each phone read is audited). NOT_FOUND for a contact out of scope. Any signed-in role. Flag: caregiver_contacts. */
  contactRelations: Array<ContactRelation>;
  /** The contacts in the caller's scope (as for contact), by last name, first name and id. Paged: first 1-100 (default 20), after the previous page's endCursor (page_size_range, cursor_format). */
  contacts: ContactConnection;
  /**
   * Contacts of the caller's organization past its retention (organization settings retention.contactInactiveYears,
   * default 5): nothing happened with them (created, an activity, a note, an assignment change) for that many whole
   * years. Proposals for erasure only: nothing is erased or changed. Oldest last activity first, at most 500.
   * Organization administrators only (others: FORBIDDEN). Every contact listed leaves an audit entry
   * (activity.sensitive_reads field retention_proposal, published as activity.audit.recorded).
   */
  contactsPastRetention: Array<RetentionProposal>;
  /** A document the caller may see (the same visibility as activities: mentors their own, coordinators their local association's, administrators the organization's); null otherwise. Any signed-in role. */
  document?: Maybe<Document>;
  /** One gathering the caller may see (their local association's; administrators the organization's; drafts only to their organizer and coordinators); null otherwise. Any signed-in role. Flag: events. */
  gathering?: Maybe<Gathering>;
  /** The gatherings the caller may see, soonest first. Paged: first 1-100 (default 20), after the previous page's endCursor (page_size_range, cursor_format). Any signed-in role. Flag: events. */
  gatherings: GatheringConnection;
  /** A reviewer's queue: the activities PENDING_REVIEW or FLAGGED in a coordinator's local association (an organization administrator's: the organization's), newest activity date first. Paged: first 1-100 (default 20), after the previous page's endCursor (page_size_range, cursor_format). Coordinators and organization administrators. Flag: activity_registration. */
  reviewQueue: ActivityConnection;
};


/** Read operations. activity, finance, identity, organization, engagement and reporting each add their root fields; the gateway plans each field to its subgraph. */
export type QueryActivitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<ActivityStatus>;
};


/** Read operations. activity, finance, identity, organization, engagement and reporting each add their root fields; the gateway plans each field to its subgraph. */
export type QueryActivityArgs = {
  id: Scalars['ID']['input'];
};


/** Read operations. activity, finance, identity, organization, engagement and reporting each add their root fields; the gateway plans each field to its subgraph. */
export type QueryActivityTypesArgs = {
  includeInactive?: InputMaybe<Scalars['Boolean']['input']>;
};


/** Read operations. activity, finance, identity, organization, engagement and reporting each add their root fields; the gateway plans each field to its subgraph. */
export type QueryAssignmentArgs = {
  id: Scalars['ID']['input'];
};


/** Read operations. activity, finance, identity, organization, engagement and reporting each add their root fields; the gateway plans each field to its subgraph. */
export type QueryConfidentialityDeclarationsArgs = {
  userId?: InputMaybe<Scalars['ID']['input']>;
};


/** Read operations. activity, finance, identity, organization, engagement and reporting each add their root fields; the gateway plans each field to its subgraph. */
export type QueryContactArgs = {
  id: Scalars['ID']['input'];
};


/** Read operations. activity, finance, identity, organization, engagement and reporting each add their root fields; the gateway plans each field to its subgraph. */
export type QueryContactRelationsArgs = {
  contactId: Scalars['ID']['input'];
};


/** Read operations. activity, finance, identity, organization, engagement and reporting each add their root fields; the gateway plans each field to its subgraph. */
export type QueryContactsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Read operations. activity, finance, identity, organization, engagement and reporting each add their root fields; the gateway plans each field to its subgraph. */
export type QueryDocumentArgs = {
  id: Scalars['ID']['input'];
};


/** Read operations. activity, finance, identity, organization, engagement and reporting each add their root fields; the gateway plans each field to its subgraph. */
export type QueryGatheringArgs = {
  id: Scalars['ID']['input'];
};


/** Read operations. activity, finance, identity, organization, engagement and reporting each add their root fields; the gateway plans each field to its subgraph. */
export type QueryGatheringsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<GatheringStatus>;
};


/** Read operations. activity, finance, identity, organization, engagement and reporting each add their root fields; the gateway plans each field to its subgraph. */
export type QueryReviewQueueArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** An activity to register (registerActivity, registerActivities, syncActivities). */
export type RegisterActivityInput = {
  /** When it took place, ISO 8601: a calendar date (2026-03-14, taken as 00:00 UTC) or a date-time with an offset (2026-03-14T10:30:00+01:00, 2026-03-14T09:30:00Z); now when omitted (quick log). At most 24 hours ahead (activity_date_not_future), not before the organization's floor (activity_date_floor, default 2000-01-01); anything else is refused as date_format. */
  activityDate?: InputMaybe<Scalars['String']['input']>;
  /** The activity type's key in the organization's catalog (e.g. home_visit); an active type (activity_type_enum). */
  activityTypeKey: Scalars['String']['input'];
  /** The offline client's batch id (with isBulkRegistration; bulk_fields_consistency). */
  bulkBatchId?: InputMaybe<Scalars['ID']['input']>;
  /** The device calendar's id of the event the activity was logged from. */
  calendarEventId?: InputMaybe<Scalars['String']['input']>;
  /** The client's own id for the activity (an idempotency key; offline sync requires it): sending it again returns the stored activity and changes nothing, also while the first request is still running. */
  clientId?: InputMaybe<Scalars['String']['input']>;
  /** The contact met: a contact in the caller's scope (valid_contact_reference). */
  contactId?: InputMaybe<Scalars['ID']['input']>;
  /** ISO 3166-1 alpha-2 country of the location; NO when omitted. */
  country?: InputMaybe<Scalars['String']['input']>;
  /** Free-text notes, at most 5000 characters (description_length). */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Minutes, 1 to 1440; 30 when omitted (quick log). */
  durationMinutes?: InputMaybe<Scalars['Int']['input']>;
  /** An offline client's bulk registration: true with its bulkBatchId (both or neither). */
  isBulkRegistration?: InputMaybe<Scalars['Boolean']['input']>;
  /** True when a coordinator registers on behalf of the mentor in userId. */
  isProxyRegistration?: InputMaybe<Scalars['Boolean']['input']>;
  /** Where it took place (free text). */
  location?: InputMaybe<Scalars['String']['input']>;
  /** Organization-specific data not covered by the fields (any JSON). */
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

/** A contact proposed for erasure because they have been inactive longer than the organization's retention (issue 24 item 5). */
export type RetentionProposal = {
  __typename?: 'RetentionProposal';
  /** The contact (its fields follow the sensitive-field policy as everywhere). */
  contact: Contact;
  /** When the last thing happened with the contact: created, an activity's date, a note or an assignment change. */
  lastActivityAt: Scalars['DateTime']['output'];
  /** The organization's retention the proposal was made against, in whole years. */
  retentionYears: Scalars['Int']['output'];
};

/** A broken rule (seed 002 name) on a field. */
export type RuleError = {
  __typename?: 'RuleError';
  /** The input field it concerns (e.g. durationMinutes). */
  field: Scalars['String']['output'];
  /** What is wrong, for people. */
  message: Scalars['String']['output'];
  /** The rule's name (e.g. duration_range); docs/errors.md lists them. */
  rule: Scalars['String']['output'];
};

/** A signed confidentiality declaration to register. */
export type SignConfidentialityDeclarationInput = {
  /** The signed declaration, base64-encoded (JPEG, PNG, HEIC or PDF; at most 10 MiB decoded). */
  contentBase64: Scalars['String']['input'];
  /** The type the client claims; refused when the bytes disagree. */
  contentType?: InputMaybe<Scalars['String']['input']>;
  /** The organization's name for the declaration text that was signed (e.g. "2026" or "v2"): 1-40 letters, digits, '.', '_' or '-'. */
  declarationVersion: Scalars['String']['input'];
  /** The uploader's file name, 1 to 200 characters (shown only, never used as a path). */
  fileName: Scalars['String']['input'];
  /** The mentor who signed; omitted: the caller. Coordinators register their local association's members, administrators the organization's. */
  userId?: InputMaybe<Scalars['ID']['input']>;
};

/** What offline sync did with one activity. */
export type SyncOutcome =
  /** Received before and unchanged: the stored activity is returned. */
  | 'ALREADY_SYNCED'
  /** Received before but the phone's copy differs: the stored (server) version is returned and kept. */
  | 'CONFLICT_SERVER_WINS'
  /** New: created now, with syncedAt. */
  | 'CREATED'
  /** Not stored: see errors (a broken rule, or a clientId that belongs to another user's activity). */
  | 'REFUSED';

/** One row of syncActivities' answer, in the order of the rows sent. */
export type SyncResult = {
  __typename?: 'SyncResult';
  /** The stored activity (the server's version); null when refused. */
  activity?: Maybe<Activity>;
  /** The clientId the row was sent with. */
  clientId: Scalars['String']['output'];
  /** The rules the row breaks (empty unless REFUSED). */
  errors: Array<RuleError>;
  /** What happened to the row. */
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

/** Changes to a contact: a field left out is kept. */
export type UpdateContactInput = {
  /** New address, at most 5000 characters; empty or null clears it. */
  address?: InputMaybe<Scalars['String']['input']>;
  /** New first name, 1 to 100 characters (null is refused). */
  firstName?: InputMaybe<Scalars['String']['input']>;
  /** New health information, at most 5000 characters; empty or null clears it. */
  healthInfo?: InputMaybe<Scalars['String']['input']>;
  /** New last name, 1 to 100 characters (null is refused). */
  lastName?: InputMaybe<Scalars['String']['input']>;
  /** New municipality; empty or null clears it. */
  municipality?: InputMaybe<Scalars['String']['input']>;
};

/** A user. Owned by the identity subgraph; the activity subgraph adds the activities they performed. */
export type User = {
  __typename?: 'User';
  /** The activities this user performed, as far as the caller may see them; newest first. Added by the activity subgraph. Paged: first 1-100 (default 20), after the previous page's endCursor (page_size_range, cursor_format). */
  activities: ActivityConnection;
  /** The user's id. */
  id: Scalars['ID']['output'];
};


/** A user. Owned by the identity subgraph; the activity subgraph adds the activities they performed. */
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
  RetentionProposal: ResolverTypeWrapper<RetentionProposalModel>;
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
  RetentionProposal: RetentionProposalModel;
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
  localAssociation?: Resolver<ResolversTypes['LocalAssociation'], ParentType, ContextType>;
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
  contactsPastRetention?: Resolver<Array<ResolversTypes['RetentionProposal']>, ParentType, ContextType>;
  document?: Resolver<Maybe<ResolversTypes['Document']>, ParentType, ContextType, RequireFields<QueryDocumentArgs, 'id'>>;
  gathering?: Resolver<Maybe<ResolversTypes['Gathering']>, ParentType, ContextType, RequireFields<QueryGatheringArgs, 'id'>>;
  gatherings?: Resolver<ResolversTypes['GatheringConnection'], ParentType, ContextType, Partial<QueryGatheringsArgs>>;
  reviewQueue?: Resolver<ResolversTypes['ActivityConnection'], ParentType, ContextType, Partial<QueryReviewQueueArgs>>;
}>;

export type RetentionProposalResolvers<ContextType = ActivityContext, ParentType extends ResolversParentTypes['RetentionProposal'] = ResolversParentTypes['RetentionProposal']> = ResolversObject<{
  contact?: Resolver<ResolversTypes['Contact'], ParentType, ContextType>;
  lastActivityAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  retentionYears?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
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
  RetentionProposal?: RetentionProposalResolvers<ContextType>;
  RuleError?: RuleErrorResolvers<ContextType>;
  SyncResult?: SyncResultResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
}>;

export type DirectiveResolvers<ContextType = ActivityContext> = ResolversObject<{
  feature?: FeatureDirectiveResolver<any, any, ContextType>;
}>;
