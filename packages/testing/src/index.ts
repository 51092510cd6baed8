export * from "./client.js";
export * from "./database.js";
export * from "./harness.js";
export * from "./keys.js";
export { templateSetup } from "./global-setup.js";
export * from "./events.js";
export * from "./bus.js";
export * from "./otlp.js";
export { testConfig } from "./config.js";
