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
    // The master key seals identity's part of subject access exports and wraps the users' subject keys (the kit's
    // deps carry the embedded launcher's); the previous ones still unwrap during a rotation.
    createSubgraph(
      { ...deps, masterKey: config.MEANDER_MASTER_KEY ?? deps.masterKey },
      {
        issuer: config.AUTH_ISSUER,
        audience: config.AUTH_AUDIENCE,
        oidcProviders: config.OIDC_PROVIDERS,
        previousMasterKeys: config.MEANDER_PREVIOUS_MASTER_KEYS,
      },
    ),
});
