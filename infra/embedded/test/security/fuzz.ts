/**
 * Operation fuzzing (issue 10, item 4): operations generated from the composed
 * schema for every Query and Mutation root field, with fast-check values:
 * well-typed hostile values (empty, huge and odd unicode strings, NUL, SQL and
 * template text, negative and extreme numbers, made-up and other tenants' ids,
 * big lists), wrong types (as variables and as literals), and hostile shapes
 * (deep nesting, many aliases, directives and tokens, costly pages, oversized
 * bodies). Nothing here names a field: new fields are fuzzed as they are composed.
 */
import fc from "fast-check";
import {
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from "graphql";
import { connectionNode, isLeaf } from "../walker/schema.js";

export type Shape =
  "typed" | "wrong-variable" | "wrong-literal" | "aliases" | "deep" | "directives" | "tokens" | "cost" | "huge-body";
/** Shapes refused by the gateway's limits on their form alone (their latency is the "rejected hostile query" figure). */
export const HOSTILE_SHAPES: ReadonlySet<Shape> = new Set([
  "aliases",
  "deep",
  "directives",
  "tokens",
  "cost",
  "huge-body",
]);

export interface FuzzCase {
  field: string;
  operation: "query" | "mutation";
  shape: Shape;
  body: string;
  /** String values sent, so an error message that merely echoes them is not taken for a leak of SQL. */
  sent: string[];
}

const ODD_STRINGS = [
  "",
  " ",
  "\u0000",
  "a\u0000b",
  "\ud800",
  "🧑‍🦽‍➡️👩🏽‍🦯",
  "\u202etxet",
  "Ærøskøbing Åsane",
  "'; drop table activity.activities; --",
  '" or 1=1 --',
  "${7*7}{{7*7}}%s%n",
  "<script>alert(1)</script>",
  "../../../../etc/passwd",
  "null",
  "NaN",
  "2026-02-30",
  "9999-12-31T23:59:59Z",
  "-0001-01-01",
];

/** A hostile but well-typed value for a scalar (ids of the other organization come from `ids`). */
function scalarValue(name: string, ids: readonly string[], inner: boolean): fc.Arbitrary<unknown> {
  switch (name) {
    case "Int":
      return fc.oneof(
        fc.constantFrom(0, -1, 1, 2147483647, -2147483648),
        fc.integer({ min: -2147483648, max: 2147483647 }),
      );
    case "Float":
      return fc.oneof(
        fc.constantFrom(0, -0.5, -1e308, 1e308, 5e-324),
        fc.double({ noNaN: true, noDefaultInfinity: true }),
      );
    case "Boolean":
      return fc.boolean();
    case "ID":
      return fc.oneof(
        fc.uuid(),
        fc.constantFrom("", "not-a-uuid", "0", "-1", "00000000-0000-0000-0000-000000000000", ...ids),
        fc.string({ maxLength: 40 }),
      );
    default:
      // String and custom scalars (dates, e-mail, money): the odd strings, random unicode, and a huge one.
      return fc.oneof(
        { weight: 3, arbitrary: fc.constantFrom(...ODD_STRINGS) },
        { weight: 3, arbitrary: fc.string({ unit: "grapheme", maxLength: 60 }) },
        { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 30 }) },
        // Huge strings only at the top level, so a body stays under the gateway's size limit most of the time.
        { weight: inner ? 0 : 1, arbitrary: fc.integer({ min: 1000, max: 20_000 }).map((n) => "x".repeat(n)) },
        { weight: 1, arbitrary: fc.constantFrom(...ids) },
      );
  }
}

/** A value of the wrong type for `type`. */
const wrongValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(
    null,
    true,
    [],
    {},
    "",
    "ten",
    -1.5,
    1e100,
    [[["deep"]]],
    JSON.parse('{"__proto__": {"admin": true}}') as unknown,
  ),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.integer(), { maxKeys: 3 }),
);

export function valueFor(
  type: GraphQLInputType,
  ids: readonly string[],
  depth = 0,
  inner = false,
): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) return valueFor(type.ofType, ids, depth, inner);
  if (isListType(type)) {
    const item = valueFor(type.ofType as GraphQLInputType, ids, depth + 1, true);
    return fc.oneof(
      { weight: 4, arbitrary: fc.array(item, { maxLength: 3 }) },
      { weight: 1, arbitrary: fc.array(item, { minLength: 100, maxLength: 150 }) },
    );
  }
  if (isEnumType(type)) return fc.constantFrom(...type.getValues().map((v) => v.value as unknown));
  if (isScalarType(type)) return scalarValue(type.name, ids, inner);
  if (isInputObjectType(type)) {
    if (depth > 3) return fc.constant({});
    const fields = Object.values(type.getFields());
    const record: Record<string, fc.Arbitrary<unknown>> = {};
    for (const f of fields) record[f.name] = valueFor(f.type, ids, depth + 1, inner);
    const required = fields.filter((f) => isNonNullType(f.type)).map((f) => f.name);
    return fc.record(record, { requiredKeys: required });
  }
  return fc.constant(null);
}

