/**
 * Issue 18's operator findings, once, on PostgreSQL, through the gateway (in safelist mode, as a production app):
 * finding 8 (the manifest had no login: a safelisted app could not sign in), finding 3 (no global administrator
 * existed or could be made; the demo had one organization, so isolation between organizations could not be seen).
 */
import { spawn } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inject } from "vitest";
import { generateDemoSeed, OPERATOR_ORGANIZATION } from "@meander/fixtures";
import { DEMO_PASSWORD } from "@meander/identity";
import { createLogger } from "@meander/subgraph-kit";
import { cloneDatabase, type TestDatabase } from "@meander/testing";
import { startPlatform, type Platform } from "../src/platform.js";
import { JourneyPlatform, type Person } from "./journeys/harness.js";

const data = generateDemoSeed({
  regionsPerOrganization: 2,
  associationsPerRegion: 2,
  mentorsPerAssociation: 1,
  activitiesPerMentor: 1,
  referenceDate: new Date("2026-10-01T12:00:00Z"),
});
const [nhf, blind] = data.organizations;
const emailOf = (role: string, organizationId: string) =>
  data.people.find(
    (p) => p.id === data.memberships.find((m) => m.role === role && m.organizationId === organizationId)!.userId,
  )!.email;
let db: TestDatabase;
let platform: Platform;
let gateway: JourneyPlatform;

beforeAll(async () => {
  db = await cloneDatabase(inject("templateDatabase"));
  platform = await startPlatform({
    database: { kind: "postgres", url: db.url },
    port: 0,
    seed: data,
    safelist: true,
    keyDir: null,
    log: createLogger("operator", "silent"),
  });
  gateway = new JourneyPlatform("postgres", { url: platform.url, operatorUrl: "", safelist: true });
});

afterAll(async () => {
  await platform?.stop();
  await db?.drop();
});

describe("safelist mode (finding 8)", () => {
  it("lets an app sign in, refresh and switch context with the persisted operations, and refuses anything else", async () => {
    const units = new Map<string, string[]>();
    for (const m of data.memberships) units.set(m.userId, [...(units.get(m.userId) ?? []), m.id]);
    const [mentorId, memberships] = [...units].find(([, ms]) => ms.length === 3)!;
    const email = data.people.find((p) => p.id === mentorId)!.email;
    const mentor = await gateway.signIn(email, DEMO_PASSWORD);
    // Three memberships, the second primary: the session starts there.
    const primary = data.memberships.find((m) => m.userId === mentorId && m.isPrimary)!;
    expect(mentor.context).toMatchObject({ membershipId: primary.id, role: "peer_mentor", organizationId: nhf!.id });
    const { myMemberships } = await mentor.op("MyMemberships");
    expect(myMemberships.map((m: { membershipId: string }) => m.membershipId).sort()).toEqual([...memberships].sort());
    const other = memberships.find((id) => id !== primary.id)!;
    await mentor.switchTo(other);
    expect(mentor.context.membershipId).toBe(other);
    const { refreshSession } = await mentor.op("RefreshSession", { refreshToken: mentor.refreshToken });
    expect(refreshSession.context.membershipId).toBe(other);

    const free = await fetch(platform.url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        query: `mutation { login(input: { email: "${email}", password: "${DEMO_PASSWORD}", device: { name: "x", platform: "y" } }) { accessToken } }`,
      }),
    });
    expect(free.status).toBe(400);
    expect(
      ((await free.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0]!.extensions.code,
    ).toBe("PERSISTED_QUERY_NOT_IN_LIST");
  });
});

describe("the demo's organizations (finding 3)", () => {
  it("has a global administrator who sees both organizations, while each organization's people see only theirs", async () => {
    const global = await gateway.signIn(emailOf("global_admin", data.organizations[2]!.id), DEMO_PASSWORD);
    expect(global.context).toMatchObject({ role: "global_admin", organizationId: null });
    const names = (await global.op("Organizations")).organizations.map((o: { name: string }) => o.name);
    expect(names).toEqual([nhf!.name, blind!.name, OPERATOR_ORGANIZATION.name].sort((a, b) => a.localeCompare(b)));
    expect((await global.op("Organization", { id: blind!.id })).organization.name).toBe("Norges Blindeforbund");

    for (const role of ["org_admin", "coordinator", "peer_mentor"]) {
      const person: Person = await gateway.signIn(emailOf(role, nhf!.id), DEMO_PASSWORD);
      expect(
        (await person.op("Organizations")).organizations.map((o: { name: string }) => o.name),
        role,
      ).toEqual(["Norges Handikapforbund"]);
      expect((await person.op("Organization", { id: blind!.id })).organization, role).toBeNull();
    }
    const blindAdmin = await gateway.signIn(emailOf("org_admin", blind!.id), DEMO_PASSWORD);
    expect((await blindAdmin.op("Organizations")).organizations.map((o: { name: string }) => o.name)).toEqual([
      "Norges Blindeforbund",
    ]);
    // Demo organizations have every feature flag on.
    const flags = (await blindAdmin.op("Organization", { id: blind!.id })).organization.settings.featureFlags;
    expect(flags.length).toBeGreaterThan(10);
    expect(flags.filter((f: { enabled: boolean }) => !f.enabled)).toEqual([]);
  });

  it("makes a global administrator with the operator's command, who accepts, signs in and onboards an organization", async () => {
    const out = await new Promise<string>((resolve, reject) => {
      const proc = spawn(
        process.execPath,
        ["--import", "tsx", "src/admin.ts", "create-global-admin", "--email", "Ada.Lovelace@drift.example.no"],
        {
          cwd: new URL("..", import.meta.url).pathname,
          env: { ...process.env, DATABASE_URL: db.url },
          stdio: ["ignore", "pipe", "pipe"],
        },
      );
      let text = "";
      proc.stdout.on("data", (d: Buffer) => (text += d));
      proc.stderr.on("data", (d: Buffer) => (text += d));
      proc.on("exit", (code) => (code === 0 ? resolve(text) : reject(new Error(`exit ${code}: ${text}`))));
    });
    expect(out).toContain(
      `Global administrator invited: Ada.Lovelace@drift.example.no (in ${OPERATOR_ORGANIZATION.name}`,
    );
    const token = /One-time invitation token \(shown only now\):\s+(\S+)/.exec(out)![1]!;
    const ada = await gateway.acceptInvitation(token, {
      email: "ada.lovelace@drift.example.no",
      firstName: "Ada",
      lastName: "Lovelace",
    });
    expect(ada.user.displayName).toBe("Ada Lovelace");
    expect(ada.context).toMatchObject({ role: "global_admin", organizationId: null });
    expect((await ada.op("Leads", {})).leads.edges).toEqual([]);
    const { createOrganization } = await ada.op("CreateOrganization", {
      input: {
        name: "Barnekreftforeningen",
        shortName: "Barnekreft",
        firstRegion: "Barnekreft Trøndelag",
        firstLocalAssociation: { name: "Barnekreft Trondheim", municipality: "Trondheim" },
        adminEmail: "leder@barnekreft.example.no",
      },
    });
    expect(createOrganization.organization.name).toBe("Barnekreftforeningen");
    // The invitation is single use: the command's token cannot make a second administrator.
    const again = await gateway.anonymous().refused("AcceptInvitation", {
      input: { token, firstName: "Eve", lastName: "Evil", password: "another-password-1" },
    });
    expect(again[0]!.extensions?.code).toBeDefined();
  });
});
