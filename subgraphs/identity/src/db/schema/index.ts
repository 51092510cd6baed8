export * from "./pg-schema.js";
export * from "./users.js";
export * from "./memberships.js";
export * from "./events.js";
