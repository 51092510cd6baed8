/** A GraphQL client over real HTTP, signing requests the way the gateway does (or not, to test refusal). */
import { signRequest, SIGNATURE_HEADER } from "@meander/auth";

export interface GraphQLResponse<D = Record<string, unknown>> {
  status: number;
  data?: D | null;
  errors?: Array<{ message: string; path?: Array<string | number>; extensions?: Record<string, unknown> }>;
  headers: Headers;
}

export interface RequestOptions {
  token?: string;
  /** Sign as the gateway with this secret; omit to send an unsigned request. */
  signingSecret?: string;
  headers?: Record<string, string>;
}

export async function gql<D = Record<string, any>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  opts: RequestOptions = {},
): Promise<GraphQLResponse<D>> {
  const body = JSON.stringify({ query, variables });
  const headers: Record<string, string> = { "content-type": "application/json", ...opts.headers };
  if (opts.token) headers.authorization = `Bearer ${opts.token}`;
  if (opts.signingSecret) headers[SIGNATURE_HEADER] = signRequest(opts.signingSecret, body);
  const res = await fetch(url, { method: "POST", headers, body });
  const text = await res.text();
  let json: { data?: D | null; errors?: GraphQLResponse<D>["errors"] };
  try {
    json = JSON.parse(text);
  } catch {
    json = { errors: [{ message: text }] };
  }
  return { status: res.status, data: json.data, errors: json.errors, headers: res.headers };
}

/** Fails the test with the errors when a GraphQL call did not succeed; returns its data. */
export function dataOf<D>(res: GraphQLResponse<D>): D {
  if (res.errors?.length || !res.data) {
    throw new Error(`GraphQL call failed (${res.status}): ${JSON.stringify(res.errors)}`);
  }
  return res.data;
}
