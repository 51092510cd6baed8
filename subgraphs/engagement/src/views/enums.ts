/** GraphQL enum values are UPPER_CASE, database values lower_case. */
export const toGraphQL = <T extends string>(value: string) => value.toUpperCase() as T;
export const fromGraphQL = <T extends string>(value: string) => value.toLowerCase() as T;

export type {
  BadgeTrigger,
  CertificationStatus,
  CourseKind,
  CourseStatus,
  DeliveryChannel,
  DeliveryStatus,
  EnrollmentStatus,
  NotificationCategory,
  PushPlatform,
  ReminderScenario,
} from "../__generated__/resolvers-types.js";
