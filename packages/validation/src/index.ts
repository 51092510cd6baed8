export * from "./phone.js";
export * from "./rule-error.js";
