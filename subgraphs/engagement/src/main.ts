/** Process entry for the services mode. */
import { runSubgraphMain } from "@meander/subgraph-kit";
import { channelsFrom, readConfig } from "./config.js";
import { createSubgraph, migrations, SUBGRAPH } from "./server.js";

const config = readConfig();
await runSubgraphMain({
  name: SUBGRAPH,
  migrations,
  readConfig: () => config,
  createSubgraph: (deps) =>
    createSubgraph(
      { ...deps, masterKey: config.MEANDER_MASTER_KEY ?? deps.masterKey },
      { channels: channelsFrom(config) },
    ),
});
