export * from "./envelope.js";
export * from "./catalog.js";
export * from "./bus.js";
export * from "./in-process.js";
export * from "./outbox.js";
export * from "./relay.js";
export * from "./consumer.js";
export * from "./unit-of-work.js";
