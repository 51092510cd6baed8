/**
 * Operation generation: for a Query root field or an entity type, a document
 * selecting every leaf of the type, the composite fields one level deeper (their
 * leaves and the ids below them), following connections through edges → node.
 * Arguments: `first` = 50 on root fields and 10 on nested lists (so the walk stays
 * under the gateway's cost limit, which weighs lists by page size), required ones
 * from a filler; a field whose required argument cannot be filled is left out and
 * recorded as skipped.
 */
import {
  astFromValue,
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isScalarType,
  isUnionType,
  parse,
  print,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLObjectType,
} from "graphql";
import { DEFAULT_LIMITS, operationCost } from "@meander/gateway";
import { connectionNode, fieldInGraph, isComposite, isLeaf, type EntityHome, type Supergraph } from "./schema.js";

/** Which fields (Type.field) the walk selected, and which it had to leave out and why. */
export class Coverage {
  readonly fields = new Set<string>();
  readonly skipped = new Map<string, string>();
  visit(key: string) {
    this.fields.add(key);
  }
  skip(key: string, reason: string) {
    this.fields.add(key);
    this.skipped.set(key, reason);
  }
}

/** Where an id comes from, relative to the caller. */
export type TargetKind = "other-organization" | "out-of-scope" | "own" | "made-up";

export interface Target {
  id: string;
  kind: TargetKind;
  typeName: string;
}

export interface Operation {
  label: string;
  query: string;
  variables: Record<string, unknown>;
  /** The ids this operation asks for on purpose (root id arguments, representations). */
  targets: Target[];
}

/** Ids to try for a type name, the other organization's first. */
export type IdSource = (typeName: string) => Target[];

const DEEPEST = 2;
const FIRST = 50;
const NESTED_FIRST = 10;
const NESTED_PAGES = [NESTED_FIRST, 5, 2, 1];

/** A value for an argument, or undefined when it cannot be filled (or may be left out). */
function fillArgument(
  arg: GraphQLArgument,
  idFor: (arg: GraphQLArgument) => string | undefined,
  first: number,
): unknown {
  const type = getNullableType(arg.type) as GraphQLInputType;
  if (arg.name === "first" && isScalarType(type) && type.name === "Int") return first;
  if (!isNonNullType(arg.type)) return undefined;
  if (isListType(type)) return undefined;
  if (isEnumType(type)) return type.getValues()[0]?.value;
  if (!isScalarType(type)) return undefined;
  switch (type.name) {
    case "ID":
      return idFor(arg);
    case "Int":
    case "Float":
      return 1;
    case "Boolean":
      return false;
    case "String":
      return "a";
    default:
      return undefined;
  }
}

function argumentList(
  field: GraphQLField<unknown, unknown>,
  key: string,
  cov: Coverage,
  idFor = (_a: GraphQLArgument): string | undefined => undefined,
  first = NESTED_FIRST,
): string | null {
  const parts: string[] = [];
  for (const arg of field.args) {
    const value = fillArgument(arg, idFor, first);
    if (value === undefined) {
      if (isNonNullType(arg.type) && arg.defaultValue === undefined) {
        cov.skip(key, `required argument ${arg.name}: ${String(arg.type)}`);
        return null;
      }
      continue;
    }
    parts.push(`${arg.name}: ${print(astFromValue(value, arg.type)!)}`);
  }
  cov.visit(key);
  return parts.length ? `(${parts.join(", ")})` : "";
}

