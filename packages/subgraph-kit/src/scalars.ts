/**
 * Custom scalars (DateTime, LocalDate, JSON, ...): a bad inline literal is
 * refused like a bad variable, as BAD_USER_INPUT naming the field.
 *
 * graphql-js checks a literal while validating the document and files a
 * failure under GRAPHQL_VALIDATION_FAILED with only the scalar's message; the
 * gateway cannot check a subgraph's custom scalar itself (the supergraph's
 * scalars take anything), so an inline `startsOn: "2026-13-40"` reached the
 * subgraph, failed validation there and came back to the client as an
 * internal error, while the same value as a variable was bad input.
 *
 * `deferScalarLiteralErrors` makes every custom scalar of a schema answer a
 * literal it cannot parse with a marker instead of throwing, so graphql-js's
 * own rule stays silent, and `scalarLiteralRule` (installed with the schema by
 * createService) refuses that literal with `field` (its argument/input path,
 * e.g. `input.startsOn`) and rule `value_format`. maskErrors gives it the code
 * BAD_USER_INPUT (Apollo files every validation error under
 * GRAPHQL_VALIDATION_FAILED); the answer stays HTTP 400, which the gateway
 * passes on as bad input.
 */
import {
  GraphQLError,
  getNullableType,
  isScalarType,
  print,
  specifiedScalarTypes,
  type ASTVisitor,
  type GraphQLScalarType,
  type GraphQLSchema,
  type ValidationContext,
  type ValueNode,
} from "graphql";

/** What a deferred scalar's parseLiteral answers for a literal it cannot parse (never reaches a resolver: validation refuses it). */
const INVALID_LITERAL = Symbol("invalid scalar literal");

type ParseLiteral = GraphQLScalarType["parseLiteral"];
const originals = new WeakMap<GraphQLScalarType, ParseLiteral>();
const BUILT_IN = new Set(specifiedScalarTypes.map((t) => t.name));

/** The rule a refused scalar literal names (also the rule of a data exception: a value of the wrong form). */
export const SCALAR_LITERAL_RULE = "value_format";

/** Wraps the custom scalars of `schema` (federation's own `_Any`, `link__Import`, ... excepted) in place; idempotent. */
export function deferScalarLiteralErrors(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (
      !isScalarType(type) ||
      BUILT_IN.has(type.name) ||
      type.name.startsWith("_") ||
      type.name.includes("__") ||
      originals.has(type)
    )
      continue;
    const parse: ParseLiteral = type.parseLiteral.bind(type);
    originals.set(type, parse);
    type.parseLiteral = (node, variables) => {
      try {
        const value: unknown = parse(node, variables);
        return value === undefined ? INVALID_LITERAL : value;
      } catch {
        return INVALID_LITERAL;
      }
    };
  }
  return schema;
}

/** The failure of a deferred scalar's literal, or null when it parses. */
function literalFailure(type: GraphQLScalarType, node: ValueNode): string | null {
  const parse = originals.get(type);
  if (!parse) return null;
  try {
    return parse(node, undefined) === undefined ? `Ugyldig ${type.name}` : null;
  } catch (err) {
    return err instanceof Error ? err.message : `Ugyldig ${type.name}`;
  }
}

/** Validation rule: refuses a custom scalar's literal that does not parse, naming its field. */
export function scalarLiteralRule(context: ValidationContext): ASTVisitor {
  const path: string[] = [];
  const named = { enter: (name: string) => path.push(name), leave: () => path.pop() };
  const check = (node: ValueNode, type: unknown): false | undefined => {
    const scalar = getNullableType(type as never) as unknown;
    if (!isScalarType(scalar)) return undefined;
    const failure = literalFailure(scalar, node);
    if (failure !== null) {
      const field = path.join(".");
      context.reportError(
        new GraphQLError(`Ugyldig verdi for «${field}»: ${print(node)} er ikke en gyldig ${scalar.name} (${failure})`, {
          nodes: node,
          extensions: { code: "BAD_USER_INPUT", field, rule: SCALAR_LITERAL_RULE },
        }),
      );
    }
    return false; // a scalar's literal is whole: its parts are not checked again
  };
  const value = (node: ValueNode) => check(node, context.getInputType());
  return {
    Argument: { enter: (n) => void named.enter(n.name.value), leave: () => void named.leave() },
    ObjectField: { enter: (n) => void named.enter(n.name.value), leave: () => void named.leave() },
    VariableDefinition: { enter: (n) => void named.enter(n.variable.name.value), leave: () => void named.leave() },
    StringValue: value,
    IntValue: value,
    FloatValue: value,
    BooleanValue: value,
    EnumValue: value,
    ObjectValue: value,
    // TypeInfo already holds a list's item type here: the list's own type is its parent's.
    ListValue: (node) => check(node, context.getParentInputType()),
  };
}
