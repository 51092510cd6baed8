export * from "./pg-schema.js";
export * from "./activity-types.js";
export * from "./contacts.js";
export * from "./activities.js";
export * from "./approvals.js";
export * from "./memberships.js";
export * from "./events.js";
