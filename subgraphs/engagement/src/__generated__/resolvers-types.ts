import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { CourseRow } from '../db/schema/courses.js';
import type { BadgeRow, AwardedBadge } from '../db/schema/badges.js';
import type { EntityRef, ReminderSettingRef, PreferenceRef, EngagementContext } from '../context.js';
import type { EnrollmentRow, SessionRow, ParticipantRow } from '../db/schema/enrollments.js';
import type { CertificationTypeRow, CertificationRow, CertificationRenewalRow } from '../db/schema/certifications.js';
import type { NotificationRow, DeliveryRow } from '../db/schema/notifications.js';
import type { ReferralLinkRow, ToolboxCardRow, FaqItemRow } from '../db/schema/referrals.js';
import type { Funnel } from '../domain/referral.js';
import type { PushDeviceRow } from '../db/schema/push-devices.js';
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
  /** A calendar day, YYYY-MM-DD. */
  LocalDate: { input: string; output: string; }
  _FieldSet: { input: unknown; output: unknown; }
};

/** An achievement in an organization's badge catalog. */
export type Badge = {
  __typename?: 'Badge';
  /** What it is for. */
  description?: Maybe<Scalars['String']['output']>;
  /** The badge's id. */
  id: Scalars['ID']['output'];
  /** A stable key, unique in the organization's catalog. */
  key: Scalars['String']['output'];
  /** The name people read. */
  name: Scalars['String']['output'];
  /** What earns it. */
  trigger: BadgeTrigger;
};

/** What earns a badge. */
export type BadgeTrigger =
  /** 10 approved activities. */
  | 'APPROVED_ACTIVITIES_10'
  /** 50 approved activities. */
  | 'APPROVED_ACTIVITIES_50'
  /** 100 approved activities. */
  | 'APPROVED_ACTIVITIES_100'
  /** A course completed (attendance recorded). */
  | 'COURSE_COMPLETED'
  /** The first approved activity in the organization. */
  | 'FIRST_ACTIVITY'
  /** Awarded by hand only (awardBadge). */
  | 'MANUAL'
  /** A year since the first approved activity. */
  | 'ONE_YEAR';

/** A user's certification of one type; renewals extend it and are kept in its history. */
export type Certification = {
  __typename?: 'Certification';
  /** The course that issued it last; null when issued otherwise. */
  course?: Maybe<Course>;
  /** The certification's id. */
  id: Scalars['ID']['output'];
  /** When the latest issue was made. */
  issuedAt: Scalars['DateTime']['output'];
  /** Every issue of this certification, oldest first. */
  renewals: Array<CertificationRenewal>;
  /** When it was revoked; null unless REVOKED. */
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Why it was revoked. */
  revokedReason?: Maybe<Scalars['String']['output']>;
  /** Its state, moved on by a daily sweep (Norwegian days). */
  status: CertificationStatus;
  /** Its type. */
  type: CertificationType;
  /** Who holds it. */
  user: User;
  /** First valid day of the latest issue. */
  validFrom: Scalars['LocalDate']['output'];
  /** Last valid day; null = never expires. */
  validUntil?: Maybe<Scalars['LocalDate']['output']>;
};

/** One issue (or renewal) of a certification. */
export type CertificationRenewal = {
  __typename?: 'CertificationRenewal';
  /** The course that issued it. */
  course?: Maybe<Course>;
  /** When it was issued. */
  issuedAt: Scalars['DateTime']['output'];
  /** First valid day of this issue. */
  validFrom: Scalars['LocalDate']['output'];
  /** Last valid day of this issue; null = never expires. */
  validUntil?: Maybe<Scalars['LocalDate']['output']>;
};

/** A certification's state. */
export type CertificationStatus =
  /** Valid, more than 30 days left (or no expiry). */
  | 'ACTIVE'
  /** Past its last valid day. */
  | 'EXPIRED'
  /** Valid, 30 days or fewer left. */
  | 'EXPIRING'
  /** Revoked by an administrator (until a renewal). */
  | 'REVOKED';

/** A kind of certification the organization issues. */
export type CertificationType = {
  __typename?: 'CertificationType';
  /** Whether this is the basic course a mentor needs to count for Bufdir. */
  basicCourse: Scalars['Boolean']['output'];
  /** The type's id. */
  id: Scalars['ID']['output'];
  /** a-z, 0-9 and _, unique in the organization. */
  key: Scalars['String']['output'];
  /** The name people read. */
  name: Scalars['String']['output'];
  /** Months of validity; null = never expires. */
  validityMonths?: Maybe<Scalars['Int']['output']>;
};

/** A training course, certification programme or career workshop an organization offers its mentors and coordinators. An entity owned by engagement (key id). */
export type Course = {
  __typename?: 'Course';
  /** Places (seats). */
  capacity: Scalars['Int']['output'];
  /** The certification type completing it issues; null when none. */
  certificationType?: Maybe<CertificationType>;
  /** When it was added. */
  createdAt: Scalars['DateTime']['output'];
  /** Free text. */
  description?: Maybe<Scalars['String']['output']>;
  /** The last day; null for a one-day course. */
  endsOn?: Maybe<Scalars['LocalDate']['output']>;
  /** The enrollments, in the order people asked (coordinators and administrators; a mentor sees only their own). */
  enrollments: Array<CourseEnrollment>;
  /** The course's id. */
  id: Scalars['ID']['output'];
  /** What kind of course it is. */
  kind: CourseKind;
  /** Where it takes place. */
  location?: Maybe<Scalars['String']['output']>;
  /** Seats taken (registered and attended). */
  seatsTaken: Scalars['Int']['output'];
  /** The first day. */
  startsOn: Scalars['LocalDate']['output'];
  /** Whether it takes enrollments (OPEN only). */
  status: CourseStatus;
  /** The course's title. */
  title: Scalars['String']['output'];
};

/** A page of courses (Relay connection). */
export type CourseConnection = {
  __typename?: 'CourseConnection';
  /** The courses of the page. */
  edges: Array<CourseEdge>;
  /** Where the page ends. */
  pageInfo: PageInfo;
};

/** A course and its cursor. */
export type CourseEdge = {
  __typename?: 'CourseEdge';
  /** Pass as `after` to continue after this course. */
  cursor: Scalars['String']['output'];
  /** The course. */
  node: Course;
};

/** A user's enrollment in a course. */
export type CourseEnrollment = {
  __typename?: 'CourseEnrollment';
  /** When attendance (completion) was recorded. */
  attendedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The course. */
  course: Course;
  /** The enrollment's id. */
  id: Scalars['ID']['output'];
  /** When the enrollment moved up from the waitlist. */
  promotedAt?: Maybe<Scalars['DateTime']['output']>;
  /** When a seat was taken (at enrollment or on promotion). */
  registeredAt?: Maybe<Scalars['DateTime']['output']>;
  /** Where it stands. */
  status: EnrollmentStatus;
  /** Who is enrolled. */
  user: User;
  /** 1-based place on the waitlist while waitlisted. */
  waitlistPosition?: Maybe<Scalars['Int']['output']>;
  /** When it was withdrawn. */
  withdrawnAt?: Maybe<Scalars['DateTime']['output']>;
};

/** What kind of course. */
export type CourseKind =
  /** A career workshop. */
  | 'CAREER_WORKSHOP'
  /** A course that leads to a certification. */
  | 'CERTIFICATION'
  /** Continuing education. */
  | 'CONTINUING_EDUCATION';

/** Where a course stands. */
export type CourseStatus =
  /** Called off. */
  | 'CANCELLED'
  /** No longer taking enrollments. */
  | 'CLOSED'
  /** Taking enrollments. */
  | 'OPEN'
  /** Announced, not yet taking enrollments. */
  | 'PLANNED';

/** A new certification type. */
export type CreateCertificationTypeInput = {
  /** Whether this is the basic course a mentor needs to count for Bufdir. */
  basicCourse?: InputMaybe<Scalars['Boolean']['input']>;
  /** a-z, 0-9 and _ (rule key_format), unique in the organization. */
  key: Scalars['String']['input'];
  /** 1 to 200 characters (rule name_length). */
  name: Scalars['String']['input'];
  /** Months of validity (rule validity_positive); empty = never expires. */
  validityMonths?: InputMaybe<Scalars['Int']['input']>;
};

