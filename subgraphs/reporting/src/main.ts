/** Process entry for the services mode. */
import { runSubgraphMain } from "@meander/subgraph-kit";
import { readConfig } from "./config.js";
import { createSubgraph, migrations, SUBGRAPH } from "./server.js";

const config = readConfig();
// The master key seals this service's part of subject access exports (the kit's deps carry the embedded launcher's).
await runSubgraphMain({
  name: SUBGRAPH,
  migrations,
  readConfig: () => config,
  createSubgraph: (deps) => createSubgraph({ ...deps, masterKey: config.MEANDER_MASTER_KEY ?? deps.masterKey }),
});
