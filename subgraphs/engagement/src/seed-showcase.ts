/**
 * The demo showcase's engagement part (see @meander/fixtures showcase.ts), through the same use cases as the API:
 * certification types and courses already held, their participants enrolled and marked attended (so certifications
 * are issued valid, expiring or expired by their dates and engagement.certification.* reach reporting's Bufdir
 * report), badges awarded, a referral link with clicks and installs, toolbox cards, help items, a mentor programme
 * session with attendance, and some mentors' inboxes read.
 */
import { scopes } from "@meander/db";
import type { UnitOfWork } from "@meander/events";
import type { DemoData, DemoShowcase } from "@meander/fixtures";
import { awardBadgeManually } from "./application/badges.js";
import { createCertificationType } from "./application/certifications.js";
import { changeCourseStatus } from "./application/course-lifecycle.js";
import { createCourse } from "./application/courses.js";
import {
  addParticipant,
  createSession,
  enroll,
  recordCourseAttendance,
  recordWorkshopAttendance,
} from "./application/enrollments.js";
import { createFaqItem, createReferralLink, createToolboxCard, recordReferralStep } from "./application/referrals.js";
import { createNotificationRepository } from "./db/repositories/notifications.js";

export async function seedShowcase(uow: UnitOfWork, data: DemoData, s: DemoShowcase): Promise<void> {
  const typeIds = new Map<string, string>();
  for (const t of s.certificationTypes) {
    const row = await createCertificationType(uow, scopes.organization(t.organizationId), t);
    typeIds.set(`${t.organizationId}:${t.key}`, row.id);
  }
  for (const c of s.pastCourses) {
    const scope = scopes.organization(c.organizationId, c.actorId);
    const actor = { userId: c.actorId, role: "org_admin", requestId: "demo-seed" };
    const { id, title, startsOn, endsOn, location, capacity } = c;
    const certificationTypeId = typeIds.get(`${c.organizationId}:${c.certificationTypeKey}`)!;
    // Its whole life, as an administrator would have run it: planned, opened, filled, attended, closed.
    await createCourse(
      uow,
      scope,
      { id, title, kind: "certification", capacity, startsOn, endsOn, location, certificationTypeId },
      c.actorId,
    );
    await changeCourseStatus(uow, scope, id, "open", actor, new Date());
    for (const userId of c.participants) {
      const enrollment = await enroll(uow, scope, { courseId: id, userId }, actor, new Date());
      await recordCourseAttendance(uow, scope, enrollment.id, actor, new Date());
    }
    await changeCourseStatus(uow, scope, id, "close", actor, new Date());
  }
  const badgeId = new Map(data.badges.map((b) => [`${b.organizationId}:${b.key}`, b.id]));
  for (const a of s.badgeAwards) {
    await awardBadgeManually(
      uow,
      scopes.organization(a.organizationId, a.awardedBy),
      badgeId.get(`${a.organizationId}:${a.badgeKey}`)!,
      a.userId,
      a.awardedBy,
      new Date(),
    );
  }
  for (const r of s.referralLinks) {
    const link = await createReferralLink(uow, scopes.own(r.organizationId, r.referrerId), r.referrerId);
    for (let i = 0; i < r.clicks; i++)
      await recordReferralStep(uow, { code: link.code, step: "click", subject: `demo-besok-${i + 1}` });
    for (let i = 0; i < r.installs; i++)
      await recordReferralStep(uow, { code: link.code, step: "install", subject: `demo-enhet-${i + 1}` });
  }
  for (const c of s.toolboxCards) {
    const { product, topic, title, body, sortOrder } = c;
    await createToolboxCard(uow, scopes.organization(c.organizationId), { product, topic, title, body, sortOrder });
  }
  for (const f of s.faqItems) {
    const { product, question, answer } = f;
    await createFaqItem(uow, scopes.organization(f.organizationId, f.actorId), "org_admin", {
      product,
      question,
      answer,
    });
  }
  for (const p of s.mentorProgramSessions) {
    const scope = scopes.organization(p.organizationId, p.createdBy);
    const { title, description, startsOn, endsOn, location } = p;
    const session = await createSession(uow, scope, { title, description, startsOn, endsOn, location }, p.createdBy);
    for (const a of p.attendance) {
      const participant = await addParticipant(uow, scope, session.id, a.userId);
      for (const { day, present } of a.days)
        await recordWorkshopAttendance(uow, scope, { participantId: participant.id, day, present }, p.createdBy);
    }
  }
  // Some inboxes read (what the seed told them so far, all but the newest, which stays unread however soon what
  // comes later, e.g. Wrapped, arrives); the other inboxes stay unread.
  const orgOf = new Map(data.memberships.map((m) => [m.userId, m.organizationId]));
  for (const userId of s.readNotificationsOf) {
    const scope = scopes.own(orgOf.get(userId)!, userId);
    await uow.run(scope, async (tx) => {
      const repo = createNotificationRepository(tx, scope);
      const unread = await repo.inbox(userId, { unreadOnly: true, limit: 200 });
      await repo.markRead(
        userId,
        unread.slice(1).map((n) => n.id),
        new Date(),
      );
    });
  }
}
