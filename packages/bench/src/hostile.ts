/**
 * Hostile requests (issue 10): how fast the gateway refuses what its limits
 * forbid, against the services mode (gateway and six subgraphs as separate
 * processes). Each kind is sent `samples` times, one at a time (unloaded), and
 * must be refused with its status and code; the figure is the latency of the
 * refusal, p50 and p99, and its ratio to the p99 of an ordinary home-screen
 * query measured in the same run (a refusal should cost less than an answer).
 */
import type { Launched } from "@meander/embedded";
import type { DemoData } from "@meander/fixtures";
import { summarize } from "./stats.js";

const HOME = `query Home { activities(first: 10) { edges { node { id title status activityDate mentor { id displayName } localAssociation { id name } } } } }`;

interface Hostile {
  kind: string;
  /** The request body as sent (a JSON text, or a JSON array for a batch). */
  body: string;
  status: number;
  /** The `extensions.code` the refusal carries (null for refusals without a GraphQL body, such as 413). */
  code: string | null;
}

const nest = (depth: number): string =>
  depth === 0
    ? "id"
    : `contacts(first: 1) { edges { node { id mentor { activities(first: 1) { edges { node { ${nest(depth - 1)} } } } } } } }`;

export function hostileRequests(): Hostile[] {
  const q = (query: string, variables: Record<string, unknown> = {}) => JSON.stringify({ query, variables });
  return [
    { kind: "too deep (71 levels)", body: q(`query { ${nest(10)} }`), status: 400, code: "QUERY_TOO_DEEP" },
    {
      kind: "too many aliases (500)",
      body: q(`query { ${Array.from({ length: 500 }, (_, i) => `a${i}: __typename`).join(" ")} }`),
      status: 400,
      code: "TOO_MANY_ALIASES",
    },
    {
      kind: "too many directives (100)",
      body: q(`query { __typename ${"@include(if: true) ".repeat(100)} }`),
      status: 400,
      code: "TOO_MANY_DIRECTIVES",
    },
    {
      kind: "too many tokens (20,000)",
      body: q(`query { ${"__typename ".repeat(20_000)} }`),
      status: 400,
      code: "TOO_MANY_TOKENS",
    },
    {
      kind: "too costly (first: 100000, nested)",
      body: q(`query { activities(first: 100000) { edges { node { id expenses { id } } } } }`),
      status: 400,
      code: "QUERY_TOO_COSTLY",
    },
    {
      kind: "batched (50 operations)",
      body: JSON.stringify(Array.from({ length: 50 }, () => ({ query: HOME }))),
      status: 400,
      code: "BAD_REQUEST",
    },
    {
      kind: "body too large (1.5 MB)",
      body: q(`query { __typename }`, { pad: "x".repeat(1_500_000) }),
      status: 413,
      code: null,
    },
  ];
}

export async function hostileScenario(svc: Launched & { data: DemoData }, opts: { samples: number }) {
  const admin = svc.data.memberships.find((m) => m.role === "org_admin")!;
  const token = await svc.mint({
    sub: admin.userId,
    org: admin.organizationId,
    la: admin.localAssociationId,
    role: "org_admin",
  });
  const headers = {
    "content-type": "application/json",
    authorization: `Bearer ${token}`,
    "apollo-require-preflight": "true",
  };
  const send = async (body: string) => {
    const t = performance.now();
    const res = await fetch(svc.gatewayUrl, { method: "POST", headers, body });
    const text = await res.text();
    return { ms: performance.now() - t, status: res.status, text };
  };

  const home = JSON.stringify({ query: HOME });
  for (let i = 0; i < 20; i++) await send(home);
  const ordinary: number[] = [];
  for (let i = 0; i < opts.samples; i++) {
    const r = await send(home);
    if (r.status !== 200 || r.text.includes('"errors"'))
      throw new Error(`the home screen failed (${r.status}): ${r.text.slice(0, 300)}`);
    ordinary.push(r.ms);
  }
  const ordinaryP99 = summarize(ordinary).p99;

  const rows = [];
  const all: number[] = [];
  for (const h of hostileRequests()) {
    const times: number[] = [];
    for (let i = 0; i < opts.samples; i++) {
      const r = await send(h.body);
      const refused = r.status === h.status && (h.code === null || r.text.includes(`"${h.code}"`));
      if (!refused)
        throw new Error(`${h.kind}: expected ${h.status} ${h.code ?? ""}, got ${r.status}: ${r.text.slice(0, 300)}`);
      times.push(r.ms);
    }
    all.push(...times);
    const s = summarize(times);
    rows.push({
      kind: h.kind,
      status: h.status,
      code: h.code ?? "-",
      bytes: h.body.length,
      n: s.n,
      p50: +s.p50.toFixed(2),
      p99: +s.p99.toFixed(2),
    });
  }
  const overall = summarize(all);
  return {
    rows,
    refused: { n: overall.n, p50: +overall.p50.toFixed(2), p99: +overall.p99.toFixed(2) },
    ordinary: { n: ordinary.length, p99: +ordinaryP99.toFixed(2) },
    ratio: +(overall.p99 / ordinaryP99).toFixed(2),
  };
}
