/**
 * Request limits of the gateway (issue 10, item 1). Hostile documents are
 * refused before the query planner or any subgraph sees them:
 *
 * - tokens: graphql-js's own parser limit (`parseOptions.maxTokens`), so a huge
 *   document is never even parsed into an AST;
 * - depth, aliases, directives: graphql-armor's validation rules (static, so
 *   Apollo caches their verdict per document);
 * - cost: graphql-query-complexity in `didResolveOperation` (it needs the
 *   variables), lists weighted by their page size (`first`/`last`/`limit`);
 * - introspection: only in development, for the configured roles or with an
 *   integrator key (`mayIntrospect` in the context); refused otherwise;
 * - field suggestions ("Did you mean …") masked in production (graphql-armor).
 *
 * Every refusal carries its own `extensions.code` (LIMIT_CODES) and answers
 * HTTP 400 (introspection: 403). In production the messages do not expose the
 * limits.
 */
import { ApolloArmor } from "@escape.tech/graphql-armor";
import type { ApolloServerPlugin, BaseContext } from "@apollo/server";
import {
  getNamedType,
  getNullableType,
  GraphQLError,
  isLeafType,
  isListType,
  Kind,
  visit,
  type DocumentNode,
  type GraphQLFormattedError,
  type GraphQLSchema,
  type ValidationContext,
  type ValidationRule,
} from "graphql";
import { getComplexity, type ComplexityEstimator } from "graphql-query-complexity";

export interface GatewayLimits {
  /** Deepest field nesting (introspection's own nesting is not counted). */
  maxDepth: number;
  maxAliases: number;
  maxDirectives: number;
  /** Lexical tokens in a document, checked while parsing. */
  maxTokens: number;
  /** Highest cost of an operation (see `costOf`). */
  maxCost: number;
  /** The page size assumed for a list field without `first`/`last`/`limit`. */
  defaultListSize: number;
  /** Largest request body in bytes (answered 413 before it is parsed). */
  maxBodyBytes: number;
  /** Largest body on the upload path (`/graphql/upload`, upload mutations only; see uploads.ts). */
  maxUploadBodyBytes: number;
}

export const DEFAULT_LIMITS: GatewayLimits = {
  maxDepth: 12,
  maxAliases: 15,
  maxDirectives: 50,
  maxTokens: 2000,
  maxCost: 100_000,
  defaultListSize: 10,
  maxBodyBytes: 100_000,
  // storage's largest policy (activity documents, 20 MiB) base64-encoded, plus room for the rest of the request.
  maxUploadBodyBytes: 28_000_000,
};

/** The `extensions.code` of each refusal. */
export const LIMIT_CODES = {
  depth: "QUERY_TOO_DEEP",
  aliases: "TOO_MANY_ALIASES",
  directives: "TOO_MANY_DIRECTIVES",
  tokens: "TOO_MANY_TOKENS",
  cost: "QUERY_TOO_COSTLY",
  introspection: "INTROSPECTION_DISABLED",
} as const;
type LimitName = keyof typeof LIMIT_CODES;
const PUBLIC_LIMIT_CODES = new Set<string>(Object.values(LIMIT_CODES));

/** Context fields the limits read. */
export interface LimitsContext extends BaseContext {
  /** Whether this caller may introspect the schema (development, an integrator role or key). */
  mayIntrospect?: boolean;
}

const PAGE_ARGS = ["first", "last", "limit"] as const;

/**
 * Cost: a leaf costs 1, an object 1 plus its selections; a list multiplies
 * what it selects by its page size (`first`/`last`/`limit`, else
 * `defaultListSize`). So `activities(first: 50) { edges { node { a b } } }`
 * costs about 1 + 1 + 50 × 3.
 */
