/**
 * engagement's part of an erasure (issue 24): the notifications to an erased user and about them (a refused
 * invitation naming them to the inviter; a no-contact reminder about an erased contact), with their deliveries, are
 * gone from every inbox; nobody else's are touched, and no column of engagement's schema still holds the name.
 */
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createUnitOfWork, type UnitOfWork } from "@meander/events";
import { columnsHolding, makeEvent, startSubgraph, type SubgraphHarness } from "@meander/testing";
import { runReminders } from "../src/application/reminders.js";
import { eventStore } from "../src/db/schema/index.js";
import { createSubgraph } from "../src/server.js";
import { as, joined } from "./support.js";

let h: SubgraphHarness;
let jobs: UnitOfWork;
const org = randomUUID();
const la = randomUUID();
const INBOX = `{ notifications { category body data { key value } deliveries { channel status } } }`;
type Inbox = Array<{
  category: string;
  body: string;
  data: Array<{ key: string; value: string }>;
  deliveries: Array<{ channel: string }>;
}>;

beforeAll(async () => {
  h = await startSubgraph((deps) => createSubgraph(deps, { scheduleEveryMs: 3_600_000 }));
  jobs = createUnitOfWork(h.db, eventStore);
});
afterAll(() => h?.stop());

async function inbox(who: ReturnType<typeof as>): Promise<Inbox> {
  const r = await h.call(INBOX, {}, who);
  expect(r.errors).toBeUndefined();
  return (r.data as { notifications: Inbox }).notifications;
}

const erase = (subjectType: "user" | "contact", subjectId: string) => {
  const requestId = randomUUID();
  return makeEvent(
    "privacy.erasure.requested",
    { requestId, subjectType, subjectId },
    { organizationId: org, aggregateId: requestId },
  );
};

