export { eventLag } from "./event-lag.js";
export { percentile, summarize } from "./stats.js";
