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
  DateTime: { input: Date | string; output: Date | string; }
  /** A calendar day, YYYY-MM-DD. */
  LocalDate: { input: string; output: string; }
  _FieldSet: { input: unknown; output: unknown; }
};

/** An achievement in an organization's badge catalog. */
export type Badge = {
  __typename?: 'Badge';
  description?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  key: Scalars['String']['output'];
  name: Scalars['String']['output'];
  trigger: BadgeTrigger;
};

/** What earns a badge. */
export type BadgeTrigger =
  | 'APPROVED_ACTIVITIES_10'
  | 'APPROVED_ACTIVITIES_50'
  | 'APPROVED_ACTIVITIES_100'
  | 'COURSE_COMPLETED'
  | 'FIRST_ACTIVITY'
  | 'MANUAL'
  | 'ONE_YEAR';

/** A user's certification of one type; renewals extend it and are kept in its history. */
export type Certification = {
  __typename?: 'Certification';
  course?: Maybe<Course>;
  id: Scalars['ID']['output'];
  issuedAt: Scalars['DateTime']['output'];
  /** Every issue of this certification, oldest first. */
  renewals: Array<CertificationRenewal>;
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
  revokedReason?: Maybe<Scalars['String']['output']>;
  status: CertificationStatus;
  type: CertificationType;
  user: User;
  validFrom: Scalars['LocalDate']['output'];
  /** Last valid day; null = never expires. */
  validUntil?: Maybe<Scalars['LocalDate']['output']>;
};

export type CertificationRenewal = {
  __typename?: 'CertificationRenewal';
  course?: Maybe<Course>;
  issuedAt: Scalars['DateTime']['output'];
  validFrom: Scalars['LocalDate']['output'];
  validUntil?: Maybe<Scalars['LocalDate']['output']>;
};

export type CertificationStatus =
  | 'ACTIVE'
  | 'EXPIRED'
  | 'EXPIRING'
  | 'REVOKED';

/** A kind of certification the organization issues. */
export type CertificationType = {
  __typename?: 'CertificationType';
  basicCourse: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  key: Scalars['String']['output'];
  name: Scalars['String']['output'];
  validityMonths?: Maybe<Scalars['Int']['output']>;
};

/** A training course, certification programme or career workshop an organization offers its mentors and coordinators. */
export type Course = {
  __typename?: 'Course';
  capacity: Scalars['Int']['output'];
  certificationType?: Maybe<CertificationType>;
  createdAt: Scalars['DateTime']['output'];
  description?: Maybe<Scalars['String']['output']>;
  endsOn?: Maybe<Scalars['LocalDate']['output']>;
  /** The enrollments, in the order people asked (coordinators and administrators). */
  enrollments: Array<CourseEnrollment>;
  id: Scalars['ID']['output'];
  kind: CourseKind;
  location?: Maybe<Scalars['String']['output']>;
  /** Seats taken (registered and attended). */
  seatsTaken: Scalars['Int']['output'];
  startsOn: Scalars['LocalDate']['output'];
  status: CourseStatus;
  title: Scalars['String']['output'];
};

export type CourseConnection = {
  __typename?: 'CourseConnection';
  edges: Array<CourseEdge>;
  pageInfo: PageInfo;
};

export type CourseEdge = {
  __typename?: 'CourseEdge';
  cursor: Scalars['String']['output'];
  node: Course;
};

/** A user's enrollment in a course. */
export type CourseEnrollment = {
  __typename?: 'CourseEnrollment';
  attendedAt?: Maybe<Scalars['DateTime']['output']>;
  course: Course;
  id: Scalars['ID']['output'];
  promotedAt?: Maybe<Scalars['DateTime']['output']>;
  registeredAt?: Maybe<Scalars['DateTime']['output']>;
  status: EnrollmentStatus;
  user: User;
  /** 1-based place on the waitlist while waitlisted. */
  waitlistPosition?: Maybe<Scalars['Int']['output']>;
  withdrawnAt?: Maybe<Scalars['DateTime']['output']>;
};