describe("engagement: an erasure clears the notifications to and about the person", () => {
  it("deletes an erased user's notifications and deliveries, and the inviter's notification naming them; others keep theirs", async () => {
    const inviter = await joined(h, as(randomUUID(), org, la, "coordinator"));
    const erased = await joined(h, as(randomUUID(), org, la, "peer_mentor"));
    const kept = await joined(h, as(randomUUID(), org, la, "peer_mentor"));
    const pref = await h.call(
      `mutation { setNotificationPreference(category: ANNUAL_SUMMARY, enabled: true, channels: [EMAIL]) { enabled } }`,
      {},
      erased,
    );
    expect(pref.errors).toBeUndefined();
    const invitationId = randomUUID();
    await h.bus.publish([
      makeEvent(
        "organization.local_association.created",
        { localAssociationId: la, regionId: null, name: "Molde lokallag" },
        { organizationId: org },
      ),
      makeEvent("identity.profile.changed", {
        userId: erased.userId,
        profile: { email: "ingrid.slettmeg@example.no", displayName: "Ingrid Slettmeg", phone: "+4799887766" },
      }),
    ]);
    await h.bus.idle();
    await h.bus.publish([
      makeEvent(
        "organization.invitation.refused",
        {
          invitationId,
          invitedBy: inviter.userId,
          userId: erased.userId,
          localAssociationId: la,
          rule: "single_organization_tree",
        },
        { organizationId: org, aggregateId: invitationId },
      ),
      ...[erased, kept].map((who) =>
        makeEvent(
          "reporting.wrapped.ready",
          { userId: who.userId, year: 2025, activities: 3, minutes: 180 },
          { organizationId: org, aggregateId: who.userId },
        ),
      ),
    ]);
    await h.bus.idle();
    expect((await inbox(inviter)).map((n) => n.body)).toEqual([expect.stringContaining("Ingrid Slettmeg")]);
    expect((await inbox(erased)).flatMap((n) => n.deliveries.map((d) => d.channel))).toEqual(["EMAIL"]);

    await h.bus.publish([erase("user", erased.userId)]);
    await h.bus.idle();
    expect(await inbox(inviter)).toEqual([]);
    expect(await inbox(erased)).toEqual([]);
    expect((await inbox(kept)).map((n) => n.category)).toEqual(["ANNUAL_SUMMARY"]);
    for (const marker of ["Ingrid Slettmeg", "ingrid.slettmeg@example.no", "+4799887766"]) {
      expect((await columnsHolding(h, marker)).hits).toEqual([]);
    }
  });

  it("clears the reason an administrator wrote when revoking an erased user's certification; the certification stays revoked", async () => {
    const admin = as(randomUUID(), org, la, "org_admin");
    const coordinator = as(randomUUID(), org, la, "coordinator");
    const [erased, kept] = [
      await joined(h, as(randomUUID(), org, la, "peer_mentor")),
      await joined(h, as(randomUUID(), org, la, "peer_mentor")),
    ];
    const type = await h.call(
      `mutation($i: CreateCertificationTypeInput!) { createCertificationType(input: $i) { id } }`,
      { i: { key: "taushet", name: "Taushetserklæring" } },
      admin,
    );
    expect(type.errors).toBeUndefined();
    const course = await h.call(
      `mutation($i: CreateCourseInput!) { createCourse(input: $i) { id } }`,
      {
        i: {
          title: "Grunnkurs",
          kind: "CERTIFICATION",
          capacity: 10,
          startsOn: "2027-06-01",
          endsOn: "2027-06-01",
          status: "OPEN",
          certificationTypeId: type.data!.createCertificationType.id,
        },
      },
      admin,
    );
    expect(course.errors).toBeUndefined();
    const REVOKE = `mutation($id: ID!, $r: String!) { revokeCertification(id: $id, reason: $r) { status revokedReason } }`;
    const certOf = async (who: ReturnType<typeof as>) => {
      const e = await h.call(
        `mutation($c: ID!) { enrollInCourse(courseId: $c) { id } }`,
        { c: course.data!.createCourse.id },
        who,
      );
      expect(
        (
          await h.call(
            `mutation($e: ID!) { recordCourseAttendance(enrollmentId: $e) { status } }`,
            { e: e.data!.enrollInCourse.id },
            coordinator,
          )
        ).errors,
      ).toBeUndefined();
      const id = (await h.call(`{ myCertifications { id } }`, {}, who)).data!.myCertifications[0].id as string;
      const reason = `Brudd på taushetsplikt overfor Kari Nordmann (${who.userId.slice(0, 8)})`;
      expect((await h.call(REVOKE, { id, r: reason }, admin)).data!.revokeCertification).toEqual({
        status: "REVOKED",
        revokedReason: reason,
      });
      return { id, reason };
    };
    const [erasedCert, keptCert] = [await certOf(erased), await certOf(kept)];
    const one = async (id: string) => {
      const r = await h.call(`{ certifications { id status revokedReason } }`, {}, admin);
      expect(r.errors).toBeUndefined();
      const { id: _, ...rest } = (r.data!.certifications as Array<{ id: string }>).find((c) => c.id === id)!;
      return rest;
    };
    await h.bus.publish([erase("user", erased.userId)]);
    await h.bus.idle();
    expect(await one(erasedCert.id)).toEqual({ status: "REVOKED", revokedReason: null });
    expect(await one(keptCert.id)).toEqual({ status: "REVOKED", revokedReason: keptCert.reason });
    expect((await columnsHolding(h, erasedCert.reason)).hits).toEqual([]);
  });

  it("deletes a mentor's no-contact reminder about an erased contact, and keeps the one about another contact", async () => {
    const mentor = await joined(h, as(randomUUID(), org, la, "peer_mentor"));
    const [erasedContact, otherContact] = [randomUUID(), randomUUID()];
    await h.bus.publish(
      [erasedContact, otherContact].map((contactId) => {
        const activityId = randomUUID();
        const e = makeEvent(
          "activity.activity.registered",
          {
            activityId,
            userId: mentor.userId,
            localAssociationId: la,
            activityType: "home_visit",
            activityDate: "2027-06-01T10:00:00+02:00",
            durationMinutes: 60,
            status: "pending_review",
          },
          { organizationId: org, aggregateId: activityId, actorId: mentor.userId },
        );
        return { ...e, payload: { ...e.payload, contactId } };
      }),
    );
    await h.bus.idle();
    await runReminders(jobs, new Date("2027-06-11T06:00:00Z"));
    const about = async () =>
      (await inbox(mentor)).flatMap((n) => n.data.filter((d) => d.key === "contactId").map((d) => d.value)).sort();
    expect(await about()).toEqual([erasedContact, otherContact].sort());
    await h.bus.publish([erase("contact", erasedContact)]);
    await h.bus.idle();
    expect(await about()).toEqual([otherContact]);
    // The reminder's key stays: a later run does not remind the mentor of the erased contact again.
    await runReminders(jobs, new Date("2027-06-12T06:00:00Z"));
    expect(await about()).toEqual([otherContact]);
  });
});
