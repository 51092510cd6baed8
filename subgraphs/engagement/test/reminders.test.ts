import { randomUUID } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { createUnitOfWork, type UnitOfWork } from "@meander/events";
import { makeEvent, startSubgraph, type SubgraphHarness } from "@meander/testing";
import { deliverDue } from "../src/application/deliveries.js";
import { runReminders } from "../src/application/reminders.js";
import { runScheduledJobs } from "../src/application/scheduler.js";
import { eventStore } from "../src/db/schema/index.js";
import { httpChannel, smtpChannel, type Channels } from "../src/delivery/channels.js";
import { createSubgraph } from "../src/server.js";
import { as, joined } from "./support.js";

let h: SubgraphHarness;
let jobs: UnitOfWork;
let push: {
  server: Server;
  url: string;
  received: Array<{ userId: string; title: string; phone?: string | null }>;
  failFor: Set<string>;
};
let channels: Channels;
let smtp: { server: SMTPServer; mails: Array<{ to: string[]; raw: string }> };
const orgA = randomUUID();
const orgB = randomUUID();
const laA = randomUUID();
const laB = randomUUID();
const adminA = as(randomUUID(), orgA, laA, "org_admin");
const adminB = as(randomUUID(), orgB, laB, "org_admin");
const coordinatorA = as(randomUUID(), orgA, laA, "coordinator");
const mentor = (org = orgA, la = laA) => joined(h, as(randomUUID(), org, la, "peer_mentor"));

const INBOX = `{ notifications { id category title body readAt data { key value } deliveries { channel status attempts lastError } } unreadNotificationCount }`;
const at = (iso: string) => new Date(iso);
type Who = ReturnType<typeof as>;

async function inbox(who: Who) {
  const r = await h.call(INBOX, {}, who);
  expect(r.errors).toBeUndefined();
  return r.data as {
    notifications: Array<{
      id: string;
      category: string;
      title: string;
      body: string;
      readAt: string | null;
      deliveries: Array<{ channel: string; status: string; attempts: number; lastError: string | null }>;
    }>;
    unreadNotificationCount: number;
  };
}

/** A registered activity of a mentor with a contact, as activity publishes it (contactId: the optional field engagement reads). */
function contactActivity(who: Who, contactId: string, activityDate: string, status = "pending_review") {
  const activityId = randomUUID();
  const event = makeEvent(
    "activity.activity.registered",
    {
      activityId,
      userId: who.userId,
      localAssociationId: who.localAssociationId,
      activityType: "home_visit",
      activityDate,
      durationMinutes: 60,
      status,
    },
    { organizationId: who.organizationId, aggregateId: activityId, actorId: who.userId },
  );
  return { ...event, payload: { ...event.payload, contactId } };
}

async function setPreference(who: Who, category: string, enabled: boolean, channelList: string[] = []) {
  const r = await h.call(
    `mutation($c: NotificationCategory!, $e: Boolean!, $ch: [DeliveryChannel!]) { setNotificationPreference(category: $c, enabled: $e, channels: $ch) { category enabled channels } }`,
    { c: category, e: enabled, ch: channelList },
    who,
  );
  expect(r.errors).toBeUndefined();
  return r.data!.setNotificationPreference;
}

