/**
 * The leak check of one answer for one caller:
 * 1. no marker of the other organization (id, e-mail, name) and no e-mail of a
 *    user outside the caller's sight anywhere in the JSON, data or errors (an
 *    error may echo an id the operation itself sent);
 * 2. no object out of the caller's scope that carries data of its own (a bare
 *    reference `{ __typename id }` with nothing else is allowed: another
 *    subgraph may legitimately point at it);
 * 3. `_entities`: a representation of the other organization resolves to null
 *    or to its key alone on every subgraph; one out of the caller's scope in
 *    their own organization does so on the subgraph that owns the type's data
 *    (a subgraph that only extends the type answers by its own policy, which
 *    rule 2 judges on the objects it returns);
 * 4. activity counts: a coordinator only for their own local association, a
 *    peer mentor never.
 */
import type { GraphQLResponse } from "@meander/testing";
import type { Operation } from "./operations.js";
import type { Caller } from "./tenants.js";

export interface Finding {
  caller: string;
  operation: string;
  rule: string;
  detail: string;
}

export interface CheckResult {
  findings: Finding[];
  /** How many individual checks were made (markers scanned, objects inspected). */
  checks: number;
  /** How many ids the caller may see appeared (positive control). */
  allowedSeen: number;
}

const KEY_LIKE = new Set(["__typename", "id", "cursor", "pageInfo"]);

/** Does this value carry any data beyond keys, type names and paging? */
export function hasSubstance(value: unknown): boolean {
  if (value === null || value === undefined || value === false || value === "<key>") return false;
  if (Array.isArray(value)) return value.some(hasSubstance);
  if (typeof value === "object") {
    return Object.entries(value as Record<string, unknown>).some(([k, v]) => !KEY_LIKE.has(k) && hasSubstance(v));
  }
  return true;
}

function* objects(value: unknown): Generator<Record<string, unknown>> {
  if (Array.isArray(value)) for (const v of value) yield* objects(v);
  else if (value && typeof value === "object") {
    yield value as Record<string, unknown>;
    for (const v of Object.values(value)) yield* objects(v);
  }
}

/** For `_entities` answers: the type's key field and whether the subgraph owns the type's data. */
export interface EntityCall {
  key: string;
  owner: boolean;
}

export function checkAnswer(caller: Caller, op: Operation, answer: GraphQLResponse, entity?: EntityCall): CheckResult {
  const findings: Finding[] = [];
  let checks = 0;
  const found = (rule: string, detail: string) =>
    findings.push({ caller: caller.label, operation: op.label, rule, detail });
  const forbidden = (id: unknown) =>
    typeof id === "string" ? (caller.scoped.get(id) ?? caller.markers.get(id)) : undefined;

  // The representation's own key coming back is an echo of the request, not a leak.
  const data = structuredClone(answer.data ?? null) as Record<string, unknown> | null;
  const entities =
    entity && Array.isArray(data?._entities) ? (data!._entities as Array<Record<string, unknown> | null>) : null;
  entities?.forEach((e, i) => {
    if (e && e[entity!.key] === op.targets[i]?.id) e[entity!.key] = "<key>";
  });

  const parts: Array<[string, string]> = [
    ["data", JSON.stringify(data)],
    ["errors", JSON.stringify((answer.errors ?? []).map((e) => ({ message: e.message, extensions: e.extensions })))],
  ];
  // An error that echoes an id the caller itself sent (`Activity <id> not found`) tells nothing it did not know.
  const sent = new Set(op.targets.map((t) => t.id));
  for (const [part, text] of parts) {
    for (const [marker, why] of caller.markers) {
      checks += 1;
      if (part === "errors" && sent.has(marker)) continue;
      if (text.includes(marker)) found("marker", `${part} contains ${marker} (${why})`);
    }
  }

  entities?.forEach((e, i) => {
    const target = op.targets[i]!;
    if (target.kind !== "other-organization" && !(target.kind === "out-of-scope" && entity!.owner)) return;
    checks += 1;
    if (hasSubstance(e))
      found(
        "entity",
        `${target.typeName} ${target.id} (${target.kind}: ${forbidden(target.id)}) resolved: ${JSON.stringify(e).slice(0, 300)}`,
      );
  });

  let allowedSeen = 0;
  for (const obj of objects(data)) {
    checks += 1;
    const why = forbidden(obj.id);
    if (why && hasSubstance(obj))
      found(
        "object",
        `${String(obj.__typename)} ${String(obj.id)} (${why}) with data: ${JSON.stringify(obj).slice(0, 300)}`,
      );
    if (typeof obj.id === "string" && caller.allowed.has(obj.id)) allowedSeen += 1;
    findings.push(...statsRule(caller, op, obj));
  }
  return { findings, checks, allowedSeen };
}

/** Reporting's decision: counts for an organization administrator's units, a coordinator's own unit, never a mentor. */
function statsRule(caller: Caller, op: Operation, obj: Record<string, unknown>): Finding[] {
  if (caller.role !== "coordinator" && caller.role !== "peer_mentor") return [];
  const mayCount = (laId: unknown) => caller.role === "coordinator" && laId === caller.localAssociationId;
  const out: Finding[] = [];
  if (obj.__typename === "LocalAssociation" && hasSubstance(obj.activityStats) && !mayCount(obj.id)) {
    out.push({
      caller: caller.label,
      operation: op.label,
      rule: "stats",
      detail: `activityStats of local association ${String(obj.id)}`,
    });
  }
  const la = obj.localAssociation as Record<string, unknown> | undefined;
  if (obj.__typename === "LocalAssociationStats" && hasSubstance(obj.stats) && !mayCount(la?.id)) {
    out.push({
      caller: caller.label,
      operation: op.label,
      rule: "stats",
      detail: `LocalAssociationStats of ${String(la?.id)}`,
    });
  }
  return out;
}
