/**
 * Services mode: the gateway and each subgraph as its own process, started
 * from its own main.ts with nothing but environment variables, on one
 * PostgreSQL database holding the six schemas, and on six databases.
 *
 * The first launch also runs what the person on call relies on (issue 23): events over Kafka (the shared broker,
 * a namespace of its own), every process exporting its spans over OTLP to a receiver in this process, and their
 * logs read here. One registration approved through the gateway is followed in one trace across four processes,
 * and the log of the whole run holds no personal data of the demo people.
 */
import { randomBytes } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { inject } from "vitest";
import { sql } from "drizzle-orm";
import { APP_ROLE, queryRows } from "@meander/db";
import { generateDemoData } from "@meander/fixtures";
import { SUBGRAPHS } from "@meander/gateway";
import {
  cloneDatabase,
  createMigratedDatabase,
  dataOf,
  databaseUrl,
  dropDatabase,
  freePorts,
  gql,
  startOtlpReceiver,
  testConfig,
  type OtlpReceiver,
  type TestDatabase,
} from "@meander/testing";
import { STATUS_MAX_TIMEOUT_MS } from "@meander/subgraph-kit";
import { deleteNamespaceTopics } from "@meander/events";
import { launchServices, type Launched, type LaunchOptions } from "../src/launch.js";
import { SERVICES } from "../src/services.js";
import { eventually } from "./kafka-broker.js";

const launched: Launched[] = [];
const dbs: TestDatabase[] = [];
const emptyDbs: string[] = [];
let receiver: OtlpReceiver | undefined;
const namespace = `s${randomBytes(4).toString("hex")}`;

afterAll(async () => {
  for (const l of launched) await l.stop();
  for (const d of dbs) await d.drop();
  for (const name of emptyDbs) await dropDatabase(name);
  await receiver?.close();
  await deleteNamespaceTopics(testConfig.kafkaBrokers, namespace);
});

async function startServices(databaseUrlFor: (name: string) => string, more: Partial<LaunchOptions> = {}) {
  // Ports the operating system says are free (the gateway's, then one per subgraph): nothing fixed to collide on.
  const ports = await freePorts(SUBGRAPHS.length + 1);
  // A loaded machine (other test files beside this one) may take minutes to start seven processes.
  const l = await launchServices({ ports, databaseUrlFor, startTimeoutMs: 240_000, ...more });
  launched.push(l);
  const token = await l.mint({
    sub: "0190a3b4-0000-7000-8000-00000000000a",
    org: "0190a3b4-0000-7000-8000-00000000000b",
    la: null,
    role: "org_admin",
  });
  return { gateway: l.gatewayUrl, token, subgraphUrls: Object.values(l.subgraphUrls), launched: l };
}

const QUERY = `{ me { id } myOrganization { id } activities(first: 1) { edges { node { id } } } expenseTypes { key } courses(first: 1) { edges { node { id } } } activityStatsByLocalAssociation { stats { approved } } }`;

// The first launch's: demo people (seeded once it runs), every log line of its processes.
const data = generateDemoData({
  seed: 23,
  regionsPerOrganization: 1,
  associationsPerRegion: 1,
  mentorsPerAssociation: 2,
  activitiesPerMentor: 1,
  referenceDate: new Date("2026-10-01T12:00:00Z"),
});
const logLines: Array<{ service: string; line: string }> = [];
let first: Awaited<ReturnType<typeof startServices>>;
let firstDb: TestDatabase;

