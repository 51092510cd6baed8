/**
 * The organization administrator (issue 18): saves the sensitive-field policy and switches a feature flag, and sees
 * both take effect for a mentor and a coordinator of a freshly onboarded tenant. The subgraphs learn the settings from
 * organization's events, so each effect is awaited within the suite's event timeout.
 *
 * Then what leaves the platform (issue 21 item 7): the administrator freezes the year's Bufdir report and reads its
 * PDF, workbook and CSV as a reader would; exports the approved reimbursements to Xledger and to Dynamics, marks them
 * paid and the mentor reads the payout notice; and computes last year's Wrapped, which the mentor opens. Then the
 * person the mentor supports asks, through the administrator, for their data (issue 24 item 3): the export is
 * assembled from every subgraph's part and downloaded once, as a JSON bundle and a PDF; then asks to be erased
 * (issue 24 item 8): afterwards no row of the database, searched as its owner (every text and JSON column of every
 * schema, the outboxes included), holds their name, phone, address or health information, and the frozen Bufdir
 * report and the audit chain still verify.
 */
import { createHash, randomInt, randomUUID } from "node:crypto";
import { expect, it } from "vitest";
import { waitForEvent } from "@meander/testing";
import { journey, unique, EVENT_TIMEOUT_MS, type JourneyPlatform, type Person } from "./harness.js";
import { csvRecords, csvRows, decoded, pdfPages, UUID, workbook } from "./files.js";
import { onboardTenant, type Tenant } from "./tenant.js";

/** Today (a date alone is that day in Norway too), its year (the report's), and the year just ended in Norway (Wrapped's). */
const TODAY = new Date().toISOString().slice(0, 10);
const YEAR = Number(TODAY.slice(0, 4));
const LAST_YEAR =
  Number(new Intl.DateTimeFormat("en", { timeZone: "Europe/Oslo", year: "numeric" }).format(new Date())) - 1;

/** The contact's own words, unique to this run (journeys on one platform run side by side): the erasure's markers. */
const TAG = unique();
const LAST_NAME = `Haugen-${TAG}`;
const ADDRESS = `Strandveien ${TAG}, 9008 Tromsø`;
const HEALTH = `Diabetes type 1, insulinpumpe (${TAG})`;
/** Their mother's mobile number (Norwegian, 8 digits): as typed, and as stored (E.164). */
const LOCAL_PHONE = String(randomInt(90_000_000, 99_999_999));
const PHONE = `+47${LOCAL_PHONE}`;
const sha256 = (bytes: Buffer) => createHash("sha256").update(bytes).digest("hex");
const COURSE = {
  title: "Grunnkurs for likepersoner",
  kind: "CERTIFICATION",
  capacity: 12,
  startsOn: "2027-04-01",
  location: "Tromsø",
};

