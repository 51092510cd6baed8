import { requireViewer } from "@meander/subgraph-kit";
import type { MutationResolvers } from "../__generated__/resolvers-types.js";
import { awardBadgeManually } from "../application/badges.js";
import { createCertificationType, revokeCertification } from "../application/certifications.js";
import {
  archiveFaqItem,
  archiveToolboxCard,
  reorderFaqItems,
  reorderToolboxCards,
  updateFaqItem,
  updateToolboxCard,
} from "../application/content.js";
import { changeCourseStatus, updateCourse } from "../application/course-lifecycle.js";
import { createCourse } from "../application/courses.js";
import {
  addParticipant,
  createSession,
  enroll,
  recordCourseAttendance,
  recordWorkshopAttendance,
  withdraw,
  type Actor,
} from "../application/enrollments.js";
import { createFaqItem, createReferralLink, createToolboxCard, recordReferralStep } from "../application/referrals.js";
import { registerPushDevice, unregisterPushDevice } from "../application/push-devices.js";
import { setPreference, setQuietHours, setReminderScenario } from "../application/preferences.js";
import type { EngagementContext } from "../context.js";
import type { DeliveryChannel, NotificationCategory, ReferralStep, ReminderScenario } from "../db/schema/index.js";
import type { CourseKind as DomainCourseKind, CourseStatus as DomainCourseStatus } from "../domain/course.js";
import { fromGraphQL } from "../views/enums.js";

// The permission rules admit signed-in callers only: viewer and scope are there.
const actor = (ctx: EngagementContext): Actor => {
  const { userId, role } = requireViewer(ctx);
  return { userId, role };
};
const auditor = (ctx: EngagementContext) => ({ ...actor(ctx), requestId: ctx.requestId });
/** GraphQL null on a field that cannot be cleared means "unchanged". */
const keep = <T>(v: T | null | undefined): T | undefined => v ?? undefined;

