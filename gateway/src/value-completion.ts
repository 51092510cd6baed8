/**
 * @apollo/gateway reports a nullability failure found while shaping the answer (a subgraph handed out an entity
 * another subgraph would not complete, e.g. `Expense.user` for a person identity hides from the caller) only in
 * `extensions.valueCompletion`, and only when no other error occurred: the client got `data: null` (or a nulled
 * branch) with no `errors` (issue 18 finding 6). This plugin makes each such failure an error with its path, code
 * INTERNAL_SERVER_ERROR (it is a fault of the platform, not of the caller), and logs it for the person on call.
 */
import type { ApolloServerPlugin, BaseContext } from "@apollo/server";
import type { GraphQLFormattedError } from "graphql";
import type { Logger } from "@meander/subgraph-kit";

export const INCOMPLETE_ANSWER_MESSAGE = "Svaret kunne ikke fullføres: et felt som alltid skal ha en verdi, fikk ingen";

interface Completion {
  message?: unknown;
  path?: unknown;
}

export function valueCompletionPlugin<C extends BaseContext>(log: Logger): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== "single") return;
          const result = response.body.singleResult;
          const completions = result.extensions?.valueCompletion as Completion[] | undefined;
          if (!Array.isArray(completions) || completions.length === 0) return;
          const errors: GraphQLFormattedError[] = completions.map((c) => {
            const path = Array.isArray(c.path) ? (c.path as Array<string | number>) : undefined;
            log.error(
              { path, detail: String(c.message ?? "") },
              "a value the schema requires was missing from the subgraphs' answers",
            );
            return {
              message: INCOMPLETE_ANSWER_MESSAGE,
              ...(path ? { path } : {}),
              extensions: { code: "INTERNAL_SERVER_ERROR" },
            };
          });
          const { valueCompletion: _moved, ...extensions } = result.extensions ?? {};
          response.body.singleResult = {
            ...result,
            errors: [...(result.errors ?? []), ...errors],
            extensions: Object.keys(extensions).length > 0 ? extensions : undefined,
          };
        },
      };
    },
  };
}
