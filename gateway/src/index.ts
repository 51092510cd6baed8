export { createGateway, SUPERGRAPH_FILE, type Gateway, type GatewayOptions } from "./server.js";
export { SUBGRAPHS, defaultUrl, type SubgraphName } from "./subgraphs.js";
export { composeSupergraph } from "./compose.js";
export { gatewayConfigSchema, readConfig } from "./config.js";