export function pageSizeEstimator(defaultListSize: number): ComplexityEstimator {
  return ({ field, args, childComplexity }) => {
    const type = getNullableType(field.type);
    if (isLeafType(getNamedType(type))) return 1;
    const page = PAGE_ARGS.map((a) => args[a]).find((v): v is number => typeof v === "number");
    const isConnection = getNamedType(type).name.endsWith("Connection");
    const multiplier = page !== undefined ? Math.max(page, 0) : isListType(type) || isConnection ? defaultListSize : 1;
    // A connection's own `edges` list is already counted by the page size of the field that returned it.
    return 1 + childComplexity * multiplier;
  };
}

/** Lists inside a connection (`edges`, `nodes`) are the page itself: they must not multiply twice. */
function edgesEstimator(): ComplexityEstimator {
  return ({ type, field, childComplexity }) => {
    if (type.name.endsWith("Connection") && (field.name === "edges" || field.name === "nodes"))
      return 1 + childComplexity;
    return undefined;
  };
}

/** The cost of an operation as the gateway computes it (tests and tools use it to stay under the limit). */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> = {},
  defaultListSize = DEFAULT_LIMITS.defaultListSize,
): number {
  return getComplexity({
    schema,
    query: document,
    variables,
    estimators: [edgesEstimator(), pageSizeEstimator(defaultListSize)],
  });
}

function armorRules(
  limits: GatewayLimits,
  production: boolean,
): { rules: ValidationRule[]; plugins: ApolloServerPlugin[] } {
  const reject = (limit: LimitName) => ({
    exposeLimits: !production,
    errorMessage: `Query refused: ${limit} limit exceeded.`,
    propagateOnRejection: false,
    onReject: [
      (ctx: ValidationContext | null, err: GraphQLError) =>
        ctx?.reportError(new GraphQLError(err.message, { extensions: { limit } })),
    ],
  });
  const armor = new ApolloArmor({
    maxDepth: { n: limits.maxDepth, ignoreIntrospection: true, ...reject("depth") },
    maxAliases: { n: limits.maxAliases, allowList: [], ...reject("aliases") },
    maxDirectives: { n: limits.maxDirectives, ...reject("directives") },
    // Tokens: graphql-js's parser limit (parseOptions); cost: ours, weighted by page size.
    maxTokens: { enabled: false },
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: production, mask: "" },
  });
  const { validationRules, plugins } = armor.protect();
  return { rules: validationRules, plugins: plugins as ApolloServerPlugin[] };
}

const refused = (limit: LimitName, message: string, status = 400) =>
  new GraphQLError(message, { extensions: { code: LIMIT_CODES[limit], http: { status } } });

function usesIntrospection(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    Field(node) {
      if (node.name.value === "__schema" || node.name.value === "__type") {
        found = true;
        return false;
      }
      return undefined;
    },
  });
  return found;
}

/**
 * The variables as the cost sees them. A list variable's items never change a cost (page sizes are Int arguments),
 * so lists are costed empty: a bulk registration's 1,000 input objects are coerced once (by Apollo Gateway, which
 * refuses ill-typed ones before planning), not a second time here, and its cost is remembered like any other.
 */
export function costVariables(
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown>,
): Record<string, unknown> {
  const operation = document.definitions.find(
    (d) => d.kind === Kind.OPERATION_DEFINITION && (!operationName || d.name?.value === operationName),
  );
  if (operation?.kind !== Kind.OPERATION_DEFINITION) return variables;
  let out = variables;
  for (const definition of operation.variableDefinitions ?? []) {
    const type = definition.type.kind === Kind.NON_NULL_TYPE ? definition.type.type : definition.type;
    const name = definition.variable.name.value;
    const value = variables[name];
    if (type.kind !== Kind.LIST_TYPE || !Array.isArray(value) || value.length === 0) continue;
    if (out === variables) out = { ...variables };
    out[name] = [];
  }
  return out;
}

/** Variables (as JSON) up to this size are a cost cache key; larger ones (bulk imports) are costed every time. */
const COST_CACHE_KEY_CHARS = 2000;
const COST_CACHE_PER_DOCUMENT = 100;

/**
 * The cost and introspection checks, after the operation is known and before it is planned or executed.
 * Apollo hands every request of the same text the same parsed document (its document cache), so both
 * verdicts are remembered per document (the cost per operation name and variables): a client's recurring
 * query is costed once, not on every call (it was a visible share of the gateway's CPU profile).
 */
