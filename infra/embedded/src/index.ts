export { startPlatform, TOKEN_SETTINGS, type Platform, type PlatformOptions } from "./platform.js";
export { MIGRATIONS, SERVICES } from "./services.js";
export { launchServices, type Launched, type LaunchOptions } from "./launch.js";