/** The selection set for `type` as resolved by `graph` (null: the gateway, every field). */
export function selection(
  type: GraphQLNamedType,
  graph: string | null,
  level: number,
  cov: Coverage,
  first = NESTED_FIRST,
): string {
  if (isLeaf(type)) return "";
  if (isUnionType(type) || isInterfaceType(type)) {
    const members = isUnionType(type) ? type.getTypes() : [];
    return `{ __typename ${members.map((m) => `... on ${m.name} ${selection(m, graph, level, cov, first)}`).join(" ")} }`;
  }
  const object = type as GraphQLObjectType;
  const node = connectionNode(object);
  if (node) {
    const inner = selection(node, graph, level, cov, first);
    return `{ __typename edges { cursor node ${inner} } pageInfo { hasNextPage endCursor } }`;
  }
  const parts = ["__typename"];
  for (const field of Object.values(object.getFields())) {
    if (!fieldInGraph(object, field, graph)) continue;
    const named = getNamedType(field.type);
    const key = `${object.name}.${field.name}`;
    if (isLeaf(named)) {
      // The deepest level keeps only ids, unless the type has none (a value object such as ActivityStats).
      if (level >= DEEPEST && field.name !== "id" && "id" in object.getFields()) continue;
      const args = argumentList(field, key, cov, undefined, first);
      if (args !== null) parts.push(`${field.name}${args}`);
      continue;
    }
    if (!isComposite(named) || level >= DEEPEST) continue;
    const args = argumentList(field, key, cov, undefined, first);
    if (args === null) continue;
    parts.push(`${field.name}${args} ${selection(named, graph, level + 1, cov, first)}`);
  }
  return `{ ${parts.join(" ")} }`;
}

/** The type an ID argument points at: `id` → the field's type, `activityId` → Activity. */
export function targetTypeOf(arg: GraphQLArgument, field: GraphQLField<unknown, unknown>): string {
  if (arg.name === "id") return getNamedType(field.type).name;
  const stem = arg.name.replace(/Ids?$/, "");
  return stem.charAt(0).toUpperCase() + stem.slice(1);
}

/**
 * One or more operations per Query root field: a field with an ID argument gets
 * one per id the source offers (another organization's, one out of the
 * caller's scope in their own organization, one of their own), anything else one.
 */
export function rootOperations(sg: Supergraph, ids: IdSource, cov: Coverage): Operation[] {
  const ops: Operation[] = [];
  for (const field of Object.values(sg.schema.getQueryType()!.getFields())) {
    if (field.name.startsWith("_")) continue;
    const idArgs = field.args.filter((a) => isNonNullType(a.type) && getNamedType(a.type).name === "ID");
    const variants: Target[][] = idArgs.length === 0 ? [[]] : [];
    const samples = idArgs.map((a) => ids(targetTypeOf(a, field)));
    const count = Math.max(0, ...samples.map((s) => s.length));
    for (let i = 0; i < count; i++) variants.push(samples.map((s) => s[Math.min(i, s.length - 1)]!));
    for (const targets of variants) {
      const args = argumentList(field, `Query.${field.name}`, cov, (a) => targets[idArgs.indexOf(a)]?.id, FIRST);
      if (args === null) break;
      // Nested pages shrink until the operation fits the gateway's cost limit (lists weigh by page size).
      let sel = "";
      for (const first of NESTED_PAGES) {
        sel = selection(getNamedType(field.type), null, 0, cov, first);
        if (operationCost(sg.schema, parse(`{ ${field.name}${args} ${sel} }`)) <= DEFAULT_LIMITS.maxCost) break;
      }
      const label = targets.length ? `${field.name}(${targets.map((t) => t.kind).join(", ")})` : field.name;
      ops.push({ label, query: `query Walk { ${field.name}${args} ${sel} }`, variables: {}, targets });
    }
  }
  return ops;
}

/** An `_entities` call for representations of one type, selecting what the subgraph resolves of it. */
export function entityOperation(home: EntityHome, targets: Target[], cov: Coverage): Operation {
  const sel = selection(home.type, home.graph, 0, cov);
  return {
    label: `_entities ${home.type.name} @${home.subgraph}`,
    query: `query Walk($r: [_Any!]!) { _entities(representations: $r) { __typename ... on ${home.type.name} ${sel} } }`,
    // A compound key "type id" (AuditSubject) names the subject's type: the walk's ids of it are people (rowsOfType).
    variables: {
      r: targets.map((t) => ({
        __typename: home.type.name,
        ...(home.key === "type id" ? { type: "User", id: t.id } : { [home.key]: t.id }),
      })),
    },
    targets,
  };
}

/** The type an id-like name points at: `activityId`/`activityIds` → Activity; `id`/`ids` → `fallback`. */
export function typeOfIdName(name: string, fallback: string): string {
  if (name === "id" || name === "ids") return fallback;
  const stem = name.replace(/Ids?$/, "");
  return stem.charAt(0).toUpperCase() + stem.slice(1);
}