journey("the organization administrator", (platform: JourneyPlatform) => {
  let tenant: Tenant;
  let mentor: Person;
  let coordinator: Person;
  let contactId: string;
  let frozenReport: { totals: unknown; csvSha256: string };

  const healthInfo = async (who: Person) =>
    (await who.op("Contact", { id: contactId })).contact.healthInfo as string | null;
  const refusal = async (who: Person, name: string, variables: Record<string, unknown> = {}) =>
    (await who.call(name, variables)).errors?.[0] ?? null;

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
    const { createContact } = await mentor.op("CreateContact", {
      input: {
        firstName: "Solveig",
        lastName: LAST_NAME,
        municipality: "Tromsø",
        address: ADDRESS,
        healthInfo: HEALTH,
      },
    });
    expect(createContact).toMatchObject({
      firstName: "Solveig",
      lastName: LAST_NAME,
      healthInfo: HEALTH,
      localAssociation: { name: "Diabetes Tromsø" },
    });
    contactId = createContact.id;
    // Least privilege by default: the mentor who works with the contact and the coordinator read it, the administrator not.
    expect(await healthInfo(mentor)).toBe(HEALTH);
    expect(await healthInfo(coordinator)).toBe(HEALTH);
    expect((await tenant.admin.op("Contact", { id: contactId })).contact).toMatchObject({
      firstName: "Solveig",
      healthInfo: null,
    });
  });

  it("hides health information from mentors: the mentor reads none, the coordinator still does", async () => {
    const { updateOrganizationSettings: saved } = await tenant.admin.op("UpdateOrganizationSettings", {
      input: {
        sensitiveFieldPolicy: [{ field: "HEALTH_INFORMATION", sensitive: true, hiddenFromRoles: ["PEER_MENTOR"] }],
      },
    });
    expect(saved.sensitiveFieldPolicy).toContainEqual({
      field: "HEALTH_INFORMATION",
      sensitive: true,
      hiddenFromRoles: ["PEER_MENTOR"],
    });
    expect(saved.updatedBy).toMatchObject({ displayName: "Astrid Administrator" });
    await expect.poll(() => healthInfo(mentor), { timeout: EVENT_TIMEOUT_MS }).toBeNull();
    const seen = (await mentor.op("Contact", { id: contactId })).contact;
    expect(seen).toMatchObject({ firstName: "Solveig", lastName: LAST_NAME, municipality: "Tromsø", healthInfo: null });
    expect(await healthInfo(coordinator)).toBe(HEALTH);
  });

  it("hides it from nobody: the administrator reads it too, and the mentor who works with the contact again", async () => {
    const { updateOrganizationSettings: saved } = await tenant.admin.op("UpdateOrganizationSettings", {
      input: { sensitiveFieldPolicy: [{ field: "HEALTH_INFORMATION", sensitive: true, hiddenFromRoles: [] }] },
    });
    expect(saved.sensitiveFieldPolicy).toContainEqual({
      field: "HEALTH_INFORMATION",
      sensitive: true,
      hiddenFromRoles: [],
    });
    await expect.poll(() => healthInfo(mentor), { timeout: EVENT_TIMEOUT_MS }).toBe(HEALTH);
    await expect.poll(() => healthInfo(tenant.admin), { timeout: EVENT_TIMEOUT_MS }).toBe(HEALTH);
    expect(await healthInfo(coordinator)).toBe(HEALTH);
  });

  it("switches courses off: the coordinator's course list and planning are refused naming the flag", async () => {
    expect((await coordinator.op("Courses")).courses.edges).toEqual([]);
    const { updateOrganizationSettings: saved } = await tenant.admin.op("UpdateOrganizationSettings", {
      input: { featureFlags: [{ key: "courses", enabled: false }] },
    });
    expect(saved.featureFlags).toContainEqual({ key: "courses", enabled: false });
    const flags = (await tenant.admin.op("Organization", { id: tenant.organization.id })).organization.settings
      .featureFlags;
    expect(flags).toContainEqual({ key: "courses", enabled: false });

    await expect
      .poll(async () => (await refusal(coordinator, "Courses"))?.extensions, { timeout: EVENT_TIMEOUT_MS })
      .toMatchObject({ code: "FEATURE_DISABLED", flag: "courses" });
    const planning = await coordinator.refused("CreateCourse", { input: COURSE });
    expect(planning[0]!.extensions).toMatchObject({ code: "FEATURE_DISABLED", flag: "courses" });
    expect(planning[0]!.message).toContain("courses");
    expect((await refusal(mentor, "Courses"))?.extensions).toMatchObject({ code: "FEATURE_DISABLED", flag: "courses" });
  });

  it("switches courses on again: the coordinator plans a course and the mentor sees it", async () => {
    const { updateOrganizationSettings: saved } = await tenant.admin.op("UpdateOrganizationSettings", {
      input: { featureFlags: [{ key: "courses", enabled: true }] },
    });
    expect(saved.featureFlags).toContainEqual({ key: "courses", enabled: true });
    await expect.poll(async () => refusal(coordinator, "Courses"), { timeout: EVENT_TIMEOUT_MS }).toBeNull();
    const { createCourse } = await coordinator.op("CreateCourse", { input: COURSE });
    expect(createCourse).toMatchObject({
      title: "Grunnkurs for likepersoner",
      kind: "CERTIFICATION",
      capacity: 12,
      seatsTaken: 0,
      startsOn: "2027-04-01",
    });
    const listed = (await mentor.op("Courses")).courses.edges.map((e: any) => e.node);
    expect(listed).toEqual([
      expect.objectContaining({ title: "Grunnkurs for likepersoner", capacity: 12, seatsTaken: 0 }),
    ]);
  });

  const ids: Record<string, string> = {};

  it("gets the mentor a basic course last year, and approves last year's and this year's work and two parking claims", async () => {
    const { createCertificationType: type } = await tenant.admin.op("CreateCertificationType", {
      input: { key: "grunnkurs", name: "Grunnkurs for likepersoner", basicCourse: true, validityMonths: 36 },
    });
    const { createCourse: course } = await coordinator.op("CreateCourse", {
      input: {
        ...COURSE,
        title: "Grunnkurs våren",
        startsOn: `${LAST_YEAR}-02-10`,
        endsOn: `${LAST_YEAR}-02-10`,
        status: "OPEN",
        certificationTypeId: type.id,
      },
    });
    const { enrollInCourse: seat } = await mentor.op("EnrollInCourse", { courseId: course.id });
    expect(
      (await coordinator.op("RecordCourseAttendance", { enrollmentId: seat.id })).recordCourseAttendance,
    ).toMatchObject({ status: "ATTENDED", user: { displayName: "Magnus Mentor" } });

    const register = async (input: Record<string, unknown>) =>
      (await mentor.op("RegisterActivity", { input })).registerActivity.id as string;
    ids.group = await register({
      activityTypeKey: "group_meeting",
      activityDate: TODAY,
      durationMinutes: 90,
      participantCount: 5,
      title: "Samtalegruppe",
    });
    ids.visit = await register({
      activityTypeKey: "home_visit",
      activityDate: TODAY,
      durationMinutes: 60,
      title: "Besøk hos Solveig",
    });
    const lastYear = [
      await register({
        activityTypeKey: "home_visit",
        activityDate: `${LAST_YEAR}-03-12`,
        durationMinutes: 90,
        title: "Besøk i mars",
      }),
      await register({
        activityTypeKey: "group_meeting",
        activityDate: `${LAST_YEAR}-10-05`,
        durationMinutes: 60,
        participantCount: 4,
        title: "Gruppe i oktober",
      }),
    ];
    const { approveActivities } = await coordinator.op("ApproveActivities", {
      ids: [ids.group, ids.visit, ...lastYear],
    });
    expect(approveActivities.map((a: any) => a.status)).toEqual(["APPROVED", "APPROVED", "APPROVED", "APPROVED"]);

    await tenant.admin.op("ConfigureExpenseType", {
      input: { key: "parking", name: "Parkering", requiresReceiptAboveOre: 100_000 },
    });
    for (const [name, amountOre] of [
      ["first", 4_500],
      ["second", 6_000],
    ] as const) {
      const { submitExpense } = await mentor.op("SubmitExpense", {
        input: { activityId: ids.visit, expenseTypeKey: "parking", amountOre, description: "Parkering ved UNN" },
      });
      ids[name] = submitExpense.id;
    }
  });

  it("freezes the year's Bufdir report and reads its PDF, workbook and CSV: names and totals, no id", async () => {
    // The approvals and the mentor's certificate reach reporting as events: the draft counts them once they have.
    const draft = async () => (await tenant.admin.op("BufdirReportRegions", { year: YEAR })).bufdirReport;
    await expect
      .poll(
        async () => {
          const d = await draft();
          return [d.activityDays, d.activeMentors];
        },
        { timeout: EVENT_TIMEOUT_MS },
      )
      .toEqual([2, 1]);
    const { submitBufdirReport: frozen } = await tenant.admin.op("SubmitBufdirReport", { year: YEAR });
    expect(frozen).toMatchObject({
      year: YEAR,
      status: "SUBMITTED",
      version: 1,
      activityDays: 2,
      activeMentors: 1,
      submittedBy: { displayName: "Astrid Administrator" },
    });
    expect(frozen.participants).toBeGreaterThanOrEqual(5);
    const file = async (format: string) => {
      const { bufdirReportExport: f } = await tenant.admin.op("BufdirReportExport", { year: YEAR, version: 1, format });
      expect(f.filename).not.toMatch(UUID);
      return decoded(f);
    };
    const [pdf, xlsx, csv] = await Promise.all([file("PDF"), file("XLSX"), file("CSV")]);
    frozenReport = {
      totals: (await tenant.admin.op("BufdirReportTotals", { year: YEAR, version: 1 })).bufdirReport,
      csvSha256: sha256(csv),
    };
    const n = (x: number) => new Intl.NumberFormat("nb-NO").format(x).replace(/\s/g, " ");

    const pages = await pdfPages(pdf);
    expect(pages.join("\n")).not.toMatch(UUID);
    for (const s of [
      `Bufdir-rapport ${YEAR}`,
      tenant.organization.name,
      "Troms",
      n(frozen.activityDays),
      n(frozen.participants),
    ])
      expect(pages[0]).toContain(s);
    expect(pages.join("\n")).toContain("Diabetes Tromsø");
    expect(pages.at(-1)).toContain("Magnus Mentor");

    const sheets = await workbook(xlsx);
    for (const rows of sheets.values())
      for (const row of rows) for (const cell of row) expect(String(cell)).not.toMatch(UUID);
    const summary = new Map(sheets.get("Sammendrag")!.map(([k, v]) => [k, v]));
    expect(summary.get("Organisasjon")).toBe(tenant.organization.name);
    expect(summary.get("Tellende aktivitetsdager")).toBe(2);
    expect(
      sheets
        .get("Regioner")!
        .slice(1)
        .map((r) => [r[0], r[1]]),
    ).toEqual([["Troms", 2]]);
    expect(
      sheets
        .get("Likepersoner")!
        .slice(1)
        .map((r) => r[0]),
    ).toEqual(["Magnus Mentor"]);

    expect(csv.toString("utf8")).not.toMatch(UUID);
    const rows = csvRows(csv, ";");
    expect(rows.find((r) => r[0] === "Organisasjon" && r.length === 2)?.[1]).toBe(tenant.organization.name);
    expect(rows.find((r) => r[0] === "Organisasjon" && r[3] === "Alle")?.slice(4)).toEqual([
      String(frozen.activityDays),
      String(frozen.participants),
    ]);
    expect(rows.find((r) => r[0] === "Region" && r[3] === "Alle")?.slice(1, 2)).toEqual(["Troms"]);
  });

  it("exports the approved reimbursements to Xledger and to Dynamics, marks them paid, and the mentor is told", async () => {
    /** The coordinator approves one claim and bundles it; the reimbursement is approved (never by the mentor). */
    const reimburse = async (expenseId: string) => {
      await coordinator.op("ApproveExpense", { id: expenseId });
      const { createReimbursement: r } = await coordinator.op("CreateReimbursement", { userId: mentor.user.id });
      if (r.status === "PENDING_APPROVAL")
        expect((await tenant.admin.op("ApproveReimbursement", { id: r.id })).approveReimbursement.status).toBe(
          "APPROVED",
        );
      return r;
    };
    await reimburse(ids.first!);
    const mapping = [
      { expenseTypeKey: "parking", account: "7140", costCenter: "TRO" },
      { expenseTypeKey: "payable", account: "2960" },
    ];
    await tenant.admin.op("ConfigureAccountingIntegration", {
      input: { system: "XLEDGER", enabled: false, entityCode: "DIAB01", accountMapping: mapping },
    });
    // Accounting export is switched off until the administrator switches it on (finance learns it as an event).
    await tenant.admin.op("UpdateOrganizationSettings", {
      input: { featureFlags: [{ key: "accounting_export", enabled: true }] },
    });
    const { setAccountingReference } = await waitForEvent(() =>
      tenant.admin.op("SetAccountingReference", { userId: mentor.user.id, reference: "ANS-0042" }),
    );
    expect(setAccountingReference).toMatchObject({ reference: "ANS-0042", user: { displayName: "Magnus Mentor" } });
    // finance learns the entity code from organization's event: a refused export writes and numbers nothing.
    const xledger = await waitForEvent(
      async () => (await tenant.admin.op("CreateAccountingExport", { system: "XLEDGER" })).createAccountingExport,
    );
    expect(xledger).toMatchObject({
      system: "XLEDGER",
      reimbursementCount: 1,
      totalOre: 4_500,
      firstVoucher: 1,
      lastVoucher: 1,
    });
    expect(xledger.content).not.toMatch(UUID);
    const gl = csvRecords(xledger.content, ";");
    expect(
      gl.every(
        (l) => l.ImpSystem === "GL02b" && l.Entity === "DIAB01" && l.VoucherNo === "1" && l.FiscalYear === String(YEAR),
      ),
    ).toBe(true);
    expect(gl.map((l) => [l.Account, l.Posting1, l.Amount])).toEqual([
      ["7140", "TRO", "45.00"],
      ["2960", "", "-45.00"],
    ]);
    expect(gl[1]).toMatchObject({ SubledgerNo: "ANS-0042", SubledgerName: "Magnus Mentor" });

    await reimburse(ids.second!);
    const { createAccountingExport: dynamics } = await tenant.admin.op("CreateAccountingExport", {
      system: "DYNAMICS",
    });
    expect(dynamics).toMatchObject({
      system: "DYNAMICS",
      reimbursementCount: 1,
      totalOre: 6_000,
      firstVoucher: 2,
      lastVoucher: 2,
    });
    expect(dynamics.content).not.toMatch(UUID);
    const journal = csvRecords(dynamics.content, ",");
    expect(
      journal.map((l) => [l.ACCOUNTTYPE, l.ACCOUNTDISPLAYVALUE, l.DEBITAMOUNT, l.CREDITAMOUNT, l.VOUCHER]),
    ).toEqual([
      ["Ledger", "7140", "60.00", "0.00", "2"],
      ["Vendor", "ANS-0042", "0.00", "60.00", "2"],
    ]);
    expect(journal[1]!.TEXT).toContain("Magnus Mentor");

    for (const e of [xledger, dynamics]) {
      const { markAccountingExportPaid: paid } = await tenant.admin.op("MarkAccountingExportPaid", { id: e.id });
      expect(paid.paidAt).not.toBeNull();
      expect(paid.reimbursements.map((r: any) => r.status)).toEqual(["PAID"]);
    }
    const paidNotices = async () =>
      (await mentor.op("Notifications")).notifications.filter((x: any) => x.category === "REIMBURSEMENT_PAID");
    await expect.poll(async () => (await paidNotices()).length, { timeout: EVENT_TIMEOUT_MS }).toBe(2);
    const texts = (await paidNotices()).map((x: any) => `${x.title} | ${x.body}`).sort();
    expect(texts).toEqual([
      expect.stringMatching(/^Utbetalt: 45,00\skr \| Refusjonen din på 45,00\skr ble utbetalt /),
      expect.stringMatching(/^Utbetalt: 60,00\skr \| Refusjonen din på 60,00\skr ble utbetalt /),
    ]);
  });

  it("computes last year's Wrapped on request, and the mentor opens it: the year, the course and the top types by name", async () => {
    // The administrator asks for the ended year (the job does it on 1 January); the mentor opens Wrapped (no year:
    // the one just ended). Asked again until last year's approvals have reached reporting (they have by now).
    const opened = async () => {
      expect((await tenant.admin.op("ComputeWrapped", { year: LAST_YEAR })).computeWrapped.year).toBe(LAST_YEAR);
      return (await mentor.op("MyWrapped")).myWrapped;
    };
    await expect.poll(opened, { timeout: EVENT_TIMEOUT_MS }).toMatchObject({
      year: LAST_YEAR,
      activities: 2,
      hours: 2.5,
      busiestMonth: 3,
      certifications: [{ key: "grunnkurs", name: "Grunnkurs for likepersoner" }],
      topActivityTypes: [
        { activityType: "home_visit", name: "Hjemmebesøk", activities: 1, hours: 1.5 },
        { activityType: "group_meeting", name: "Samtalegruppe", activities: 1, hours: 1 },
      ],
    });
    await expect
      .poll(
        async () =>
          (await mentor.op("Notifications")).notifications.find((x: any) => x.category === "ANNUAL_SUMMARY")?.title,
        { timeout: EVENT_TIMEOUT_MS },
      )
      .toBe(`Året ditt i Meander ${LAST_YEAR} er klart`);
  });

  it("hands a contact their data: the administrator asks for an export, downloads it once, and nobody else can", async () => {
    // Their week with the mentor: a caregiver, a note, an assignment the mentor read, a visit.
    await mentor.op("AddContactRelation", {
      contactId,
      input: {
        kind: "CAREGIVER",
        name: `Randi ${LAST_NAME}`,
        relation: "mor",
        phone: `${LOCAL_PHONE.slice(0, 3)} ${LOCAL_PHONE.slice(3, 5)} ${LOCAL_PHONE.slice(5)}`,
      },
    });
    await mentor.op("AddContactNote", { contactId, body: "Vil gjerne gå tur langs sjøen" });
    const { dispatchAssignment: sent } = await coordinator.op("DispatchAssignment", {
      input: { contactId, mentorId: mentor.user.id, payload: `Adresse: ${ADDRESS}. Bruker insulinpumpe.` },
    });
    await mentor.op("MoveAssignment", { id: sent.id, status: "READ" });
    const { registerActivity: visit } = await mentor.op("RegisterActivity", {
      input: {
        activityTypeKey: "home_visit",
        activityDate: new Date(Date.now() - 86_400_000).toISOString().slice(0, 10),
        durationMinutes: 60,
        contactId,
        title: "Tur langs sjøen",
        participantCount: 1,
      },
    });
    const { requestSubjectAccessExport: asked } = await tenant.admin.op("RequestSubjectAccessExport", {
      input: { subject: { contactId } },
    });
    expect(asked.status).toBe("ASSEMBLING");
    expect(asked.parts.map((p: any) => p.subgraph)).toEqual([
      "identity",
      "organization",
      "activity",
      "finance",
      "engagement",
      "reporting",
    ]);
    // Only a contact of the administrator's own organization (organization learns them from activity's events).
    expect(
      (
        await tenant.admin.refused("RequestSubjectAccessExport", { input: { subject: { contactId: randomUUID() } } })
      )[0],
    ).toMatchObject({
      message: "Kontakten finnes ikke i organisasjonen din",
      extensions: {
        code: "BAD_USER_INPUT",
        rule: "access_export_subject_outside_organization",
        field: "subject.contactId",
      },
    });
    // A mentor may ask only for their own account (access_export_permission); a contact's data goes through the administrator.
    expect(
      (await mentor.refused("RequestSubjectAccessExport", { input: { subject: { contactId } } }))[0]!.extensions,
    ).toMatchObject({ code: "FORBIDDEN", rule: "access_export_permission" });
    const status = async () => (await tenant.admin.op("SubjectAccessExport", { id: asked.id })).subjectAccessExport;
    await expect.poll(async () => (await status()).status, { timeout: EVENT_TIMEOUT_MS }).toBe("READY");
    const ready = await status();
    expect(ready.parts.every((p: any) => p.ready)).toBe(true);
    expect(Date.parse(ready.expiresAt) - Date.parse(ready.readyAt)).toBe(7 * 24 * 3600 * 1000);
    // The coordinator sees nothing of it (not theirs), and may not download it.
    expect((await coordinator.op("SubjectAccessExport", { id: asked.id })).subjectAccessExport).toBeNull();
    expect((await coordinator.refused("DownloadSubjectAccessExport", { id: asked.id }))[0]!.extensions).toMatchObject({
      code: "NOT_FOUND",
    });

    const { downloadSubjectAccessExport: files } = await tenant.admin.op("DownloadSubjectAccessExport", {
      id: asked.id,
    });
    const bundle = JSON.parse(Buffer.from(files.json.base64, "base64").toString("utf8"));
    expect(bundle).toMatchObject({
      format: "meander.subject-access-export.v1",
      requestId: asked.id,
      subject: { contactId, userId: null },
    });
    expect(Object.keys(bundle.parts).sort()).toEqual([
      "activity",
      "engagement",
      "finance",
      "identity",
      "organization",
      "reporting",
    ]);
    // Category by category, the contact's side of issue 24 item 3 (the user's side: mentor-week.test.ts).
    const activity = bundle.parts.activity.categories;
    expect(activity.contact).toEqual([
      expect.objectContaining({ firstName: "Solveig", lastName: LAST_NAME, healthInfo: HEALTH }),
    ]);
    expect(activity.caregivers).toEqual([
      expect.objectContaining({ name: `Randi ${LAST_NAME}`, relation: "mor", phone: PHONE }),
    ]);
    expect(activity.notes).toEqual([
      expect.objectContaining({ body: "Vil gjerne gå tur langs sjøen", authorId: mentor.user.id }),
    ]);
    expect(activity.assignments).toEqual([
      expect.objectContaining({ id: sent.id, payload: `Adresse: ${ADDRESS}. Bruker insulinpumpe.` }),
    ]);
    expect(activity.assignmentStatusLog.map((l: any) => l.status)).toEqual(["dispatched", "read"]);
    expect(activity.activities).toEqual([expect.objectContaining({ id: visit.id, title: "Tur langs sjøen" })]);
    expect(activity.sensitiveReads.length).toBeGreaterThan(0);
    expect(bundle.parts.reporting.categories.auditEntries.length).toBeGreaterThan(0);
    expect(files.pdf.contentType).toBe("application/pdf");
    expect(Buffer.from(files.pdf.base64, "base64").subarray(0, 5).toString()).toBe("%PDF-");
    // Once only: the files are gone afterwards.
    expect((await tenant.admin.refused("DownloadSubjectAccessExport", { id: asked.id }))[0]!.extensions).toMatchObject({
      code: "CONFLICT",
      rule: "access_export_already_downloaded",
    });
    expect((await status()).status).toBe("DOWNLOADED");
  });

  it("erases the contact at their request (issue 24): every subgraph does its part, no query and no row names them, another contact is unaffected, the frozen report and the audit chain verify", async () => {
    const OTHER_HEALTH = "Astma, bruker inhalator";
    const { createContact: other } = await mentor.op("CreateContact", {
      input: { firstName: "Kåre", lastName: "Berg", municipality: "Tromsø", healthInfo: OTHER_HEALTH },
    });
    // The scan sees this platform's rows: before the erasure the name is there (in clear: names are not encrypted).
    expect((await platform.scanDatabase([LAST_NAME])).hits[LAST_NAME]).toContain("activity.contacts.last_name");
    const { requestErasure } = await tenant.admin.op("RequestErasure", {
      input: { subject: { contactId }, reason: "SUBJECT_REQUEST" },
    });
    // The contact has an assignment: a second administrator confirms, never the one who asked.
    expect(requestErasure).toMatchObject({
      subjectType: "CONTACT",
      subjectId: contactId,
      status: "AWAITING_CONFIRMATION",
      needsConfirmation: true,
    });
    expect(
      (await tenant.admin.refused("ConfirmErasure", { requestId: requestErasure.id }))[0]!.extensions,
    ).toMatchObject({ code: "FORBIDDEN", rule: "erasure_second_administrator" });
    const second = await tenant.invite("ORG_ADMIN", { firstName: "Berit", lastName: "Bekreftende" });
    expect((await second.op("ConfirmErasure", { requestId: requestErasure.id })).confirmErasure).toMatchObject({
      status: "IN_PROGRESS",
    });
    const progress = async () => (await tenant.admin.op("ErasureRequest", { id: requestErasure.id })).erasureRequest;
    await expect.poll(async () => (await progress()).status, { timeout: EVENT_TIMEOUT_MS }).toBe("COMPLETED");
    expect(
      (await progress()).parts.map((p: { subgraph: string; completedAt: string | null }) => [
        p.subgraph,
        Boolean(p.completedAt),
      ]),
    ).toEqual(["activity", "engagement", "finance", "identity", "organization", "reporting"].map((s) => [s, true]));
    for (const who of [mentor, coordinator, tenant.admin]) {
      expect((await who.op("Contact", { id: contactId })).contact).toEqual({
        id: contactId,
        firstName: "Slettet",
        lastName: "kontakt",
        municipality: null,
        healthInfo: null,
      });
    }
    expect((await coordinator.op("Contact", { id: other.id })).contact).toMatchObject({
      firstName: "Kåre",
      lastName: "Berg",
      healthInfo: OTHER_HEALTH,
    });
    // No row of any schema (outboxes, audit, projections included) holds their name, their mother's phone, their
    // address or their health information, read as the database's owner.
    const markers = [LAST_NAME, PHONE, LOCAL_PHONE, `Strandveien ${TAG}`, HEALTH];
    const { hits, scanned } = await platform.scanDatabase(markers);
    expect(scanned).toBeGreaterThan(100);
    expect(hits).toEqual(Object.fromEntries(markers.map((m) => [m, []])));
    // Nor does a replay of the topics (issue 24 item 8). Postgres way: every message of the platform's Kafka topics,
    // from the beginning; the contact's id is there (events carry ids), none of the markers is. The embedded way has
    // no broker: its bus replays the outboxes, which the database scan above has read already.
    const topics = await platform.scanTopics([contactId, ...markers]);
    if (platform.mode === "postgres") {
      expect(topics!.topics).toEqual(
        expect.arrayContaining([
          "meander.activity",
          "meander.privacy",
          "meander.identity.profiles",
          "meander.organization.invitations",
        ]),
      );
      expect(topics!.hits[contactId]!.length).toBeGreaterThan(0);
      expect(Object.fromEntries(markers.map((m) => [m, topics!.hits[m]]))).toEqual(
        Object.fromEntries(markers.map((m) => [m, []])),
      );
      // The compacted topics never carried the contact (a contact is no user and got no invitation): nothing to wait for.
      for (const keys of Object.values(topics!.newest)) expect(Object.keys(keys)).not.toContain(contactId);
    } else {
      expect(topics).toBeNull();
    }
    // The frozen Bufdir report is as it was: the same totals, the same file to the byte.
    expect((await tenant.admin.op("BufdirReportTotals", { year: YEAR, version: 1 })).bufdirReport).toEqual(
      frozenReport.totals,
    );
    const { bufdirReportExport: csv } = await tenant.admin.op("BufdirReportExport", {
      year: YEAR,
      version: 1,
      format: "CSV",
    });
    expect(sha256(decoded(csv))).toBe(frozenReport.csvSha256);
    expect(
      (
        await tenant.admin.refused("RequestErasure", {
          input: { subject: { contactId, userId: mentor.user.id }, reason: "SUBJECT_REQUEST" },
        })
      )[0]!.extensions,
    ).toMatchObject({ code: "BAD_USER_INPUT", rule: "erasure_subject_one" });
    const { verifyAuditChain } = await tenant.admin.op("VerifyAuditChain");
    expect(verifyAuditChain).toMatchObject({ valid: true, firstBrokenSeq: null });
  });

  it("erases a mentor who withdraws consent (issue 24): on the broker the newest value of their key on the compacted profiles topic is the null profile", async () => {
    const leaving = await tenant.invite("PEER_MENTOR", { firstName: "Live", lastName: `Forlater-${TAG}` });
    const { requestErasure } = await tenant.admin.op("RequestErasure", {
      input: { subject: { userId: leaving.user.id }, reason: "CONSENT_WITHDRAWN" },
    });
    const status = async () =>
      (await tenant.admin.op("ErasureRequest", { id: requestErasure.id })).erasureRequest.status;
    await expect.poll(status, { timeout: EVENT_TIMEOUT_MS }).toBe("COMPLETED");
    // Earlier profiles of the key may still be on the broker until the log cleaner has run (@meander/events README,
    // "The bound on the compacted topics"); what a replay ends with for the key is the null profile.
    const topics = await platform.scanTopics([leaving.user.id]);
    if (platform.mode !== "postgres") return void expect(topics).toBeNull();
    const newest = topics!.newest["meander.identity.profiles"]?.[leaving.user.id];
    expect(JSON.parse(newest!)).toMatchObject({
      type: "identity.profile.changed",
      payload: { userId: leaving.user.id, profile: null },
    });
  });
});