export type CourseKind =
  | 'CAREER_WORKSHOP'
  | 'CERTIFICATION'
  | 'CONTINUING_EDUCATION';

export type CourseStatus =
  | 'CANCELLED'
  | 'CLOSED'
  | 'OPEN'
  | 'PLANNED';

export type CreateCertificationTypeInput = {
  /** Whether this is the basic course a mentor needs to count for Bufdir. */
  basicCourse?: InputMaybe<Scalars['Boolean']['input']>;
  /** a-z, 0-9 and _ (rule key_format), unique in the organization. */
  key: Scalars['String']['input'];
  name: Scalars['String']['input'];
  /** Months of validity (rule validity_positive); empty = never expires. */
  validityMonths?: InputMaybe<Scalars['Int']['input']>;
};

export type CreateCourseInput = {
  /** A positive number of places (rule capacity_positive). */
  capacity: Scalars['Int']['input'];
  /** The certification type completing the course issues. */
  certificationTypeId?: InputMaybe<Scalars['ID']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  /** On or after startsOn (rule date_order); empty for a one-day course. */
  endsOn?: InputMaybe<Scalars['LocalDate']['input']>;
  kind: CourseKind;
  location?: InputMaybe<Scalars['String']['input']>;
  startsOn: Scalars['LocalDate']['input'];
  /** PLANNED unless given. */
  status?: InputMaybe<CourseStatus>;
  /** 1 to 200 characters (rule title_length). */
  title: Scalars['String']['input'];
};

export type CreateFaqItemInput = {
  answer: Scalars['String']['input'];
  /** For every organization (global administrators only). */
  forAllOrganizations?: InputMaybe<Scalars['Boolean']['input']>;
  product: Scalars['String']['input'];
  question: Scalars['String']['input'];
};

export type CreateMentorProgramSessionInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  /** On or after startsOn (rule date_order). */
  endsOn: Scalars['LocalDate']['input'];
  location?: InputMaybe<Scalars['String']['input']>;
  startsOn: Scalars['LocalDate']['input'];
  title: Scalars['String']['input'];
};

export type CreateToolboxCardInput = {
  /** Rule body_length. */
  body: Scalars['String']['input'];
  mediaUrl?: InputMaybe<Scalars['String']['input']>;
  /** a-z, 0-9, _ and - (rule product_format). */
  product: Scalars['String']['input'];
  sortOrder?: InputMaybe<Scalars['Int']['input']>;
  /** Rule title_length. */
  title: Scalars['String']['input'];
  topic?: InputMaybe<Scalars['String']['input']>;
};

export type DeliveryChannel =
  | 'EMAIL'
  | 'IN_APP'
  | 'PUSH'
  | 'SMS';

export type DeliveryStatus =
  | 'DELIVERED'
  | 'FAILED'
  | 'QUEUED'
  | 'SENT';

export type EnrollmentStatus =
  | 'ATTENDED'
  | 'REGISTERED'
  | 'WAITLISTED'
  | 'WITHDRAWN';

export type FaqItem = {
  __typename?: 'FaqItem';
  answer: Scalars['String']['output'];
  /** When the item was archived (null: in use). Archived items show only with faq(includeArchived: true). */
  archivedAt?: Maybe<Scalars['DateTime']['output']>;
  /** True when written for every organization. */
  forAllOrganizations: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  product: Scalars['String']['output'];
  question: Scalars['String']['output'];
  /** Position in the product's list (lower first; set by reorderFaqItems). */
  sortOrder: Scalars['Int']['output'];
};

