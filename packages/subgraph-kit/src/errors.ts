/**
 * Error masking: clients see only errors that carry a public code; anything
 * else (a driver error with SQL in it, a bug) becomes "Internal server error"
 * and is logged with its stack on the server.
 */
import { unwrapResolverError } from "@apollo/server/errors";
import { PUBLIC_ERROR_CODES } from "@meander/auth";
import type { GraphQLFormattedError } from "graphql";
import type { Logger } from "./logger.js";

const PUBLIC = new Set<string>(PUBLIC_ERROR_CODES);

export function maskErrors(log: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = formatted.extensions?.code;
    if (typeof code === "string" && PUBLIC.has(code)) {
      const { stacktrace: _drop, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions };
    }
    const original = unwrapResolverError(error);
    log.error({ err: original, path: formatted.path }, "internal error");
    return {
      message: "Internal server error",
      path: formatted.path,
      locations: formatted.locations,
      extensions: { code: "INTERNAL_SERVER_ERROR" },
    };
  };
}
