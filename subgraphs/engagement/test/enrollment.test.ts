import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSubgraph, type SubgraphHarness } from "@meander/testing";
import { createSubgraph } from "../src/server.js";
import { as, auditsOf, joined } from "./support.js";

let h: SubgraphHarness;
const orgA = randomUUID();
const orgB = randomUUID();
const laA = randomUUID();
const adminA = as(randomUUID(), orgA, laA, "org_admin");
const coordinatorA = as(randomUUID(), orgA, laA, "coordinator");
const adminB = as(randomUUID(), orgB, randomUUID(), "org_admin");
const mentor = () => joined(h, as(randomUUID(), orgA, laA, "peer_mentor"));

const ENROLLMENT = `id status waitlistPosition registeredAt promotedAt withdrawnAt user { id } course { id seatsTaken }`;
const ENROLL = `mutation($c: ID!, $u: ID) { enrollInCourse(courseId: $c, userId: $u) { ${ENROLLMENT} } }`;
const WITHDRAW = `mutation($e: ID!) { withdrawEnrollment(enrollmentId: $e) { ${ENROLLMENT} } }`;
const ATTEND = `mutation($e: ID!) { recordCourseAttendance(enrollmentId: $e) { ${ENROLLMENT} attendedAt } }`;
const ENROLLMENTS = `query($id: ID!) { course(id: $id) { seatsTaken enrollments { id status waitlistPosition user { id } } } }`;
const INBOX = `{ notifications { category title data { key value } readAt } }`;

async function course(capacity: number, status = "OPEN", who = adminA): Promise<string> {
  const r = await h.call(
    `mutation($i: CreateCourseInput!) { createCourse(input: $i) { id } }`,
    {
      i: { title: `Kurs ${randomUUID().slice(0, 6)}`, kind: "CERTIFICATION", capacity, startsOn: "2027-03-01", status },
    },
    who,
  );
  expect(r.errors).toBeUndefined();
  return r.data!.createCourse.id;
}

async function enroll(courseId: string, who: ReturnType<typeof as>, userId?: string) {
  const r = await h.call(ENROLL, { c: courseId, u: userId }, who);
  expect(r.errors).toBeUndefined();
  return r.data!.enrollInCourse as {
    id: string;
    status: string;
    waitlistPosition: number | null;
    user: { id: string };
  };
}

async function enrollments(courseId: string) {
  const r = await h.call(ENROLLMENTS, { id: courseId }, adminA);
  expect(r.errors).toBeUndefined();
  return r.data!.course as {
    seatsTaken: number;
    enrollments: Array<{ id: string; status: string; waitlistPosition: number | null; user: { id: string } }>;
  };
}

beforeAll(async () => {
  h = await startSubgraph((deps) => createSubgraph(deps, { scheduleEveryMs: 3_600_000 }));
});

afterAll(() => h?.stop());

