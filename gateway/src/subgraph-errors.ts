/**
 * A subgraph refuses a request whose variables do not coerce (a custom scalar
 * the gateway cannot check itself, e.g. a `LocalDate` of "yesterday") with
 * HTTP 400 and `BAD_USER_INPUT`. Apollo's data source turns every non-2xx
 * answer into an internal error; this keeps the subgraph's verdict: the client
 * gets BAD_USER_INPUT with the subgraph's message (GraphQL's own coercion text,
 * which names the variable and the scalar, nothing of the server).
 */
import { GraphQLError } from "graphql";

interface Answer {
  status: number;
  json(): Promise<unknown>;
}

export async function badInputFrom(response: Answer): Promise<GraphQLError | null> {
  if (response.status !== 400) return null;
  const body = (await response.json().catch(() => null)) as { errors?: Array<{ message?: unknown; extensions?: { code?: unknown } }> } | null;
  const first = body?.errors?.[0];
  if (first?.extensions?.code !== "BAD_USER_INPUT" || typeof first.message !== "string") return null;
  return new GraphQLError(first.message.slice(0, 500), { extensions: { code: "BAD_USER_INPUT" } });
}
