/** Process entry for the services mode. */
import { runSubgraphMain } from "@meander/subgraph-kit";
import { readConfig } from "./config.js";
import { createSubgraph, migrations, SUBGRAPH } from "./server.js";

const config = readConfig();
await runSubgraphMain({
  name: SUBGRAPH,
  migrations,
  readConfig: () => config,
  createSubgraph: (deps) =>
    createSubgraph(deps, { issuer: config.AUTH_ISSUER, audience: config.AUTH_AUDIENCE, oidcProviders: config.OIDC_PROVIDERS }),
});
