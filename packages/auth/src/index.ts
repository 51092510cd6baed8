export * from "./client-ip.js";
export * from "./context.js";
export * from "./errors.js";
export * from "./rules.js";
export * from "./signature.js";
export * from "./tokens.js";
