/**
 * A coordinator's day (issue 20's coordinator journey), through the portal's persisted operations only: a coordinator
 * of two local associations (Oslo and Asker) signs in, reviews Oslo's queue with a proxy registration and a bulk
 * approval, approves a claim, switches to Asker, where the same mentor's visit is flagged as a duplicate of one in Oslo
 * (the suspect's essentials by name) and decides it; then dispatches an encrypted assignment and follows it as the
 * mentor reads it, runs a gathering with attendance, invites a new mentor and reads the team's statistics. The
 * profile switcher (MyMemberships) names each membership's organization and local association, and the switch picks
 * the membership by the name a person sees there.
 */
import { expect, it } from "vitest";
import { journey, EVENT_TIMEOUT_MS, unique, type JourneyPlatform, type Person } from "./harness.js";
import { onboardTenant, type Tenant } from "./tenant.js";

const HOUR = 3_600_000;

journey("a coordinator's day", (platform: JourneyPlatform) => {
  let tenant: Tenant;
  let coordinator: Person;
  let mentor: Person;
  let asker: { id: string; name: string };
  const ids: Record<string, string> = {};

  /** The administrator makes an existing member a member of Asker too; the switcher lists it once identity knows it. */
  const alsoInAsker = async (person: Person, role: "PEER_MENTOR" | "COORDINATOR") => {
    const { addMembership } = await tenant.admin.op("AddMembership", {
      input: { userId: person.user.id, localAssociationId: asker.id, role },
    });
    expect(addMembership).toMatchObject({
      role,
      isPrimary: false,
      localAssociation: { name: "Asker" },
      user: { displayName: person.user.displayName },
    });
    await expect
      .poll(async () => (await person.op("MyMemberships")).myMemberships.length, { timeout: EVENT_TIMEOUT_MS })
      .toBe(2);
  };
  /** Switches to the membership the switcher names `unitName` (as a person picks it), then checks the active context names it. */
  const switchTo = async (person: Person, unitName: string) => {
    const { myMemberships } = await person.op("MyMemberships");
    expect(myMemberships.map((m: any) => m.organization.name)).toEqual([
      tenant.organization.name,
      tenant.organization.name,
    ]);
    const chosen = myMemberships.find((m: any) => m.localAssociation.name === unitName);
    await person.switchTo(chosen.membershipId);
    const { myContext } = await person.op("MyMemberships");
    expect(myContext).toMatchObject({
      localAssociation: { name: unitName },
      organization: { name: tenant.organization.name },
    });
  };
  const queue = async () => (await coordinator.op("ReviewQueue")).reviewQueue.edges.map((e: any) => e.node);

  it("brings in a coordinator and a mentor who both work in Oslo and Asker", async () => {
    tenant = await onboardTenant(platform, {
      name: "Landsforeningen for pårørende",
      shortName: "LPP",
      region: "Viken",
      unit: "Oslo",
      municipality: "Oslo",
      featureFlags: [{ key: "encrypted_assignments", enabled: true }],
    });
    const { createLocalAssociation } = await tenant.admin.op("CreateLocalAssociation", {
      input: {
        organizationId: tenant.organization.id,
        regionId: tenant.region.id,
        name: "Asker",
        municipality: "Asker",
      },
    });
    expect(createLocalAssociation).toMatchObject({ name: "Asker", municipality: "Asker", isActive: true });
    asker = createLocalAssociation;
    await tenant.admin.op("ConfigureExpenseType", {
      input: { key: "parking", name: "Parkering", requiresReceiptAboveOre: 100_000 },
    });
    [coordinator, mentor] = await Promise.all([
      tenant.invite("COORDINATOR", { firstName: "Camilla", lastName: "Koordinator" }),
      tenant.invite("PEER_MENTOR", { firstName: "Mats", lastName: "Mentor" }),
    ]);
    await Promise.all([alsoInAsker(coordinator, "COORDINATOR"), alsoInAsker(mentor, "PEER_MENTOR")]);
  });

  it("has the mentor log the same visit in Oslo and again in Asker, where it is flagged", async () => {
    await switchTo(mentor, "Oslo");
    const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    const visit = {
      activityTypeKey: "home_visit",
      activityDate: yesterday,
      durationMinutes: 60,
      title: "Besøk hos Nils",
    };
    const { registerActivity: oslo } = await mentor.op("RegisterActivity", { input: visit });
    expect(oslo).toMatchObject({ status: "PENDING_REVIEW", title: "Besøk hos Nils" });
    ids.osloVisit = oslo.id;
    ids.call = (await mentor.op("QuickLog", { activityTypeKey: "phone_call" })).registerActivity.id;
    const { submitExpense } = await mentor.op("SubmitExpense", {
      input: {
        activityId: ids.osloVisit,
        expenseTypeKey: "parking",
        amountOre: 6_000,
        description: "Parkering Majorstuen",
      },
    });
    ids.expense = submitExpense.id;
    await switchTo(mentor, "Asker");
    const { registerActivity: again } = await mentor.op("RegisterActivity", {
      input: { ...visit, title: "Hjemmebesøk" },
    });
    expect(again.status).toBe("FLAGGED");
    ids.askerVisit = again.id;
  });

  it("lets the coordinator register for the mentor in Oslo, approve the queue in one go and approve the claim", async () => {
    coordinator = await platform.signIn(coordinator.user.email);
    await switchTo(coordinator, "Oslo");
    const { registerActivity: proxy } = await coordinator.op("RegisterActivity", {
      input: {
        userId: mentor.user.id,
        isProxyRegistration: true,
        activityTypeKey: "group_meeting",
        durationMinutes: 90,
        participantCount: 6,
        title: "Pårørendegruppe",
      },
    });
    expect(proxy).toMatchObject({
      status: "PENDING_REVIEW",
      isProxyRegistration: true,
      mentor: { displayName: "Mats Mentor" },
    });
    const waiting = await queue();
    expect(waiting.map((a: any) => a.title).sort()).toEqual(["Besøk hos Nils", "Pårørendegruppe", "Telefonsamtale"]);
    expect(
      waiting.every((a: any) => a.mentor.displayName === "Mats Mentor" && a.localAssociation.name === "Oslo"),
    ).toBe(true);
    const { approveActivities } = await coordinator.op("ApproveActivities", { ids: waiting.map((a: any) => a.id) });
    expect(approveActivities.map((a: any) => a.status)).toEqual(["APPROVED", "APPROVED", "APPROVED"]);
    expect(await queue()).toEqual([]);

    const claims = (await coordinator.op("Expenses")).expenses.edges.map((e: any) => e.node);
    expect(claims).toEqual([
      expect.objectContaining({ id: ids.expense, user: expect.objectContaining({ displayName: "Mats Mentor" }) }),
    ]);
    expect((await coordinator.op("ApproveExpense", { id: ids.expense, note: "Godkjent" })).approveExpense.status).toBe(
      "APPROVED",
    );
  });

  it("switches to Asker: the flagged visit shows its suspect in Oslo by name, and the coordinator rejects it as a duplicate", async () => {
    await switchTo(coordinator, "Asker");
    expect((await queue()).map((a: any) => [a.id, a.status, a.localAssociation.name])).toEqual([
      [ids.askerVisit, "FLAGGED", "Asker"],
    ]);
    const { activity } = await coordinator.op("SuspectedDuplicate", { id: ids.askerVisit });
    expect(activity).toMatchObject({
      suspectedDuplicateOf: ids.osloVisit,
      duplicateDecision: null,
      mentor: { displayName: "Mats Mentor" },
    });
    expect(activity.suspectedDuplicateSummary).toMatchObject({
      status: "APPROVED",
      durationMinutes: 60,
      type: { key: "home_visit", name: "Hjemmebesøk" },
      localAssociation: { name: "Oslo" },
      mentor: { displayName: "Mats Mentor" },
    });
    const { resolveDuplicate } = await coordinator.op("ResolveDuplicate", {
      id: ids.askerVisit,
      decision: "DUPLICATE",
    });
    expect(resolveDuplicate).toMatchObject({ status: "REJECTED", duplicateDecision: "DUPLICATE" });
    expect(await queue()).toEqual([]);
  });

  it("dispatches an encrypted assignment in Asker and follows it while the mentor reads and takes it on", async () => {
    const { createContact } = await coordinator.op("CreateContact", {
      input: { firstName: "Solveig", lastName: "Haugen", municipality: "Asker" },
    });
    const payload = "Solveig ønsker besøk tirsdager. Ring datteren Kari før første besøk.";
    const { dispatchAssignment: sent } = await coordinator.op("DispatchAssignment", {
      input: { contactId: createContact.id, mentorId: mentor.user.id, payload },
    });
    expect(sent).toMatchObject({
      status: "DISPATCHED",
      mentor: { displayName: "Mats Mentor" },
      contact: { firstName: "Solveig", lastName: "Haugen" },
    });
    const { assignment: received } = await mentor.op("Assignment", { id: sent.id });
    expect(received).toMatchObject({
      payload,
      coordinator: { displayName: "Camilla Koordinator" },
      localAssociation: { name: "Asker" },
    });
    expect((await mentor.op("MoveAssignment", { id: sent.id, status: "READ" })).moveAssignment.status).toBe("READ");
    expect((await mentor.op("MoveAssignment", { id: sent.id, status: "ACKNOWLEDGED" })).moveAssignment.status).toBe(
      "ACKNOWLEDGED",
    );
    const { assignment: followed } = await coordinator.op("Assignment", { id: sent.id });
    expect(followed.status).toBe("ACKNOWLEDGED");
    expect(followed.statusLog.map((c: any) => [c.status, c.actor.displayName])).toEqual([
      ["DISPATCHED", "Camilla Koordinator"],
      ["READ", "Mats Mentor"],
      ["ACKNOWLEDGED", "Mats Mentor"],
    ]);
  });

  it("runs a gathering in Asker: registers the mentor, records attendance, and the mentor's activity is made", async () => {
    const now = Date.now();
    const { createGathering: g } = await coordinator.op("CreateGathering", {
      input: {
        title: "Likepersonsamling",
        activityTypeKey: "group_meeting",
        startsAt: new Date(now - HOUR).toISOString(),
        endsAt: new Date(now + HOUR).toISOString(),
        location: "Asker kulturhus",
        capacity: 10,
        publish: true,
      },
    });
    expect(g).toMatchObject({
      title: "Likepersonsamling",
      status: "PUBLISHED",
      localAssociation: { name: "Asker" },
      spotsLeft: 10,
    });
    const { registerForGathering } = await coordinator.op("RegisterForGathering", {
      gatheringId: g.id,
      userId: mentor.user.id,
    });
    expect(registerForGathering).toMatchObject({
      status: "REGISTERED",
      isProxyRegistration: true,
      user: { displayName: "Mats Mentor" },
      registeredBy: { displayName: "Camilla Koordinator" },
    });
    const { recordGatheringAttendance: done } = await coordinator.op("RecordGatheringAttendance", {
      gatheringId: g.id,
      attendedUserIds: [mentor.user.id],
    });
    expect(done.gathering).toMatchObject({
      status: "COMPLETED",
      registrations: [
        expect.objectContaining({ status: "ATTENDED", user: { id: mentor.user.id, displayName: "Mats Mentor" } }),
      ],
    });
    expect(done.createdActivities).toEqual([
      expect.objectContaining({
        activityType: "group_meeting",
        participantCount: 1,
        mentor: { displayName: "Mats Mentor" },
      }),
    ]);
    ids.gatheringActivity = done.createdActivities[0].id;
  });

  it("invites a new mentor to Asker, who signs in there", async () => {
    const email = `ny.mentor.${unique()}@journey.example.no`;
    const { inviteMember } = await coordinator.op("InviteMember", {
      input: { email, localAssociationId: asker.id, role: "PEER_MENTOR" },
    });
    expect(inviteMember.invitation).toMatchObject({
      email,
      role: "PEER_MENTOR",
      status: "OPEN",
      localAssociation: { name: "Asker" },
    });
    const newcomer = await platform.acceptInvitation(inviteMember.token, {
      email,
      firstName: "Nora",
      lastName: "Nykommer",
    });
    expect(newcomer.user.displayName).toBe("Nora Nykommer");
    expect(newcomer.context).toMatchObject({ role: "peer_mentor", localAssociationId: asker.id });
  });

  it("shows the coordinator Asker's team statistics: the duplicate rejected, the gathering's activity waiting", async () => {
    const year = new Date().getUTCFullYear();
    await expect
      .poll(
        async () =>
          (await coordinator.op("TeamStatistics", { from: `${year}-01-01`, to: `${year}-12-31` })).teamStatistics
            .localAssociations,
        { timeout: EVENT_TIMEOUT_MS },
      )
      .toEqual([
        expect.objectContaining({
          localAssociationId: asker.id,
          localAssociation: { id: asker.id, name: "Asker" },
          mentors: expect.arrayContaining([
            expect.objectContaining({ mentor: expect.objectContaining({ displayName: "Mats Mentor" }) }),
          ]),
          totals: expect.objectContaining({ pending: 1, rejected: 1 }),
        }),
      ]);
  });
});