/** A small selection: the leaves of an object (a connection: its nodes' leaves), enough to make a resolver run. */
export function leafSelection(type: GraphQLNamedType): string {
  if (!isObjectType(type)) return isLeaf(type) ? "" : "{ __typename }";
  const node = connectionNode(type);
  if (node) return `{ edges { node ${leafSelection(node)} } pageInfo { hasNextPage } }`;
  const leaves = Object.values(type.getFields())
    .filter((f) => isLeaf(getNamedType(f.type)) && f.args.every((a) => !isNonNullType(a.type)))
    .map((f) => f.name);
  return `{ __typename ${leaves.join(" ")} }`;
}

/** Object-returning fields without required arguments (the edges of a random deep walk). */
function walkable(type: GraphQLObjectType): GraphQLField<unknown, unknown>[] {
  return Object.values(type.getFields()).filter(
    (f) => !f.name.startsWith("_") && isObjectType(getNamedType(f.type)) && f.args.every((a) => !isNonNullType(a.type)),
  );
}

/** Can a walk go `depth` more object levels from this type? (Memoized; cycles such as User → Activity → User make it deep.) */
function reaches(type: GraphQLObjectType, depth: number, memo: Map<string, boolean>): boolean {
  if (depth === 0) return true;
  const key = `${type.name}:${depth}`;
  const known = memo.get(key);
  if (known !== undefined) return known;
  memo.set(key, false);
  const ok = walkable(type).some((f) => reaches(getNamedType(f.type) as GraphQLObjectType, depth - 1, memo));
  memo.set(key, ok);
  return ok;
}

/** A random walk exactly `depth` object levels deep from a type (cycles allowed), when the schema allows it. */
function deepSelection(
  type: GraphQLObjectType,
  depth: number,
  pick: (n: number) => number,
  memo: Map<string, boolean>,
): string {
  if (depth === 0) return "{ __typename }";
  const next = walkable(type).filter((f) => reaches(getNamedType(f.type) as GraphQLObjectType, depth - 1, memo));
  if (next.length === 0) return "{ __typename }";
  const f = next[pick(next.length)]!;
  return `{ ${f.name} ${deepSelection(getNamedType(f.type) as GraphQLObjectType, depth - 1, pick, memo)} }`;
}

function collectStrings(value: unknown, out: string[]) {
  if (typeof value === "string") {
    if (value.length >= 3) out.push(value);
  } else if (Array.isArray(value)) {
    for (const v of value) collectStrings(v, out);
  } else if (value && typeof value === "object") {
    for (const v of Object.values(value)) collectStrings(v, out);
  }
}

const SHAPES: Array<{ weight: number; arbitrary: fc.Arbitrary<Shape> }> = [
  { weight: 10, arbitrary: fc.constant("typed") },
  { weight: 3, arbitrary: fc.constant("wrong-variable") },
  { weight: 2, arbitrary: fc.constant("wrong-literal") },
  { weight: 1, arbitrary: fc.constant("aliases") },
  { weight: 1, arbitrary: fc.constant("deep") },
  { weight: 1, arbitrary: fc.constant("directives") },
  { weight: 1, arbitrary: fc.constant("tokens") },
  { weight: 1, arbitrary: fc.constant("cost") },
  { weight: 1, arbitrary: fc.constant("huge-body") },
];

