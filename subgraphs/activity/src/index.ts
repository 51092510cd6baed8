export { createSubgraph, migrations, SUBGRAPH } from "./server.js";
export { configSchema, readConfig } from "./config.js";
export { seedDemo } from "./seed.js";
export { shredSubject, migrateSubjectKeys } from "./application/subject-keys.js";
