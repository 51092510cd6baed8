/** Process entry for the services mode. */
import { runSubgraphMain } from "@meander/subgraph-kit";
import { readConfig, sensitiveOptionsFrom } from "./config.js";
import { createSubgraph, migrations, SUBGRAPH } from "./server.js";

const config = readConfig();
await runSubgraphMain({
  name: SUBGRAPH,
  migrations,
  readConfig: () => config,
  createSubgraph: (deps) => createSubgraph(deps, sensitiveOptionsFrom(config)),
});
