/**
 * The gateway: one GraphQL endpoint over the six subgraphs. It loads the
 * committed supergraph, verifies the caller's access token, forwards the
 * Authorization header, and signs every request it sends to a subgraph.
 * Apollo Sandbox is served on its endpoint (GET in a browser) outside production.
 */
import { readFileSync } from "node:fs";
import { randomUUID } from "node:crypto";
import type { IncomingMessage } from "node:http";
import { ApolloGateway, RemoteGraphQLDataSource } from "@apollo/gateway";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { ApolloServerPluginLandingPageLocalDefault } from "@apollo/server/plugin/landingPage/default";
import { SIGNATURE_HEADER, signRequest, type RequestContext, type TokenVerifier } from "@meander/auth";
import { createHttpHandler, listen, maskErrors, viewerFrom, type Listening, type Logger } from "@meander/subgraph-kit";
import type { SubgraphName } from "./subgraphs.js";

export const SUPERGRAPH_FILE = new URL("../supergraph.graphql", import.meta.url);

export interface GatewayOptions {
  subgraphUrls: Record<SubgraphName, string>;
  signingSecret: string;
  verifier: TokenVerifier;
  log: Logger;
  production?: boolean;
  supergraphSdl?: string;
}

interface GatewayContext extends RequestContext {
  authorization?: string;
}

/** A fetch that signs the exact body it sends (the subgraphs check it). */
function signingFetch(secret: string) {
  return (url: string, init: { method?: string; headers?: Record<string, string>; body?: string }) => {
    const body = init.body ?? "";
    return fetch(url, { ...init, headers: { ...init.headers, [SIGNATURE_HEADER]: signRequest(secret, body) } });
  };
}

export function createGateway(opts: GatewayOptions) {
  const gateway = new ApolloGateway({
    supergraphSdl: opts.supergraphSdl ?? readFileSync(SUPERGRAPH_FILE, "utf8"),
    buildService: ({ name }) =>
      new RemoteGraphQLDataSource<GatewayContext>({
        url: opts.subgraphUrls[name as SubgraphName],
        fetcher: signingFetch(opts.signingSecret) as any,
        willSendRequest({ request, context }) {
          if (context.authorization) request.http?.headers.set("authorization", context.authorization);
          if (context.requestId) request.http?.headers.set("x-request-id", context.requestId);
        },
      }),
  });
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    formatError: maskErrors(opts.log),
    includeStacktraceInErrorResponses: false,
    introspection: !opts.production,
    csrfPrevention: true,
    // Shutdown is ours (graceful, in order); Apollo's own signal handlers would race it.
    stopOnTerminationSignals: false,
    logger: opts.log,
    plugins: [
      opts.production
        ? ApolloServerPluginLandingPageDisabled()
        : ApolloServerPluginLandingPageLocalDefault({ embed: true, includeCookies: false }),
    ],
  });
  const handler = createHttpHandler<GatewayContext>({
    apollo,
    context: async (req: IncomingMessage) => {
      const viewer = await viewerFrom(req, opts.verifier);
      return { viewer, requestId: randomUUID(), authorization: req.headers.authorization };
    },
  });
  let listening: Listening | undefined;
  return {
    async start(port: number, host?: string): Promise<Listening> {
      await apollo.start();
      listening = await listen(handler, port, host);
      opts.log.info({ url: listening.url }, "gateway listening");
      return listening;
    },
    async stop() {
      await listening?.close();
      await apollo.stop();
    },
  };
}

export type Gateway = ReturnType<typeof createGateway>;