/**
 * A value for a mutation argument in which every id is another organization's
 * (or made up when the fixtures hold none of that type): required fields get a
 * plausible value, optional fields only when they are ids. `undefined`: cannot fill.
 */
function hostileValue(
  type: GraphQLInputType,
  name: string,
  fallback: string,
  ids: IdSource,
  used: Target[],
  depth = 0,
): unknown {
  const inner = getNullableType(type) as GraphQLInputType;
  if (isListType(inner)) {
    const item = getNullableType(inner.ofType) as GraphQLInputType;
    if (isScalarType(item) && item.name === "ID") {
      const targets = ids(typeOfIdName(name, fallback)).slice(0, 2);
      used.push(...targets);
      return targets.map((t) => t.id);
    }
    const v = hostileValue(inner.ofType as GraphQLInputType, name, fallback, ids, used, depth + 1);
    return v === undefined ? undefined : [v];
  }
  if (isEnumType(inner)) return inner.getValues()[0]?.value;
  if (isInputObjectType(inner)) {
    if (depth > 3) return undefined;
    const out: Record<string, unknown> = {};
    for (const f of Object.values(inner.getFields())) {
      const isId = getNamedType(f.type).name === "ID";
      if (!isNonNullType(f.type) && !isId) continue;
      const v = hostileValue(f.type, f.name, fallback, ids, used, depth + 1);
      if (v === undefined) {
        if (isNonNullType(f.type) && f.defaultValue === undefined) return undefined;
        continue;
      }
      out[f.name] = v;
    }
    return out;
  }
  if (!isScalarType(inner)) return undefined;
  switch (inner.name) {
    case "ID": {
      const target = ids(typeOfIdName(name, fallback))[0]!;
      used.push(target);
      return target.id;
    }
    case "Int":
    case "Float":
      return 1;
    case "Boolean":
      return false;
    case "String":
      return "walker";
    case "DateTime":
      return "2026-09-15T10:00:00.000Z";
    case "LocalDate":
      return "2026-09-15";
    case "JSON":
      return {};
    default:
      return undefined;
  }
}

/**
 * One operation per Mutation root field, every id in its arguments (top level,
 * in lists and inside input objects) one of another organization's (`ids`
 * should offer those first). A field whose required argument cannot be filled
 * is recorded as skipped.
 */
export function mutationOperations(sg: Supergraph, ids: IdSource, cov: Coverage): Operation[] {
  const ops: Operation[] = [];
  for (const field of Object.values(sg.schema.getMutationType()?.getFields() ?? {})) {
    const key = `Mutation.${field.name}`;
    const fallback = getNamedType(field.type).name;
    const used: Target[] = [];
    const variables: Record<string, unknown> = {};
    let ok = true;
    for (const [i, arg] of field.args.entries()) {
      const isId = getNamedType(arg.type).name === "ID";
      if (!isNonNullType(arg.type) && !isId) continue;
      const v = hostileValue(arg.type, arg.name, fallback, ids, used);
      if (v === undefined) {
        if (isNonNullType(arg.type) && arg.defaultValue === undefined) {
          cov.skip(key, `required argument ${arg.name}: ${String(arg.type)}`);
          ok = false;
          break;
        }
        continue;
      }
      variables[`a${i}`] = v;
    }
    if (!ok) continue;
    cov.visit(key);
    const given = field.args.map((a, i) => [a, i] as const).filter(([, i]) => `a${i}` in variables);
    const decl = given.length ? `(${given.map(([a, i]) => `$a${i}: ${String(a.type)}`).join(", ")})` : "";
    const use = given.length ? `(${given.map(([a, i]) => `${a.name}: $a${i}`).join(", ")})` : "";
    const label = `${field.name}(${[...new Set(used.map((t) => t.kind))].join(", ") || "no ids"})`;
    ops.push({
      label,
      query: `mutation Walk${decl} { ${field.name}${use} ${selection(getNamedType(field.type), null, 0, cov)} }`,
      variables,
      targets: used,
    });
  }
  return ops;
}
