export * from "./pg-schema.js";
export * from "./activity-facts.js";
export * from "./activity-counts.js";
export * from "./events.js";
export * from "./bufdir.js";
export * from "./statistics.js";
export * from "./report-definitions.js";
export * from "./feature-flags.js";
