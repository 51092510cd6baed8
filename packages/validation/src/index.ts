export * from "./phone.js";
export * from "./rule-error.js";
export * from "./public-error.js";