/** One arbitrary over every root field of the schema and every shape. */
export function fuzzCases(schema: GraphQLSchema, ids: readonly string[]): fc.Arbitrary<FuzzCase> {
  const roots: Array<{ op: "query" | "mutation"; field: GraphQLField<unknown, unknown> }> = [];
  for (const [op, type] of [
    ["query", schema.getQueryType()],
    ["mutation", schema.getMutationType()],
  ] as const) {
    for (const field of Object.values(type?.getFields() ?? {}))
      if (!field.name.startsWith("_")) roots.push({ op, field });
  }
  const connectionRoot = roots.find(
    (r) =>
      r.op === "query" && connectionNode(getNamedType(r.field.type)) && r.field.args.some((a) => a.name === "first"),
  );
  const queryType = schema.getQueryType()!;
  const memo = new Map<string, boolean>();

  return fc.constantFrom(...roots).chain(({ op, field }) => {
    const args = field.args;
    const values = fc.tuple(...args.map((a) => valueFor(a.type, ids)));
    return fc
      .tuple(
        fc.oneof(...SHAPES),
        values,
        fc.nat({ max: args.length }),
        wrongValue,
        fc.integer({ min: 1, max: 1_000_000 }),
      )
      .map(([shape, vals, wrongAt, wrong, n]): FuzzCase => {
        const sel = leafSelection(getNamedType(field.type));
        const decl = args.length ? `(${args.map((a, i) => `$v${i}: ${String(a.type)}`).join(", ")})` : "";
        const use = args.length ? `(${args.map((a, i) => `${a.name}: $v${i}`).join(", ")})` : "";
        const variables: Record<string, unknown> = Object.fromEntries(vals.map((v, i) => [`v${i}`, v]));
        let query = `${op} Fuzz${decl} { ${field.name}${use} ${sel} }`;
        let pad: string | undefined;
        switch (shape) {
          case "wrong-variable":
            if (args.length) variables[`v${wrongAt % args.length}`] = wrong;
            break;
          case "wrong-literal": {
            // A literal of the wrong kind for the first argument (or an argument the field does not have).
            const a = args[0];
            const literal =
              a &&
              isScalarType(getNullableType(a.type)) &&
              (getNullableType(a.type) as { name: string }).name === "String"
                ? "123"
                : `"${"z".repeat(n % 50)}"`;
            query = `${op} Fuzz { ${field.name}(${a ? a.name : "bogus"}: ${literal}) ${sel} }`;
            break;
          }
          case "aliases":
            query = `${op} Fuzz${decl} { ${Array.from({ length: 16 + (n % 200) }, (_, i) => `a${i}: ${field.name}${use} ${sel}`).join(" ")} }`;
            break;
          case "deep": {
            let seed = n;
            const pick = (k: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % k);
            query = `query Fuzz ${deepSelection(queryType, 13 + (n % 30), pick, memo)}`;
            break;
          }
          case "directives":
            query = `${op} Fuzz${decl} { ${field.name}${use} ${sel} ${Array.from({ length: 51 + (n % 100) }, () => "__typename @include(if: true)").join(" ")} }`;
            break;
          case "tokens":
            query = `${op} Fuzz${decl} { ${field.name}${use} ${sel} ${"__typename ".repeat(2001 + (n % 3000))} }`;
            break;
          case "cost":
            query = connectionRoot
              ? `query Fuzz { ${connectionRoot.field.name}(first: ${100_001 + n}) ${leafSelection(getNamedType(connectionRoot.field.type))} }`
              : query;
            break;
          case "huge-body":
            pad = "p".repeat(100_001 + (n % 50_000));
            break;
          default:
            break;
        }
        const sent: string[] = [];
        collectStrings(variables, sent);
        const body = JSON.stringify({ query, variables, ...(pad ? { extensions: { pad } } : {}) });
        return { field: `${op === "query" ? "Query" : "Mutation"}.${field.name}`, operation: op, shape, body, sent };
      });
  });
}

const STACK = /\n\s+at [^\n]+:\d+:\d+|node:internal|"stacktrace"/;
const SQL = [
  /\bselect\b[\s\S]{1,200}?\bfrom\b/i,
  /\binsert into\b/i,
  /\bupdate\s+"?\w+"?\s+set\b/i,
  /\bdelete from\b/i,
  /syntax error at or near/i,
  /violates [\w-]+ constraint/i,
  /relation "[^"]+" does not exist/i,
  /invalid input syntax for type/i,
  /invalid input value for enum/i,
  /duplicate key value/i,
  /Failed query/i,
  /\bdrizzle\b|\bpostgres(ql)?\b|\bpglite\b|\bSQLSTATE\b/i,
];

/** What in an answer must never reach a client: a stack trace or SQL text (echoes of the request's own strings removed). */
export function leakedInternals(text: string, sent: readonly string[]): string | null {
  let scrubbed = text;
  for (const s of [...sent].sort((a, b) => b.length - a.length)) {
    const json = JSON.stringify(s).slice(1, -1);
    scrubbed = scrubbed.split(json).join("").split(s).join("");
  }
  if (STACK.test(scrubbed)) return "stack trace";
  for (const re of SQL) if (re.test(scrubbed)) return `SQL text (${re.source})`;
  return null;
}
