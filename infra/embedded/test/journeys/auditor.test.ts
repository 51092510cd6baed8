/**
 * The auditor (issue 18), who signs in as an organization administrator (the seeds have no auditor role): performs
 * the actions the audit log is then read for (an invitation, a failed and a good sign-in, an approval, a flag and a
 * policy change), so the journey runs alone; reads them back in `auditLog` with readable labels, narrows the log by
 * action, subject and actor, and verifies the organization's hash chain. Every subgraph's entries reach reporting as
 * events, so the log is awaited within the suite's event timeout. Then (issue 21 item 7) drills from a region's figure
 * of the Bufdir report to the named mentor and the activity behind it, and, once the report is submitted and the
 * draft has moved on, drills the submitted version into exactly what was frozen.
 */
import { expect, it } from "vitest";
import { journey, EVENT_TIMEOUT_MS, PASSWORD, type JourneyPlatform, type Person } from "./harness.js";
import { onboardTenant, type Tenant } from "./tenant.js";

interface Entry {
  seq: number;
  action: string;
  description: string;
  actorRole: string;
  fields: string[];
  actor: { id: string; displayName: string } | null;
  subject: { type: string; id: string; label: string | null } | null;
}

journey("the auditor", (platform: JourneyPlatform) => {
  let tenant: Tenant;
  let auditor: Person;
  let mentor: Person;
  let activityId: string;
  const day = new Date(Date.now() - 2 * 86_400_000).toISOString().slice(0, 10);
  const label = `Aktivitet ${day.split("-").reverse().join(".")} (home_visit)`;

  const log = async (filter: Record<string, unknown> = {}): Promise<Entry[]> =>
    (await auditor.op("AuditLog", { filter, first: 100 })).auditLog.edges.map((e: { node: Entry }) => e.node);

  it("invites a mentor, approves the mentor's visit and changes a flag and the sensitive-field policy", async () => {
    tenant = await onboardTenant(platform, {
      name: "Norges Handikapforbund",
      shortName: "NHF",
      region: "Innlandet",
      unit: "NHF Hamar",
      municipality: "Hamar",
    });
    auditor = tenant.admin;
    mentor = await tenant.invite("PEER_MENTOR", { firstName: "Mina", lastName: "Mentor" });
    // The mentor mistypes the password once, then signs in again and registers a visit.
    expect(
      (
        await platform.anonymous().refused("Login", {
          input: {
            email: mentor.user.email,
            password: "feil-passord",
            device: { name: "journey", platform: "test" },
          },
        })
      )[0]!.extensions?.code,
    ).toBe("UNAUTHENTICATED");
    mentor = await platform.signIn(mentor.user.email, PASSWORD);
    const { registerActivity } = await mentor.op("RegisterActivity", {
      input: { activityTypeKey: "home_visit", activityDate: day, durationMinutes: 60, title: "Besøk hos Per" },
    });
    activityId = registerActivity.id;
    expect((await auditor.op("ApproveActivity", { id: activityId })).approveActivity).toMatchObject({
      title: "Besøk hos Per",
      status: "APPROVED",
    });
    await auditor.op("UpdateOrganizationSettings", { input: { featureFlags: [{ key: "referrals", enabled: true }] } });
    await auditor.op("UpdateOrganizationSettings", {
      input: { sensitiveFieldPolicy: [{ field: "NOTES", sensitive: true, hiddenFromRoles: ["PEER_MENTOR"] }] },
    });

    await expect
      .poll(async () => (await log()).map((e) => e.action), { timeout: EVENT_TIMEOUT_MS })
      .toEqual(
        expect.arrayContaining([
          "membership.added",
          "auth.sign_in_failed",
          "auth.signed_in",
          "activity.approved",
          "feature_flags.changed",
          "settings.changed",
        ]),
      );
  });

  it("reads who did what to which subject, by name, newest first", async () => {
    const entries = await log();
    expect(entries.find((e) => e.action === "auth.sign_in_failed")).toMatchObject({
      description: "Mislykket innlogging",
      actor: null,
      actorRole: "anonymous",
      subject: { type: "User", id: mentor.user.id, label: "Mina Mentor" },
    });
    expect(entries.find((e) => e.action === "activity.approved")).toMatchObject({
      description: "Aktivitet godkjent",
      actor: { displayName: "Astrid Administrator" },
      actorRole: "org_admin",
      subject: { type: "Activity", id: activityId, label },
    });
    expect(entries.find((e) => e.action === "feature_flags.changed")).toMatchObject({
      description: "Funksjonsbrytere endret",
      actor: { displayName: "Astrid Administrator" },
      subject: { type: "Organization", id: tenant.organization.id },
      fields: ["feature_flags"],
    });
    const admitted = entries.filter((e) => e.action === "membership.added");
    expect(admitted.map((e) => e.subject?.label).sort()).toEqual(["Astrid Administrator", "Mina Mentor"]);
    // Mina accepted her invitation herself, as the mentor she became: no global administrator acted there.
    expect(admitted.find((e) => e.subject?.label === "Mina Mentor")).toMatchObject({
      description: "Medlemskap og rolle gitt",
      actorRole: "peer_mentor",
      fields: expect.arrayContaining(["role:peer_mentor"]),
    });
    expect(admitted.map((e) => e.actorRole)).not.toContain("global_admin");
    const seqs = entries.map((e) => e.seq);
    expect(seqs).toEqual([...seqs].sort((a, b) => b - a));
  });

  it("narrows the log by action, by subject and by actor", async () => {
    expect((await log({ action: "activity.approved" })).map((e) => e.subject?.label)).toEqual([label]);
    const auth = await log({ action: "auth." });
    expect(auth.every((e) => e.action.startsWith("auth."))).toBe(true);
    expect(auth.filter((e) => e.action === "auth.sign_in_failed").map((e) => e.subject?.label)).toEqual([
      "Mina Mentor",
    ]);

    const aboutMina = await log({ subjectType: "User", subjectId: mentor.user.id });
    expect(aboutMina.map((e) => e.action)).toEqual(
      expect.arrayContaining(["membership.added", "auth.sign_in_failed", "auth.signed_in"]),
    );
    expect(aboutMina.every((e) => e.subject?.label === "Mina Mentor")).toBe(true);
    expect((await log({ subjectId: activityId })).map((e) => e.description)).toEqual(["Aktivitet godkjent"]);

    const mine = await log({ actorId: auditor.user.id });
    expect(mine.every((e) => e.actor?.displayName === "Astrid Administrator")).toBe(true);
    expect(mine.map((e) => e.action)).toEqual(
      expect.arrayContaining(["activity.approved", "feature_flags.changed", "settings.changed"]),
    );
    expect(await log({ from: new Date(Date.now() + 3_600_000).toISOString() })).toEqual([]);
  });

  it("verifies the chain the log is read from; a mentor may not read the log", async () => {
    const { verifyAuditChain } = await auditor.op("VerifyAuditChain");
    expect(verifyAuditChain).toMatchObject({
      organizationId: tenant.organization.id,
      valid: true,
      firstBrokenSeq: null,
      reason: null,
    });
    expect(verifyAuditChain.entries).toBe(Math.max(...(await log()).map((e) => e.seq)));
    expect((await mentor.refused("AuditLog", { first: 10 }))[0]!.extensions?.code).toBe("FORBIDDEN");
  });

  it("drills from a region's figure of the Bufdir report to the named mentor and the activity behind it", async () => {
    const year = Number(day.slice(0, 4));
    const report = async () => (await auditor.op("BufdirReportRegions", { year })).bufdirReport;
    await expect
      .poll(async () => (await report()).regions.map((r: any) => [r.name, r.activityDays]), {
        timeout: EVENT_TIMEOUT_MS,
      })
      .toEqual([["Innlandet", 1]]);
    const [region] = (await report()).regions;
    expect(region.localAssociations).toEqual([expect.objectContaining({ name: "NHF Hamar", activityDays: 1 })]);
    const evidence = (await auditor.op("BufdirEvidence", { year, filter: { regionId: region.regionId } }))
      .bufdirEvidence;
    expect(evidence).toEqual([
      expect.objectContaining({
        activityId,
        activityDay: day,
        activityType: "home_visit",
        activityTypeName: "Hjemmebesøk",
        activityDays: 1,
        localAssociationName: "NHF Hamar",
        regionName: "Innlandet",
        mentor: { id: mentor.user.id, displayName: "Mina Mentor" },
      }),
    ]);
    // The same drill on the local association and on the mentor finds the same visit; a mentor may not drill.
    const byUnit = (
      await auditor.op("BufdirEvidence", {
        year,
        filter: { localAssociationId: region.localAssociations[0].localAssociationId, mentorId: mentor.user.id },
      })
    ).bufdirEvidence;
    expect(byUnit.map((e: any) => e.activityId)).toEqual([activityId]);
    expect((await mentor.refused("BufdirEvidence", { year }))[0]!.extensions?.code).toBe("FORBIDDEN");
  });

  it("drills a submitted version into what was frozen, named, after the draft moved on", async () => {
    const year = Number(day.slice(0, 4));
    const { submitBufdirReport: v1 } = await auditor.op("SubmitBufdirReport", { year });
    expect(v1).toMatchObject({ status: "SUBMITTED", activityDays: 1 });
    // Afterwards the mentor's next visit is approved: the draft counts it, the version does not.
    const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    const next = yesterday.startsWith(`${year}`) ? yesterday : day; // in the report's year (on 1 January: the first visit's day)
    const { registerActivity } = await mentor.op("RegisterActivity", {
      input: { activityTypeKey: "home_visit", activityDate: next, durationMinutes: 45, title: "Nytt besøk hos Per" },
    });
    await auditor.op("ApproveActivity", { id: registerActivity.id });
    const draft = async () => (await auditor.op("BufdirEvidence", { year })).bufdirEvidence.length;
    await expect.poll(draft, { timeout: EVENT_TIMEOUT_MS }).toBe(2);
    const frozen = (await auditor.op("BufdirEvidence", { year, version: v1.version })).bufdirEvidence;
    expect(frozen).toEqual([
      expect.objectContaining({
        activityId,
        activityDays: 1,
        localAssociationName: "NHF Hamar",
        regionName: "Innlandet",
        mentor: { id: mentor.user.id, displayName: "Mina Mentor" },
      }),
    ]);
    expect(frozen.reduce((n: number, e: { activityDays: number }) => n + e.activityDays, 0)).toBe(v1.activityDays);
  });
});
