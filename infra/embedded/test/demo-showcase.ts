/**
 * What the demo's showcase (issue 20 Build 10, issue 21 items 4-5) must make visible on the default start: one
 * query per role, each field a feature that must not be empty. Used by the embedded smoke test on its first start.
 */
import { expect } from "vitest";
import { gql } from "@meander/testing";
import { decoded, pdfPages, UUID } from "./journeys/files.js";

/** An organization administrator's view: certifications, Bufdir, money, referrals, content, sessions, gatherings. */
const ADMIN = `query DemoShowcaseAdmin($year: Int!) {
  certifications { status type { basicCourse } user { badges { badge { key } } } }
  bufdirReport(year: $year) { activeMentors }
  paid: reimbursements(status: PAID) { accountingExport { fileName } }
  approved: reimbursements(status: APPROVED) { totalOre }
  expenses(first: 100) { edges { node { status } } }
  referralSummary { clicks installs }
  toolboxCards(product: "likeperson") { title }
  faq(product: "likeperson") { question }
  myOrganization { name settings { externalResources { title } } }
  mentorProgramSessions { participants { daysPresent } }
  gatherings(first: 100) { edges { node { status startsAt localAssociation { id } } } }
}`;
const TIERS = `query DemoShowcaseTiers($la: ID!) { honorariumTiers(localAssociationId: $la, history: true) { validFrom amountOre } }`;
/** A mentor's view: their certifications and badges, their inbox (read and unread), last year's Wrapped. */
const MENTOR = `query DemoShowcaseMentor($last: Int!) {
  myCertifications { status }
  me { badges { badge { key } } }
  notifications(first: 200) { readAt }
  myWrapped(year: $last) { activities busiestMonth topActivityTypes { activityType name } namedBadges { key name } }
}`;
/** The demo's Bufdir report (this year's draft) and its PDF, as the demo check reads it. */
const BUFDIR = `query DemoBufdirPdf($year: Int!) {
  bufdirReport(year: $year) { activityDays participants activeMentors regions { name } mentors { displayName } }
  bufdirReportExport(year: $year, format: PDF) { filename contentType base64 byteLength }
}`;

export async function expectAdminShowcase(url: string, token: string, organizationName: string): Promise<void> {
  const year = new Date().getUTCFullYear();
  const r = await gql(url, ADMIN, { year }, { token });
  expect(r.errors).toBeUndefined();
  const d = r.data as any;
  expect(d.myOrganization.name).toBe(organizationName);
  const statuses = new Set(d.certifications.map((c: any) => c.status));
  expect([...statuses].sort()).toEqual(["ACTIVE", "EXPIRED", "EXPIRING"]);
  expect(d.certifications.some((c: any) => c.type.basicCourse)).toBe(true);
  expect(d.certifications.some((c: any) => c.user.badges.length > 0)).toBe(true);
  expect(d.bufdirReport.activeMentors).toBeGreaterThan(0);
  expect(d.paid.length).toBeGreaterThan(0);
  expect(d.paid[0].accountingExport.fileName).toBeTruthy();
  expect(d.approved.length).toBeGreaterThan(0);
  expect(new Set(d.expenses.edges.map((e: any) => e.node.status))).toEqual(
    new Set(["SUBMITTED", "APPROVED", "REJECTED"]),
  );
  expect(d.referralSummary.clicks).toBeGreaterThan(0);
  expect(d.referralSummary.installs).toBeGreaterThan(0);
  expect(d.toolboxCards.length).toBeGreaterThan(0);
  expect(d.faq.length).toBeGreaterThan(0);
  expect(d.myOrganization.settings.externalResources.length).toBeGreaterThan(0);
  expect(d.mentorProgramSessions[0].participants.some((p: any) => p.daysPresent > 0)).toBe(true);
  const gatherings = d.gatherings.edges.map((e: any) => e.node);
  const now = Date.now();
  expect(gatherings.some((g: any) => g.status === "COMPLETED" && Date.parse(g.startsAt) < now)).toBe(true);
  expect(gatherings.some((g: any) => g.status === "PUBLISHED" && Date.parse(g.startsAt) > now)).toBe(true);
  const tiers = await gql(url, TIERS, { la: gatherings[0].localAssociation.id }, { token });
  expect(tiers.errors).toBeUndefined();
  expect(new Set((tiers.data as any).honorariumTiers.map((t: any) => t.validFrom)).size).toBeGreaterThan(1);
}

export async function expectMentorShowcase(url: string, token: string): Promise<void> {
  const r = await gql(url, MENTOR, { last: new Date().getUTCFullYear() - 1 }, { token });
  expect(r.errors).toBeUndefined();
  const d = r.data as any;
  expect(d.myCertifications.length).toBeGreaterThan(0);
  expect(d.me.badges.length).toBeGreaterThan(0);
  expect(d.notifications.some((n: any) => n.readAt !== null)).toBe(true);
  expect(d.notifications.some((n: any) => n.readAt === null)).toBe(true);
  expect(d.myWrapped.activities).toBeGreaterThan(0);
  // Last year's most done types, by name (issue 21 item 5), never the raw key.
  expect(d.myWrapped.topActivityTypes.length).toBeGreaterThan(0);
  for (const t of d.myWrapped.topActivityTypes) expect(t.name).not.toBe(t.activityType);
  for (const b of d.myWrapped.namedBadges) expect(b.name).not.toBe(b.key);
}

/**
 * Issue 21's demo check: the demo's Bufdir PDF, read as its reader would, names the organization, its regions and
 * the mentors counted, speaks Norwegian, and shows a participant figure that is not zero (the report's own).
 */
export async function expectDemoBufdirPdf(url: string, token: string, organizationName: string): Promise<void> {
  const year = new Date().getUTCFullYear();
  const r = await gql(url, BUFDIR, { year }, { token });
  expect(r.errors).toBeUndefined();
  const { bufdirReport: report, bufdirReportExport: file } = r.data as any;
  expect(report.participants).toBeGreaterThan(0);
  expect(report.activeMentors).toBeGreaterThan(0);
  expect(file.contentType).toBe("application/pdf");
  expect(file.filename).not.toMatch(UUID);
  const pages = await pdfPages(decoded(file));
  const all = pages.join("\n");
  expect(all).not.toMatch(UUID);
  const n = (x: number) => new Intl.NumberFormat("nb-NO").format(x).replace(/\s/g, " ");
  // The cover: title, organization, status and totals in bokmål, the participant figure among them.
  for (const text of [
    `Bufdir-rapport ${year}`,
    organizationName,
    "Utkast",
    "Deltakere i grupper",
    n(report.participants),
    n(report.activityDays),
  ])
    expect(pages[0]).toContain(text);
  for (const region of report.regions) expect(all).toContain(region.name);
  // The appendix names the mentors counted.
  expect(report.mentors.length).toBeGreaterThan(0);
  expect(all).toContain("Vedlegg");
  for (const m of report.mentors.slice(0, 3)) expect(all).toContain(m.displayName);
}

/** Signs in through the gateway (the demo password) and returns the access token. */
export async function signIn(url: string, email: string, password: string): Promise<string> {
  const r = await gql(url, `mutation($input: LoginInput!) { login(input: $input) { accessToken } }`, {
    input: { email, password, device: { name: "smoke test", platform: "cli" } },
  });
  expect(r.errors).toBeUndefined();
  return (r.data as any).login.accessToken;
}
