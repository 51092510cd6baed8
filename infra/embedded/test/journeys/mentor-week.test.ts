/**
 * A mentor's week and their coordinator's review, with the mobile app's and the portal's persisted operations only
 * (safelist mode on the embedded platform): quick log, full registration, offline sync, expenses with a receipt,
 * approvals, notifications and statistics. The organization and its people are made by invitation (tenant.ts).
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
    coordinator = await tenant.invite("COORDINATOR", { firstName: "Camilla", lastName: "Koordinator" });
    mentor = await tenant.invite("PEER_MENTOR", { firstName: "Mats", lastName: "Mentor" });
    expect(mentor.context).toMatchObject({ role: "peer_mentor", organizationId: tenant.organization.id, localAssociationId: tenant.unit.id });
    expect(coordinator.context.role).toBe("coordinator");
    const { configureExpenseType } = await tenant.admin.op("ConfigureExpenseType", { input: { key: "parking", name: "Parkering", requiresReceiptAboveOre: 0 } });
    expect(configureExpenseType).toMatchObject({ key: "parking", name: "Parkering", requiresReceiptAboveOre: 0, isActive: true });
  });

  it("lets the mentor log a call at once, register a visit and sync what was logged offline", async () => {
    const { activityTypes } = await mentor.op("ActivityTypes");
    expect(activityTypes).toContainEqual({ key: "home_visit", name: "Hjemmebesøk", bufdirCategory: expect.any(String) });
    const { registerActivity: call } = await mentor.op("QuickLog", { activityTypeKey: "phone_call" });
    expect(call).toMatchObject({ activityType: "phone_call", durationMinutes: 30, status: "PENDING_REVIEW", bufdir: { countable: false } });
    ids.call = call.id;
    const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    const { registerActivity: visit } = await mentor.op("RegisterActivity", {
      input: { activityTypeKey: "home_visit", activityDate: yesterday, durationMinutes: 90, title: "Besøk hos Nils", location: "Tromsø" },
    });
    expect(visit).toMatchObject({ title: "Besøk hos Nils", durationMinutes: 90, status: "PENDING_REVIEW", mentor: { displayName: "Mats Mentor" } });
    ids.visit = visit.id;
    const offline = { clientId: `offline-${tenant.suffix}`, activityTypeKey: "group_meeting", activityDate: yesterday, durationMinutes: 60, participantCount: 4, title: "Samtalegruppe" };
    const first = (await mentor.op("SyncActivities", { activities: [offline] })).syncActivities;
    expect(first).toEqual([expect.objectContaining({ clientId: offline.clientId, outcome: "CREATED", errors: [] })]);
    ids.group = first[0].activity.id;
    const again = (await mentor.op("SyncActivities", { activities: [offline] })).syncActivities;
    expect(again[0]).toMatchObject({ outcome: "ALREADY_SYNCED", activity: { id: ids.group } });
    const mine = (await mentor.op("MyActivities", { first: 10 })).activities.edges.map((e: any) => e.node.title);
    expect(mine).toHaveLength(3);
    expect(mine).toEqual(expect.arrayContaining(["Besøk hos Nils", "Samtalegruppe"]));
  });

  it("lets the mentor claim parking with a receipt photo", async () => {
    const { expenseTypes } = await mentor.op("ExpenseTypes");
    expect(expenseTypes).toContainEqual(expect.objectContaining({ key: "parking", name: "Parkering", requiresReceiptAboveOre: 0 }));
    const { submitExpense } = await mentor.op("SubmitExpense", { input: { activityId: ids.visit, expenseTypeKey: "parking", amountOre: 4500, description: "Parkering ved UNN" } });
    expect(submitExpense).toMatchObject({ amountOre: 4500, status: "SUBMITTED", receiptRequired: true, expenseType: { name: "Parkering" }, activity: { title: "Besøk hos Nils" } });
    ids.expense = submitExpense.id;
    const upload = await mentor.upload("UploadReceipt", { input: { expenseId: ids.expense, fileName: "parkering.png", contentType: "image/png", contentBase64: RECEIPT } });
    expect(upload.errors).toBeUndefined();
    expect(upload.data.uploadReceipt).toMatchObject({ fileName: "parkering.png", contentType: "image/png", sizeBytes: expect.any(Number) });
    const mine = (await mentor.op("Expenses")).expenses.edges.map((e: any) => e.node);
    expect(mine).toEqual([expect.objectContaining({ id: ids.expense, receipts: [expect.objectContaining({ fileName: "parkering.png" })] })]);
  });

  it("lets the coordinator review the week: approve the visit and the group, reject the call, approve the claim", async () => {
    const queue = (await coordinator.op("ReviewQueue")).reviewQueue.edges.map((e: any) => e.node);
    expect(queue.map((a: any) => a.id).sort()).toEqual([ids.call, ids.visit, ids.group].sort());
    expect(queue.every((a: any) => a.mentor.displayName === "Mats Mentor" && a.localAssociation.name === tenant.unit.name)).toBe(true);
    expect((await coordinator.op("ApproveActivity", { id: ids.visit })).approveActivity.status).toBe("APPROVED");
    expect((await coordinator.op("ApproveActivities", { ids: [ids.group] })).approveActivities.map((a: any) => a.status)).toEqual(["APPROVED"]);
    expect((await coordinator.op("RejectActivity", { id: ids.call, reason: "Dobbeltregistrert" })).rejectActivity.status).toBe("REJECTED");
    expect((await coordinator.op("ReviewQueue")).reviewQueue.edges).toEqual([]);

    const claims = (await coordinator.op("Expenses")).expenses.edges.map((e: any) => e.node);
    expect(claims).toEqual([expect.objectContaining({ id: ids.expense, user: { id: mentor.user.id, displayName: "Mats Mentor" } })]);
    expect((await coordinator.op("ApproveExpense", { id: ids.expense, note: "OK" })).approveExpense.status).toBe("APPROVED");
  });

  it("shows the mentor and the coordinator the outcome in statistics and notifications", async () => {
    await expect
      .poll(async () => (await mentor.op("MyStatistics")).myStatistics.thisYear, { timeout: EVENT_TIMEOUT_MS })
      .toMatchObject({ approved: 2, rejected: 1, pending: 0 });
    await expect
      .poll(async () => (await coordinator.op("ActivityStatsByLocalAssociation")).activityStatsByLocalAssociation, { timeout: EVENT_TIMEOUT_MS })
      .toEqual([{ localAssociation: { id: tenant.unit.id, name: tenant.unit.name }, stats: { registered: 3, pending: 0, approved: 2, rejected: 1 } }]);
    const year = new Date().getUTCFullYear();
    const team = (await coordinator.op("TeamStatistics", { from: `${year}-01-01`, to: `${year}-12-31` })).teamStatistics;
    expect(team.localAssociations).toEqual([expect.objectContaining({ localAssociationId: tenant.unit.id, totals: expect.objectContaining({ approved: 2, rejected: 1 }) })]);
    const { notifications, unreadNotificationCount } = await mentor.op("Notifications");
    expect(unreadNotificationCount).toBe(notifications.filter((n: any) => !n.readAt).length);
    if (notifications.length) {
      const { markNotificationsRead } = await mentor.op("MarkNotificationsRead", { ids: [notifications[0].id] });
      expect(markNotificationsRead[0].readAt).not.toBeNull();
    }
  });

  it("lets the mentor register the phone for push messages and sign out", async () => {
    const { registerPushDevice } = await mentor.op("RegisterPushDevice", { platform: "IOS", token: randomBytes(32).toString("hex") });
    expect(registerPushDevice).toMatchObject({ platform: "IOS", active: true });
    expect((await mentor.op("MyContacts")).contacts.edges).toEqual([]);
    expect((await mentor.op("Logout")).logout).toBe(true);
    // The signed-out session's token is refused at once (the revocation reaches the gateway as an event).
    await expect.poll(async () => (await mentor.call("Me")).errors?.[0]?.extensions?.code, { timeout: EVENT_TIMEOUT_MS }).toBe("UNAUTHENTICATED");
  });
});
