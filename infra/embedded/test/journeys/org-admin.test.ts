/**
 * The organization administrator (issue 18): saves the sensitive-field policy and switches a feature flag, and sees
 * both take effect for a mentor and a coordinator of a freshly onboarded tenant. The subgraphs learn the settings from
 * organization's events, so each effect is awaited within the suite's event timeout. Then the person the mentor
 * supports asks, through the administrator, for their data (issue 24 item 3): the export is assembled from every
 * subgraph's part and downloaded once, as a JSON bundle and a PDF.
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
    tenant = await onboardTenant(platform, {
      name: "Diabetesforbundet",
      shortName: "Diabetes",
      region: "Troms",
      unit: "Diabetes Tromsø",
      featureFlags: [{ key: "encrypted_assignments", enabled: true }],
    });
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

  it("hands a contact their data: the administrator asks for an export, downloads it once, and nobody else can", async () => {
    // Their week with the mentor: a caregiver, a note, an assignment the mentor read, a visit.
    await mentor.op("AddContactRelation", { contactId, input: { kind: "CAREGIVER", name: "Randi Haugen", relation: "mor", phone: "+47 912 34 567" } });
    await mentor.op("AddContactNote", { contactId, body: "Vil gjerne gå tur langs sjøen" });
    const { dispatchAssignment: sent } = await coordinator.op("DispatchAssignment", { input: { contactId, mentorId: mentor.user.id, payload: "Adresse: Storgata 1, Tromsø. Bruker insulinpumpe." } });
    await mentor.op("MoveAssignment", { id: sent.id, status: "READ" });
    const { registerActivity: visit } = await mentor.op("RegisterActivity", {
      input: { activityTypeKey: "home_visit", activityDate: new Date(Date.now() - 86_400_000).toISOString().slice(0, 10), durationMinutes: 60, contactId, title: "Tur langs sjøen", participantCount: 1 },
    });
    const { requestSubjectAccessExport: asked } = await tenant.admin.op("RequestSubjectAccessExport", { input: { subject: { contactId } } });
    expect(asked.status).toBe("ASSEMBLING");
    expect(asked.parts.map((p: any) => p.subgraph)).toEqual(["identity", "organization", "activity", "finance", "engagement", "reporting"]);
    // A mentor may ask only for their own account (access_export_permission); a contact's data goes through the administrator.
    expect((await mentor.refused("RequestSubjectAccessExport", { input: { subject: { contactId } } }))[0]!.extensions).toMatchObject({ code: "FORBIDDEN", rule: "access_export_permission" });
    const status = async () => (await tenant.admin.op("SubjectAccessExport", { id: asked.id })).subjectAccessExport;
    await expect.poll(async () => (await status()).status, { timeout: EVENT_TIMEOUT_MS }).toBe("READY");
    const ready = await status();
    expect(ready.parts.every((p: any) => p.ready)).toBe(true);
    expect(Date.parse(ready.expiresAt) - Date.parse(ready.readyAt)).toBe(7 * 24 * 3600 * 1000);
    // The coordinator sees nothing of it (not theirs), and may not download it.
    expect((await coordinator.op("SubjectAccessExport", { id: asked.id })).subjectAccessExport).toBeNull();
    expect((await coordinator.refused("DownloadSubjectAccessExport", { id: asked.id }))[0]!.extensions).toMatchObject({ code: "NOT_FOUND" });

    const { downloadSubjectAccessExport: files } = await tenant.admin.op("DownloadSubjectAccessExport", { id: asked.id });
    const bundle = JSON.parse(Buffer.from(files.json.base64, "base64").toString("utf8"));
    expect(bundle).toMatchObject({ format: "meander.subject-access-export.v1", requestId: asked.id, subject: { contactId, userId: null } });
    expect(Object.keys(bundle.parts).sort()).toEqual(["activity", "engagement", "finance", "identity", "organization", "reporting"]);
    // Category by category, the contact's side of issue 24 item 3 (the user's side: mentor-week.test.ts).
    const activity = bundle.parts.activity.categories;
    expect(activity.contact).toEqual([expect.objectContaining({ firstName: "Solveig", lastName: "Haugen", healthInfo: HEALTH })]);
    expect(activity.caregivers).toEqual([expect.objectContaining({ name: "Randi Haugen", relation: "mor", phone: "+4791234567" })]);
    expect(activity.notes).toEqual([expect.objectContaining({ body: "Vil gjerne gå tur langs sjøen", authorId: mentor.user.id })]);
    expect(activity.assignments).toEqual([expect.objectContaining({ id: sent.id, payload: "Adresse: Storgata 1, Tromsø. Bruker insulinpumpe." })]);
    expect(activity.assignmentStatusLog.map((l: any) => l.status)).toEqual(["dispatched", "read"]);
    expect(activity.activities).toEqual([expect.objectContaining({ id: visit.id, title: "Tur langs sjøen" })]);
    expect(activity.sensitiveReads.length).toBeGreaterThan(0);
    expect(bundle.parts.reporting.categories.auditEntries.length).toBeGreaterThan(0);
    expect(files.pdf.contentType).toBe("application/pdf");
    expect(Buffer.from(files.pdf.base64, "base64").subarray(0, 5).toString()).toBe("%PDF-");
    // Once only: the files are gone afterwards.
    expect((await tenant.admin.refused("DownloadSubjectAccessExport", { id: asked.id }))[0]!.extensions).toMatchObject({ code: "CONFLICT", rule: "access_export_already_downloaded" });
    expect((await status()).status).toBe("DOWNLOADED");
  });
});
