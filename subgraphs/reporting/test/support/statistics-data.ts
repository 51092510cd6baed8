/** A small, hand-countable world for the statistics and Wrapped tests (see the comments in statistics.test.ts). */
import { randomUUID } from "node:crypto";
import { makeEvent } from "@meander/testing";
import type { EventEnvelope } from "@meander/events";
import { approvedEvent, registeredEvent, rejectedEvent } from "./bufdir-data.js";

export const orgA = randomUUID();
export const orgB = randomUUID();
export const la = { a1: randomUUID(), a2: randomUUID(), b1: randomUUID() };
export const m = { m1: randomUUID(), m2: randomUUID(), m3: randomUUID(), idle: randomUUID() };
export const contacts = { c1: randomUUID(), c2: randomUUID(), c3: randomUUID() };

const at = <E extends EventEnvelope<any>>(e: E, occurredAt: string): E => ({ ...e, occurredAt });

interface Spec {
  org: string;
  la: string | null;
  user: string;
  type: string;
  date: string;
  minutes: number;
  decision?: "approved" | "rejected";
  contactId?: string;
  participantCount?: number;
}

export function activity(s: Spec): { id: string; events: EventEnvelope<any>[] } {
  const reg = registeredEvent(s.org, {
    userId: s.user,
    localAssociationId: s.la,
    activityType: s.type,
    activityDate: s.date,
    durationMinutes: s.minutes,
    participantCount: s.participantCount,
  });
  const registered = s.contactId ? { ...reg, payload: { ...reg.payload, contactId: s.contactId } } : reg;
  const id = registered.payload.activityId as string;
  const decision =
    s.decision === "approved"
      ? [approvedEvent(s.org, id)]
      : s.decision === "rejected"
        ? [rejectedEvent(s.org, id)]
        : [];
  return { id, events: [registered, ...decision] };
}

export const laEvents = () => [
  makeEvent(
    "organization.local_association.created",
    { localAssociationId: la.a1, regionId: null, name: "Lokallag A1" },
    { organizationId: orgA, aggregateId: la.a1 },
  ),
  makeEvent(
    "organization.local_association.created",
    { localAssociationId: la.a2, regionId: null, name: "Lokallag A2" },
    { organizationId: orgA, aggregateId: la.a2 },
  ),
  makeEvent(
    "organization.local_association.created",
    { localAssociationId: la.b1, regionId: null, name: "Lokallag B1" },
    { organizationId: orgB, aggregateId: la.b1 },
  ),
];

/** The activities: ids by name, so tests can change one later. */
export function world() {
  const A = (l: string | null, user: string, type: string, date: string, minutes: number, extra: Partial<Spec> = {}) =>
    activity({ org: orgA, la: l, user, type, date, minutes, ...extra });
  return {
    a1: A(la.a1, m.m1, "home_visit", "2025-03-03T10:00:00Z", 60, { decision: "approved", contactId: contacts.c1 }),
    a2: A(la.a1, m.m1, "home_visit", "2025-03-10T10:00:00Z", 90, { decision: "approved", contactId: contacts.c1 }),
    a3: A(la.a1, m.m1, "phone_call", "2025-03-12T10:00:00Z", 30),
    a4: A(la.a1, m.m1, "home_visit", "2025-03-14T10:00:00Z", 45, { decision: "rejected" }),
    a5: A(la.a1, m.m1, "home_visit", "2025-01-20T10:00:00Z", 120, { decision: "approved", contactId: contacts.c2 }),
    // 23:30 on New Year's Eve in UTC is 1 January 2025 in Oslo.
    a6: A(la.a1, m.m1, "home_visit", "2024-12-31T23:30:00Z", 60, { decision: "approved" }),
    a7: A(la.a1, m.m1, "home_visit", "2024-06-01T10:00:00Z", 60, { decision: "approved", contactId: contacts.c3 }),
    c1: A(la.a1, m.m2, "group_meeting", "2025-03-04T10:00:00Z", 60, { decision: "approved", participantCount: 5 }),
    c2: A(la.a1, m.m2, "home_visit", "2025-07-01T10:00:00Z", 30),
    d1: A(la.a2, m.m3, "home_visit", "2025-03-05T10:00:00Z", 60, { decision: "approved" }),
    // m1 also mentors in organization B.
    b1: activity({
      org: orgB,
      la: la.b1,
      user: m.m1,
      type: "home_visit",
      date: "2025-03-05T10:00:00Z",
      minutes: 60,
      decision: "approved",
      contactId: contacts.c3,
    }),
  };
}

