export * from "./connect.js";
export * from "./migrate.js";
export * from "./transaction.js";
export * from "./ids.js";
export * from "./rls.js";
export * from "./local-association.js";
export * from "./statement-log.js";
export * from "./errors.js";