/** A multi-day session of a mentor programme (group mentoring, career workshop). */
export type MentorProgramSession = {
  __typename?: 'MentorProgramSession';
  /** Every day of the session. */
  days: Array<Scalars['LocalDate']['output']>;
  description?: Maybe<Scalars['String']['output']>;
  endsOn: Scalars['LocalDate']['output'];
  id: Scalars['ID']['output'];
  location?: Maybe<Scalars['String']['output']>;
  participants: Array<WorkshopParticipant>;
  startsOn: Scalars['LocalDate']['output'];
  title: Scalars['String']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  addWorkshopParticipant: WorkshopParticipant;
  /** Archives an FAQ item (hidden from faq unless includeArchived), or with archived: false brings it back (same callers as updateFaqItem). Audited as faq_item.archived / faq_item.restored. */
  archiveFaqItem: FaqItem;
  /** Archives a toolbox card (hidden from toolboxCards unless includeArchived), or with archived: false brings it back (coordinators and administrators). Audited as toolbox_card.archived / toolbox_card.restored. */
  archiveToolboxCard: ToolboxCard;
  /** Awards a catalog badge by hand (coordinators and administrators); a badge is never awarded twice (CONFLICT). */
  awardBadge: UserBadge;
  /** Cancels a course for good: every registered or waitlisted enrollment is withdrawn and the person gets a COURSE_CANCELLED notification naming the course (coordinators and organization administrators; rule course_cancelled when it is cancelled already). Audited as course.cancelled. */
  cancelCourse: Course;
  /** Closes an open course: its participants and waitlist stay, no new enrollments (coordinators and organization administrators; rules course_transition, course_cancelled). Audited as course.closed. */
  closeCourse: Course;
  /** The caller's app confirms that the pushes of these notifications arrived on the device: their SENT push deliveries become DELIVERED (providers report acceptance, not arrival). Returns the notifications. */
  confirmNotificationsDelivered: Array<Notification>;
  createCertificationType: CertificationType;
  /** Adds a course to the caller's organization (coordinators and organization administrators). */
  createCourse: Course;
  createFaqItem: FaqItem;
  createMentorProgramSession: MentorProgramSession;
  /** A new personal invite link with a unique code. */
  createReferralLink: ReferralLink;
  createToolboxCard: ToolboxCard;
  /** Enrolls the caller (or, for coordinators and administrators, userId) in an open course: a seat if one is free, else the waitlist. */
  enrollInCourse: CourseEnrollment;
  /** Marks the caller's own notifications read; returns them. */
  markNotificationsRead: Array<Notification>;
  /** Opens a planned or closed course for enrollment (coordinators and organization administrators; rules course_transition, course_cancelled). Audited as course.opened; publishes no event (the catalog has no course event). */
  openCourse: Course;
  /** Marks a registered participant as having completed the course; a certification course issues or renews its certification. */
  recordCourseAttendance: CourseEnrollment;
  /** Records a funnel step for an invite code (callable before sign-in); a step is counted once per subject (device, visitor or user key). */
  recordReferralEvent: Scalars['Boolean']['output'];
  /** Records presence on one day of the session (rule day_in_session); recording a day again replaces it. */
  recordWorkshopAttendance: WorkshopParticipant;
  /** The caller's app registers its push token (FCM on Android, APNs on iOS); registering the same token again is harmless (rules push_token_format, platform_enum). */
  registerPushDevice: PushDevice;
  /** Puts the given FAQ items in this order (sortOrder 0, 1, 2, …; the order of faq without a search); items not named keep theirs (same callers as updateFaqItem; rules faq_unknown, ids_unique). Audited as faq_item.reordered. */
  reorderFaqItems: Array<FaqItem>;
  /** Puts the given cards in this order (sortOrder 0, 1, 2, …); cards not named keep their sortOrder (coordinators and administrators; rule card_unknown when an id is not a card of the organization, rule ids_unique). Audited as toolbox_card.reordered. Returns the named cards in their new order. */
  reorderToolboxCards: Array<ToolboxCard>;
  revokeCertification: Certification;
  /** Switches a category on or off for the caller, with its external channels (the in-app inbox always gets it while on). */
  setNotificationPreference: NotificationPreference;
  /** The caller's quiet hours in Norwegian time, minutes after midnight (null both: none). External deliveries wait until they end. */
  setQuietHours: Scalars['Boolean']['output'];
  /** Switches a reminder scenario on or off for the organization (administrators). */
  setReminderScenario: ReminderSetting;
  /** The caller's app stops receiving pushes on this token (at sign-out); false when no active registration of the caller had it. */
  unregisterPushDevice: Scalars['Boolean']['output'];
  /** Edits a course; fields left out stay as they are (coordinators and organization administrators; rules title_length, capacity_positive, date_order, capacity_below_seats, course_cancelled, certification_type_exists). A raised capacity seats the first on the waitlist. Audited as course.updated with the fields changed. */
  updateCourse: Course;
  /** Edits an FAQ item; fields left out stay as they are (organization administrators their organization's items, global administrators also the items for every organization; rules product_format, question_length, answer_length). Audited as faq_item.updated. */
  updateFaqItem: FaqItem;
  /** Edits a toolbox card; fields left out stay as they are (coordinators and administrators; rules product_format, title_length, body_length). Audited as toolbox_card.updated. */
  updateToolboxCard: ToolboxCard;
  /** Withdraws an enrollment (one's own, or any as coordinator/administrator); a freed seat goes to the first on the waitlist. */
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
  body: Scalars['String']['output'];
  category: NotificationCategory;
  createdAt: Scalars['DateTime']['output'];
  /** What it is about, as key/value pairs (ids the client can open). */
  data: Array<NotificationDatum>;
  /** Deliveries over external channels (push, e-mail, SMS). */
  deliveries: Array<NotificationDelivery>;
  id: Scalars['ID']['output'];
  readAt?: Maybe<Scalars['DateTime']['output']>;
  title: Scalars['String']['output'];
};

