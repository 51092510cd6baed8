export * from "./phone.js";