/** A new course. */
export type CreateCourseInput = {
  /** A positive number of places (rule capacity_positive). */
  capacity: Scalars['Int']['input'];
  /** The certification type completing the course issues. */
  certificationTypeId?: InputMaybe<Scalars['ID']['input']>;
  /** Free text; blank: none. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** On or after startsOn (rule date_order); empty for a one-day course. */
  endsOn?: InputMaybe<Scalars['LocalDate']['input']>;
  /** What kind of course it is. */
  kind: CourseKind;
  /** Where it takes place, free text. */
  location?: InputMaybe<Scalars['String']['input']>;
  /** The first day. */
  startsOn: Scalars['LocalDate']['input'];
  /** PLANNED unless given. */
  status?: InputMaybe<CourseStatus>;
  /** 1 to 200 characters (rule title_length). */
  title: Scalars['String']['input'];
};

/** A new help item. */
export type CreateFaqItemInput = {
  /** 1 to 10,000 characters (rule answer_length). */
  answer: Scalars['String']['input'];
  /** For every organization (global administrators only). */
  forAllOrganizations?: InputMaybe<Scalars['Boolean']['input']>;
  /** The product key, a-z, 0-9, _ and - (rule product_format). */
  product: Scalars['String']['input'];
  /** 1 to 500 characters (rule question_length). */
  question: Scalars['String']['input'];
};

/** A new mentor programme session. */
export type CreateMentorProgramSessionInput = {
  /** Free text; blank: none. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** On or after startsOn (rule date_order). */
  endsOn: Scalars['LocalDate']['input'];
  /** Where it takes place, free text. */
  location?: InputMaybe<Scalars['String']['input']>;
  /** The first day. */
  startsOn: Scalars['LocalDate']['input'];
  /** 1 to 200 characters (rule title_length). */
  title: Scalars['String']['input'];
};

/** A new toolbox card. */
export type CreateToolboxCardInput = {
  /** Rule body_length. */
  body: Scalars['String']['input'];
  /** A link to a picture, video or other resource for the card. */
  mediaUrl?: InputMaybe<Scalars['String']['input']>;
  /** a-z, 0-9, _ and - (rule product_format). */
  product: Scalars['String']['input'];
  /** Position among the product's cards, ascending (default 0). */
  sortOrder?: InputMaybe<Scalars['Int']['input']>;
  /** Rule title_length. */
  title: Scalars['String']['input'];
  /** A grouping within the product, free text. */
  topic?: InputMaybe<Scalars['String']['input']>;
};

/** A way a notification reaches the user. */
export type DeliveryChannel =
  /** An e-mail. */
  | 'EMAIL'
  /** The in-app inbox (always, while the category is on). */
  | 'IN_APP'
  /** A push to the user's registered devices. */
  | 'PUSH'
  /** A text message. */
  | 'SMS';

/** Where an external delivery stands. */
export type DeliveryStatus =
  /** The user's app confirmed a push arrived. */
  | 'DELIVERED'
  /** Given up after 4 attempts. */
  | 'FAILED'
  /** Waiting to be sent (or for quiet hours or a retry). */
  | 'QUEUED'
  /** Accepted by the provider. */
  | 'SENT';

/** Where an enrollment stands. */
export type EnrollmentStatus =
  /** Completed the course (holds the seat; final). */
  | 'ATTENDED'
  /** Holds a seat. */
  | 'REGISTERED'
  /** On the waitlist (no free seat when they enrolled). */
  | 'WAITLISTED'
  /** Withdrawn (may enroll again). */
  | 'WITHDRAWN';

/** A help item (question and answer) of a product. */
export type FaqItem = {
  __typename?: 'FaqItem';
  /** The answer. */
  answer: Scalars['String']['output'];
  /** When the item was archived (null: in use). Archived items show only with faq(includeArchived: true). */
  archivedAt?: Maybe<Scalars['DateTime']['output']>;
  /** True when written for every organization. */
  forAllOrganizations: Scalars['Boolean']['output'];
  /** The item's id. */
  id: Scalars['ID']['output'];
  /** The product key it belongs to. */
  product: Scalars['String']['output'];
  /** The question. */
  question: Scalars['String']['output'];
  /** Position in the product's list (lower first; set by reorderFaqItems). */
  sortOrder: Scalars['Int']['output'];
};