describe("services mode", () => {
  it("runs each service as its own process on one database with six schemas, as the application role", async () => {
    const db = (firstDb = await cloneDatabase(inject("templateDatabase")));
    dbs.push(db);
    receiver = await startOtlpReceiver();
    const env = {
      KAFKA_BROKERS: testConfig.kafkaBrokers.join(","),
      KAFKA_NAMESPACE: namespace,
      OTEL_EXPORTER_OTLP_ENDPOINT: receiver.endpoint,
      OTEL_BSP_SCHEDULE_DELAY: "200",
      OTEL_TRACES_SAMPLER: "always_on",
    };
    const s = (first = await startServices(() => db.url, {
      env,
      onLine: (service, line) => logLines.push({ service, line }),
    }));
    const r = await gql(s.gateway, QUERY, {}, { token: s.token });
    expect(r.errors).toBeUndefined();
    expect(r.data).toEqual({
      me: null,
      myOrganization: null,
      activities: { edges: [] },
      expenseTypes: [],
      courses: { edges: [] },
      activityStatsByLocalAssociation: [],
    });
    for (const url of s.subgraphUrls) expect((await gql(url, `{ _service { sdl } }`)).status).toBe(401);
    // They migrated as the owner and work as the application role: no session of theirs is the owner's, a
    // superuser's or one that bypasses row-level security.
    const sessions = await queryRows<{ usename: string; super: boolean; bypass: boolean; owns: number }>(
      db.handle.db,
      sql`select a.usename, r.rolsuper as super, r.rolbypassrls as bypass,
                 (select count(*) from pg_class c join pg_namespace n on n.oid = c.relnamespace
                   where c.relowner = r.oid and n.nspname in ('identity', 'organization', 'activity', 'finance', 'engagement', 'reporting'))::int as owns
            from pg_stat_activity a join pg_roles r on r.rolname = a.usename
           where a.datname = current_database() and a.pid <> pg_backend_pid() and a.backend_type = 'client backend'`,
    );
    expect(sessions.length).toBeGreaterThanOrEqual(SUBGRAPHS.length);
    expect([...new Set(sessions.map((x) => x.usename))]).toEqual([APP_ROLE]);
    expect(sessions.every((x) => !x.super && !x.bypass && x.owns === 0)).toBe(true);
  }, 300_000);

  it("follows one approval in one trace across the processes: gateway, activity, the outbox relay, reporting's consumer (over Kafka)", async () => {
    const base = (name: string) =>
      first.launched.subgraphUrls[name as keyof typeof first.launched.subgraphUrls].replace(/\/graphql$/, "");
    // Every outbox drained and every consumer group caught up, twice in a row (the status reads of issue 19), each
    // read given the longest budget (a loaded machine answers the default 600 ms with "unknown", never settling).
    const settle = () => {
      let quiet = 0;
      return eventually(
        async () => {
          const all = await Promise.all(
            SUBGRAPHS.map(
              async (sg) =>
                (await (await fetch(`${base(sg.name)}/events/status?timeoutMs=${STATUS_MAX_TIMEOUT_MS}`)).json()) as {
                  outbox: { unsent: number } | "unknown";
                  consumers: Array<{ lag: unknown }>;
                },
            ),
          );
          const drained = all.every(
            (st) => st.outbox !== "unknown" && st.outbox.unsent === 0 && st.consumers.every((c) => c.lag === 0),
          );
          return (quiet = drained ? quiet + 1 : 0);
        },
        (q) => q >= 2,
        180_000, // six services seeding over Kafka: 10 s on a quiet machine, more than 90 s on a loaded CI one
      );
    };
    // The demo organization, subgraph after subgraph as the embedded start seeds it (later ones consume what earlier ones published).
    for (const mod of SERVICES) {
      await mod.seedDemo(firstDb.handle.db, data);
      await settle();
    }
    const org = data.organizations[0]!;
    const coordinator = data.memberships.find((m) => m.role === "coordinator" && m.organizationId === org.id)!;
    const mentor = data.memberships.find(
      (m) => m.role === "peer_mentor" && m.localAssociationId === coordinator.localAssociationId,
    )!;
    const token = await first.launched.mint({
      sub: coordinator.userId,
      org: org.id,
      la: coordinator.localAssociationId,
      role: "coordinator",
    });
    const call = async (query: string, variables: Record<string, unknown> = {}) =>
      dataOf(await gql(first.gateway, query, variables, { token }));
    const approved = async () =>
      (
        (await call(`{ activityStatsByLocalAssociation { localAssociation { id } stats { approved } } }`))
          .activityStatsByLocalAssociation as Array<{ localAssociation: { id: string }; stats: { approved: number } }>
      ).find((x) => x.localAssociation.id === coordinator.localAssociationId)?.stats.approved ?? 0;
    const before = await approved();
    const input = {
      activityTypeKey: "home_visit",
      durationMinutes: 45,
      isProxyRegistration: true,
      userId: mentor.userId,
      activityDate: new Date(Date.now() - 3600_000).toISOString(),
    };
    const id = (
      await call(`mutation RegisterVisit($input: RegisterActivityInput!) { registerActivity(input: $input) { id } }`, {
        input,
      })
    ).registerActivity.id as string;
    expect(
      (await call(`mutation ApproveVisit($id: ID!) { approveActivity(id: $id) { status } }`, { id })).approveActivity
        .status,
    ).toBe("APPROVED");
    // Reporting's read model has it (the consumer in its own process, over the broker).
    await eventually(approved, (n) => n === before + 1);

    // Its trace, as the collector got it from four processes: the consumer's span, parent by parent, up to the gateway's.
    const spans = receiver!.spans;
    const isGateway = (x: (typeof spans)[number]) =>
      x.service === "gateway" && x.name === "gateway mutation ApproveVisit";
    const isConsumer = (x: (typeof spans)[number]) =>
      x.service === "reporting" && /^reporting\.\w+ consume activity\.activity\.approved$/.test(x.name);
    const chainOf = () => {
      const gateway = spans.filter(isGateway).at(-1);
      const trace = spans.filter((x) => x.traceId === gateway?.traceId);
      const byId = new Map(trace.map((x) => [x.spanId, x]));
      const chain: string[] = [];
      for (let x = trace.find(isConsumer); x; x = x.parentSpanId ? byId.get(x.parentSpanId) : undefined)
        chain.push(`${x.service}: ${x.name}`);
      return { gateway, chain };
    };
    const { gateway, chain } = await eventually(
      async () => chainOf(),
      (c) => c.chain.at(-1) === "gateway: gateway mutation ApproveVisit",
      30_000,
    );
    expect(chain[0]).toMatch(/^reporting: reporting\.\w+ consume activity\.activity\.approved$/);
    expect(chain).toEqual(
      expect.arrayContaining([
        "activity: outbox.relay activity.activity.approved",
        "activity: activity mutation ApproveVisit",
        "gateway: gateway fetch activity",
      ]),
    );
    expect(gateway!.attributes).toMatchObject({
      "graphql.operation.name": "ApproveVisit",
      "meander.organization_id": org.id,
    });
    // Activity's span: its share of the query plan (named after the client's operation), the caller's organization.
    const activitySpan = spans.find(
      (x) => x.traceId === gateway!.traceId && x.name === "activity mutation ApproveVisit",
    )!;
    expect(activitySpan.attributes).toMatchObject({
      "graphql.operation.name": expect.stringMatching(/^ApproveVisit__activity__\d+$/),
      "meander.organization_id": org.id,
    });
  }, 300_000); // seeding six services over Kafka and waiting for every group to settle takes minutes on a loaded machine

  it("logs ids that join (request, trace, span) and no personal data or token of the demo people", async () => {
    // One request that logs: finance is away, the gateway says so while answering (inside the request and its span).
    process.kill(first.launched.pids.finance, "SIGKILL");
    const r = await gql(first.gateway, `{ expenseTypes { key } }`, {}, { token: first.token });
    expect(r.errors?.[0]?.extensions?.code).toBe("SERVICE_UNAVAILABLE");
    const entries = await eventually(
      async () =>
        logLines
          .filter((l) => l.line.startsWith("{"))
          .map((l) => ({ ...l, json: JSON.parse(l.line) as Record<string, unknown> })),
      (list) => list.some((e) => e.service === "gateway" && e.json.msg === "subgraph unavailable"),
      10_000,
    );
    const unavailable = entries.find((e) => e.service === "gateway" && e.json.msg === "subgraph unavailable")!;
    expect(unavailable.json).toMatchObject({
      request_id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      trace_id: expect.stringMatching(/^[0-9a-f]{32}$/),
      span_id: expect.stringMatching(/^[0-9a-f]{16}$/),
    });
    // Every line written inside a request carries all three.
    for (const e of entries.filter((x) => x.json.request_id))
      expect(e.json).toMatchObject({ trace_id: expect.any(String), span_id: expect.any(String) });
    // The whole run's log (start, seed events through Kafka, the journey above): nobody's name, e-mail, phone or token.
    const log = logLines.map((l) => l.line).join("\n");
    expect(log.length).toBeGreaterThan(0);
    for (const p of data.people)
      for (const personal of [p.email, `${p.firstName} ${p.lastName}`, p.phone, p.phone.replace(/\s/g, "")])
        expect(log).not.toContain(personal);
    expect(log).not.toContain(first.token);
    expect(log).not.toContain(first.launched.signingSecret);
    // Done with this launch: its processes make room for the next test's.
    await first.launched.stop();
  });

  it("runs them on six databases, each migrated by its own service", async () => {
    const six: Record<string, string> = {};
    for (const sg of SUBGRAPHS) {
      const name = `meander_t_services_${sg.name}_${randomBytes(3).toString("hex")}`;
      await createMigratedDatabase(name, []); // empty: the service applies its own migrations
      emptyDbs.push(name);
      six[sg.name] = databaseUrl(name);
    }
    const s = await startServices((name) => six[name]!);
    const r = await gql(s.gateway, QUERY, {}, { token: s.token });
    expect(r.errors).toBeUndefined();
    expect(r.data?.activities).toEqual({ edges: [] });
  }, 300_000);
});
