export * from "./pg-schema.js";
export * from "./expense-types.js";
export * from "./expenses.js";
export * from "./activities.js";
export * from "./events.js";
