export * from "./pg-schema.js";
export * from "./organizations.js";
export * from "./regions.js";
export * from "./local-associations.js";
export * from "./memberships.js";
export * from "./invitations.js";
export * from "./leads.js";
export * from "./events.js";