export const Mutation: MutationResolvers = {
  createCourse: (_parent, { input }, ctx) =>
    createCourse(
      ctx.uow,
      ctx.scope!,
      {
        title: input.title,
        description: input.description,
        kind: fromGraphQL<DomainCourseKind>(input.kind),
        capacity: input.capacity,
        startsOn: input.startsOn,
        endsOn: input.endsOn,
        location: input.location,
        status: input.status ? fromGraphQL<DomainCourseStatus>(input.status) : undefined,
        certificationTypeId: input.certificationTypeId ?? null,
      },
      requireViewer(ctx).userId,
    ),
  enrollInCourse: (_parent, { courseId, userId }, ctx) =>
    enroll(ctx.uow, ctx.scope!, { courseId, userId }, actor(ctx), ctx.now()),
  withdrawEnrollment: (_parent, { enrollmentId }, ctx) =>
    withdraw(ctx.uow, ctx.scope!, enrollmentId, actor(ctx), ctx.now()),
  recordCourseAttendance: (_parent, { enrollmentId }, ctx) =>
    recordCourseAttendance(ctx.uow, ctx.scope!, enrollmentId, actor(ctx), ctx.now()),
  createMentorProgramSession: (_parent, { input }, ctx) =>
    createSession(ctx.uow, ctx.scope!, input, requireViewer(ctx).userId),
  addWorkshopParticipant: (_parent, { sessionId, userId }, ctx) =>
    addParticipant(ctx.uow, ctx.scope!, sessionId, userId),
  recordWorkshopAttendance: (_parent, args, ctx) =>
    recordWorkshopAttendance(ctx.uow, ctx.scope!, args, requireViewer(ctx).userId),
  createCertificationType: (_parent, { input }, ctx) => createCertificationType(ctx.uow, ctx.scope!, input),
  revokeCertification: (_parent, { id, reason }, ctx) =>
    revokeCertification(ctx.uow, ctx.scope!, id, reason, requireViewer(ctx).userId, ctx.now()),
  markNotificationsRead: (_parent, { ids }, ctx) =>
    ctx.repos.notifications.markRead(requireViewer(ctx).userId, ids, ctx.now()),
  confirmNotificationsDelivered: (_parent, { ids }, ctx) =>
    ctx.repos.notifications.confirmDelivered(requireViewer(ctx).userId, ids),
  setNotificationPreference: async (_parent, { category, enabled, channels }, ctx) =>
    setPreference(ctx.uow, ctx.scope!, requireViewer(ctx).userId, {
      category: fromGraphQL<NotificationCategory>(category),
      enabled,
      channels: channels ? channels.map((c) => fromGraphQL<DeliveryChannel>(c)) : null,
    }),
  setQuietHours: (_parent, { fromMinute, untilMinute }, ctx) =>
    setQuietHours(ctx.uow, ctx.scope!, requireViewer(ctx).userId, fromMinute ?? null, untilMinute ?? null),
  registerPushDevice: (_parent, { platform, token }, ctx) =>
    registerPushDevice(ctx.uow, ctx.scope!, requireViewer(ctx).userId, { platform: fromGraphQL(platform), token }),
  unregisterPushDevice: (_parent, { token }, ctx) =>
    unregisterPushDevice(ctx.uow, ctx.scope!, requireViewer(ctx).userId, token),
  setReminderScenario: (_parent, { scenario, enabled }, ctx) =>
    setReminderScenario(ctx.uow, ctx.scope!, fromGraphQL<ReminderScenario>(scenario), enabled),
  createReferralLink: (_parent, _args, ctx) => createReferralLink(ctx.uow, ctx.scope!, requireViewer(ctx).userId),
  recordReferralEvent: (_parent, { code, step, subject }, ctx) =>
    recordReferralStep(ctx.uow, { code, step: fromGraphQL<ReferralStep>(step), subject: subject ?? null }),
  createToolboxCard: (_parent, { input }, ctx) => createToolboxCard(ctx.uow, ctx.scope!, input),
  createFaqItem: (_parent, { input }, ctx) => createFaqItem(ctx.uow, ctx.scope!, requireViewer(ctx).role, input),
  openCourse: (_parent, { id }, ctx) => changeCourseStatus(ctx.uow, ctx.scope!, id, "open", auditor(ctx), ctx.now()),
  closeCourse: (_parent, { id }, ctx) => changeCourseStatus(ctx.uow, ctx.scope!, id, "close", auditor(ctx), ctx.now()),
  cancelCourse: (_parent, { id }, ctx) =>
    changeCourseStatus(ctx.uow, ctx.scope!, id, "cancel", auditor(ctx), ctx.now()),
  updateCourse: (_parent, { id, input }, ctx) =>
    updateCourse(
      ctx.uow,
      ctx.scope!,
      id,
      {
        title: keep(input.title),
        description: input.description,
        kind: input.kind ? fromGraphQL<DomainCourseKind>(input.kind) : undefined,
        capacity: keep(input.capacity),
        startsOn: keep(input.startsOn),
        endsOn: input.endsOn,
        location: input.location,
        certificationTypeId: input.certificationTypeId,
      },
      auditor(ctx),
      ctx.now(),
    ),
  updateToolboxCard: (_parent, { id, input }, ctx) => updateToolboxCard(ctx.uow, ctx.scope!, id, input, auditor(ctx)),
  archiveToolboxCard: (_parent, { id, archived }, ctx) =>
    archiveToolboxCard(ctx.uow, ctx.scope!, id, archived ?? true, auditor(ctx), ctx.now()),
  reorderToolboxCards: (_parent, { ids }, ctx) => reorderToolboxCards(ctx.uow, ctx.scope!, ids, auditor(ctx)),
  updateFaqItem: (_parent, { id, input }, ctx) => updateFaqItem(ctx.uow, ctx.scope!, id, input, auditor(ctx)),
  archiveFaqItem: (_parent, { id, archived }, ctx) =>
    archiveFaqItem(ctx.uow, ctx.scope!, id, archived ?? true, auditor(ctx), ctx.now()),
  reorderFaqItems: (_parent, { ids }, ctx) => reorderFaqItems(ctx.uow, ctx.scope!, ids, auditor(ctx)),
  awardBadge: (_parent, { badgeId, userId }, ctx) =>
    awardBadgeManually(ctx.uow, ctx.scope!, badgeId, userId, requireViewer(ctx).userId, ctx.now()),
};