export function badgeEvents() {
  const badge = (user: string, key: string, when: string) =>
    at(
      makeEvent(
        "engagement.badge.awarded",
        { userBadgeId: randomUUID(), badgeId: randomUUID(), userId: user, badgeKey: key },
        { organizationId: orgA, aggregateId: user },
      ),
      when,
    );
  return [
    badge(m.m1, "ten_visits", "2025-09-01T10:00:00Z"),
    badge(m.m1, "first_visit", "2025-05-01T10:00:00Z"),
    badge(m.m1, "old_badge", "2024-05-01T10:00:00Z"),
  ];
}

/** Gatherings: m1 and m2 attended g1 (2025); m1 attended g2, then a new recording marked m1 absent; m1 attended g3 in 2024. */
export function attendanceEvents() {
  const rec = (gatheringId: string, attended: string[], absent: string[], when: string) =>
    at(
      makeEvent(
        "activity.gathering.attendance_recorded",
        { gatheringId, attendedUserIds: attended, absentUserIds: absent, activityIds: [] },
        { organizationId: orgA, aggregateId: gatheringId },
      ),
      when,
    );
  const [g1, g2, g3] = [randomUUID(), randomUUID(), randomUUID()];
  return [
    rec(g1, [m.m1, m.m2], [], "2025-06-10T18:00:00Z"),
    rec(g2, [m.m1], [], "2025-08-10T18:00:00Z"),
    rec(g2, [], [m.m1], "2025-08-11T09:00:00Z"),
    rec(g3, [m.m1], [], "2024-12-31T22:30:00Z"), // 23:30 on New Year's Eve in Norway: 2024
  ];
}

/** orgA 2025: e1 10000 approved, e2 5000 rejected, e3 2500 undecided, e4 4000 approved before its submission arrived; a payout of 14000. orgB: 9999. */
export function expenseEvents() {
  const ev = (org: string, type: string, payload: Record<string, unknown>, when: string) =>
    at(
      makeEvent(type as never, payload as never, {
        organizationId: org,
        aggregateId: String(payload.expenseId ?? payload.reimbursementId),
      }),
      when,
    );
  const base = (amountOre: number) => ({ expenseId: randomUUID(), activityId: randomUUID(), userId: m.m1, amountOre });
  const e1 = base(10000),
    e2 = base(5000),
    e3 = base(2500),
    e4 = base(4000),
    eb = base(9999);
  const submitted = (org: string, e: ReturnType<typeof base>, when: string) =>
    ev(org, "finance.expense.submitted", { ...e, expenseTypeKey: "travel" }, when);
  const approved = (e: ReturnType<typeof base>, when: string) =>
    ev(orgA, "finance.expense.approved", { ...e, automatic: false, rule: null, decidedBy: m.m2 }, when);
  return [
    submitted(orgA, e1, "2025-02-01T10:00:00Z"),
    approved(e1, "2025-02-02T10:00:00Z"),
    submitted(orgA, e2, "2025-04-01T10:00:00Z"),
    ev(orgA, "finance.expense.rejected", { ...e2, decidedBy: m.m2 }, "2025-04-02T10:00:00Z"),
    submitted(orgA, e3, "2025-05-01T10:00:00Z"),
    approved(e4, "2025-06-02T10:00:00Z"),
    submitted(orgA, e4, "2025-06-01T10:00:00Z"),
    submitted(orgB, eb, "2025-06-01T10:00:00Z"),
    ev(
      orgA,
      "finance.reimbursement.paid",
      {
        reimbursementId: randomUUID(),
        userId: m.m1,
        totalOre: 14000,
        exportId: randomUUID(),
        paidAt: "2025-06-30T10:00:00Z",
      },
      "2025-06-30T10:00:00Z",
    ),
  ];
}