/** A multi-day session of a mentor programme (group mentoring, career workshop). */
export type MentorProgramSession = {
  __typename?: 'MentorProgramSession';
  /** Every day of the session. */
  days: Array<Scalars['LocalDate']['output']>;
  /** Free text. */
  description?: Maybe<Scalars['String']['output']>;
  /** The last day. */
  endsOn: Scalars['LocalDate']['output'];
  /** The session's id. */
  id: Scalars['ID']['output'];
  /** Where it takes place. */
  location?: Maybe<Scalars['String']['output']>;
  /** The people taking part. */
  participants: Array<WorkshopParticipant>;
  /** The first day. */
  startsOn: Scalars['LocalDate']['output'];
  /** The session's title. */
  title: Scalars['String']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Adds a user to a session's participants (coordinators and administrators); adding someone already there returns
   * their participation unchanged. NOT_FOUND for a session not in the organization. Publishes no event.
   */
  addWorkshopParticipant: WorkshopParticipant;
  /** Archives an FAQ item (hidden from faq unless includeArchived), or with archived: false brings it back (same callers as updateFaqItem). Audited as faq_item.archived / faq_item.restored. */
  archiveFaqItem: FaqItem;
  /** Archives a toolbox card (hidden from toolboxCards unless includeArchived), or with archived: false brings it back (coordinators and administrators). Audited as toolbox_card.archived / toolbox_card.restored. */
  archiveToolboxCard: ToolboxCard;
  /**
   * Awards a catalog badge by hand (coordinators and administrators); a badge is never awarded twice (CONFLICT).
   * Publishes engagement.badge.awarded. Feature flag badges.
   */
  awardBadge: UserBadge;
  /** Cancels a course for good: every registered or waitlisted enrollment is withdrawn and the person gets a COURSE_CANCELLED notification naming the course (coordinators and organization administrators; rule course_cancelled when it is cancelled already). Audited as course.cancelled. */
  cancelCourse: Course;
  /** Closes an open course: its participants and waitlist stay, no new enrollments (coordinators and organization administrators; rules course_transition, course_cancelled). Audited as course.closed. */
  closeCourse: Course;
  /** The caller's app confirms that the pushes of these notifications arrived on the device: their SENT push deliveries become DELIVERED (providers report acceptance, not arrival). Returns the notifications (the caller's own only). */
  confirmNotificationsDelivered: Array<Notification>;
  /**
   * Adds a certification type to the caller's organization (organization and global administrators, within an
   * organization). Rules key_format, name_length, validity_positive; CONFLICT when the key is taken. Publishes no
   * event. Feature flag certifications.
   */
  createCertificationType: CertificationType;
  /**
   * Adds a course to the caller's organization (coordinators and organization administrators, acting within their
   * organization). Rules title_length, capacity_positive, date_order, certification_type_exists. Publishes no event.
   * Feature flag courses.
   */
  createCourse: Course;
  /**
   * Adds a help item for the caller's organization, or for every organization (organization and global administrators;
   * forAllOrganizations only global administrators, else FORBIDDEN). Rules product_format, question_length, answer_length.
   */
  createFaqItem: FaqItem;
  /**
   * Adds a multi-day mentor programme session to the caller's organization (coordinators and administrators).
   * Rules title_length, date_order. Publishes no event.
   */
  createMentorProgramSession: MentorProgramSession;
  /** A new personal invite link with a unique code, for the caller in the active organization (any signed-in member). Feature flag referrals. */
  createReferralLink: ReferralLink;
  /** Adds a toolbox card to the caller's organization (coordinators and administrators). Rules product_format, title_length, body_length. Feature flag toolbox. */
  createToolboxCard: ToolboxCard;
  /**
   * Enrolls the caller (or, for coordinators and administrators, userId) in an open course: a seat if one is free, else
   * the waitlist (re-enrolling after a withdrawal is allowed). Rules course_open, already_enrolled; FORBIDDEN when a
   * peer mentor names someone else. Publishes no event. Feature flag courses.
   */
  enrollInCourse: CourseEnrollment;
  /** Marks the caller's own notifications read (others' ids are ignored); returns them. */
  markNotificationsRead: Array<Notification>;
  /** Opens a planned or closed course for enrollment (coordinators and organization administrators; rules course_transition, course_cancelled). Audited as course.opened; publishes no event (the catalog has no course event). */
  openCourse: Course;
  /**
   * Marks a registered participant as having completed the course (coordinators and administrators); a certification
   * course issues or renews its certification, valid from the course's last day. Rule attendance_requires_seat.
   * Publishes engagement.badge.awarded (COURSE_COMPLETED badges not yet held) and, for a certification course,
   * engagement.certification.issued (and .expiring or .expired when the validity already is so). Feature flag courses.
   */
  recordCourseAttendance: CourseEnrollment;
  /**
   * Records a CLICK or INSTALL for an invite code (callable before sign-in); a step is counted once per subject
   * (device, visitor or user key). Other steps come from the person's own events (FORBIDDEN here); rule
   * subject_length; NOT_FOUND for an unknown code. Feature flag referrals.
   */
  recordReferralEvent: Scalars['Boolean']['output'];
  /** Records presence on one day of the session (coordinators and administrators; rule day_in_session); recording a day again replaces it. Publishes no event. */
  recordWorkshopAttendance: WorkshopParticipant;
  /** The caller's app registers its push token (FCM on Android, APNs on iOS) in the active organization; registering the same token again is harmless (rules push_token_format, platform_enum). */
  registerPushDevice: PushDevice;
  /** Puts the given FAQ items in this order (sortOrder 0, 1, 2, …; the order of faq without a search); items not named keep theirs (same callers as updateFaqItem; rules faq_unknown, ids_unique). Audited as faq_item.reordered. */
  reorderFaqItems: Array<FaqItem>;
  /** Puts the given cards in this order (sortOrder 0, 1, 2, …); cards not named keep their sortOrder (coordinators and administrators; rule card_unknown when an id is not a card of the organization, rule ids_unique). Audited as toolbox_card.reordered. Returns the named cards in their new order. */
  reorderToolboxCards: Array<ToolboxCard>;
  /**
   * Revokes a certification of the organization (organization and global administrators); a later renewal issues it
   * again. Rules already_revoked, reason_required. Publishes engagement.certification.revoked. Feature flag certifications.
   */
  revokeCertification: Certification;
  /** Switches a category on or off for the caller in the active organization, with its external channels (the in-app inbox always gets it while on). FORBIDDEN outside an organization. */
  setNotificationPreference: NotificationPreference;
  /** The caller's quiet hours in Norwegian time, minutes after midnight (null both: none). External deliveries wait until they end. Rule quiet_hours_range. */
  setQuietHours: Scalars['Boolean']['output'];
  /** Switches a reminder scenario on or off for the caller's organization (organization and global administrators). */
  setReminderScenario: ReminderSetting;
  /** The caller's app stops receiving pushes on this token (at sign-out); false when no active registration of the caller had it. */
  unregisterPushDevice: Scalars['Boolean']['output'];
  /** Edits a course; fields left out stay as they are (coordinators and organization administrators; rules title_length, capacity_positive, date_order, capacity_below_seats, course_cancelled, certification_type_exists). A raised capacity seats the first on the waitlist. Audited as course.updated with the fields changed. */
  updateCourse: Course;
  /** Edits an FAQ item; fields left out stay as they are (organization administrators their organization's items, global administrators also the items for every organization; rules product_format, question_length, answer_length). Audited as faq_item.updated. */
  updateFaqItem: FaqItem;
  /** Edits a toolbox card; fields left out stay as they are (coordinators and administrators; rules product_format, title_length, body_length). Audited as toolbox_card.updated. */
  updateToolboxCard: ToolboxCard;
  /**
   * Withdraws an enrollment (one's own, or any as coordinator/administrator); a freed seat goes to the first on the
   * waitlist, who gets a WAITLIST_PROMOTED notification. Rules already_withdrawn, attended_final. Publishes no event.
   * Feature flag courses.
   */
  withdrawEnrollment: CourseEnrollment;
};


export type MutationAddWorkshopParticipantArgs = {
  sessionId: Scalars['ID']['input'];
  userId: Scalars['ID']['input'];
};


export type MutationArchiveFaqItemArgs = {
  archived?: InputMaybe<Scalars['Boolean']['input']>;
  id: Scalars['ID']['input'];
};


export type MutationArchiveToolboxCardArgs = {
  archived?: InputMaybe<Scalars['Boolean']['input']>;
  id: Scalars['ID']['input'];
};


export type MutationAwardBadgeArgs = {
  badgeId: Scalars['ID']['input'];
  userId: Scalars['ID']['input'];
};


export type MutationCancelCourseArgs = {
  id: Scalars['ID']['input'];
};


export type MutationCloseCourseArgs = {
  id: Scalars['ID']['input'];
};


export type MutationConfirmNotificationsDeliveredArgs = {
  ids: Array<Scalars['ID']['input']>;
};


export type MutationCreateCertificationTypeArgs = {
  input: CreateCertificationTypeInput;
};


export type MutationCreateCourseArgs = {
  input: CreateCourseInput;
};


export type MutationCreateFaqItemArgs = {
  input: CreateFaqItemInput;
};


export type MutationCreateMentorProgramSessionArgs = {
  input: CreateMentorProgramSessionInput;
};


export type MutationCreateToolboxCardArgs = {
  input: CreateToolboxCardInput;
};


export type MutationEnrollInCourseArgs = {
  courseId: Scalars['ID']['input'];
  userId?: InputMaybe<Scalars['ID']['input']>;
};


export type MutationMarkNotificationsReadArgs = {
  ids: Array<Scalars['ID']['input']>;
};


export type MutationOpenCourseArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRecordCourseAttendanceArgs = {
  enrollmentId: Scalars['ID']['input'];
};


export type MutationRecordReferralEventArgs = {
  code: Scalars['String']['input'];
  step: ReferralStep;
  subject?: InputMaybe<Scalars['String']['input']>;
};


export type MutationRecordWorkshopAttendanceArgs = {
  day: Scalars['LocalDate']['input'];
  participantId: Scalars['ID']['input'];
  present: Scalars['Boolean']['input'];
};


export type MutationRegisterPushDeviceArgs = {
  platform: PushPlatform;
  token: Scalars['String']['input'];
};


export type MutationReorderFaqItemsArgs = {
  ids: Array<Scalars['ID']['input']>;
};


export type MutationReorderToolboxCardsArgs = {
  ids: Array<Scalars['ID']['input']>;
};


export type MutationRevokeCertificationArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationSetNotificationPreferenceArgs = {
  category: NotificationCategory;
  channels?: InputMaybe<Array<DeliveryChannel>>;
  enabled: Scalars['Boolean']['input'];
};


export type MutationSetQuietHoursArgs = {
  fromMinute?: InputMaybe<Scalars['Int']['input']>;
  untilMinute?: InputMaybe<Scalars['Int']['input']>;
};


export type MutationSetReminderScenarioArgs = {
  enabled: Scalars['Boolean']['input'];
  scenario: ReminderScenario;
};


export type MutationUnregisterPushDeviceArgs = {
  token: Scalars['String']['input'];
};


export type MutationUpdateCourseArgs = {
  id: Scalars['ID']['input'];
  input: UpdateCourseInput;
};


export type MutationUpdateFaqItemArgs = {
  id: Scalars['ID']['input'];
  input: UpdateFaqItemInput;
};


export type MutationUpdateToolboxCardArgs = {
  id: Scalars['ID']['input'];
  input: UpdateToolboxCardInput;
};


export type MutationWithdrawEnrollmentArgs = {
  enrollmentId: Scalars['ID']['input'];
};

