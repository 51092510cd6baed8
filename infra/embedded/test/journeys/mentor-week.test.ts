/**
 * A mentor's week and their coordinator's review, with the mobile app's and the portal's persisted operations only
 * (safelist mode on the embedded platform): quick log, a full registration whose three mistakes are all named at once
 * and fixed in one round, a correction while it is pending, offline sync (again, and with a conflict the server
 * wins), expenses with a receipt, a course reached through its waitlist, approvals, notifications, honorarium
 * progress against versioned tiers, and statistics (issue 20's mentor journey). The organization and its people are
 * made by invitation (tenant.ts). At the end the mentor asks for everything Meander holds about them (issue 24 item 3)
 * and finds the week in it, category by category, from all six subgraphs.
 */
import { randomBytes } from "node:crypto";
import { expect, it } from "vitest";
import { journey, EVENT_TIMEOUT_MS, type JourneyPlatform, type Person } from "./harness.js";
import { onboardTenant, type Tenant } from "./tenant.js";

// A 1x1 PNG: the receipt photo.
const RECEIPT = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==";

journey("a mentor's week and their coordinator", (platform: JourneyPlatform) => {
  let tenant: Tenant;
  let mentor: Person;
  let coordinator: Person;
  const ids: Record<string, string> = {};

  it("brings a coordinator and a mentor in by invitation", async () => {
    tenant = await onboardTenant(platform);
    [coordinator, mentor] = await Promise.all([
      tenant.invite("COORDINATOR", { firstName: "Camilla", lastName: "Koordinator" }),
      tenant.invite("PEER_MENTOR", { firstName: "Mats", lastName: "Mentor" }),
    ]);
    expect(mentor.context).toMatchObject({
      role: "peer_mentor",
      organizationId: tenant.organization.id,
      localAssociationId: tenant.unit.id,
    });
    expect(coordinator.context.role).toBe("coordinator");
    const { configureExpenseType } = await tenant.admin.op("ConfigureExpenseType", {
      input: { key: "parking", name: "Parkering", requiresReceiptAboveOre: 0 },
    });
    expect(configureExpenseType).toMatchObject({
      key: "parking",
      name: "Parkering",
      requiresReceiptAboveOre: 0,
      isActive: true,
    });
  });

  it("lets the mentor log a call at once, register a visit and sync what was logged offline", async () => {
    const { activityTypes } = await mentor.op("ActivityTypes");
    expect(activityTypes).toContainEqual({
      key: "home_visit",
      name: "Hjemmebesøk",
      bufdirCategory: expect.any(String),
    });
    const { registerActivity: call } = await mentor.op("QuickLog", { activityTypeKey: "phone_call" });
    expect(call).toMatchObject({
      activityType: "phone_call",
      durationMinutes: 30,
      status: "PENDING_REVIEW",
      bufdir: { countable: false },
    });
    ids.call = call.id;
    const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    const form = {
      activityTypeKey: "home_visit",
      activityDate: yesterday,
      durationMinutes: 90,
      title: "Besøk hos Nils",
      location: "Tromsø",
      participantCount: 1,
    };
    // Three mistakes on the phone: every one is named in the one refusal, in Norwegian, so one round fixes them all.
    const [refusal] = await mentor.refused("RegisterActivity", {
      input: { ...form, activityDate: "1899-01-01", durationMinutes: 0, participantCount: 0 },
    });
    expect(refusal!.extensions).toMatchObject({ code: "BAD_USER_INPUT" });
    const violations = refusal!.extensions!.violations as Array<{ field: string; rule: string; message: string }>;
    expect(violations.map((v) => v.field).sort()).toEqual(["activityDate", "durationMinutes", "participantCount"]);
    expect(violations.map((v) => v.message)).toEqual(
      expect.arrayContaining([
        expect.stringContaining("Aktivitetsdatoen kan ikke være før"),
        expect.stringContaining("Varigheten må være"),
        "Det må være minst én deltaker",
      ]),
    );
    const { registerActivity: visit } = await mentor.op("RegisterActivity", { input: form });
    expect(visit).toMatchObject({
      title: "Besøk hos Nils",
      durationMinutes: 90,
      status: "PENDING_REVIEW",
      mentor: { displayName: "Mats Mentor" },
    });
    ids.visit = visit.id;
    // The visit took longer than logged: corrected while it waits for review.
    const { updateActivity: corrected } = await mentor.op("UpdateActivity", {
      id: ids.visit,
      input: { durationMinutes: 120, location: "Tromsø sentrum" },
    });
    expect(corrected).toMatchObject({
      title: "Besøk hos Nils",
      durationMinutes: 120,
      location: "Tromsø sentrum",
      status: "PENDING_REVIEW",
    });
    const offline = {
      clientId: `offline-${tenant.suffix}`,
      activityTypeKey: "group_meeting",
      activityDate: yesterday,
      durationMinutes: 60,
      participantCount: 4,
      title: "Samtalegruppe",
    };
    const first = (await mentor.op("SyncActivities", { activities: [offline] })).syncActivities;
    expect(first).toEqual([expect.objectContaining({ clientId: offline.clientId, outcome: "CREATED", errors: [] })]);
    ids.group = first[0].activity.id;
    const again = (await mentor.op("SyncActivities", { activities: [offline] })).syncActivities;
    expect(again[0]).toMatchObject({ outcome: "ALREADY_SYNCED", activity: { id: ids.group } });
    // The phone's copy was edited offline after it synced: the server's version wins and comes back.
    const conflict = (await mentor.op("SyncActivities", { activities: [{ ...offline, durationMinutes: 75 }] }))
      .syncActivities;
    expect(conflict[0]).toMatchObject({
      outcome: "CONFLICT_SERVER_WINS",
      activity: { id: ids.group, durationMinutes: 60 },
    });
    const mine = (await mentor.op("MyActivities", { first: 10 })).activities.edges.map((e: any) => e.node.title);
    expect(mine).toHaveLength(3);
    expect(mine).toEqual(expect.arrayContaining(["Besøk hos Nils", "Samtalegruppe"]));
  });

  it("lets the mentor claim parking with a receipt photo", async () => {
    const { expenseTypes } = await mentor.op("ExpenseTypes");
    expect(expenseTypes).toContainEqual(
      expect.objectContaining({ key: "parking", name: "Parkering", requiresReceiptAboveOre: 0 }),
    );
    const { submitExpense } = await mentor.op("SubmitExpense", {
      input: { activityId: ids.visit, expenseTypeKey: "parking", amountOre: 4500, description: "Parkering ved UNN" },
    });
    expect(submitExpense).toMatchObject({
      amountOre: 4500,
      status: "SUBMITTED",
      receiptRequired: true,
      expenseType: { name: "Parkering" },
      activity: { title: "Besøk hos Nils" },
    });
    ids.expense = submitExpense.id;
    const upload = await mentor.upload("UploadReceipt", {
      input: { expenseId: ids.expense, fileName: "parkering.png", contentType: "image/png", contentBase64: RECEIPT },
    });
    expect(upload.errors).toBeUndefined();
    expect(upload.data.uploadReceipt).toMatchObject({
      fileName: "parkering.png",
      contentType: "image/png",
      sizeBytes: expect.any(Number),
    });
    const mine = (await mentor.op("Expenses")).expenses.edges.map((e: any) => e.node);
    expect(mine).toEqual([
      expect.objectContaining({ id: ids.expense, receipts: [expect.objectContaining({ fileName: "parkering.png" })] }),
    ]);
  });

  it("lets the mentor enroll in an opened course, wait on its waitlist and move up", async () => {
    const { createCourse: course } = await coordinator.op("CreateCourse", {
      input: {
        title: "Samtalemetodikk",
        kind: "CONTINUING_EDUCATION",
        capacity: 1,
        startsOn: "2027-03-04",
        location: "Tromsø",
      },
    });
    expect(course.status).toBe("PLANNED");
    ids.course = course.id;
    expect((await mentor.refused("EnrollInCourse", { courseId: ids.course }))[0]!.extensions).toMatchObject({
      rule: "course_open",
    });
    expect((await coordinator.op("OpenCourse", { id: ids.course })).openCourse).toMatchObject({
      status: "OPEN",
      seatsTaken: 0,
    });
    const { enrollInCourse: seat } = await coordinator.op("EnrollInCourse", { courseId: ids.course });
    expect(seat).toMatchObject({ status: "REGISTERED", course: { title: "Samtalemetodikk", seatsTaken: 1 } });
    const { enrollInCourse: waiting } = await mentor.op("EnrollInCourse", { courseId: ids.course });
    expect(waiting).toMatchObject({ status: "WAITLISTED", waitlistPosition: 1, course: { title: "Samtalemetodikk" } });
    // The coordinator gives up the seat: the mentor moves up (and is told, see the notifications below).
    expect((await coordinator.op("WithdrawEnrollment", { enrollmentId: seat.id })).withdrawEnrollment.status).toBe(
      "WITHDRAWN",
    );
    expect((await mentor.op("MyEnrollments")).myEnrollments).toEqual([
      expect.objectContaining({
        status: "REGISTERED",
        waitlistPosition: null,
        course: expect.objectContaining({ title: "Samtalemetodikk", status: "OPEN" }),
      }),
    ]);
  });

  it("lets the coordinator review the week: approve the visit and the group, reject the call, approve the claim", async () => {
    const queue = (await coordinator.op("ReviewQueue")).reviewQueue.edges.map((e: any) => e.node);
    expect(queue.map((a: any) => a.id).sort()).toEqual([ids.call, ids.visit, ids.group].sort());
    expect(
      queue.every((a: any) => a.mentor.displayName === "Mats Mentor" && a.localAssociation.name === tenant.unit.name),
    ).toBe(true);
    expect((await coordinator.op("ApproveActivity", { id: ids.visit })).approveActivity.status).toBe("APPROVED");
    expect(
      (await coordinator.op("ApproveActivities", { ids: [ids.group] })).approveActivities.map((a: any) => a.status),
    ).toEqual(["APPROVED"]);
    expect(
      (await coordinator.op("RejectActivity", { id: ids.call, reason: "Dobbeltregistrert" })).rejectActivity.status,
    ).toBe("REJECTED");
    expect((await coordinator.op("ReviewQueue")).reviewQueue.edges).toEqual([]);

    const claims = (await coordinator.op("Expenses")).expenses.edges.map((e: any) => e.node);
    expect(claims).toEqual([
      expect.objectContaining({ id: ids.expense, user: { id: mentor.user.id, displayName: "Mats Mentor" } }),
    ]);
    expect((await coordinator.op("ApproveExpense", { id: ids.expense, note: "OK" })).approveExpense.status).toBe(
      "APPROVED",
    );
  });

  it("shows the mentor and the coordinator the outcome in statistics and notifications", async () => {
    await expect
      .poll(async () => (await mentor.op("MyStatistics")).myStatistics.thisYear, { timeout: EVENT_TIMEOUT_MS })
      .toMatchObject({ approved: 2, rejected: 1, pending: 0 });
    await expect
      .poll(async () => (await coordinator.op("ActivityStatsByLocalAssociation")).activityStatsByLocalAssociation, {
        timeout: EVENT_TIMEOUT_MS,
      })
      .toEqual([
        {
          localAssociation: { id: tenant.unit.id, name: tenant.unit.name },
          stats: { registered: 3, pending: 0, approved: 2, rejected: 1 },
        },
      ]);
    const year = new Date().getUTCFullYear();
    const team = (await coordinator.op("TeamStatistics", { from: `${year}-01-01`, to: `${year}-12-31` }))
      .teamStatistics;
    expect(team.localAssociations).toEqual([
      expect.objectContaining({
        localAssociationId: tenant.unit.id,
        totals: expect.objectContaining({ approved: 2, rejected: 1 }),
      }),
    ]);
    const { notifications, unreadNotificationCount } = await mentor.op("Notifications");
    expect(unreadNotificationCount).toBe(notifications.filter((n: any) => !n.readAt).length);
    const seat = notifications.find((n: any) => n.category === "WAITLIST_PROMOTED");
    expect(seat).toMatchObject({
      title: "Du har fått plass: Samtalemetodikk",
      readAt: null,
      body: expect.stringContaining("ventelisten"),
    });
    const { markNotificationsRead } = await mentor.op("MarkNotificationsRead", { ids: [seat.id] });
    expect(markNotificationsRead[0].readAt).not.toBeNull();
    expect((await mentor.op("Notifications")).unreadNotificationCount).toBe(unreadNotificationCount - 1);
  });

  it("shows the mentor their honorarium progress against the tier version in effect today", async () => {
    const tier = { localAssociationId: tenant.unit.id, label: "Grunnhonorar", minAssignments: 1 };
    await tenant.admin.op("SetHonorariumTier", { input: { ...tier, amountOre: 50_000, validFrom: "2000-01-01" } });
    const today = new Date().toISOString().slice(0, 10);
    const { setHonorariumTier: raised } = await tenant.admin.op("SetHonorariumTier", {
      input: { ...tier, amountOre: 60_000, validFrom: today },
    });
    expect(raised).toMatchObject({ label: "Grunnhonorar", amountOre: 60_000, validFrom: today, retired: false });
    // No assignment yet (an approved activity counts once linked to an assignment): the next tier and what it needs.
    const { honorariumProgress } = await mentor.op("MyHonorariumProgress");
    expect(honorariumProgress).toMatchObject({
      year: new Date().getUTCFullYear(),
      localAssociation: { id: tenant.unit.id, name: tenant.unit.name },
      assignmentCount: 0,
      currentTier: null,
      nextTier: { label: "Grunnhonorar", amountOre: 60_000, minAssignments: 1 },
      assignmentsToNext: 1,
    });
  });

  it("lets the mentor register the phone for push messages and sign out", async () => {
    const { registerPushDevice } = await mentor.op("RegisterPushDevice", {
      platform: "IOS",
      token: randomBytes(32).toString("hex"),
    });
    expect(registerPushDevice).toMatchObject({ platform: "IOS", active: true });
    expect((await mentor.op("MyContacts")).contacts.edges).toEqual([]);
    expect((await mentor.op("Logout")).logout).toBe(true);
    // The signed-out session's token is refused at once (the revocation reaches the gateway as an event).
    await expect
      .poll(async () => (await mentor.call("Me")).errors?.[0]?.extensions?.code, { timeout: EVENT_TIMEOUT_MS })
      .toBe("UNAUTHENTICATED");
  });

  it("hands the mentor everything held about them: their own export holds the week, category by category", async () => {
    const again = await platform.signIn(mentor.user.email);
    const { requestSubjectAccessExport: asked } = await again.op("RequestSubjectAccessExport", {
      input: { subject: { userId: again.user.id } },
    });
    await expect
      .poll(async () => (await again.op("SubjectAccessExport", { id: asked.id })).subjectAccessExport.status, {
        timeout: EVENT_TIMEOUT_MS,
      })
      .toBe("READY");
    const { downloadSubjectAccessExport: files } = await again.op("DownloadSubjectAccessExport", { id: asked.id });
    const { parts } = JSON.parse(Buffer.from(files.json.base64, "base64").toString("utf8"));
    const category = (subgraph: string, key: string): any[] => {
      expect(parts[subgraph].categories, `${subgraph}.${key}`).toHaveProperty(key);
      return parts[subgraph].categories[key];
    };
    // Every category of issue 24 item 3 is there for a user (empty where the week made none: notes and assignments
    // are about contacts, caregivers belong to contacts; the contact's side is in the org-admin journey).
    for (const [subgraph, key] of [
      ["activity", "notes"],
      ["activity", "caregivers"],
      ["activity", "assignments"],
      ["activity", "assignmentStatusLog"],
      ["activity", "documents"],
      ["finance", "payouts"],
      ["engagement", "certifications"],
      ["engagement", "referralEvents"],
    ] as const)
      category(subgraph, key);
    // ... and what the week made is in it, by category.
    expect(category("identity", "user")).toEqual([
      expect.objectContaining({ firstName: "Mats", lastName: "Mentor", email: mentor.user.email }),
    ]);
    expect(category("identity", "sessions").length).toBeGreaterThanOrEqual(2); // the signed-out one and this one
    expect(category("organization", "memberships")).toEqual([
      expect.objectContaining({ role: "peer_mentor", localAssociationId: tenant.unit.id }),
    ]);
    const activities = category("activity", "activities");
    expect(activities.map((a) => a.id)).toEqual(expect.arrayContaining([ids.visit, ids.call]));
    expect(activities.find((a) => a.id === ids.visit)).toMatchObject({
      durationMinutes: 120,
      location: "Tromsø sentrum",
    });
    expect(category("activity", "activityApprovals").length).toBeGreaterThan(0);
    expect(category("finance", "expenses")).toEqual([
      expect.objectContaining({
        id: ids.expense,
        amountOre: 4500,
        description: "Parkering ved UNN",
        expenseTypeName: "Parkering",
      }),
    ]);
    expect(category("finance", "receipts")).toEqual([
      expect.objectContaining({ expenseId: ids.expense, contentType: "image/png" }),
    ]);
    expect(category("engagement", "enrollments")).toEqual([
      expect.objectContaining({ courseId: ids.course, courseTitle: "Samtalemetodikk" }),
    ]);
    expect(category("engagement", "notifications").length).toBeGreaterThan(0);
    expect(category("engagement", "pushDevices")).toEqual([expect.objectContaining({ platform: "ios", active: true })]);
    expect(JSON.stringify(category("engagement", "pushDevices"))).not.toContain("token");
    expect(category("reporting", "auditEntries").length).toBeGreaterThan(0);
    expect(category("reporting", "activityFacts").length).toBeGreaterThan(0);
  });
});