export type NotificationCategory =
  /** The mentor's Wrapped (year in review) is ready (reporting.wrapped.ready). */
  | 'ANNUAL_SUMMARY'
  | 'APPROVAL_PENDING'
  | 'CERTIFICATION_EXPIRING'
  | 'CERTIFICATION_STATUS'
  /** A course the person was registered or waitlisted for was cancelled (cancelCourse); data courseId, enrollmentId. */
  | 'COURSE_CANCELLED'
  | 'NO_CONTACT'
  | 'WAITLIST_PROMOTED';

export type NotificationDatum = {
  __typename?: 'NotificationDatum';
  key: Scalars['String']['output'];
  value: Scalars['String']['output'];
};

export type NotificationDelivery = {
  __typename?: 'NotificationDelivery';
  attempts: Scalars['Int']['output'];
  channel: DeliveryChannel;
  lastError?: Maybe<Scalars['String']['output']>;
  sentAt?: Maybe<Scalars['DateTime']['output']>;
  status: DeliveryStatus;
};

export type NotificationPreference = {
  __typename?: 'NotificationPreference';
  category: NotificationCategory;
  channels: Array<DeliveryChannel>;
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
  /** The organization's courses, by start date (only the caller's own organization has any). */
  courses: CourseConnection;
  id: Scalars['ID']['output'];
};


export type OrganizationCoursesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

/** A device of the user that receives pushes. */
export type PushDevice = {
  __typename?: 'PushDevice';
  /** False once unregistered or once the push service called the token dead. */
  active: Scalars['Boolean']['output'];
  deactivatedAt?: Maybe<Scalars['DateTime']['output']>;
  /** unregistered, or what the push service answered (e.g. APNs 410 Unregistered). */
  deactivationReason?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  platform: PushPlatform;
  registeredAt: Scalars['DateTime']['output'];
  token: Scalars['String']['output'];
};

export type PushPlatform =
  /** FCM HTTP v1 */
  | 'ANDROID'
  /** APNs */
  | 'IOS';

