/** Process entry for the services mode. */
import { runSubgraphMain } from "@meander/subgraph-kit";
import { readConfig } from "./config.js";
import { createSubgraph, migrations, SUBGRAPH } from "./server.js";

await runSubgraphMain({ name: SUBGRAPH, migrations, createSubgraph, readConfig });
