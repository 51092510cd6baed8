/**
 * The organization administrator (issue 18): saves the sensitive-field policy and switches a feature flag, and sees
 * both take effect for a mentor and a coordinator of a freshly onboarded tenant. The subgraphs learn the settings from
 * organization's events, so each effect is awaited within the suite's event timeout.
 */
import { expect, it } from "vitest";
import { journey, EVENT_TIMEOUT_MS, type JourneyPlatform, type Person } from "./harness.js";
import { onboardTenant, type Tenant } from "./tenant.js";

const HEALTH = "Diabetes type 1, insulinpumpe";
const COURSE = { title: "Grunnkurs for likepersoner", kind: "CERTIFICATION", capacity: 12, startsOn: "2027-04-01", location: "Tromsø" };

journey("the organization administrator", (platform: JourneyPlatform) => {
  let tenant: Tenant;
  let mentor: Person;
  let coordinator: Person;
  let contactId: string;

  const healthInfo = async (who: Person) => (await who.op("Contact", { id: contactId })).contact.healthInfo as string | null;
  const refusal = async (who: Person, name: string, variables: Record<string, unknown> = {}) => (await who.call(name, variables)).errors?.[0] ?? null;

  it("brings a coordinator and a mentor in; the mentor registers a person they support, with health information", async () => {
    tenant = await onboardTenant(platform, { name: "Diabetesforbundet", shortName: "Diabetes", region: "Troms", unit: "Diabetes Tromsø" });
    coordinator = await tenant.invite("COORDINATOR", { firstName: "Cecilie", lastName: "Koordinator" });
    mentor = await tenant.invite("PEER_MENTOR", { firstName: "Magnus", lastName: "Mentor" });
    const { createContact } = await mentor.op("CreateContact", { input: { firstName: "Solveig", lastName: "Haugen", municipality: "Tromsø", healthInfo: HEALTH } });
    expect(createContact).toMatchObject({ firstName: "Solveig", lastName: "Haugen", healthInfo: HEALTH, localAssociation: { name: "Diabetes Tromsø" } });
    contactId = createContact.id;
    // Least privilege by default: the mentor who works with the contact and the coordinator read it, the administrator not.
    expect(await healthInfo(mentor)).toBe(HEALTH);
    expect(await healthInfo(coordinator)).toBe(HEALTH);
    expect((await tenant.admin.op("Contact", { id: contactId })).contact).toMatchObject({ firstName: "Solveig", healthInfo: null });
  });

  it("hides health information from mentors: the mentor reads none, the coordinator still does", async () => {
    const { updateOrganizationSettings: saved } = await tenant.admin.op("UpdateOrganizationSettings", {
      input: { sensitiveFieldPolicy: [{ field: "HEALTH_INFORMATION", sensitive: true, hiddenFromRoles: ["PEER_MENTOR"] }] },
    });
    expect(saved.sensitiveFieldPolicy).toContainEqual({ field: "HEALTH_INFORMATION", sensitive: true, hiddenFromRoles: ["PEER_MENTOR"] });
    expect(saved.updatedBy).toMatchObject({ displayName: "Astrid Administrator" });
    await expect.poll(() => healthInfo(mentor), { timeout: EVENT_TIMEOUT_MS }).toBeNull();
    const seen = (await mentor.op("Contact", { id: contactId })).contact;
    expect(seen).toMatchObject({ firstName: "Solveig", lastName: "Haugen", municipality: "Tromsø", healthInfo: null });
    expect(await healthInfo(coordinator)).toBe(HEALTH);
  });

  it("hides it from nobody: the administrator reads it too, and the mentor who works with the contact again", async () => {
    const { updateOrganizationSettings: saved } = await tenant.admin.op("UpdateOrganizationSettings", {
      input: { sensitiveFieldPolicy: [{ field: "HEALTH_INFORMATION", sensitive: true, hiddenFromRoles: [] }] },
    });
    expect(saved.sensitiveFieldPolicy).toContainEqual({ field: "HEALTH_INFORMATION", sensitive: true, hiddenFromRoles: [] });
    await expect.poll(() => healthInfo(mentor), { timeout: EVENT_TIMEOUT_MS }).toBe(HEALTH);
    await expect.poll(() => healthInfo(tenant.admin), { timeout: EVENT_TIMEOUT_MS }).toBe(HEALTH);
    expect(await healthInfo(coordinator)).toBe(HEALTH);
  });

  it("switches courses off: the coordinator's course list and planning are refused naming the flag", async () => {
    expect((await coordinator.op("Courses")).courses.edges).toEqual([]);
    const { updateOrganizationSettings: saved } = await tenant.admin.op("UpdateOrganizationSettings", { input: { featureFlags: [{ key: "courses", enabled: false }] } });
    expect(saved.featureFlags).toContainEqual({ key: "courses", enabled: false });
    const flags = (await tenant.admin.op("Organization", { id: tenant.organization.id })).organization.settings.featureFlags;
    expect(flags).toContainEqual({ key: "courses", enabled: false });

    await expect.poll(async () => (await refusal(coordinator, "Courses"))?.extensions, { timeout: EVENT_TIMEOUT_MS }).toMatchObject({ code: "FEATURE_DISABLED", flag: "courses" });
    const planning = await coordinator.refused("CreateCourse", { input: COURSE });
    expect(planning[0]!.extensions).toMatchObject({ code: "FEATURE_DISABLED", flag: "courses" });
    expect(planning[0]!.message).toContain("courses");
    expect((await refusal(mentor, "Courses"))?.extensions).toMatchObject({ code: "FEATURE_DISABLED", flag: "courses" });
  });

  it("switches courses on again: the coordinator plans a course and the mentor sees it", async () => {
    const { updateOrganizationSettings: saved } = await tenant.admin.op("UpdateOrganizationSettings", { input: { featureFlags: [{ key: "courses", enabled: true }] } });
    expect(saved.featureFlags).toContainEqual({ key: "courses", enabled: true });
    await expect.poll(async () => refusal(coordinator, "Courses"), { timeout: EVENT_TIMEOUT_MS }).toBeNull();
    const { createCourse } = await coordinator.op("CreateCourse", { input: COURSE });
    expect(createCourse).toMatchObject({ title: "Grunnkurs for likepersoner", kind: "CERTIFICATION", capacity: 12, seatsTaken: 0, startsOn: "2027-04-01" });
    const listed = (await mentor.op("Courses")).courses.edges.map((e: any) => e.node);
    expect(listed).toEqual([expect.objectContaining({ title: "Grunnkurs for likepersoner", capacity: 12, seatsTaken: 0 })]);
  });
  it("erases the contact at their request (issue 24): every subgraph does its part, no query names them, another contact is unaffected, the audit chain verifies", async () => {
    const { createContact: other } = await mentor.op("CreateContact", { input: { firstName: "Kåre", lastName: "Berg", municipality: "Tromsø", healthInfo: HEALTH } });
    const { requestErasure } = await tenant.admin.op("RequestErasure", { input: { subject: { contactId }, reason: "SUBJECT_REQUEST" } });
    expect(requestErasure).toMatchObject({ subjectType: "CONTACT", subjectId: contactId, status: "IN_PROGRESS", needsConfirmation: false });
    const progress = async () => (await tenant.admin.op("ErasureRequest", { id: requestErasure.id })).erasureRequest;
    await expect.poll(async () => (await progress()).status, { timeout: EVENT_TIMEOUT_MS }).toBe("COMPLETED");
    expect((await progress()).parts.map((p: { subgraph: string; completedAt: string | null }) => [p.subgraph, Boolean(p.completedAt)])).toEqual(
      ["activity", "engagement", "finance", "identity", "organization", "reporting"].map((s) => [s, true]),
    );
    for (const who of [mentor, coordinator, tenant.admin]) {
      expect((await who.op("Contact", { id: contactId })).contact).toEqual({ id: contactId, firstName: "Slettet", lastName: "kontakt", municipality: null, healthInfo: null });
    }
    expect((await coordinator.op("Contact", { id: other.id })).contact).toMatchObject({ firstName: "Kåre", lastName: "Berg", healthInfo: HEALTH });
    expect((await tenant.admin.refused("RequestErasure", { input: { subject: { contactId, userId: mentor.user.id }, reason: "SUBJECT_REQUEST" } }))[0]!.extensions)
      .toMatchObject({ code: "BAD_USER_INPUT", rule: "erasure_subject_one" });
    const { verifyAuditChain } = await tenant.admin.op("VerifyAuditChain");
    expect(verifyAuditChain).toMatchObject({ valid: true, firstBrokenSeq: null });
  });
});
