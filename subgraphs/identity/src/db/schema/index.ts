export * from "./pg-schema.js";
export * from "./users.js";
export * from "./memberships.js";
export * from "./credentials.js";
export * from "./sessions.js";
export * from "./oidc.js";
export * from "./events.js";
export * from "./invitations.js";
