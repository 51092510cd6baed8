export * from "./connection.js";
export * from "./errors.js";
export * from "./http.js";
export * from "./logger.js";
export * from "./main.js";
export * from "./service.js";
export * from "./wiring.js";
export * from "./sdl.js";
