import { forbiddenBy } from "@meander/validation";
import { requireViewer } from "@meander/subgraph-kit";
import type { QueryResolvers } from "../__generated__/resolvers-types.js";
import { emptyFunnel, REFERRAL_STEPS } from "../domain/referral.js";
import { REMINDER_SCENARIOS } from "../domain/reminder.js";
import { coursePage } from "../views/course-page.js";
import { notificationSettings } from "../views/notification-settings.js";

const MANAGERS = new Set(["coordinator", "org_admin", "global_admin"]);
const ADMINS = new Set(["org_admin", "global_admin"]);

const me = (ctx: { viewer: { userId: string } | null }) => requireViewer(ctx).userId; // the permission rules admit signed-in callers only

export const Query: QueryResolvers = {
  course: (_parent, { id }, ctx) => ctx.loaders.course.load(id),
  courses: (_parent, args, ctx) => coursePage(ctx, args),
  badges: (_parent, _args, ctx) => ctx.repos.badges.catalog(),
  myEnrollments: (_parent, _args, ctx) => ctx.repos.enrollments.ofUser(me(ctx)),
  mentorProgramSessions: (_parent, _args, ctx) => ctx.repos.enrollments.sessions(),
  mentorProgramSession: (_parent, { id }, ctx) => ctx.loaders.session.load(id),
  certificationTypes: (_parent, _args, ctx) => ctx.repos.certifications.types(),
  certifications: (_parent, _args, ctx) => ctx.repos.certifications.list(),
  myCertifications: (_parent, _args, ctx) => ctx.loaders.certificationsOfUser.load(me(ctx)),
  notifications: (_parent, { unreadOnly, first }, ctx) =>
    ctx.repos.notifications.inbox(me(ctx), {
      unreadOnly: unreadOnly ?? false,
      limit: Math.min(Math.max(first ?? 50, 1), 200),
    }),
  unreadNotificationCount: (_parent, _args, ctx) => ctx.repos.notifications.unreadCount(me(ctx)),
  notificationPreferences: async (_parent, _args, ctx) => {
    if (!ctx.scope?.organizationId) return [];
    return ctx.repos.notifications.preferencesOf(ctx.scope.organizationId, me(ctx));
  },
  myPushDevices: (_parent, _args, ctx) => ctx.repos.pushDevices.ofUser(me(ctx)),
  myReferralLinks: (_parent, _args, ctx) => ctx.repos.referrals.linksOf(me(ctx)),
  referralLinks: (_parent, _args, ctx) => ctx.repos.referrals.linksOf(null),
  referralSummary: async (_parent, _args, ctx) => {
    const links = await ctx.repos.referrals.organizationLinkIds();
    const total = emptyFunnel();
    for (const f of await ctx.loaders.funnel.loadMany(links)) {
      if (f instanceof Error) throw f;
      for (const step of REFERRAL_STEPS) total[step] += f[step];
    }
    return total;
  },
  toolboxCards: (_parent, { product, includeArchived }, ctx) => {
    if (includeArchived && !MANAGERS.has(requireViewer(ctx).role))
      throw forbiddenBy("archived_content_access", "Only coordinators and administrators see archived toolbox cards");
    return ctx.repos.referrals.cards(product ?? null, includeArchived ?? false);
  },
  faq: (_parent, { product, search, includeArchived }, ctx) => {
    if (includeArchived && !ADMINS.has(requireViewer(ctx).role))
      throw forbiddenBy("archived_content_access", "Only administrators see archived FAQ items");
    return ctx.repos.referrals.faq(product, search?.trim() || null, includeArchived ?? false);
  },
  myNotificationSettings: (_parent, _args, ctx) =>
    notificationSettings(ctx.repos.notifications, ctx.scope?.organizationId ?? null, me(ctx)),
  reminderSettings: async (_parent, _args, ctx) => {
    const organizationId = ctx.scope?.organizationId;
    if (!organizationId) return [];
    const rows = await ctx.repos.reminders.settingsOf(organizationId);
    return REMINDER_SCENARIOS.map((scenario) => ({
      scenario,
      enabled: rows.find((r) => r.scenario === scenario)?.enabled ?? true,
    }));
  },
};