export type Query = {
  __typename?: 'Query';
  /** The caller's organization's badge catalog, by name. */
  badges: Array<Badge>;
  /** The organization's certification types, by name. */
  certificationTypes: Array<CertificationType>;
  /** The organization's certifications, soonest expiry first (coordinators and administrators). */
  certifications: Array<Certification>;
  /** A course of the caller's organization. */
  course?: Maybe<Course>;
  /** The caller's organization's courses, by start date. */
  courses: CourseConnection;
  /** Help items of a product (the organization's and those for every organization); search is full text, Norwegian. */
  faq: Array<FaqItem>;
  mentorProgramSession?: Maybe<MentorProgramSession>;
  /** The organization's mentor programme sessions, by start day. */
  mentorProgramSessions: Array<MentorProgramSession>;
  /** The caller's certifications. */
  myCertifications: Array<Certification>;
  /** The caller's enrollments (in the active organization). */
  myEnrollments: Array<CourseEnrollment>;
  /** Everything the caller has set about their notifications in the active organization: quiet hours and a preference for every category (the default, on and in-app only, where none was chosen). Any signed-in user, their own only. */
  myNotificationSettings: NotificationSettings;
  /** The caller's push devices in the active organization (active first). */
  myPushDevices: Array<PushDevice>;
  /** The caller's personal invite links. */
  myReferralLinks: Array<ReferralLink>;
  /** The caller's notification preferences (categories without a choice are on, in-app only). */
  notificationPreferences: Array<NotificationPreference>;
  /** The caller's in-app inbox, newest first. */
  notifications: Array<Notification>;
  /** Every invite link of the organization (coordinators and administrators). */
  referralLinks: Array<ReferralLink>;
  /** The organization's whole referral funnel (coordinators and administrators). */
  referralSummary: ReferralFunnel;
  /** The organization's reminder scenarios and whether each is on. */
  reminderSettings: Array<ReminderSetting>;
  /** The organization's toolbox cards, optionally of one product, in their order. */
  toolboxCards: Array<ToolboxCard>;
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
  activations: Scalars['Int']['output'];
  clicks: Scalars['Int']['output'];
  conversionRate?: Maybe<Scalars['Float']['output']>;
  firstLogins: Scalars['Int']['output'];
  installs: Scalars['Int']['output'];
  registrations: Scalars['Int']['output'];
};

/** A personal invite link. */
export type ReferralLink = {
  __typename?: 'ReferralLink';
  code: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  funnel: ReferralFunnel;
  id: Scalars['ID']['output'];
  referrer: User;
};

export type ReferralStep =
  | 'ACTIVATION'
  | 'CLICK'
  | 'FIRST_LOGIN'
  | 'INSTALL'
  | 'REGISTRATION';

export type ReminderScenario =
  | 'APPROVAL_PENDING'
  | 'CERTIFICATION_EXPIRING_7'
  | 'CERTIFICATION_EXPIRING_30'
  | 'NO_CONTACT';

export type ReminderSetting = {
  __typename?: 'ReminderSetting';
  enabled: Scalars['Boolean']['output'];
  scenario: ReminderScenario;
};

/** A conversation-starter card or practical resource in the mentor toolbox. */
export type ToolboxCard = {
  __typename?: 'ToolboxCard';
  /** When the card was archived (null: in use). Archived cards show only with toolboxCards(includeArchived: true). */
  archivedAt?: Maybe<Scalars['DateTime']['output']>;
  body: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  mediaUrl?: Maybe<Scalars['String']['output']>;
  product: Scalars['String']['output'];
  sortOrder: Scalars['Int']['output'];
  title: Scalars['String']['output'];
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
  /** The badges the user holds in the caller's organization, oldest first. */
  badges: Array<UserBadge>;
  /** The user's certifications in the caller's organization. */
  certifications: Array<Certification>;
  id: Scalars['ID']['output'];
};

/** A badge awarded to a user (never twice). */
export type UserBadge = {
  __typename?: 'UserBadge';
  awardedAt: Scalars['DateTime']['output'];
  badge: Badge;
  id: Scalars['ID']['output'];
  user: User;
};

export type WorkshopAttendanceDay = {
  __typename?: 'WorkshopAttendanceDay';
  day: Scalars['LocalDate']['output'];
  present: Scalars['Boolean']['output'];
};

export type WorkshopParticipant = {
  __typename?: 'WorkshopParticipant';
  /** Recorded days, by day. */
  attendance: Array<WorkshopAttendanceDay>;
  /** How many days the participant was present. */
  daysPresent: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
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