beforeAll(async () => {
  const received: Array<{ userId: string; title: string; phone?: string | null }> = [];
  const failFor = new Set<string>();
  const server = createServer((req, res) => {
    let body = "";
    req.on("data", (c) => (body += c));
    req.on("end", () => {
      const message = JSON.parse(body) as { userId: string; title: string };
      received.push(message);
      res.writeHead(failFor.has(message.userId) ? 503 : 200).end();
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  push = { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/push`, received, failFor };
  const mails: Array<{ to: string[]; raw: string }> = [];
  const smtpServer = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, session, callback) {
      let raw = "";
      stream.on("data", (c: Buffer) => (raw += c.toString("utf8")));
      stream.on("end", () => {
        mails.push({ to: session.envelope.rcptTo.map((r) => r.address), raw });
        callback();
      });
    },
  });
  await new Promise<void>((r) => smtpServer.listen(0, "127.0.0.1", r));
  smtp = { server: smtpServer, mails };
  const smtpPort = (smtpServer.server.address() as AddressInfo).port;
  channels = {
    push: httpChannel(push.url),
    sms: httpChannel(push.url.replace(/push$/, "sms")),
    email: smtpChannel(`smtp://127.0.0.1:${smtpPort}`, "Meander <no-reply@meander.no>"),
  };
  h = await startSubgraph((deps) => createSubgraph(deps, { scheduleEveryMs: 3_600_000, channels }));
  jobs = createUnitOfWork(h.db, eventStore);
});

afterAll(async () => {
  await h?.stop();
  await new Promise((r) => push?.server.close(r));
  await new Promise<void>((r) => (smtp ? smtp.server.close(() => r()) : r()));
});

describe("engagement: reminder engine", () => {
  it("reminds a mentor after 10 days without contact, once, however often it runs", async () => {
    const m = await mentor();
    const contact = randomUUID();
    await h.bus.publish([contactActivity(m, contact, "2027-06-01T10:00:00+02:00")]);
    await h.bus.idle();
    await runReminders(jobs, at("2027-06-10T12:00:00Z"));
    expect((await inbox(m)).notifications).toEqual([]);
    const first = await runReminders(jobs, at("2027-06-11T06:00:00Z"));
    expect(first.sent.no_contact).toBeGreaterThanOrEqual(1);
    await runReminders(jobs, at("2027-06-11T06:00:00Z"));
    await runReminders(jobs, at("2027-06-14T06:00:00Z"));
    const box = await inbox(m);
    expect(box.notifications.map((n) => n.category)).toEqual(["NO_CONTACT"]);
    expect(box.unreadNotificationCount).toBe(1);

    // A new contact starts a new silence: reminded again ten days later.
    await h.bus.publish([contactActivity(m, contact, "2027-06-15T10:00:00+02:00")]);
    await h.bus.idle();
    await runReminders(jobs, at("2027-06-20T06:00:00Z"));
    expect((await inbox(m)).notifications).toHaveLength(1);
    await runReminders(jobs, at("2027-06-25T06:00:00Z"));
    await runReminders(jobs, at("2027-06-25T07:00:00Z"));
    expect((await inbox(m)).notifications.map((n) => n.category)).toEqual(["NO_CONTACT", "NO_CONTACT"]);
  });

  it("two runs at the same moment still send each reminder once", async () => {
    const m = await mentor();
    await h.bus.publish([
      contactActivity(m, randomUUID(), "2027-07-01T10:00:00+02:00"),
      contactActivity(m, randomUUID(), "2027-07-02T10:00:00+02:00"),
    ]);
    await h.bus.idle();
    await Promise.all([runReminders(jobs, at("2027-07-20T06:00:00Z")), runReminders(jobs, at("2027-07-20T06:00:00Z"))]);
    expect((await inbox(m)).notifications.map((n) => n.category)).toEqual(["NO_CONTACT", "NO_CONTACT"]); // one per contact
  });

  it("sends nothing for a category the user switched off, and nothing for a scenario the organization switched off", async () => {
    const quiet = await mentor();
    expect(await setPreference(quiet, "NO_CONTACT", false)).toEqual({
      category: "NO_CONTACT",
      enabled: false,
      channels: [],
    });
    const prefs = await h.call(`{ notificationPreferences { category enabled } }`, {}, quiet);
    expect(prefs.data?.notificationPreferences).toEqual([{ category: "NO_CONTACT", enabled: false }]);
    const inB = await mentor(orgB, laB);
    const off = await h.call(
      `mutation { setReminderScenario(scenario: NO_CONTACT, enabled: false) { scenario enabled } }`,
      {},
      adminB,
    );
    expect(off.data?.setReminderScenario).toEqual({ scenario: "NO_CONTACT", enabled: false });
    expect(
      (
        await h.call(
          `mutation { setReminderScenario(scenario: NO_CONTACT, enabled: false) { enabled } }`,
          {},
          coordinatorA,
        )
      ).errors?.[0]?.extensions?.code,
    ).toBe("FORBIDDEN");
    const settings = await h.call(`{ reminderSettings { scenario enabled } }`, {}, adminB);
    expect(settings.data?.reminderSettings).toContainEqual({ scenario: "NO_CONTACT", enabled: false });
    expect(settings.data?.reminderSettings).toContainEqual({ scenario: "APPROVAL_PENDING", enabled: true });

    const control = await mentor();
    await h.bus.publish([
      contactActivity(quiet, randomUUID(), "2027-08-01T10:00:00+02:00"),
      contactActivity(inB, randomUUID(), "2027-08-01T10:00:00+02:00"),
      contactActivity(control, randomUUID(), "2027-08-01T10:00:00+02:00"),
    ]);
    await h.bus.idle();
    await runReminders(jobs, at("2027-08-15T06:00:00Z"));
    expect((await inbox(control)).notifications).toHaveLength(1);
    expect((await inbox(quiet)).notifications).toEqual([]);
    expect((await inbox(inB)).notifications).toEqual([]);
  });

  it("reminds of a certification 30 and 7 days before it expires, each once", async () => {
    const m = await mentor();
    const type = await h.call(
      `mutation { createCertificationType(input: { key: "grunnkurs", name: "Grunnkurs", validityMonths: 12, basicCourse: true }) { id } }`,
      {},
      adminA,
    );
    const c = await h.call(
      `mutation($i: CreateCourseInput!) { createCourse(input: $i) { id } }`,
      {
        i: {
          title: "Grunnkurs",
          kind: "CERTIFICATION",
          capacity: 5,
          startsOn: "2027-03-01",
          status: "OPEN",
          certificationTypeId: type.data!.createCertificationType.id,
        },
      },
      adminA,
    );
    const e = await h.call(
      `mutation($c: ID!) { enrollInCourse(courseId: $c) { id } }`,
      { c: c.data!.createCourse.id },
      m,
    );
    await h.call(
      `mutation($e: ID!) { recordCourseAttendance(enrollmentId: $e) { id } }`,
      { e: e.data!.enrollInCourse.id },
      coordinatorA,
    );
    // Valid until 2028-02-29: 30 days before is 2028-01-30, 7 days before 2028-02-22.
    const expiring = async () =>
      (await inbox(m)).notifications
        .filter((n) => n.category === "CERTIFICATION_EXPIRING")
        .map((n) => `${n.title}. ${n.body}`);
    const text = (days: number) =>
      `Grunnkurs utløper 29.02.2028. Påminnelse ${days} dager før: Grunnkurs er gyldig til 29.02.2028. Meld deg på et oppfriskningskurs i tide.`;
    await runReminders(jobs, at("2028-01-29T12:00:00Z"));
    expect(await expiring()).toEqual([]);
    await runReminders(jobs, at("2028-01-30T12:00:00Z"));
    await runReminders(jobs, at("2028-02-10T12:00:00Z"));
    expect(await expiring()).toEqual([text(30)]); // the lead time is named, the title says the day it expires
    await runReminders(jobs, at("2028-02-22T12:00:00Z"));
    await runReminders(jobs, at("2028-02-23T12:00:00Z"));
    expect(await expiring()).toEqual([text(7), text(30)]);
  });

  it("reminds the local association's coordinators of activities waiting for approval, once a week", async () => {
    const coordinator = randomUUID();
    const la = randomUUID(); // a local association of its own: earlier tests left activities waiting in laA
    await h.bus.publish([
      makeEvent(
        "organization.membership.added",
        {
          membershipId: randomUUID(),
          userId: coordinator,
          localAssociationId: la,
          role: "coordinator",
          isPrimary: true,
        },
        { organizationId: orgA },
      ),
      makeEvent(
        "organization.local_association.created",
        { localAssociationId: la, regionId: null, name: "Asker lokallag" },
        { organizationId: orgA },
      ),
    ]);
    const m = await mentor(orgA, la);
    await h.bus.publish([
      contactActivity(m, randomUUID(), "2027-09-01T10:00:00+02:00"),
      contactActivity(m, randomUUID(), "2027-09-02T10:00:00+02:00", "approved"),
    ]);
    await h.bus.idle();
    const who = as(coordinator, orgA, la, "coordinator");
    await runReminders(jobs, at("2027-09-03T12:00:00Z")); // waited only two days
    expect((await inbox(who)).notifications).toEqual([]);
    await runReminders(jobs, at("2027-09-06T12:00:00Z"));
    await runReminders(jobs, at("2027-09-07T12:00:00Z")); // same week
    const box = await inbox(who);
    expect(box.notifications.map((n) => [n.category, n.title])).toEqual([
      ["APPROVAL_PENDING", "Aktiviteter venter på godkjenning"],
    ]);
    // The approved activity does not wait: one is counted, in the local association named by name.
    expect((await h.call(`{ notifications { body } }`, {}, who)).data?.notifications[0].body).toBe(
      "1 aktivitet i Asker lokallag venter på godkjenningen din.",
    );
  });
});

describe("engagement: notifications", () => {
  it("marks the caller's own notifications read, and ignores other people's", async () => {
    const m = await mentor();
    const other = await mentor();
    await h.bus.publish([
      contactActivity(m, randomUUID(), "2027-10-01T10:00:00+02:00"),
      contactActivity(other, randomUUID(), "2027-10-01T10:00:00+02:00"),
    ]);
    await h.bus.idle();
    await runReminders(jobs, at("2027-10-12T06:00:00Z"));
    const mine = (await inbox(m)).notifications[0]!;
    const theirs = (await inbox(other)).notifications[0]!;
    const r = await h.call(
      `mutation($ids: [ID!]!) { markNotificationsRead(ids: $ids) { id readAt } }`,
      { ids: [mine.id, theirs.id] },
      m,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data?.markNotificationsRead).toHaveLength(1);
    expect(r.data?.markNotificationsRead[0].id).toBe(mine.id);
    expect((await inbox(m)).unreadNotificationCount).toBe(0);
    expect((await inbox(other)).notifications[0]!.readAt).toBeNull();
    const unread = await h.call(`{ notifications(unreadOnly: true) { id } }`, {}, m);
    expect(unread.data?.notifications).toEqual([]);
    expect((await h.call(INBOX, {})).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("pushes over the HTTP provider when the user chose push; a failing push is retried with backoff, then recorded as failed", async () => {
    const ok = await mentor();
    const broken = await mentor();
    push.failFor.add(broken.userId);
    for (const who of [ok, broken]) await setPreference(who, "NO_CONTACT", true, ["PUSH"]);
    await h.bus.publish([
      contactActivity(ok, randomUUID(), "2027-11-01T10:00:00+01:00"),
      contactActivity(broken, randomUUID(), "2027-11-01T10:00:00+01:00"),
    ]);
    await h.bus.idle();
    let now = new Date("2027-11-12T11:00:00Z");
    await runScheduledJobs(jobs, channels, now);
    expect(push.received.filter((m) => m.userId === ok.userId)).toHaveLength(1);
    expect((await inbox(ok)).notifications[0]!.deliveries).toEqual([
      { channel: "PUSH", status: "SENT", attempts: 1, lastError: null },
    ]);
    expect((await inbox(broken)).notifications[0]!.deliveries).toMatchObject([
      { channel: "PUSH", status: "QUEUED", attempts: 1 },
    ]);

    await deliverDue(jobs, channels, new Date(now.getTime() + 1_000)); // backoff not over: nothing is tried
    expect(push.received.filter((m) => m.userId === broken.userId)).toHaveLength(1);
    for (let i = 0; i < 6; i++) {
      now = new Date(now.getTime() + 3_600_000);
      await deliverDue(jobs, channels, now);
    }
    expect(push.received.filter((m) => m.userId === broken.userId)).toHaveLength(4);
    const failed = (await inbox(broken)).notifications[0]!.deliveries[0]!;
    expect(failed).toMatchObject({ channel: "PUSH", status: "FAILED", attempts: 4 });
    expect(failed.lastError).toContain("503");
    expect(push.received.filter((m) => m.userId === ok.userId)).toHaveLength(1); // a sent delivery is never sent again
  });

  it("calls the provider with no transaction open: the delivery row is not locked while the push is sent", async () => {
    const m = await mentor();
    await setPreference(m, "NO_CONTACT", true, ["PUSH"]);
    await h.bus.publish([contactActivity(m, randomUUID(), "2027-11-01T10:00:00+01:00")]);
    await h.bus.idle();
    const probes: string[] = [];
    const probing: Channels = {
      ...channels,
      push: {
        async send(message) {
          // Another session may lock the row right now (NOWAIT fails at once if the sender still held it).
          const rows = await h.db.transaction((tx) =>
            tx.execute(
              sql`select status from engagement.notification_deliveries where notification_id = ${message.notificationId} for update nowait`,
            ),
          );
          probes.push((rows as unknown as { rows: Array<{ status: string }> }).rows[0]!.status);
          await channels.push!.send(message);
        },
      },
    };
    await runScheduledJobs(jobs, probing, new Date("2027-11-12T11:00:00Z"));
    expect(probes).toEqual(["queued"]);
    const [sent] = (await inbox(m)).notifications;
    expect(sent!.deliveries).toEqual([{ channel: "PUSH", status: "SENT", attempts: 1, lastError: null }]);

    // The app confirms arrival: only the recipient's confirmation moves SENT to DELIVERED.
    const CONFIRM = `mutation($ids: [ID!]!) { confirmNotificationsDelivered(ids: $ids) { id deliveries { channel status } } }`;
    const stranger = await h.call(CONFIRM, { ids: [sent!.id] }, await mentor());
    expect(stranger.data?.confirmNotificationsDelivered).toEqual([]);
    expect((await inbox(m)).notifications[0]!.deliveries[0]!.status).toBe("SENT");
    const mine = await h.call(CONFIRM, { ids: [sent!.id] }, m);
    expect(mine.data?.confirmNotificationsDelivered).toEqual([
      { id: sent!.id, deliveries: [{ channel: "PUSH", status: "DELIVERED" }] },
    ]);
  });

  it("holds a push during the user's quiet hours and sends it when they end (delay, not drop)", async () => {
    const m = await mentor();
    await setPreference(m, "NO_CONTACT", true, ["PUSH"]);
    const q = await h.call(`mutation { setQuietHours(fromMinute: 1320, untilMinute: 420) }`, {}, m); // 22:00 to 07:00
    expect(q.data?.setQuietHours).toBe(true);
    const bad = await h.call(`mutation { setQuietHours(fromMinute: 1320, untilMinute: 1440) }`, {}, m);
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", rule: "quiet_hours_range" });
    // Read back (issue 20 finding 8): the quiet hours and a preference for every category, the saved one or the default.
    const SETTINGS = `{ myNotificationSettings { quietHours { fromMinute untilMinute } preferences { category enabled channels } } }`;
    const settings = (await h.call(SETTINGS, {}, m)).data?.myNotificationSettings;
    expect(settings.quietHours).toEqual({ fromMinute: 1320, untilMinute: 420 });
    expect(settings.preferences).toHaveLength(10);
    expect(settings.preferences[0]).toEqual({ category: "NO_CONTACT", enabled: true, channels: ["PUSH"] });
    expect(settings.preferences[6]).toEqual({ category: "COURSE_CANCELLED", enabled: true, channels: [] });
    expect(settings.preferences[9]).toEqual({ category: "INVITATION_REFUSED", enabled: true, channels: [] });
    expect((await h.call(SETTINGS, {}, await mentor())).data?.myNotificationSettings.quietHours).toBeNull();
    await h.bus.publish([contactActivity(m, randomUUID(), "2027-12-01T10:00:00+01:00")]);
    await h.bus.idle();
    const night = new Date("2027-12-12T22:30:00Z"); // 23:30 in Norway
    await runScheduledJobs(jobs, channels, night);
    expect((await inbox(m)).notifications.map((n) => n.category)).toEqual(["NO_CONTACT"]);
    await deliverDue(jobs, channels, new Date("2027-12-13T05:30:00Z")); // 06:30: still quiet
    expect(push.received.filter((x) => x.userId === m.userId)).toEqual([]);
    expect((await inbox(m)).notifications[0]!.deliveries).toMatchObject([{ status: "QUEUED", attempts: 0 }]);
    await deliverDue(jobs, channels, new Date("2027-12-13T06:00:00Z")); // 07:00
    expect(push.received.filter((x) => x.userId === m.userId)).toHaveLength(1);
    expect((await inbox(m)).notifications[0]!.deliveries).toMatchObject([{ status: "SENT", attempts: 1 }]);
  });

  it("e-mails over SMTP to the address identity registered, when the user chose e-mail", async () => {
    const m = await mentor();
    // An English-speaking user (identity's preferred language on user.registered): the subject is English.
    await h.bus.publish([
      makeEvent("identity.user.registered", { userId: m.userId, preferredLanguage: "en" }),
      makeEvent("identity.profile.changed", {
        userId: m.userId,
        profile: { email: "kari.nordmann@example.no", displayName: "Kari Nordmann" },
      }),
    ]);
    await setPreference(m, "NO_CONTACT", true, ["EMAIL"]);
    await h.bus.publish([contactActivity(m, randomUUID(), "2028-01-03T10:00:00+01:00")]);
    await h.bus.idle();
    await runScheduledJobs(jobs, channels, new Date("2028-01-14T11:00:00Z"));
    const mail = smtp.mails.find((x) => x.to.includes("kari.nordmann@example.no"));
    expect(mail).toBeDefined();
    expect(mail!.raw).toMatch(/Subject: Time to get in touch/);
    expect((await inbox(m)).notifications[0]!.deliveries).toMatchObject([
      { channel: "EMAIL", status: "SENT", attempts: 1 },
    ]);
  });

  it("sends SMS to the phone identity recorded; a user without a phone gets no SMS (skipped, with the reason)", async () => {
    const withPhone = await mentor();
    const without = await mentor();
    await h.bus.publish([
      makeEvent("identity.profile.changed", {
        userId: withPhone.userId,
        profile: { email: "ola.sms@example.no", displayName: "Ola Nordmann", phone: "+4791234567" },
      }),
      makeEvent("identity.profile.changed", {
        userId: without.userId,
        profile: { email: "siri.sms@example.no", displayName: "Siri Nordmann", phone: null },
      }),
    ]);
    for (const who of [withPhone, without]) await setPreference(who, "NO_CONTACT", true, ["SMS"]);
    await h.bus.publish([
      contactActivity(withPhone, randomUUID(), "2028-02-01T10:00:00+01:00"),
      contactActivity(without, randomUUID(), "2028-02-01T10:00:00+01:00"),
    ]);
    await h.bus.idle();
    await runScheduledJobs(jobs, channels, new Date("2028-02-12T11:00:00Z"));
    expect(push.received.filter((x) => x.userId === withPhone.userId)).toMatchObject([
      { phone: "+4791234567", title: "På tide å ta kontakt" },
    ]);
    expect((await inbox(withPhone)).notifications[0]!.deliveries).toMatchObject([{ channel: "SMS", status: "SENT" }]);
    expect((await inbox(without)).notifications[0]!.deliveries).toEqual([
      {
        channel: "SMS",
        status: "SKIPPED",
        attempts: 0,
        lastError: "Ingen telefonnummer registrert, SMS ble ikke sendt",
      },
    ]);
    expect(push.received.filter((x) => x.userId === without.userId)).toEqual([]);
  });

  it("tells a mentor a reimbursement was paid, in kroner, in nynorsk once they chose it", async () => {
    const m = await mentor();
    await h.bus.publish([
      makeEvent("identity.profile.changed", {
        userId: m.userId,
        profile: { email: "nils.vik@example.no", displayName: "Nils Vik" },
      }),
    ]);
    await h.bus.idle();
    await h.bus.publish([
      makeEvent("identity.user.language_changed", { userId: m.userId, language: "nn" }, { aggregateId: m.userId }),
    ]);
    await h.bus.idle();
    const reimbursementId = randomUUID();
    await h.bus.publish([
      makeEvent(
        "finance.reimbursement.paid",
        { reimbursementId, userId: m.userId, totalOre: 123450, exportId: randomUUID(), paidAt: "2028-03-01T09:30:00Z" },
        { organizationId: orgA, aggregateId: reimbursementId },
      ),
    ]);
    await h.bus.idle();
    const r = await h.call(`{ notifications { category title body data { key value } } }`, {}, m);
    expect(r.data?.notifications).toEqual([
      {
        category: "REIMBURSEMENT_PAID",
        title: "Utbetalt: 1\u00a0234,50\u00a0kr",
        body: "Refusjonen din på 1\u00a0234,50\u00a0kr vart betalt ut 01.03.2028 kl. 10:30.",
        data: [{ key: "reimbursementId", value: reimbursementId }],
      },
    ]);
  });

  it("tells the inviter an acceptance was refused: the local association and the invitee by name, the rule in words, the organization's terminology", async () => {
    const orgC = randomUUID();
    const la = randomUUID();
    const inviter = as(randomUUID(), orgC, la, "coordinator");
    const invitee = randomUUID();
    const invitationId = randomUUID();
    const labels = [{ key: "organization", language: "nb", label: "Sammenslutning" }];
    await h.bus.publish([
      makeEvent(
        "organization.local_association.created",
        { localAssociationId: la, regionId: null, name: "Bergen lokallag" },
        { organizationId: orgC },
      ),
      makeEvent(
        "organization.settings.changed",
        { organizationId: orgC, version: 2, section: "terminology", values: { labels } },
        { organizationId: orgC },
      ),
      makeEvent("identity.profile.changed", {
        userId: invitee,
        profile: { email: "per.hansen@example.no", displayName: "Per Hansen" },
      }),
    ]);
    await h.bus.idle();
    await h.bus.publish([
      makeEvent(
        "organization.invitation.refused",
        {
          invitationId,
          invitedBy: inviter.userId,
          userId: invitee,
          localAssociationId: la,
          rule: "single_organization_tree",
        },
        { organizationId: orgC, aggregateId: invitationId },
      ),
    ]);
    await h.bus.idle();
    const r = await h.call(`{ notifications { category title body } }`, {}, inviter);
    expect(r.data?.notifications).toEqual([
      {
        category: "INVITATION_REFUSED",
        title: "Invitasjonen til Bergen lokallag ble ikke godtatt",
        body: "Per Hansen kunne ikke bli med i Bergen lokallag: personen er medlem i en annen sammenslutning, og alle medlemskap må være i samme sammenslutning.",
      },
    ]);
  });
});
