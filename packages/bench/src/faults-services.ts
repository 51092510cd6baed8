/**
 * `pnpm faults`, the broker and process faults (issue 19): the services mode on a Kafka broker of the run's own
 * (infra/kafka on port `--broker-port`, default 9492; the shared broker on 9092 is never touched), figures printed,
 * never asserted:
 *
 * 3. the broker stopped for `--down` seconds (default 30) during `--requests` registrations through the gateway:
 *    sent, acknowledged, present afterwards, duplicates, seconds until reporting is in step after the broker is
 *    back; `/events/status` polled while it is down (slowest answer, answers over 1 s) and `/readyz` (seconds until
 *    degraded, seconds from the restart until ready again);
 * 4. the activity subgraph killed with SIGKILL during `--requests` registrations: the gateway's 503
 *    SERVICE_UNAVAILABLE answers (with Retry-After), other failures, seconds until registrations succeed again.
 *    launchServices runs with `supervise` (docker-compose's `restart: unless-stopped`): the killed process is
 *    started again a second after it died; the gateway itself is never restarted. Clients retry a refused
 *    registration with the same clientId (its idempotency key) after Retry-After.
 */
import { execFileSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { connectPostgres, queryRows, type Db } from "@meander/db";
import { createKafkaBus, type KafkaBus } from "@meander/events";
import { launchServices, type Launched } from "@meander/embedded";
import { makeEvent } from "@meander/testing";
import { benchConfig } from "./config.js";
import { freshDatabase } from "./database.js";

const kafkaScript = new URL("../../../infra/kafka/kafka.sh", import.meta.url).pathname;
const arg = (name: string, fallback: number) =>
  Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.split("=")[1] ?? fallback);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const seconds = (ms: number) => +(ms / 1000).toFixed(1);

/** A broker of the run's own, as the fault tests have (infra/embedded/test/kafka-broker.ts). */
function ownBroker(port: number) {
  const run = (cmd: string) =>
    execFileSync("env", [`KAFKA_PORT=${port}`, kafkaScript, cmd], { stdio: "pipe" }).toString();
  return {
    brokers: [`127.0.0.1:${port}`],
    start: () => run("start"),
    pause: () => run("pause"),
    resume: () => run("resume"),
    stop: () => run("stop"),
  };
}

async function until<T>(
  probe: () => Promise<T>,
  ok: (v: T) => boolean,
  ms = 300_000,
): Promise<{ value: T; ms: number }> {
  const start = Date.now();
  for (;;) {
    const value = await probe().catch(() => undefined as T);
    if (value !== undefined && ok(value)) return { value, ms: Date.now() - start };
    if (Date.now() - start > ms) return { value, ms: Number.NaN };
    await sleep(200);
  }
}

interface Answer {
  id: string | null;
  status: number;
  code?: string;
  retryAfter: string | null;
}

/** One registration through the gateway, with the HTTP status, the first error's code and Retry-After. */
async function registerOnce(svc: Launched, token: string, clientId: string): Promise<Answer> {
  const body = JSON.stringify({
    query: `mutation($input: RegisterActivityInput!) { registerActivity(input: $input) { id } }`,
    variables: {
      input: {
        activityTypeKey: "home_visit",
        durationMinutes: 30,
        activityDate: new Date(Date.now() - 3600_000).toISOString(),
        clientId,
      },
    },
  });
  try {
    const res = await fetch(svc.gatewayUrl, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body,
      signal: AbortSignal.timeout(30_000),
    });
    const json = (await res.json().catch(() => ({}))) as {
      data?: { registerActivity?: { id: string } | null };
      errors?: Array<{ extensions?: { code?: string } }>;
    };
    return {
      id: json.data?.registerActivity?.id ?? null,
      status: res.status,
      code: json.errors?.[0]?.extensions?.code,
      retryAfter: res.headers.get("retry-after"),
    };
  } catch (err) {
    const cause = (err as Error & { cause?: { code?: string } }).cause;
    return { id: null, status: 0, code: cause?.code ?? (err as Error).name, retryAfter: null };
  }
}

/** Failures by HTTP status and code, e.g. "3 (502 BAD_GATEWAY: 2, 0 TypeError: 1)"; "0" when none. */
function describe(failed: Answer[]): string {
  if (failed.length === 0) return "0";
  const by = new Map<string, number>();
  for (const a of failed) by.set(`${a.status} ${a.code ?? "-"}`, (by.get(`${a.status} ${a.code ?? "-"}`) ?? 0) + 1);
  return `${failed.length} (${[...by].map(([k, n]) => `${k}: ${n}`).join(", ")})`;
}

