/**
 * The gateway scenarios, on the services mode (gateway and six subgraphs as
 * separate processes on PostgreSQL):
 * - overhead: the mobile home screen (activities from activity, their mentors
 *   from identity and their local associations from organization), p50/p99
 *   through the gateway against the same data fetched straight from the
 *   subgraphs along the query plan's critical path (activity, then identity and
 *   organization in parallel);
 * - throughput: the same query at 50 connections (autocannon), gateway requests
 *   per second over those of the slowest of the three subgraph calls, and the
 *   bounds the shared cores put on that ratio (`bounds`, from CPU per request);
 * - memory: the gateway's resident set size before and after the load.
 */
import { readdirSync, readFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import autocannon from "autocannon";
import { SIGNATURE_HEADER, signRequest } from "@meander/auth";
import { gql } from "@meander/testing";
import type { Launched } from "@meander/embedded";
import type { DemoData } from "@meander/fixtures";
import { summarize } from "./stats.js";

export const HOME = `query Home { activities(first: 10) { edges { node { id title status activityDate mentor { id displayName } localAssociation { id name } } } } }`;
const DIRECT_ACTIVITIES = `query { activities(first: 10) { edges { node { id title status activityDate mentor { __typename id } localAssociation { __typename id } } } } }`;
const USERS = `query($representations: [_Any!]!) { _entities(representations: $representations) { ... on User { id displayName } } }`;
const UNITS = `query($representations: [_Any!]!) { _entities(representations: $representations) { ... on LocalAssociation { id name } } }`;

type Node = { mentor: { __typename: string; id: string }; localAssociation: { __typename: string; id: string } | null };

/** CPU time (user + system) a process has used so far, in ms (/proc/<pid>/stat, clock ticks of 10 ms). */
export const cpuMs = (pid: number) => {
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8")
    .replace(/^.*\) /, "")
    .split(" ");
  return (Number(fields[11]) + Number(fields[12])) * 10;
};
/** CPU time so far of each PostgreSQL process (server and backends; the pools keep their connections open), by pid. */
const postgresCpuMs = () => {
  const byPid = new Map<number, number>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (readFileSync(`/proc/${entry}/comm`, "utf8").trim() === "postgres")
        byPid.set(Number(entry), cpuMs(Number(entry)));
    } catch {
      // the process ended between the listing and the read
    }
  }
  return byPid;
};
/** PostgreSQL's CPU between two readings: a process that started since counts whole, one that ended is lost (rare: pools keep theirs). */
const postgresDelta = (before: Map<number, number>, after: Map<number, number>) =>
  [...after].reduce((sum, [pid, ms]) => sum + ms - (before.get(pid) ?? 0), 0);
/** Busy CPU time of the whole machine so far (all cores, /proc/stat), in ms. */
const machineCpuMs = () => {
  const [user, nice, system, , , irq, softirq, steal] = readFileSync("/proc/stat", "utf8")
    .split("\n")[0]!
    .trim()
    .split(/\s+/)
    .slice(1)
    .map(Number);
  return (user! + nice! + system! + irq! + softirq! + steal!) * 10;
};
const rssMb = (pid: number) =>
  Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0) / 1024;

function ok<T>(r: { status: number; data?: T | null; errors?: unknown }): T {
  if (r.status !== 200 || r.errors || !r.data)
    throw new Error(`request failed (${r.status}): ${JSON.stringify(r.errors)}`);
  return r.data;
}

/** The services mode and the platform-seeded part of its data (users and memberships to sign in with). */
export type GatewayTarget = Launched & { data: DemoData };

