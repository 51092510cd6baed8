export { createGateway, SUPERGRAPH_FILE, type Gateway, type GatewayOptions } from "./server.js";
export { SUBGRAPHS, defaultUrl, type SubgraphName } from "./subgraphs.js";
export { composeSupergraph } from "./compose.js";
export { gatewayConfigSchema, readConfig, type GatewayConfig } from "./config.js";
export { authenticate, sessionRevoked, type AuthenticateDeps } from "./authenticate.js";
export {
  createMemoryRevocationStore,
  createRedisRevocationStore,
  startRevocationConsumer,
  DEFAULT_REVOCATION_KEY_PREFIX,
  REVOCATION_GROUP,
  SESSION_REVOKED,
  type RevocationStore,
  type RedisRevocationStoreOptions,
  type MemoryRevocationStoreOptions,
  type RevocationConsumerOptions,
} from "./revocations.js";