/** A notification in a user's inbox. */
export type Notification = {
  __typename?: 'Notification';
  /** The text. */
  body: Scalars['String']['output'];
  /** What it is about. */
  category: NotificationCategory;
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** What it is about, as key/value pairs (ids the client can open). */
  data: Array<NotificationDatum>;
  /** Deliveries over external channels (push, e-mail, SMS). */
  deliveries: Array<NotificationDelivery>;
  /** The notification's id. */
  id: Scalars['ID']['output'];
  /** When the user read it; null while unread. */
  readAt?: Maybe<Scalars['DateTime']['output']>;
  /** A short title. */
  title: Scalars['String']['output'];
};

/** What a notification is about (the unit a user switches on or off). */
export type NotificationCategory =
  /** The mentor's Wrapped (year in review) is ready (reporting.wrapped.ready). */
  | 'ANNUAL_SUMMARY'
  /** Activities have waited 3 days or more for a coordinator's approval (reminder scenario APPROVAL_PENDING). */
  | 'APPROVAL_PENDING'
  /** A certification expires in 30 or 7 days (reminder scenarios CERTIFICATION_EXPIRING_30 and _7). */
  | 'CERTIFICATION_EXPIRING'
  /** A certification was issued or renewed. */
  | 'CERTIFICATION_STATUS'
  /** A course the person was registered or waitlisted for was cancelled (cancelCourse); data courseId, enrollmentId. */
  | 'COURSE_CANCELLED'
  /** A mentor has had no contact for 10 days (reminder scenario NO_CONTACT). */
  | 'NO_CONTACT'
  /** A seat became free and the user moved up from a course's waitlist. */
  | 'WAITLIST_PROMOTED';

/** One key/value pair of a notification's data (e.g. courseId and its id). */
export type NotificationDatum = {
  __typename?: 'NotificationDatum';
  /** The key, e.g. courseId, enrollmentId, certificationId. */
  key: Scalars['String']['output'];
  /** The value (an id or a number, as text). */
  value: Scalars['String']['output'];
};

/** A notification's delivery over one external channel. */
export type NotificationDelivery = {
  __typename?: 'NotificationDelivery';
  /** Send attempts so far (at most 4). */
  attempts: Scalars['Int']['output'];
  /** The channel. */
  channel: DeliveryChannel;
  /** The last failure's message; null when none. */
  lastError?: Maybe<Scalars['String']['output']>;
  /** When the provider accepted it. */
  sentAt?: Maybe<Scalars['DateTime']['output']>;
  /** Where it stands. */
  status: DeliveryStatus;
};

/** The caller's choice for one notification category. */
export type NotificationPreference = {
  __typename?: 'NotificationPreference';
  /** The category. */
  category: NotificationCategory;
  /** The external channels besides the inbox (empty: the inbox only). */
  channels: Array<DeliveryChannel>;
  /** Whether notifications of it are created at all. */
  enabled: Scalars['Boolean']['output'];
};

/** The caller's own notification settings in the active organization. */
export type NotificationSettings = {
  __typename?: 'NotificationSettings';
  /** One preference per category, in the order of NotificationCategory: the saved choice (channels: the external ones chosen), or the default (enabled, in-app only: no external channel). */
  preferences: Array<NotificationPreference>;
  /** Quiet hours as set with setQuietHours; null when none are set. */
  quietHours?: Maybe<QuietHours>;
};

export type Organization = {
  __typename?: 'Organization';
  /** The organization's courses, by start date (from engagement; only the caller's own organization has any). Rules page_size_range, cursor_format. */
  courses: CourseConnection;
  id: Scalars['ID']['output'];
};


export type OrganizationCoursesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Where a page of a connection ends (cursor pagination). */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** The cursor of the page's last item: pass it as `after` for the next page (null on an empty page). */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** True when more items follow this page. */
  hasNextPage: Scalars['Boolean']['output'];
};

/** A device of the user that receives pushes. */
export type PushDevice = {
  __typename?: 'PushDevice';
  /** False once unregistered or once the push service called the token dead. */
  active: Scalars['Boolean']['output'];
  /** When it stopped receiving pushes. */
  deactivatedAt?: Maybe<Scalars['DateTime']['output']>;
  /** unregistered, or what the push service answered (e.g. APNs 410 Unregistered). */
  deactivationReason?: Maybe<Scalars['String']['output']>;
  /** The registration's id. */
  id: Scalars['ID']['output'];
  /** The push service. */
  platform: PushPlatform;
  /** When it was (last) registered. */
  registeredAt: Scalars['DateTime']['output'];
  /** The push token as stored (APNs lower-case). */
  token: Scalars['String']['output'];
};

/** A push service. */
export type PushPlatform =
  /** FCM HTTP v1 */
  | 'ANDROID'
  /** APNs */
  | 'IOS';

export type Query = {
  __typename?: 'Query';
  /** The caller's organization's badge catalog, by name (any signed-in member). Feature flag badges. */
  badges: Array<Badge>;
  /** The organization's certification types, by name (any signed-in member). Feature flag certifications. */
  certificationTypes: Array<CertificationType>;
  /** The organization's certifications, soonest expiry first (coordinators and administrators). Feature flag certifications. */
  certifications: Array<Certification>;
  /** A course of the caller's organization (any signed-in member); null when there is none with this id there. Feature flag courses. */
  course?: Maybe<Course>;
  /** The caller's organization's courses, by start date (any signed-in member); rules page_size_range, cursor_format. Feature flag courses. */
  courses: CourseConnection;
  /** Help items of a product (the organization's and those for every organization); search is full text, Norwegian. Any signed-in member. */
  faq: Array<FaqItem>;
  /** A mentor programme session of the caller's organization (any signed-in member); null when there is none with this id there. */
  mentorProgramSession?: Maybe<MentorProgramSession>;
  /** The organization's mentor programme sessions, by start day (any signed-in member). */
  mentorProgramSessions: Array<MentorProgramSession>;
  /** The caller's certifications. Feature flag certifications. */
  myCertifications: Array<Certification>;
  /** The caller's enrollments (in the active organization). Feature flag courses. */
  myEnrollments: Array<CourseEnrollment>;
  /** Everything the caller has set about their notifications in the active organization: quiet hours and a preference for every category (the default, on and in-app only, where none was chosen). Any signed-in user, their own only. */
  myNotificationSettings: NotificationSettings;
  /** The caller's push devices in the active organization (active first). */
  myPushDevices: Array<PushDevice>;
  /** The caller's personal invite links. Feature flag referrals. */
  myReferralLinks: Array<ReferralLink>;
  /** The caller's notification preferences (categories without a choice are on, in-app only); empty outside an organization. */
  notificationPreferences: Array<NotificationPreference>;
  /** The caller's in-app inbox, newest first (their own notifications only). */
  notifications: Array<Notification>;
  /** Every invite link of the organization (coordinators and administrators). Feature flag referrals. */
  referralLinks: Array<ReferralLink>;
  /** The organization's whole referral funnel, all links added up (coordinators and administrators). Feature flag referrals. */
  referralSummary: ReferralFunnel;
  /** The organization's reminder scenarios and whether each is on (a scenario never set is on); any signed-in member reads them, empty outside an organization. */
  reminderSettings: Array<ReminderSetting>;
  /** The organization's toolbox cards, optionally of one product, in their order (any signed-in member). Feature flag toolbox. */
  toolboxCards: Array<ToolboxCard>;
  /** How many of the caller's notifications are unread. */
  unreadNotificationCount: Scalars['Int']['output'];
};