export async function gatewayScenarios(
  svc: GatewayTarget,
  opts: { samples: number; loadSeconds: number; soakSeconds: number },
) {
  const admin = svc.data.memberships.find((m) => m.role === "org_admin")!;
  const token = await svc.mint({
    sub: admin.userId,
    org: admin.organizationId,
    la: admin.localAssociationId,
    role: "org_admin",
  });
  const signed = { signingSecret: svc.signingSecret, token };

  const viaGateway = async () => ok(await gql(svc.gatewayUrl, HOME, {}, { token }));
  const direct = async () => {
    const page = ok(
      await gql<{ activities: { edges: Array<{ node: Node }> } }>(
        svc.subgraphUrls.activity,
        DIRECT_ACTIVITIES,
        {},
        signed,
      ),
    );
    const nodes = page.activities.edges.map((e) => e.node);
    const uniq = (xs: Array<{ __typename: string; id: string } | null>) => [
      ...new Map(xs.filter((x) => x).map((x) => [x!.id, x!])).values(),
    ];
    await Promise.all([
      gql(svc.subgraphUrls.identity, USERS, { representations: uniq(nodes.map((n) => n.mentor)) }, signed).then(ok),
      gql(
        svc.subgraphUrls.organization,
        UNITS,
        { representations: uniq(nodes.map((n) => n.localAssociation)) },
        signed,
      ).then(ok),
    ]);
    return nodes;
  };

  // Same answer both ways, then warm up, then interleave the two so drift hits both alike.
  // The first call may find the gateway still fetching identity's key set on a busy machine: a few tries.
  let check: { activities: { edges: unknown[] } } | undefined;
  for (let attempt = 1; !check; attempt++) {
    check = (await viaGateway().catch((e: unknown) => {
      if (attempt >= 5) throw e;
      return new Promise<undefined>((r) => setTimeout(() => r(undefined), 2000));
    })) as typeof check;
  }
  if (check.activities.edges.length === 0) throw new Error("the home screen is empty: nothing to measure");
  for (let i = 0; i < 30; i++) await Promise.all([viaGateway(), direct()]);
  const gatewayMs: number[] = [];
  const directMs: number[] = [];
  for (let i = 0; i < opts.samples; i++) {
    let t = performance.now();
    await viaGateway();
    gatewayMs.push(performance.now() - t);
    t = performance.now();
    await direct();
    directMs.push(performance.now() - t);
  }
  const g = summarize(gatewayMs);
  const d = summarize(directMs);

  // Throughput: each target at 50 connections for the same time.
  const body = (query: string, variables: Record<string, unknown> = {}) => JSON.stringify({ query, variables });
  // CPU ms per request of each process the call reaches: what the machine's two cores are spent on, which
  // stays readable when other work shares the machine (requests per second then do not).
  const reached = ["gateway", "activity", "identity", "organization"] as const;
  const cannon = async (
    url: string,
    payload: string,
    sign: boolean,
    seconds = opts.loadSeconds,
    overallRate?: number,
  ) => {
    const headers: Record<string, string> = { "content-type": "application/json", authorization: `Bearer ${token}` };
    if (sign) headers[SIGNATURE_HEADER] = signRequest(svc.signingSecret, payload);
    const r = await autocannon({
      url,
      method: "POST",
      headers,
      body: payload,
      connections: 50,
      duration: seconds,
      ...(overallRate ? { overallRate } : {}),
    });
    if (r.non2xx > 0 || r.errors > 0)
      throw new Error(`${url}: ${r.non2xx} non-2xx answers, ${r.errors} errors under load`);
    return r;
  };
  const load = async (
    url: string,
    payload: string,
    sign: boolean,
    seconds = opts.loadSeconds,
    overallRate?: number,
  ) => {
    const before = { node: reached.map((p) => cpuMs(svc.pids[p])), postgres: postgresCpuMs(), machine: machineCpuMs() };
    const r = await cannon(url, payload, sign, seconds, overallRate);
    const n = Math.max(r.requests.total, 1);
    const used = [
      ...reached.map((p, i) => [p, cpuMs(svc.pids[p]) - before.node[i]!] as const),
      ["postgres", postgresDelta(before.postgres, postgresCpuMs())] as const,
      ["machine (all)", machineCpuMs() - before.machine] as const,
    ];
    const cpuMsPerRequest = Object.fromEntries(
      used.map(([p, ms]) => [p, +(ms / n).toFixed(2)]).filter(([, v]) => (v as number) > 0.05),
    );
    return { rps: +(r.requests.total / seconds).toFixed(1), p99: r.latency.p99, cpuMsPerRequest };
  };
  const sample = await direct();
  const gatewayLoad = await load(svc.gatewayUrl, body(HOME), false);
  // The three subgraph calls of the home screen, each signed as the gateway signs.
  const calls = {
    activity: [svc.subgraphUrls.activity, body(DIRECT_ACTIVITIES)],
    identity: [svc.subgraphUrls.identity, body(USERS, { representations: sample.map((n) => n.mentor) })],
    organization: [
      svc.subgraphUrls.organization,
      body(UNITS, { representations: sample.map((n) => n.localAssociation).filter(Boolean) }),
    ],
  } as const;
  const names = Object.keys(calls) as Array<keyof typeof calls>;
  const loadEach = async (overallRate?: number) => {
    const out = {} as Record<keyof typeof calls, Awaited<ReturnType<typeof load>>>;
    for (const name of names)
      out[name] = await load(calls[name][0], calls[name][1], true, opts.loadSeconds, overallRate);
    return out;
  };
  const subgraphLoads = await loadEach();
  // The same subgraph calls paced at the gateway's rate: a process spends more CPU per request at a lower rate (less
  // work per event-loop turn, fixed costs shared by fewer requests), so this separates that from the gateway's own effect.
  const gatewayRate = Math.max(1, Math.round(gatewayLoad.rps));
  const atGatewayRate = await loadEach(gatewayRate);
  // The three calls at once, each paced at the gateway's rate: the processes share the two cores as they do behind
  // the gateway (the same contention, without the gateway), so what remains of the difference is the gateway's doing.
  const together = async (overallRate: number) => {
    const before = names.map((p) => cpuMs(svc.pids[p]));
    const runs = await Promise.all(
      names.map((name) => cannon(calls[name][0], calls[name][1], true, opts.loadSeconds, overallRate)),
    );
    return Object.fromEntries(
      names.map((name, i) => [
        name,
        +((cpuMs(svc.pids[name]) - before[i]!) / Math.max(runs[i]!.requests.total, 1)).toFixed(2),
      ]),
    );
  };
  const pacedTogether = await together(gatewayRate);
  // Memory: the gateway's resident set before and after a soak at the same load.
  const rssBefore = rssMb(svc.pids.gateway);
  const soak = await load(svc.gatewayUrl, body(HOME), false, opts.soakSeconds);
  const rssAfter = rssMb(svc.pids.gateway);
  const slowest = Object.entries(subgraphLoads).sort((a, b) => a[1].rps - b[1].rps)[0]!;
  // Bounds the shared machine puts on the ratio (all processes on the same cores, saturated: requests per second
  // are at most the cores' CPU over the CPU one request takes). `machineBound`: for the gateway as it is (machine
  // CPU per home screen). `freeGatewayBound`: for a gateway that cost nothing, the three calls costing what each
  // costs called directly (its subgraph's process and PostgreSQL, leaving out the load tool and the kernel).
  const cores = availableParallelism();
  const coreMs = cores * 1000;
  const slowestRps = slowest[1].rps;
  const own = (name: keyof typeof calls) =>
    (subgraphLoads[name].cpuMsPerRequest[name] ?? 0) + (subgraphLoads[name].cpuMsPerRequest.postgres ?? 0);
  const callsMs = names.reduce((sum, name) => sum + own(name), 0);
  const bounds = {
    cores,
    machineBound: +(coreMs / (gatewayLoad.cpuMsPerRequest["machine (all)"] ?? NaN) / slowestRps).toFixed(2),
    threeCallsCpuMs: +callsMs.toFixed(2),
    freeGatewayBound: +(coreMs / callsMs / slowestRps).toFixed(2),
  };
  return {
    overhead: {
      gateway: g,
      direct: d,
      p50OverheadMs: +(g.p50 - d.p50).toFixed(2),
      p99OverheadMs: +(g.p99 - d.p99).toFixed(2),
    },
    throughput: {
      gateway: gatewayLoad,
      subgraphs: subgraphLoads,
      atGatewayRate,
      pacedTogether,
      slowest: slowest[0],
      ratio: +(gatewayLoad.rps / slowestRps).toFixed(2),
      bounds,
    },
    memory: {
      soakSeconds: opts.soakSeconds,
      soakRps: soak.rps,
      rssBeforeMb: Math.round(rssBefore),
      rssAfterMb: Math.round(rssAfter),
    },
  };
}
