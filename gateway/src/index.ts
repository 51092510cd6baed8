export {
  createGateway,
  INTROSPECTION_KEY_HEADER,
  SUPERGRAPH_FILE,
  type Gateway,
  type GatewayOptions,
} from "./server.js";
export { DEFAULT_LIMITS, LIMIT_CODES, operationCost, pageSizeEstimator, type GatewayLimits } from "./limits.js";
export { SUBGRAPHS, defaultUrl, type SubgraphName } from "./subgraphs.js";
export { composeSupergraph } from "./compose.js";
export { gatewayConfigSchema, limitsOf, readConfig, type GatewayConfig } from "./config.js";
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
export {
  PersistedOperations,
  manifestCache,
  safelistPlugin,
  sha256Hex,
  MANIFEST_FILE,
  MANIFEST_FORMAT,
  NOT_IN_LIST,
  type PersistedManifest,
  type PersistedOperation,
} from "./persisted.js";
