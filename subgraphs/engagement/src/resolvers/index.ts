import { DateTimeResolver, LocalDateResolver } from "graphql-scalars";
import type { Resolvers } from "../__generated__/resolvers-types.js";
import { Badge, UserBadge } from "./Badge.js";
import { Certification, CertificationRenewal } from "./Certification.js";
import { Course } from "./Course.js";
import { CourseEnrollment, MentorProgramSession, WorkshopParticipant } from "./Enrollment.js";
import { Mutation } from "./Mutation.js";
import {
  Notification,
  NotificationDelivery,
  NotificationPreference,
  PushDevice,
  ReminderSetting,
} from "./Notification.js";
import { Organization } from "./Organization.js";
import { Query } from "./Query.js";
import { FaqItem, ReferralFunnel, ReferralLink } from "./Referral.js";
import { User } from "./User.js";

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
