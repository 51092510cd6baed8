export * from "./pg-schema.js";
export * from "./courses.js";
export * from "./badges.js";
export * from "./activities.js";
export * from "./events.js";