export type QueryCourseArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCoursesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryFaqArgs = {
  includeArchived?: InputMaybe<Scalars['Boolean']['input']>;
  product: Scalars['String']['input'];
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryMentorProgramSessionArgs = {
  id: Scalars['ID']['input'];
};


export type QueryNotificationsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  unreadOnly?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryToolboxCardsArgs = {
  includeArchived?: InputMaybe<Scalars['Boolean']['input']>;
  product?: InputMaybe<Scalars['String']['input']>;
};

/** A span of the day in Norwegian time in which external deliveries wait (may span midnight when fromMinute > untilMinute). */
export type QuietHours = {
  __typename?: 'QuietHours';
  /** Start, minutes after midnight (0 to 1439). */
  fromMinute: Scalars['Int']['output'];
  /** End, minutes after midnight (0 to 1439). */
  untilMinute: Scalars['Int']['output'];
};

/** Counts per funnel step; conversionRate = activations per click (null without clicks). */
export type ReferralFunnel = {
  __typename?: 'ReferralFunnel';
  /** First activities of people registered through the link. */
  activations: Scalars['Int']['output'];
  /** Links opened. */
  clicks: Scalars['Int']['output'];
  /** Activations per click, rounded to four decimals; null without clicks. */
  conversionRate?: Maybe<Scalars['Float']['output']>;
  /** First sign-ins of people registered through the link. */
  firstLogins: Scalars['Int']['output'];
  /** App installs. */
  installs: Scalars['Int']['output'];
  /** Invitations accepted with the code. */
  registrations: Scalars['Int']['output'];
};

/** A personal invite link. */
export type ReferralLink = {
  __typename?: 'ReferralLink';
  /** The invite code: 10 characters without look-alikes (no 0/O, 1/I/L). */
  code: Scalars['String']['output'];
  /** When the link was made. */
  createdAt: Scalars['DateTime']['output'];
  /** The steps taken through this link. */
  funnel: ReferralFunnel;
  /** The link's id. */
  id: Scalars['ID']['output'];
  /** Whose link it is. */
  referrer: User;
};

/** A step of the invite-link funnel. */
export type ReferralStep =
  /** The referred person registered their first activity (from activity's events). */
  | 'ACTIVATION'
  /** Someone opened the link (posted by the client). */
  | 'CLICK'
  /** The referred person signed in for the first time (from identity's events). */
  | 'FIRST_LOGIN'
  /** The app was installed from the link (posted by the client). */
  | 'INSTALL'
  /** The person accepted an invitation with the link's code (from identity's events). */
  | 'REGISTRATION';

/** A reminder the organization's reminder engine can send. */
export type ReminderScenario =
  /** Reminds coordinators of activities waiting 3 days or more for approval (at most weekly). */
  | 'APPROVAL_PENDING'
  /** Reminds a holder 7 days before a certification expires. */
  | 'CERTIFICATION_EXPIRING_7'
  /** Reminds a holder 30 days before a certification expires. */
  | 'CERTIFICATION_EXPIRING_30'
  /** Nudges a mentor after 10 days without contact (once per silence). */
  | 'NO_CONTACT';

/** Whether a reminder scenario is on for the organization. */
export type ReminderSetting = {
  __typename?: 'ReminderSetting';
  /** On (the default) or off. */
  enabled: Scalars['Boolean']['output'];
  /** The scenario. */
  scenario: ReminderScenario;
};

/** A conversation-starter card or practical resource in the mentor toolbox. */
export type ToolboxCard = {
  __typename?: 'ToolboxCard';
  /** When the card was archived (null: in use). Archived cards show only with toolboxCards(includeArchived: true). */
  archivedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The card's text. */
  body: Scalars['String']['output'];
  /** The card's id. */
  id: Scalars['ID']['output'];
  /** A link to a picture, video or other resource for the card. */
  mediaUrl?: Maybe<Scalars['String']['output']>;
  /** The product key it belongs to. */
  product: Scalars['String']['output'];
  /** Position among the product's cards, ascending. */
  sortOrder: Scalars['Int']['output'];
  /** The card's title. */
  title: Scalars['String']['output'];
  /** A grouping within the product. */
  topic?: Maybe<Scalars['String']['output']>;
};

/** A course edit: every field optional; a field left out stays as it is, null clears an optional one (description, endsOn, location, certificationTypeId). */
export type UpdateCourseInput = {
  /** A positive number of places, not under the seats taken (rules capacity_positive, capacity_below_seats). */
  capacity?: InputMaybe<Scalars['Int']['input']>;
  /** The certification type completing the course issues (rule certification_type_exists); null: none. */
  certificationTypeId?: InputMaybe<Scalars['ID']['input']>;
  /** Free text; null clears it. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Last day, on or after startsOn (rule date_order); null makes it a one-day course. */
  endsOn?: InputMaybe<Scalars['LocalDate']['input']>;
  /** What kind of course it is. */
  kind?: InputMaybe<CourseKind>;
  /** Where it takes place; null clears it. */
  location?: InputMaybe<Scalars['String']['input']>;
  /** First day (YYYY-MM-DD). */
  startsOn?: InputMaybe<Scalars['LocalDate']['input']>;
  /** 1 to 200 characters (rule title_length). */
  title?: InputMaybe<Scalars['String']['input']>;
};

/** An FAQ item edit: a field left out stays as it is. */
export type UpdateFaqItemInput = {
  /** Rule answer_length. */
  answer?: InputMaybe<Scalars['String']['input']>;
  /** a-z, 0-9, _ and - (rule product_format). */
  product?: InputMaybe<Scalars['String']['input']>;
  /** Rule question_length. */
  question?: InputMaybe<Scalars['String']['input']>;
};

/** A toolbox card edit: a field left out stays as it is; null clears topic or mediaUrl. */
export type UpdateToolboxCardInput = {
  /** Rule body_length. */
  body?: InputMaybe<Scalars['String']['input']>;
  /** A link to a picture or video; null clears it. */
  mediaUrl?: InputMaybe<Scalars['String']['input']>;
  /** a-z, 0-9, _ and - (rule product_format). */
  product?: InputMaybe<Scalars['String']['input']>;
  /** Position in the list (lower first). */
  sortOrder?: InputMaybe<Scalars['Int']['input']>;
  /** Rule title_length. */
  title?: InputMaybe<Scalars['String']['input']>;
  /** A grouping of cards; null clears it. */
  topic?: InputMaybe<Scalars['String']['input']>;
};

export type User = {
  __typename?: 'User';
  /** The badges the user holds in the caller's organization, oldest first (from engagement). */
  badges: Array<UserBadge>;
  /** The user's certifications in the caller's organization (from engagement): a peer mentor sees only their own, coordinators and administrators everyone's. */
  certifications: Array<Certification>;
  id: Scalars['ID']['output'];
};

/** A badge awarded to a user (never twice). */
export type UserBadge = {
  __typename?: 'UserBadge';
  /** When it was awarded. */
  awardedAt: Scalars['DateTime']['output'];
  /** The badge. */
  badge: Badge;
  /** The award's id. */
  id: Scalars['ID']['output'];
  /** Who holds it. */
  user: User;
};

/** Presence recorded for one day of a session. */
export type WorkshopAttendanceDay = {
  __typename?: 'WorkshopAttendanceDay';
  /** The day. */
  day: Scalars['LocalDate']['output'];
  /** Whether the participant was there. */
  present: Scalars['Boolean']['output'];
};

/** A user's participation in a mentor programme session. */
export type WorkshopParticipant = {
  __typename?: 'WorkshopParticipant';
  /** Recorded days, by day. */
  attendance: Array<WorkshopAttendanceDay>;
  /** How many days the participant was present. */
  daysPresent: Scalars['Int']['output'];
  /** The participation's id (for recordWorkshopAttendance). */
  id: Scalars['ID']['output'];
  /** The participant. */
  user: User;
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
  Course: Course;
  Organization: Organization;
  User: User;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Course:
    ( { __typename: 'Course' }
    & GraphQLRecursivePick<FederationTypes['Course'], {"id":true}> );
  Organization:
    ( { __typename: 'Organization' }
    & GraphQLRecursivePick<FederationTypes['Organization'], {"id":true}> );
  User:
    ( { __typename: 'User' }
    & GraphQLRecursivePick<FederationTypes['User'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  Badge: ResolverTypeWrapper<BadgeRow>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  BadgeTrigger: BadgeTrigger;
  Certification: ResolverTypeWrapper<CertificationRow>;
  CertificationRenewal: ResolverTypeWrapper<CertificationRenewalRow>;
  CertificationStatus: CertificationStatus;
  CertificationType: ResolverTypeWrapper<CertificationTypeRow>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Course: ResolverTypeWrapper<CourseRow>;
  CourseConnection: ResolverTypeWrapper<Omit<CourseConnection, 'edges'> & { edges: Array<ResolversTypes['CourseEdge']> }>;
  CourseEdge: ResolverTypeWrapper<Omit<CourseEdge, 'node'> & { node: ResolversTypes['Course'] }>;
  CourseEnrollment: ResolverTypeWrapper<EnrollmentRow>;
  CourseKind: CourseKind;
  CourseStatus: CourseStatus;
  CreateCertificationTypeInput: CreateCertificationTypeInput;
  CreateCourseInput: CreateCourseInput;
  CreateFaqItemInput: CreateFaqItemInput;
  CreateMentorProgramSessionInput: CreateMentorProgramSessionInput;
  CreateToolboxCardInput: CreateToolboxCardInput;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DeliveryChannel: DeliveryChannel;
  DeliveryStatus: DeliveryStatus;
  EnrollmentStatus: EnrollmentStatus;
  FaqItem: ResolverTypeWrapper<FaqItemRow>;
  LocalDate: ResolverTypeWrapper<Scalars['LocalDate']['output']>;
  MentorProgramSession: ResolverTypeWrapper<SessionRow>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Notification: ResolverTypeWrapper<NotificationRow>;
  NotificationCategory: NotificationCategory;
  NotificationDatum: ResolverTypeWrapper<NotificationDatum>;
  NotificationDelivery: ResolverTypeWrapper<DeliveryRow>;
  NotificationPreference: ResolverTypeWrapper<PreferenceRef>;
  NotificationSettings: ResolverTypeWrapper<Omit<NotificationSettings, 'preferences'> & { preferences: Array<ResolversTypes['NotificationPreference']> }>;
  Organization: ResolverTypeWrapper<EntityRef>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PushDevice: ResolverTypeWrapper<PushDeviceRow>;
  PushPlatform: PushPlatform;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  QuietHours: ResolverTypeWrapper<QuietHours>;
  ReferralFunnel: ResolverTypeWrapper<Funnel>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  ReferralLink: ResolverTypeWrapper<ReferralLinkRow>;
  ReferralStep: ReferralStep;
  ReminderScenario: ReminderScenario;
  ReminderSetting: ResolverTypeWrapper<ReminderSettingRef>;
  ToolboxCard: ResolverTypeWrapper<ToolboxCardRow>;
  UpdateCourseInput: UpdateCourseInput;
  UpdateFaqItemInput: UpdateFaqItemInput;
  UpdateToolboxCardInput: UpdateToolboxCardInput;
  User: ResolverTypeWrapper<EntityRef>;
  UserBadge: ResolverTypeWrapper<AwardedBadge>;
  WorkshopAttendanceDay: ResolverTypeWrapper<WorkshopAttendanceDay>;
  WorkshopParticipant: ResolverTypeWrapper<ParticipantRow>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Badge: BadgeRow;
  ID: Scalars['ID']['output'];
  Certification: CertificationRow;
  CertificationRenewal: CertificationRenewalRow;
  CertificationType: CertificationTypeRow;
  Boolean: Scalars['Boolean']['output'];
  Int: Scalars['Int']['output'];
  Course: CourseRow;
  CourseConnection: Omit<CourseConnection, 'edges'> & { edges: Array<ResolversParentTypes['CourseEdge']> };
  CourseEdge: Omit<CourseEdge, 'node'> & { node: ResolversParentTypes['Course'] };
  CourseEnrollment: EnrollmentRow;
  CreateCertificationTypeInput: CreateCertificationTypeInput;
  CreateCourseInput: CreateCourseInput;
  CreateFaqItemInput: CreateFaqItemInput;
  CreateMentorProgramSessionInput: CreateMentorProgramSessionInput;
  CreateToolboxCardInput: CreateToolboxCardInput;
  DateTime: Scalars['DateTime']['output'];
  FaqItem: FaqItemRow;
  LocalDate: Scalars['LocalDate']['output'];
  MentorProgramSession: SessionRow;
  Mutation: Record<PropertyKey, never>;
  Notification: NotificationRow;
  NotificationDatum: NotificationDatum;
  NotificationDelivery: DeliveryRow;
  NotificationPreference: PreferenceRef;
  NotificationSettings: Omit<NotificationSettings, 'preferences'> & { preferences: Array<ResolversParentTypes['NotificationPreference']> };
  Organization: EntityRef;
  PageInfo: PageInfo;
  PushDevice: PushDeviceRow;
  Query: Record<PropertyKey, never>;
  QuietHours: QuietHours;
  ReferralFunnel: Funnel;
  Float: Scalars['Float']['output'];
  ReferralLink: ReferralLinkRow;
  ReminderSetting: ReminderSettingRef;
  ToolboxCard: ToolboxCardRow;
  UpdateCourseInput: UpdateCourseInput;
  UpdateFaqItemInput: UpdateFaqItemInput;
  UpdateToolboxCardInput: UpdateToolboxCardInput;
  User: EntityRef;
  UserBadge: AwardedBadge;
  WorkshopAttendanceDay: WorkshopAttendanceDay;
  WorkshopParticipant: ParticipantRow;
  String: Scalars['String']['output'];
}>;

export type FeatureDirectiveArgs = {
  flag: Scalars['String']['input'];
};

export type FeatureDirectiveResolver<Result, Parent, ContextType = EngagementContext, Args = FeatureDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type BadgeResolvers<ContextType = EngagementContext, ParentType extends ResolversParentTypes['Badge'] = ResolversParentTypes['Badge']> = ResolversObject<{
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  trigger?: Resolver<ResolversTypes['BadgeTrigger'], ParentType, ContextType>;
}>;

export type CertificationResolvers<ContextType = EngagementContext, ParentType extends ResolversParentTypes['Certification'] = ResolversParentTypes['Certification']> = ResolversObject<{
  course?: Resolver<Maybe<ResolversTypes['Course']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  issuedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  renewals?: Resolver<Array<ResolversTypes['CertificationRenewal']>, ParentType, ContextType>;
  revokedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  revokedReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['CertificationStatus'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['CertificationType'], ParentType, ContextType>;
  user?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  validFrom?: Resolver<ResolversTypes['LocalDate'], ParentType, ContextType>;
  validUntil?: Resolver<Maybe<ResolversTypes['LocalDate']>, ParentType, ContextType>;
}>;

export type CertificationRenewalResolvers<ContextType = EngagementContext, ParentType extends ResolversParentTypes['CertificationRenewal'] = ResolversParentTypes['CertificationRenewal']> = ResolversObject<{
  course?: Resolver<Maybe<ResolversTypes['Course']>, ParentType, ContextType>;
  issuedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  validFrom?: Resolver<ResolversTypes['LocalDate'], ParentType, ContextType>;
  validUntil?: Resolver<Maybe<ResolversTypes['LocalDate']>, ParentType, ContextType>;
}>;

export type CertificationTypeResolvers<ContextType = EngagementContext, ParentType extends ResolversParentTypes['CertificationType'] = ResolversParentTypes['CertificationType']> = ResolversObject<{
  basicCourse?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  validityMonths?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
}>;

export type CourseResolvers<ContextType = EngagementContext, ParentType extends ResolversParentTypes['Course'] = ResolversParentTypes['Course'], FederationReferenceType extends FederationReferenceTypes['Course'] = FederationReferenceTypes['Course']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Course']> | FederationReferenceType, FederationReferenceType, ContextType>;
  capacity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  certificationType?: Resolver<Maybe<ResolversTypes['CertificationType']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  endsOn?: Resolver<Maybe<ResolversTypes['LocalDate']>, ParentType, ContextType>;
  enrollments?: Resolver<Array<ResolversTypes['CourseEnrollment']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['CourseKind'], ParentType, ContextType>;
  location?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  seatsTaken?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  startsOn?: Resolver<ResolversTypes['LocalDate'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['CourseStatus'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type CourseConnectionResolvers<ContextType = EngagementContext, ParentType extends ResolversParentTypes['CourseConnection'] = ResolversParentTypes['CourseConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['CourseEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type CourseEdgeResolvers<ContextType = EngagementContext, ParentType extends ResolversParentTypes['CourseEdge'] = ResolversParentTypes['CourseEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Course'], ParentType, ContextType>;
}>;

export type CourseEnrollmentResolvers<ContextType = EngagementContext, ParentType extends ResolversParentTypes['CourseEnrollment'] = ResolversParentTypes['CourseEnrollment']> = ResolversObject<{
  attendedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  course?: Resolver<ResolversTypes['Course'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  promotedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  registeredAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['EnrollmentStatus'], ParentType, ContextType>;
  user?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  waitlistPosition?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  withdrawnAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type FaqItemResolvers<ContextType = EngagementContext, ParentType extends ResolversParentTypes['FaqItem'] = ResolversParentTypes['FaqItem']> = ResolversObject<{
  answer?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  archivedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  forAllOrganizations?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  product?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  question?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sortOrder?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export interface LocalDateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['LocalDate'], any> {
  name: 'LocalDate';
}

export type MentorProgramSessionResolvers<ContextType = EngagementContext, ParentType extends ResolversParentTypes['MentorProgramSession'] = ResolversParentTypes['MentorProgramSession']> = ResolversObject<{
  days?: Resolver<Array<ResolversTypes['LocalDate']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  endsOn?: Resolver<ResolversTypes['LocalDate'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  location?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  participants?: Resolver<Array<ResolversTypes['WorkshopParticipant']>, ParentType, ContextType>;
  startsOn?: Resolver<ResolversTypes['LocalDate'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = EngagementContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  addWorkshopParticipant?: Resolver<ResolversTypes['WorkshopParticipant'], ParentType, ContextType, RequireFields<MutationAddWorkshopParticipantArgs, 'sessionId' | 'userId'>>;
  archiveFaqItem?: Resolver<ResolversTypes['FaqItem'], ParentType, ContextType, RequireFields<MutationArchiveFaqItemArgs, 'archived' | 'id'>>;
  archiveToolboxCard?: Resolver<ResolversTypes['ToolboxCard'], ParentType, ContextType, RequireFields<MutationArchiveToolboxCardArgs, 'archived' | 'id'>>;
  awardBadge?: Resolver<ResolversTypes['UserBadge'], ParentType, ContextType, RequireFields<MutationAwardBadgeArgs, 'badgeId' | 'userId'>>;
  cancelCourse?: Resolver<ResolversTypes['Course'], ParentType, ContextType, RequireFields<MutationCancelCourseArgs, 'id'>>;
  closeCourse?: Resolver<ResolversTypes['Course'], ParentType, ContextType, RequireFields<MutationCloseCourseArgs, 'id'>>;
  confirmNotificationsDelivered?: Resolver<Array<ResolversTypes['Notification']>, ParentType, ContextType, RequireFields<MutationConfirmNotificationsDeliveredArgs, 'ids'>>;
  createCertificationType?: Resolver<ResolversTypes['CertificationType'], ParentType, ContextType, RequireFields<MutationCreateCertificationTypeArgs, 'input'>>;
  createCourse?: Resolver<ResolversTypes['Course'], ParentType, ContextType, RequireFields<MutationCreateCourseArgs, 'input'>>;
  createFaqItem?: Resolver<ResolversTypes['FaqItem'], ParentType, ContextType, RequireFields<MutationCreateFaqItemArgs, 'input'>>;
  createMentorProgramSession?: Resolver<ResolversTypes['MentorProgramSession'], ParentType, ContextType, RequireFields<MutationCreateMentorProgramSessionArgs, 'input'>>;
  createReferralLink?: Resolver<ResolversTypes['ReferralLink'], ParentType, ContextType>;
  createToolboxCard?: Resolver<ResolversTypes['ToolboxCard'], ParentType, ContextType, RequireFields<MutationCreateToolboxCardArgs, 'input'>>;
  enrollInCourse?: Resolver<ResolversTypes['CourseEnrollment'], ParentType, ContextType, RequireFields<MutationEnrollInCourseArgs, 'courseId'>>;
  markNotificationsRead?: Resolver<Array<ResolversTypes['Notification']>, ParentType, ContextType, RequireFields<MutationMarkNotificationsReadArgs, 'ids'>>;
  openCourse?: Resolver<ResolversTypes['Course'], ParentType, ContextType, RequireFields<MutationOpenCourseArgs, 'id'>>;
  recordCourseAttendance?: Resolver<ResolversTypes['CourseEnrollment'], ParentType, ContextType, RequireFields<MutationRecordCourseAttendanceArgs, 'enrollmentId'>>;
  recordReferralEvent?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationRecordReferralEventArgs, 'code' | 'step'>>;
  recordWorkshopAttendance?: Resolver<ResolversTypes['WorkshopParticipant'], ParentType, ContextType, RequireFields<MutationRecordWorkshopAttendanceArgs, 'day' | 'participantId' | 'present'>>;
  registerPushDevice?: Resolver<ResolversTypes['PushDevice'], ParentType, ContextType, RequireFields<MutationRegisterPushDeviceArgs, 'platform' | 'token'>>;
  reorderFaqItems?: Resolver<Array<ResolversTypes['FaqItem']>, ParentType, ContextType, RequireFields<MutationReorderFaqItemsArgs, 'ids'>>;
  reorderToolboxCards?: Resolver<Array<ResolversTypes['ToolboxCard']>, ParentType, ContextType, RequireFields<MutationReorderToolboxCardsArgs, 'ids'>>;
  revokeCertification?: Resolver<ResolversTypes['Certification'], ParentType, ContextType, RequireFields<MutationRevokeCertificationArgs, 'id' | 'reason'>>;
  setNotificationPreference?: Resolver<ResolversTypes['NotificationPreference'], ParentType, ContextType, RequireFields<MutationSetNotificationPreferenceArgs, 'category' | 'enabled'>>;
  setQuietHours?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, Partial<MutationSetQuietHoursArgs>>;
  setReminderScenario?: Resolver<ResolversTypes['ReminderSetting'], ParentType, ContextType, RequireFields<MutationSetReminderScenarioArgs, 'enabled' | 'scenario'>>;
  unregisterPushDevice?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationUnregisterPushDeviceArgs, 'token'>>;
  updateCourse?: Resolver<ResolversTypes['Course'], ParentType, ContextType, RequireFields<MutationUpdateCourseArgs, 'id' | 'input'>>;
  updateFaqItem?: Resolver<ResolversTypes['FaqItem'], ParentType, ContextType, RequireFields<MutationUpdateFaqItemArgs, 'id' | 'input'>>;
  updateToolboxCard?: Resolver<ResolversTypes['ToolboxCard'], ParentType, ContextType, RequireFields<MutationUpdateToolboxCardArgs, 'id' | 'input'>>;
  withdrawEnrollment?: Resolver<ResolversTypes['CourseEnrollment'], ParentType, ContextType, RequireFields<MutationWithdrawEnrollmentArgs, 'enrollmentId'>>;
}>;

export type NotificationResolvers<ContextType = EngagementContext, ParentType extends ResolversParentTypes['Notification'] = ResolversParentTypes['Notification']> = ResolversObject<{
  body?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  category?: Resolver<ResolversTypes['NotificationCategory'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  data?: Resolver<Array<ResolversTypes['NotificationDatum']>, ParentType, ContextType>;
  deliveries?: Resolver<Array<ResolversTypes['NotificationDelivery']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  readAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type NotificationDatumResolvers<ContextType = EngagementContext, ParentType extends ResolversParentTypes['NotificationDatum'] = ResolversParentTypes['NotificationDatum']> = ResolversObject<{
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type NotificationDeliveryResolvers<ContextType = EngagementContext, ParentType extends ResolversParentTypes['NotificationDelivery'] = ResolversParentTypes['NotificationDelivery']> = ResolversObject<{
  attempts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  channel?: Resolver<ResolversTypes['DeliveryChannel'], ParentType, ContextType>;
  lastError?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sentAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['DeliveryStatus'], ParentType, ContextType>;
}>;

export type NotificationPreferenceResolvers<ContextType = EngagementContext, ParentType extends ResolversParentTypes['NotificationPreference'] = ResolversParentTypes['NotificationPreference']> = ResolversObject<{
  category?: Resolver<ResolversTypes['NotificationCategory'], ParentType, ContextType>;
  channels?: Resolver<Array<ResolversTypes['DeliveryChannel']>, ParentType, ContextType>;
  enabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type NotificationSettingsResolvers<ContextType = EngagementContext, ParentType extends ResolversParentTypes['NotificationSettings'] = ResolversParentTypes['NotificationSettings']> = ResolversObject<{
  preferences?: Resolver<Array<ResolversTypes['NotificationPreference']>, ParentType, ContextType>;
  quietHours?: Resolver<Maybe<ResolversTypes['QuietHours']>, ParentType, ContextType>;
}>;

export type OrganizationResolvers<ContextType = EngagementContext, ParentType extends ResolversParentTypes['Organization'] = ResolversParentTypes['Organization'], FederationReferenceType extends FederationReferenceTypes['Organization'] = FederationReferenceTypes['Organization']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Organization']> | FederationReferenceType, FederationReferenceType, ContextType>;
  courses?: Resolver<ResolversTypes['CourseConnection'], ParentType, ContextType, Partial<OrganizationCoursesArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = EngagementContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type PushDeviceResolvers<ContextType = EngagementContext, ParentType extends ResolversParentTypes['PushDevice'] = ResolversParentTypes['PushDevice']> = ResolversObject<{
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  deactivatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  deactivationReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  platform?: Resolver<ResolversTypes['PushPlatform'], ParentType, ContextType>;
  registeredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  token?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = EngagementContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  badges?: Resolver<Array<ResolversTypes['Badge']>, ParentType, ContextType>;
  certificationTypes?: Resolver<Array<ResolversTypes['CertificationType']>, ParentType, ContextType>;
  certifications?: Resolver<Array<ResolversTypes['Certification']>, ParentType, ContextType>;
  course?: Resolver<Maybe<ResolversTypes['Course']>, ParentType, ContextType, RequireFields<QueryCourseArgs, 'id'>>;
  courses?: Resolver<ResolversTypes['CourseConnection'], ParentType, ContextType, Partial<QueryCoursesArgs>>;
  faq?: Resolver<Array<ResolversTypes['FaqItem']>, ParentType, ContextType, RequireFields<QueryFaqArgs, 'includeArchived' | 'product'>>;
  mentorProgramSession?: Resolver<Maybe<ResolversTypes['MentorProgramSession']>, ParentType, ContextType, RequireFields<QueryMentorProgramSessionArgs, 'id'>>;
  mentorProgramSessions?: Resolver<Array<ResolversTypes['MentorProgramSession']>, ParentType, ContextType>;
  myCertifications?: Resolver<Array<ResolversTypes['Certification']>, ParentType, ContextType>;
  myEnrollments?: Resolver<Array<ResolversTypes['CourseEnrollment']>, ParentType, ContextType>;
  myNotificationSettings?: Resolver<ResolversTypes['NotificationSettings'], ParentType, ContextType>;
  myPushDevices?: Resolver<Array<ResolversTypes['PushDevice']>, ParentType, ContextType>;
  myReferralLinks?: Resolver<Array<ResolversTypes['ReferralLink']>, ParentType, ContextType>;
  notificationPreferences?: Resolver<Array<ResolversTypes['NotificationPreference']>, ParentType, ContextType>;
  notifications?: Resolver<Array<ResolversTypes['Notification']>, ParentType, ContextType, RequireFields<QueryNotificationsArgs, 'first' | 'unreadOnly'>>;
  referralLinks?: Resolver<Array<ResolversTypes['ReferralLink']>, ParentType, ContextType>;
  referralSummary?: Resolver<ResolversTypes['ReferralFunnel'], ParentType, ContextType>;
  reminderSettings?: Resolver<Array<ResolversTypes['ReminderSetting']>, ParentType, ContextType>;
  toolboxCards?: Resolver<Array<ResolversTypes['ToolboxCard']>, ParentType, ContextType, RequireFields<QueryToolboxCardsArgs, 'includeArchived'>>;
  unreadNotificationCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type QuietHoursResolvers<ContextType = EngagementContext, ParentType extends ResolversParentTypes['QuietHours'] = ResolversParentTypes['QuietHours']> = ResolversObject<{
  fromMinute?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  untilMinute?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ReferralFunnelResolvers<ContextType = EngagementContext, ParentType extends ResolversParentTypes['ReferralFunnel'] = ResolversParentTypes['ReferralFunnel']> = ResolversObject<{
  activations?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  clicks?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  conversionRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  firstLogins?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  installs?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  registrations?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ReferralLinkResolvers<ContextType = EngagementContext, ParentType extends ResolversParentTypes['ReferralLink'] = ResolversParentTypes['ReferralLink']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  funnel?: Resolver<ResolversTypes['ReferralFunnel'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  referrer?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
}>;

export type ReminderSettingResolvers<ContextType = EngagementContext, ParentType extends ResolversParentTypes['ReminderSetting'] = ResolversParentTypes['ReminderSetting']> = ResolversObject<{
  enabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  scenario?: Resolver<ResolversTypes['ReminderScenario'], ParentType, ContextType>;
}>;

export type ToolboxCardResolvers<ContextType = EngagementContext, ParentType extends ResolversParentTypes['ToolboxCard'] = ResolversParentTypes['ToolboxCard']> = ResolversObject<{
  archivedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  body?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  mediaUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  product?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sortOrder?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  topic?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type UserResolvers<ContextType = EngagementContext, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User'], FederationReferenceType extends FederationReferenceTypes['User'] = FederationReferenceTypes['User']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['User']> | FederationReferenceType, FederationReferenceType, ContextType>;
  badges?: Resolver<Array<ResolversTypes['UserBadge']>, ParentType, ContextType>;
  certifications?: Resolver<Array<ResolversTypes['Certification']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type UserBadgeResolvers<ContextType = EngagementContext, ParentType extends ResolversParentTypes['UserBadge'] = ResolversParentTypes['UserBadge']> = ResolversObject<{
  awardedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  badge?: Resolver<ResolversTypes['Badge'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  user?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
}>;

export type WorkshopAttendanceDayResolvers<ContextType = EngagementContext, ParentType extends ResolversParentTypes['WorkshopAttendanceDay'] = ResolversParentTypes['WorkshopAttendanceDay']> = ResolversObject<{
  day?: Resolver<ResolversTypes['LocalDate'], ParentType, ContextType>;
  present?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type WorkshopParticipantResolvers<ContextType = EngagementContext, ParentType extends ResolversParentTypes['WorkshopParticipant'] = ResolversParentTypes['WorkshopParticipant']> = ResolversObject<{
  attendance?: Resolver<Array<ResolversTypes['WorkshopAttendanceDay']>, ParentType, ContextType>;
  daysPresent?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  user?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = EngagementContext> = ResolversObject<{
  Badge?: BadgeResolvers<ContextType>;
  Certification?: CertificationResolvers<ContextType>;
  CertificationRenewal?: CertificationRenewalResolvers<ContextType>;
  CertificationType?: CertificationTypeResolvers<ContextType>;
  Course?: CourseResolvers<ContextType>;
  CourseConnection?: CourseConnectionResolvers<ContextType>;
  CourseEdge?: CourseEdgeResolvers<ContextType>;
  CourseEnrollment?: CourseEnrollmentResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  FaqItem?: FaqItemResolvers<ContextType>;
  LocalDate?: GraphQLScalarType;
  MentorProgramSession?: MentorProgramSessionResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Notification?: NotificationResolvers<ContextType>;
  NotificationDatum?: NotificationDatumResolvers<ContextType>;
  NotificationDelivery?: NotificationDeliveryResolvers<ContextType>;
  NotificationPreference?: NotificationPreferenceResolvers<ContextType>;
  NotificationSettings?: NotificationSettingsResolvers<ContextType>;
  Organization?: OrganizationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PushDevice?: PushDeviceResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  QuietHours?: QuietHoursResolvers<ContextType>;
  ReferralFunnel?: ReferralFunnelResolvers<ContextType>;
  ReferralLink?: ReferralLinkResolvers<ContextType>;
  ReminderSetting?: ReminderSettingResolvers<ContextType>;
  ToolboxCard?: ToolboxCardResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
  UserBadge?: UserBadgeResolvers<ContextType>;
  WorkshopAttendanceDay?: WorkshopAttendanceDayResolvers<ContextType>;
  WorkshopParticipant?: WorkshopParticipantResolvers<ContextType>;
}>;

export type DirectiveResolvers<ContextType = EngagementContext> = ResolversObject<{
  feature?: FeatureDirectiveResolver<any, any, ContextType>;
}>;
