export { createSubgraph, migrations, SUBGRAPH } from "./server.js";
export { readConfig } from "./config.js";
export { seedDemo } from "./seed.js";
