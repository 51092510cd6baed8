export { createSubgraph, migrations, SUBGRAPH } from "./server.js";
export { configSchema, readConfig } from "./config.js";
export { seedDemo, DEMO_PASSWORD } from "./seed.js";
export type { IdentityOptions } from "./server.js";
export type { OidcProviderConfig } from "./application/oidc-providers.js";