interface Load {
  sent: number;
  acknowledged: string[];
  answers: Answer[];
  /** Time of each success and of each failure, to find when a fault ended. */
  successes: number[];
  failures: number[];
}

/**
 * `requests` registrations by `concurrency` clients, each with its own clientId; a failed one is sent again with the
 * same clientId (after Retry-After, at most a second) until it succeeds or `giveUpMs` has passed.
 */
async function load(
  svc: Launched,
  token: string,
  requests: number,
  concurrency: number,
  label: string,
  giveUpMs = 120_000,
): Promise<Load> {
  const out: Load = { sent: 0, acknowledged: [], answers: [], successes: [], failures: [] };
  let next = 0;
  const worker = async () => {
    while (next < requests) {
      const clientId = `${label}-${next++}`;
      out.sent += 1;
      const started = Date.now();
      for (;;) {
        const answer = await registerOnce(svc, token, clientId);
        out.answers.push(answer);
        if (answer.id) {
          out.acknowledged.push(answer.id);
          out.successes.push(Date.now());
          break;
        }
        out.failures.push(Date.now());
        if (Date.now() - started > giveUpMs) break;
        await sleep(Math.min(1_000, Number(answer.retryAfter ?? 0.2) * 1000));
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return out;
}

export async function servicesFaults(only: (name: string) => boolean): Promise<void> {
  const kafka = ownBroker(arg("broker-port", 9492));
  kafka.start();
  const database = await freshDatabase();
  const owner = connectPostgres(database.url, { max: 3 });
  const namespace = `faults${randomUUID().slice(0, 6)}`;
  let bus: KafkaBus | undefined;
  let svc: Launched | undefined;
  try {
    bus = await createKafkaBus({ brokers: kafka.brokers, clientId: "faults-services", namespace });
    svc = await launchServices({
      basePort: 4920,
      supervise: true,
      startTimeoutMs: 300_000,
      databaseUrlFor: () => database.url,
      env: { KAFKA_BROKERS: kafka.brokers.join(","), KAFKA_NAMESPACE: namespace },
    });
    await scenarios(svc, bus, kafka, owner.db, only);
  } finally {
    await svc?.stop();
    await bus?.close();
    await owner.close();
    await database.drop();
    kafka.stop();
  }
}

async function scenarios(
  svc: Launched,
  bus: KafkaBus,
  kafka: ReturnType<typeof ownBroker>,
  db: Db,
  only: (name: string) => boolean,
): Promise<void> {
  const requests = arg("requests", 1000);
  const downSeconds = arg("down", 30);
  const concurrency = Math.max(4, benchConfig.concurrency);
  const count = async (q: ReturnType<typeof sql>) => (await queryRows<{ n: number }>(db, q))[0]!.n;
  {
    const org = randomUUID();
    const mentor = randomUUID();
    await bus.publish([
      makeEvent(
        "organization.organization.created",
        { organizationId: org, name: "Feiltest tjenester", shortName: "FTT" },
        { organizationId: org },
      ),
      makeEvent(
        "organization.membership.added",
        {
          membershipId: randomUUID(),
          userId: mentor,
          localAssociationId: randomUUID(),
          role: "peer_mentor",
          isPrimary: true,
        },
        { organizationId: org },
      ),
    ]);
    const token = await svc.mint({ sub: mentor, org, la: null, role: "peer_mentor" });
    await until(
      () => registerOnce(svc, token, `warmup-${randomUUID()}`),
      (a) => Boolean(a.id),
    );
    const base = (name: "activity" | "reporting") => svc.subgraphUrls[name].replace("/graphql", "");
    const readiness = () =>
      fetch(`${base("activity")}/readyz`, { signal: AbortSignal.timeout(5_000) }).then(
        (r) => r.json() as Promise<{ status: string }>,
      );
    const stored = () => count(sql`select count(*)::int as n from activity.activities where organization_id = ${org}`);
    const facts = () =>
      count(sql`select count(*)::int as n from reporting.activity_facts where organization_id = ${org}`);
    const tally = async (run: Load, label: string) => {
      const ids = `{${run.acknowledged.join(",")}}`;
      return {
        present: await count(
          sql`select count(distinct id)::int as n from activity.activities where id = any(${ids}::uuid[])`,
        ),
        duplicates: await count(
          sql`select count(*)::int as n from (select client_id from activity.activity_keys where organization_id = ${org} and client_id like ${`${label}-%`} group by client_id having count(*) > 1) d`,
        ),
      };
    };

    if (only("broker")) {
      // 3. The broker stopped mid-load.
      let paused = 0;
      let resumed = 0;
      let degradedMs = Number.NaN;
      let readyMs = Number.NaN;
      const statusMs: number[] = [];
      const running = load(svc, token, requests, concurrency, "broker");
      const fault = (async () => {
        const before = await stored();
        await until(stored, (n) => n > before + requests / 5, 120_000);
        kafka.pause();
        paused = Date.now();
        while (Date.now() - paused < downSeconds * 1000) {
          const started = Date.now();
          const ok = await fetch(`${base("activity")}/events/status`, { signal: AbortSignal.timeout(10_000) }).then(
            (r) => r.ok,
            () => false,
          );
          statusMs.push(ok ? Date.now() - started : Number.POSITIVE_INFINITY);
          if (Number.isNaN(degradedMs) && (await readiness().catch(() => undefined))?.status === "degraded")
            degradedMs = Date.now() - paused;
          await sleep(500);
        }
        kafka.resume();
        resumed = Date.now();
        readyMs = (await until(readiness, (r) => r.status === "ready")).ms;
      })();
      const [run] = await Promise.all([running, fault]);
      const loadEnded = Date.now();
      const ackedWhileDown = run.successes.filter((t) => t >= paused && t < resumed).length;
      const { present, duplicates } = await tally(run, "broker");
      const total = await stored();
      const inStep = await until(facts, (n) => n === total);
      console.table([
        {
          fault: `broker stopped ${downSeconds} s mid-load`,
          sent: run.sent,
          acknowledged: run.acknowledged.length,
          "acknowledged while down": ackedWhileDown,
          failed: describe(run.answers.filter((a) => !a.id)),
          "present after": present,
          duplicates,
          "s from restart to load end": seconds(loadEnded - resumed),
          "s from restart and load end until reporting in step": seconds(Date.now() - Math.max(loadEnded, resumed)),
          "reporting rows / activities": `${inStep.value}/${total}`,
          "events/status polls": statusMs.length,
          "events/status max ms": Math.max(...statusMs),
          "over 1 s": statusMs.filter((ms) => ms > 1_000).length,
          "s until /readyz degraded": seconds(degradedMs),
          "s from restart until /readyz ready": seconds(readyMs),
        },
      ]);
    }

    if (only("subgraph")) {
      // 4. The activity subgraph killed with SIGKILL mid-load.
      let killed = 0;
      const killedPid = svc.pids.activity;
      const running = load(svc, token, requests, concurrency, "kill");
      const before = await stored();
      const fault = (async () => {
        await until(stored, (n) => n > before + requests / 5, 120_000);
        process.kill(killedPid, "SIGKILL");
        killed = Date.now();
      })();
      const [run] = await Promise.all([running, fault]);
      const unavailable = run.answers.filter((a) => a.status === 503 && a.code === "SERVICE_UNAVAILABLE");
      // Recovered: the first success after the last failure (successes answered just after the kill were in flight before it).
      const lastFailure = Math.max(killed, ...run.failures);
      const firstSuccess = run.successes.filter((t) => t > lastFailure).sort((a, b) => a - b)[0];
      const { present, duplicates } = await tally(run, "kill");
      const total = await stored();
      const inStep = await until(facts, (n) => n === total);
      console.table([
        {
          fault: "activity killed (SIGKILL) mid-load",
          sent: run.sent,
          acknowledged: run.acknowledged.length,
          "present after": present,
          duplicates,
          "503 SERVICE_UNAVAILABLE": unavailable.length,
          "of them with Retry-After": unavailable.filter((a) => a.retryAfter).length,
          "other failures": describe(
            run.answers.filter((a) => !a.id && !(a.status === 503 && a.code === "SERVICE_UNAVAILABLE")),
          ),
          "s of failures after the kill": seconds(lastFailure - killed),
          "s until registrations succeed again": firstSuccess ? seconds(firstSuccess - killed) : "never",
          "restarted by": `supervisor (pid ${killedPid} -> ${svc.pids.activity})`,
          "s until reporting in step": seconds(inStep.ms),
          "reporting rows / activities": `${inStep.value}/${total}`,
        },
      ]);
    }
  }
}