describe("engagement: course enrollment", () => {
  it("registers while seats are free, then waitlists in the order people asked", async () => {
    const c = await course(2);
    const [a, b, x, y] = [await mentor(), await mentor(), await mentor(), await mentor()];
    expect((await enroll(c, a)).status).toBe("REGISTERED");
    expect((await enroll(c, b)).status).toBe("REGISTERED");
    const third = await enroll(c, x);
    expect(third).toMatchObject({ status: "WAITLISTED", waitlistPosition: 1 });
    expect(await enroll(c, y)).toMatchObject({ status: "WAITLISTED", waitlistPosition: 2 });
    const list = await enrollments(c);
    expect(list.seatsTaken).toBe(2);
    expect(list.enrollments.map((e) => [e.user.id, e.status])).toEqual([
      [a.userId, "REGISTERED"],
      [b.userId, "REGISTERED"],
      [x.userId, "WAITLISTED"],
      [y.userId, "WAITLISTED"],
    ]);
  });

  it("refuses a second enrollment (already_enrolled) and a course that is not open (course_open)", async () => {
    const c = await course(5);
    const m = await mentor();
    await enroll(c, m);
    const again = await h.call(ENROLL, { c }, m);
    expect(again.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      rule: "already_enrolled",
      field: "courseId",
    });
    const planned = await course(5, "PLANNED");
    const closed = await h.call(ENROLL, { c: planned }, m);
    expect(closed.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      rule: "course_open",
      field: "courseId",
    });
  });

  it("promotes the first waitlisted person when a seat frees, and tells them in their inbox", async () => {
    const c = await course(1);
    const [a, x, y] = [await mentor(), await mentor(), await mentor()];
    const ea = await enroll(c, a);
    await enroll(c, x);
    await enroll(c, y);
    const w = await h.call(WITHDRAW, { e: ea.id }, a);
    expect(w.errors).toBeUndefined();
    expect(w.data?.withdrawEnrollment.status).toBe("WITHDRAWN");
    const list = await enrollments(c);
    expect(list.enrollments.map((e) => [e.user.id, e.status, e.waitlistPosition])).toEqual([
      [a.userId, "WITHDRAWN", null],
      [x.userId, "REGISTERED", null],
      [y.userId, "WAITLISTED", 1],
    ]);
    const inbox = await h.call(INBOX, {}, x);
    expect(inbox.data?.notifications).toHaveLength(1);
    expect(inbox.data?.notifications[0]).toMatchObject({ category: "WAITLIST_PROMOTED", readAt: null });
    expect(inbox.data?.notifications[0].title).toMatch(/^Du har fått plass: Kurs /);
    expect(inbox.data?.notifications[0].data).toEqual(expect.arrayContaining([{ key: "courseId", value: c }]));
    expect((await h.call(INBOX, {}, y)).data?.notifications).toEqual([]);
  });

  it("gives the last seat to exactly one of two simultaneous enrollments", async () => {
    for (let round = 0; round < 3; round++) {
      const c = await course(1);
      const [a, b] = [await mentor(), await mentor()];
      const results = await Promise.all([h.call(ENROLL, { c }, a), h.call(ENROLL, { c }, b)]);
      for (const r of results) expect(r.errors).toBeUndefined();
      expect(results.map((r) => r.data!.enrollInCourse.status).sort()).toEqual(["REGISTERED", "WAITLISTED"]);
      expect((await enrollments(c)).seatsTaken).toBe(1);
    }
  });

  it("promotes exactly one waitlisted person per freed seat when two withdraw at the same moment", async () => {
    const c = await course(2);
    const [a, b, x, y, z] = [await mentor(), await mentor(), await mentor(), await mentor(), await mentor()];
    const ea = await enroll(c, a);
    const eb = await enroll(c, b);
    for (const m of [x, y, z]) await enroll(c, m);
    const results = await Promise.all([h.call(WITHDRAW, { e: ea.id }, a), h.call(WITHDRAW, { e: eb.id }, b)]);
    for (const r of results) expect(r.errors).toBeUndefined();
    const list = await enrollments(c);
    expect(list.seatsTaken).toBe(2);
    expect(list.enrollments.map((e) => [e.user.id, e.status])).toEqual([
      [a.userId, "WITHDRAWN"],
      [b.userId, "WITHDRAWN"],
      [x.userId, "REGISTERED"],
      [y.userId, "REGISTERED"],
      [z.userId, "WAITLISTED"],
    ]);
    for (const m of [x, y])
      expect((await h.call(INBOX, {}, m)).data?.notifications.map((n: { category: string }) => n.category)).toEqual([
        "WAITLIST_PROMOTED",
      ]);
    expect((await h.call(INBOX, {}, z)).data?.notifications).toEqual([]);
  });

  it("withdrawing a waitlisted enrollment frees no seat; withdrawing twice is refused (already_withdrawn)", async () => {
    const c = await course(1);
    const [a, x, y] = [await mentor(), await mentor(), await mentor()];
    await enroll(c, a);
    const ex = await enroll(c, x);
    await enroll(c, y);
    expect((await h.call(WITHDRAW, { e: ex.id }, x)).data?.withdrawEnrollment.status).toBe("WITHDRAWN");
    const list = await enrollments(c);
    expect(list.enrollments.map((e) => e.status)).toEqual(["REGISTERED", "WITHDRAWN", "WAITLISTED"]);
    expect(list.enrollments[2]!.waitlistPosition).toBe(1);
    const again = await h.call(WITHDRAW, { e: ex.id }, x);
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", rule: "already_withdrawn" });
  });

  it("re-enrolling after withdrawing goes to the end of the waitlist", async () => {
    const c = await course(1);
    const [a, x] = [await mentor(), await mentor()];
    const ea = await enroll(c, a);
    await enroll(c, x);
    await h.call(WITHDRAW, { e: ea.id }, a);
    const back = await enroll(c, a);
    expect(back).toMatchObject({ id: ea.id, status: "WAITLISTED", waitlistPosition: 1 });
  });

  it("lets mentors act on their own enrollments only; coordinators enroll and withdraw others", async () => {
    const c = await course(3);
    const [a, b] = [await mentor(), await mentor()];
    const other = await h.call(ENROLL, { c, u: b.userId }, a);
    expect(other.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const eb = await enroll(c, coordinatorA, b.userId);
    expect(eb.user.id).toBe(b.userId);
    const foreign = await h.call(WITHDRAW, { e: eb.id }, a);
    // Another mentor's enrollment is out of a mentor's sight (the visibility model): not found.
    expect(foreign.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    expect((await h.call(WITHDRAW, { e: eb.id }, coordinatorA)).data?.withdrawEnrollment.status).toBe("WITHDRAWN");
    const mine = await h.call(`{ myEnrollments { id status } }`, {}, b);
    expect(mine.data?.myEnrollments).toEqual([{ id: eb.id, status: "WITHDRAWN" }]);
    const seen = await h.call(ENROLLMENTS, { id: c }, a);
    expect(seen.data?.course.enrollments).toEqual([]);
  });

  it("records attendance for registered participants only (attendance_requires_seat); an attended course cannot be withdrawn from", async () => {
    const c = await course(1);
    const [a, x] = [await mentor(), await mentor()];
    const ea = await enroll(c, a);
    const ex = await enroll(c, x);
    const waiting = await h.call(ATTEND, { e: ex.id }, coordinatorA);
    expect(waiting.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      rule: "attendance_requires_seat",
      field: "enrollmentId",
    });
    const byMentor = await h.call(ATTEND, { e: ea.id }, a);
    expect(byMentor.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const done = await h.call(ATTEND, { e: ea.id }, coordinatorA);
    expect(done.errors).toBeUndefined();
    expect(done.data?.recordCourseAttendance).toMatchObject({ status: "ATTENDED", course: { seatsTaken: 1 } });
    expect(done.data?.recordCourseAttendance.attendedAt).toBeTruthy();
    const w = await h.call(WITHDRAW, { e: ea.id }, a);
    expect(w.errors?.[0]?.extensions).toMatchObject({ rule: "attended_final" });
  });

  it("keeps other organizations out of a course and its enrollments", async () => {
    const c = await course(3);
    const r = await h.call(ENROLL, { c }, adminB);
    expect(r.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    const e = await enroll(c, await mentor());
    const w = await h.call(WITHDRAW, { e: e.id }, adminB);
    expect(w.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });
});

describe("engagement: a course's lifecycle (issue 20 finding 6)", () => {
  const COURSE = `id title status capacity seatsTaken location endsOn`;
  const transition = (verb: "open" | "close" | "cancel", id: string, who = coordinatorA) =>
    h.call(`mutation($id: ID!) { ${verb}Course(id: $id) { ${COURSE} } }`, { id }, who);
  const UPDATE = `mutation($id: ID!, $i: UpdateCourseInput!) { updateCourse(id: $id, input: $i) { ${COURSE} } }`;

  it("opens a course created without a status so people can enroll; close stops enrollment; illegal moves name their rule", async () => {
    const r = await h.call(
      `mutation { createCourse(input: { title: "Samtalekurs", kind: CONTINUING_EDUCATION, capacity: 3, startsOn: "2027-05-02" }) { id status } }`,
      {},
      coordinatorA,
    );
    const c = r.data!.createCourse.id as string;
    expect(r.data!.createCourse.status).toBe("PLANNED");
    const m = await mentor();
    expect((await h.call(ENROLL, { c }, m)).errors?.[0]?.extensions).toMatchObject({ rule: "course_open" });
    expect((await transition("close", c)).errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      rule: "course_transition",
      field: "id",
    });
    expect((await transition("open", c, m)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect((await transition("open", c)).data?.openCourse.status).toBe("OPEN");
    expect((await enroll(c, m)).status).toBe("REGISTERED");
    expect((await transition("open", c)).errors?.[0]?.extensions).toMatchObject({ rule: "course_transition" });
    expect((await transition("close", c)).data?.closeCourse).toMatchObject({ status: "CLOSED", seatsTaken: 1 });
    expect((await h.call(ENROLL, { c }, await mentor())).errors?.[0]?.extensions).toMatchObject({
      rule: "course_open",
    });
    expect((await transition("open", c, adminB)).errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    expect((await auditsOf(h, c)).map((a) => [a.action, a.actorId])).toEqual([
      ["course.opened", coordinatorA.userId],
      ["course.closed", coordinatorA.userId],
    ]);
  });

  it("cancels: withdraws the registered and the waitlisted and tells each in Norwegian, naming the course; a cancelled course stays cancelled", async () => {
    const c = await course(1);
    const [a, w] = [await mentor(), await mentor()];
    await enroll(c, a);
    await enroll(c, w);
    const title = (await h.call(`query($id: ID!) { course(id: $id) { title } }`, { id: c }, a)).data!.course
      .title as string;
    const r = await transition("cancel", c);
    expect(r.data?.cancelCourse).toMatchObject({ status: "CANCELLED", seatsTaken: 0 });
    expect((await enrollments(c)).enrollments.map((e) => e.status)).toEqual(["WITHDRAWN", "WITHDRAWN"]);
    const seat = (await h.call(`{ notifications { category title body data { key value } } }`, {}, a)).data!
      .notifications;
    expect(seat).toEqual([
      expect.objectContaining({
        category: "COURSE_CANCELLED",
        title: `Kurset «${title}» er avlyst`,
        body: `Kurset «${title}» (01.03.2027) er avlyst. Påmeldingen din er trukket tilbake.`,
      }),
    ]);
    expect(seat[0].data).toEqual(expect.arrayContaining([{ key: "courseId", value: c }]));
    const waiting = (await h.call(`{ notifications { category body } }`, {}, w)).data!.notifications;
    expect(waiting).toEqual([
      {
        category: "COURSE_CANCELLED",
        body: `Kurset «${title}» (01.03.2027) er avlyst. Du sto på ventelisten, og den er nå avsluttet.`,
      },
    ]);
    for (const verb of ["open", "close", "cancel"] as const)
      expect((await transition(verb, c)).errors?.[0]?.extensions).toMatchObject({ rule: "course_cancelled" });
    expect((await h.call(UPDATE, { id: c, i: { title: "Nytt" } }, coordinatorA)).errors?.[0]?.extensions).toMatchObject(
      { rule: "course_cancelled" },
    );
    expect((await auditsOf(h, c)).map((a) => a.action)).toEqual(["course.cancelled"]);
  });

  it("edits what the create input has: unchanged when left out, refused by rule, a raised capacity seats the waitlist", async () => {
    const c = await course(1);
    const [a, w] = [await mentor(), await mentor()];
    await enroll(c, a);
    await enroll(c, w);
    const bad = await h.call(UPDATE, { id: c, i: { capacity: 0 } }, coordinatorA);
    expect(bad.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      rule: "capacity_positive",
      field: "capacity",
    });
    expect(
      (await h.call(UPDATE, { id: c, i: { endsOn: "2027-02-01" } }, coordinatorA)).errors?.[0]?.extensions,
    ).toMatchObject({ rule: "date_order" });
    expect((await h.call(UPDATE, { id: c, i: { title: "x" } }, a)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const r = await h.call(
      UPDATE,
      { id: c, i: { title: " Grunnkurs høst ", capacity: 2, location: "Bergen", endsOn: "2027-03-02" } },
      coordinatorA,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data?.updateCourse).toMatchObject({
      title: "Grunnkurs høst",
      status: "OPEN",
      capacity: 2,
      seatsTaken: 2,
      location: "Bergen",
      endsOn: "2027-03-02",
    });
    expect(
      (await h.call(UPDATE, { id: c, i: { capacity: 1, location: null } }, coordinatorA)).errors?.[0]?.extensions,
    ).toMatchObject({ rule: "capacity_below_seats", field: "capacity" });
    expect((await h.call(UPDATE, { id: c, i: { location: null } }, coordinatorA)).data?.updateCourse).toMatchObject({
      location: null,
      capacity: 2,
    });
    expect((await enrollments(c)).enrollments.map((e) => [e.user.id, e.status])).toEqual([
      [a.userId, "REGISTERED"],
      [w.userId, "REGISTERED"],
    ]);
    expect((await auditsOf(h, c)).map((x) => [x.action, x.fields])).toEqual([
      ["course.updated", ["title", "capacity", "endsOn", "location"]],
      ["course.updated", ["location"]],
    ]);
  });
});

describe("engagement: mentor programme sessions (multi-day, attendance per day)", () => {
  const CREATE = `mutation($i: CreateMentorProgramSessionInput!) { createMentorProgramSession(input: $i) { id title startsOn endsOn days } }`;
  const ADD = `mutation($s: ID!, $u: ID!) { addWorkshopParticipant(sessionId: $s, userId: $u) { id user { id } } }`;
  const RECORD = `mutation($p: ID!, $d: LocalDate!, $present: Boolean!) { recordWorkshopAttendance(participantId: $p, day: $d, present: $present) { id daysPresent attendance { day present } } }`;

  it("creates a three-day session, records attendance per day and counts the days present", async () => {
    const s = await h.call(
      CREATE,
      { i: { title: " Karriereverksted ", startsOn: "2027-04-06", endsOn: "2027-04-08", location: "Bergen" } },
      coordinatorA,
    );
    expect(s.errors).toBeUndefined();
    expect(s.data?.createMentorProgramSession).toMatchObject({
      title: "Karriereverksted",
      days: ["2027-04-06", "2027-04-07", "2027-04-08"],
    });
    const sessionId = s.data!.createMentorProgramSession.id;
    const [u1, u2] = [(await mentor()).userId, (await mentor()).userId];
    const p1 = (await h.call(ADD, { s: sessionId, u: u1 }, coordinatorA)).data!.addWorkshopParticipant.id;
    const p2 = (await h.call(ADD, { s: sessionId, u: u2 }, coordinatorA)).data!.addWorkshopParticipant.id;
    expect((await h.call(ADD, { s: sessionId, u: u1 }, coordinatorA)).data?.addWorkshopParticipant.id).toBe(p1); // adding twice keeps one

    await h.call(RECORD, { p: p1, d: "2027-04-06", present: true }, coordinatorA);
    await h.call(RECORD, { p: p1, d: "2027-04-07", present: false }, coordinatorA);
    const last = await h.call(RECORD, { p: p1, d: "2027-04-07", present: true }, coordinatorA); // corrected
    expect(last.data?.recordWorkshopAttendance).toMatchObject({
      daysPresent: 2,
      attendance: [
        { day: "2027-04-06", present: true },
        { day: "2027-04-07", present: true },
      ],
    });
    await h.call(RECORD, { p: p2, d: "2027-04-08", present: true }, coordinatorA);

    const read = await h.call(
      `query($id: ID!) { mentorProgramSession(id: $id) { title participants { user { id } daysPresent } } }`,
      { id: sessionId },
      coordinatorA,
    );
    expect(read.data?.mentorProgramSession.participants).toEqual([
      { user: { id: u1 }, daysPresent: 2 },
      { user: { id: u2 }, daysPresent: 1 },
    ]);
    // A mentor sees the session and only their own place in it (the visibility model).
    const mentorView = await h.call(
      `query($id: ID!) { mentorProgramSession(id: $id) { participants { user { id } } } }`,
      { id: sessionId },
      as(u1, orgA, laA, "peer_mentor"),
    );
    expect(mentorView.data?.mentorProgramSession.participants).toEqual([{ user: { id: u1 } }]);
    const other = await h.call(`query($id: ID!) { mentorProgramSession(id: $id) { id } }`, { id: sessionId }, adminB);
    expect(other.data?.mentorProgramSession).toBeNull();
  });

  it("refuses a day outside the session (day_in_session), a session ending before it starts (date_order) and mentors recording", async () => {
    const s = await h.call(
      CREATE,
      { i: { title: "Gruppeveiledning", startsOn: "2027-05-02", endsOn: "2027-05-03" } },
      coordinatorA,
    );
    const p = (
      await h.call(ADD, { s: s.data!.createMentorProgramSession.id, u: (await mentor()).userId }, coordinatorA)
    ).data!.addWorkshopParticipant.id;
    for (const d of ["2027-05-01", "2027-05-04"]) {
      const r = await h.call(RECORD, { p, d, present: true }, coordinatorA);
      expect(r.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", rule: "day_in_session", field: "day" });
    }
    const bad = await h.call(
      CREATE,
      { i: { title: "Feil", startsOn: "2027-05-03", endsOn: "2027-05-02" } },
      coordinatorA,
    );
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", rule: "date_order", field: "endsOn" });
    const two = await h.call(CREATE, { i: { title: " ", startsOn: "2027-05-03", endsOn: "2027-05-02" } }, coordinatorA);
    expect((two.errors?.[0]?.extensions?.violations as Array<{ rule: string }>).map((v) => v.rule)).toEqual([
      "title_length",
      "date_order",
    ]);
    const m = await h.call(RECORD, { p, d: "2027-05-02", present: true }, await mentor());
    expect(m.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });

  it("refuses a bad date as an inline literal and as a variable alike: BAD_USER_INPUT naming the field", async () => {
    const literal = await h.call(
      `mutation { createMentorProgramSession(input: { title: "Feil", startsOn: "2026-13-40", endsOn: "2027-05-02" }) { id } }`,
      {},
      coordinatorA,
    );
    expect(literal.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "input.startsOn",
      rule: "value_format",
    });
    expect(literal.errors?.[0]?.extensions?.violations).toEqual([
      { field: "input.startsOn", rule: "value_format", message: expect.any(String) },
    ]);
    expect(literal.errors?.[0]?.message).toContain("input.startsOn");
    const variable = await h.call(
      CREATE,
      { i: { title: "Feil", startsOn: "2026-13-40", endsOn: "2027-05-02" } },
      coordinatorA,
    );
    expect(variable.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const list = await h.call(
      `mutation { recordWorkshopAttendance(participantId: "${randomUUID()}", day: ["2027-05-02"], present: true) { id } }`,
      {},
      coordinatorA,
    );
    expect(list.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "day" });
  });
});
