/** The subgraph's resolvers: one object per GraphQL type, each from its own file named after the type. */
import { DateTimeResolver, LocalDateResolver } from "graphql-scalars";
import type { Resolvers } from "../__generated__/resolvers-types.js";
import { Badge } from "./Badge.js";
import { Certification } from "./Certification.js";
import { CertificationRenewal } from "./CertificationRenewal.js";
import { Course } from "./Course.js";
import { CourseEnrollment } from "./CourseEnrollment.js";
import { FaqItem } from "./FaqItem.js";
import { MentorProgramSession } from "./MentorProgramSession.js";
import { Mutation } from "./Mutation.js";
import { Notification } from "./Notification.js";
import { NotificationDelivery } from "./NotificationDelivery.js";
import { NotificationPreference } from "./NotificationPreference.js";
import { Organization } from "./Organization.js";
import { PushDevice } from "./PushDevice.js";
import { Query } from "./Query.js";
import { ReferralFunnel } from "./ReferralFunnel.js";
import { ReferralLink } from "./ReferralLink.js";
import { ReminderSetting } from "./ReminderSetting.js";
import { User } from "./User.js";
import { UserBadge } from "./UserBadge.js";
import { WorkshopParticipant } from "./WorkshopParticipant.js";

export const resolvers: Resolvers = {
  DateTime: DateTimeResolver,
  LocalDate: LocalDateResolver,
  Query,
  Mutation,
  Course,
  Badge,
  UserBadge,
  User,
  Organization,
  CourseEnrollment,
  MentorProgramSession,
  WorkshopParticipant,
  Certification,
  CertificationRenewal,
  Notification,
  NotificationDelivery,
  NotificationPreference,
  ReminderSetting,
  PushDevice,
  ReferralLink,
  ReferralFunnel,
  FaqItem,
};
