/**
 * Who is calling, as the gateway decides it before anything reaches a subgraph:
 * the access token is verified (pinned algorithm, iss, aud, typ, expiry — see
 * @meander/auth), then its session is checked against the revoked sessions.
 * Anonymous callers (no Authorization header) pass as a null viewer; the
 * subgraphs' rules decide what they may reach.
 */
import type { IncomingMessage } from "node:http";
import { GraphQLError } from "graphql";
import type { TokenVerifier, Viewer } from "@meander/auth";
import { viewerFrom, type Logger } from "@meander/subgraph-kit";
import type { RevocationStore } from "./revocations.js";

export interface AuthenticateDeps {
  verifier: TokenVerifier;
  revocations: RevocationStore;
  log?: Logger;
}

export const sessionRevoked = () =>
  new GraphQLError("Session revoked", { extensions: { code: "UNAUTHENTICATED", http: { status: 401 } } });

/**
 * The viewer of a request, or null for an anonymous one. Throws 401
 * UNAUTHENTICATED for a bad token ("Invalid or expired access token") or a
 * revoked session ("Session revoked"). When the revocation store cannot be
 * asked (Redis down), the request is refused with 503: the gateway fails
 * closed rather than let a possibly revoked session through.
 */
export async function authenticate(req: IncomingMessage, deps: AuthenticateDeps): Promise<Viewer | null> {
  const viewer = await viewerFrom(req, deps.verifier);
  if (!viewer) return null;
  let revoked: boolean;
  try {
    revoked = await deps.revocations.isRevoked(viewer.sessionId);
  } catch (err) {
    deps.log?.error({ err }, "revocation store unavailable");
    throw new GraphQLError("Service unavailable", {
      extensions: { code: "INTERNAL_SERVER_ERROR", http: { status: 503 } },
    });
  }
  if (revoked) throw sessionRevoked();
  return viewer;
}
