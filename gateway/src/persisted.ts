/**
 * Persisted operations (issue 9 item 5): the gateway accepts operations by id
 * from a registered manifest, in Apollo's persisted query manifest format
 * (`{ format: "apollo-persisted-query-manifest", version: 1, operations: [{ id, name, type, body }] }`,
 * id = sha256 of the body, hex). Clients send the id the APQ way,
 * `extensions.persistedQuery.sha256Hash` (with `version: 1`), without `query`.
 *
 * Library support: Apollo Server's own `persistedQueries` option does the
 * lookup; we give it a read-only cache backed by the manifest (`manifestCache`),
 * so an unknown id gets Apollo's `PERSISTED_QUERY_NOT_FOUND` and nobody can
 * register an operation by sending it (APQ as a cache would let anyone do so).
 * The looked-up document then goes through the same parse limits, validation
 * rules and plugins as free text, so every request limit applies.
 *
 * Safelist mode (`PERSISTED_OPERATIONS_ONLY`, for the production mobile apps):
 * `safelistPlugin` refuses, before parsing, every operation whose hash is not in
 * the manifest (`PERSISTED_QUERY_NOT_IN_LIST`, 400). Free text whose sha256 is a
 * registered id is accepted (what Apollo Router's safelist does without
 * `require_id`): it is exactly a registered operation.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import type { ApolloServerPlugin, BaseContext } from "@apollo/server";
import { z } from "@meander/config";
import { GraphQLError } from "graphql";

export const MANIFEST_FILE = new URL("../persisted-operations.json", import.meta.url);
export const MANIFEST_FORMAT = "apollo-persisted-query-manifest";
export const NOT_IN_LIST = "PERSISTED_QUERY_NOT_IN_LIST";
/** Codes of the persisted-operation refusals that clients see (not masked). */
export const PERSISTED_CODES = new Set([NOT_IN_LIST, "PERSISTED_QUERY_NOT_FOUND", "PERSISTED_QUERY_NOT_SUPPORTED"]);

export const sha256Hex = (s: string) => createHash("sha256").update(s).digest("hex");

const operationSchema = z.object({
  id: z.string().regex(/^[0-9a-f]{64}$/, "must be a sha256 hex digest"),
  name: z.string().min(1),
  type: z.enum(["query", "mutation", "subscription"]),
  body: z.string().min(1),
});
const manifestSchema = z.object({
  format: z.literal(MANIFEST_FORMAT),
  version: z.literal(1),
  operations: z.array(operationSchema),
});

export type PersistedOperation = z.infer<typeof operationSchema>;
export type PersistedManifest = z.infer<typeof manifestSchema>;

/** Registered operations by id. Refuses a manifest whose id is not the sha256 of its body, or repeats an id. */
export class PersistedOperations {
  readonly byId: ReadonlyMap<string, PersistedOperation>;
  constructor(manifest: unknown) {
    const parsed = manifestSchema.parse(manifest);
    const byId = new Map<string, PersistedOperation>();
    for (const op of parsed.operations) {
      if (sha256Hex(op.body) !== op.id)
        throw new Error(`persisted operation ${op.name}: id is not the sha256 of its body`);
      if (byId.has(op.id)) throw new Error(`persisted operation ${op.name}: id ${op.id} registered twice`);
      byId.set(op.id, op);
    }
    this.byId = byId;
  }
  static fromFile(file: URL | string = MANIFEST_FILE): PersistedOperations {
    return new PersistedOperations(JSON.parse(readFileSync(file, "utf8")));
  }
  has(id: string | undefined): boolean {
    return id !== undefined && this.byId.has(id);
  }
  body(id: string): string | undefined {
    return this.byId.get(id)?.body;
  }
}

/** The prefix Apollo Server puts before APQ keys (its PrefixingKeyValueCache). */
const APQ_PREFIX = "apq:";

/**
 * A read-only KeyValueCache for Apollo Server's `persistedQueries.cache`:
 * `get` answers the manifest's body, `set`/`delete` do nothing (no registration).
 */
export function manifestCache(ops: PersistedOperations) {
  return {
    async get(key: string): Promise<string | undefined> {
      return ops.body(key.startsWith(APQ_PREFIX) ? key.slice(APQ_PREFIX.length) : key);
    },
    async set(): Promise<void> {},
    async delete(): Promise<boolean> {
      return false;
    },
  };
}

/**
 * Safelist mode: refuse any operation that is not a registered one. Apollo turns an error thrown
 * in `didResolveSource` into a 500, so the verdict is taken there and applied in two caught places:
 * `didResolveOperation` refuses before any planning or subgraph call, and `willSendResponse`
 * replaces whatever an unregistered text produced earlier (a parse or validation error, which would
 * describe the schema) by the one refusal. Parsing stays bounded by the tokens limit.
 */
export function safelistPlugin<C extends BaseContext>(
  ops: PersistedOperations,
  production: boolean,
): ApolloServerPlugin<C> {
  const message = production
    ? "Operation not in the persisted operation list"
    : "Operation not in the persisted operation list: only registered operations (by id) are accepted";
  const refusal = () => new GraphQLError(message, { extensions: { code: NOT_IN_LIST, http: { status: 400 } } });
  return {
    async requestDidStart() {
      let registered = true;
      return {
        async didResolveSource({ queryHash }) {
          registered = ops.has(queryHash);
        },
        async didResolveOperation() {
          if (!registered) throw refusal();
        },
        async willSendResponse({ response }) {
          if (registered) return;
          response.body = {
            kind: "single",
            singleResult: { errors: [{ message, extensions: { code: NOT_IN_LIST } }] },
          };
          response.http.status = 400;
        },
      };
    },
  };
}