function operationPlugin<C extends LimitsContext>(limits: GatewayLimits, production: boolean): ApolloServerPlugin<C> {
  const estimators = [edgesEstimator(), pageSizeEstimator(limits.defaultListSize)];
  const introspects = new WeakMap<DocumentNode, boolean>();
  const costs = new WeakMap<DocumentNode, Map<string, number>>();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, schema, request, operationName, contextValue }) {
          let introspection = introspects.get(document);
          if (introspection === undefined) introspects.set(document, (introspection = usesIntrospection(document)));
          if (introspection && !contextValue.mayIntrospect) {
            throw refused("introspection", "Introspection is disabled for this caller", 403);
          }
          const variables = costVariables(document, operationName, request.variables ?? {});
          const json = JSON.stringify(variables);
          const key = json.length <= COST_CACHE_KEY_CHARS ? `${operationName ?? ""}\u0000${json}` : null;
          const known = key === null ? undefined : costs.get(document)?.get(key);
          let cost: number;
          try {
            cost =
              known ??
              getComplexity({
                schema,
                query: document,
                variables,
                operationName: operationName ?? undefined,
                estimators,
              });
          } catch (err) {
            // Variables that do not fit their types: the same answer execution would give, before any planning.
            throw new GraphQLError(err instanceof GraphQLError ? err.message : "Invalid variables", {
              extensions: { code: "BAD_USER_INPUT", http: { status: 400 } },
            });
          }
          if (key !== null && known === undefined) {
            const perDocument = costs.get(document) ?? new Map<string, number>();
            if (perDocument.size >= COST_CACHE_PER_DOCUMENT) perDocument.delete(perDocument.keys().next().value!);
            perDocument.set(key, cost);
            costs.set(document, perDocument);
          }
          if (cost > limits.maxCost) {
            throw refused(
              "cost",
              production
                ? "Query refused: cost limit exceeded."
                : `Query cost ${cost} exceeds the limit of ${limits.maxCost}.`,
            );
          }
        },
      };
    },
  };
}

// graphql-js spells it "more that N tokens".
const TOKEN_LIMIT = /Document contains more th\w+ \d+ tokens/;

/**
 * The Apollo Server options the limits need: parse options, validation rules
 * and plugins, and a formatError wrapper that gives each refusal its own code
 * (Apollo files validation errors under GRAPHQL_VALIDATION_FAILED) before the
 * usual masking.
 */
export function gatewayLimits<C extends LimitsContext>(limits: GatewayLimits, production: boolean) {
  const armor = armorRules(limits, production);
  return {
    parseOptions: { maxTokens: limits.maxTokens },
    validationRules: armor.rules,
    plugins: [...(armor.plugins as ApolloServerPlugin<C>[]), operationPlugin<C>(limits, production)],
    formatError(mask: (f: GraphQLFormattedError, e: unknown) => GraphQLFormattedError) {
      return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
        const ext = formatted.extensions ?? {};
        const limit = ext.limit as LimitName | undefined;
        const base = { message: formatted.message, locations: formatted.locations };
        if (formatted.path === undefined && limit && limit in LIMIT_CODES && ext.code === "GRAPHQL_VALIDATION_FAILED") {
          return { ...base, extensions: { code: LIMIT_CODES[limit] } };
        }
        if (
          formatted.path === undefined &&
          ext.code === "GRAPHQL_PARSE_FAILED" &&
          TOKEN_LIMIT.test(formatted.message)
        ) {
          const message = production ? "Query refused: tokens limit exceeded." : formatted.message;
          return { message, extensions: { code: LIMIT_CODES.tokens } };
        }
        if (formatted.path === undefined && typeof ext.code === "string" && PUBLIC_LIMIT_CODES.has(ext.code)) {
          return { ...base, extensions: { code: ext.code } };
        }
        return mask(formatted, error);
      };
    },
  };
}
