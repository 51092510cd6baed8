import { pgSchema } from "drizzle-orm/pg-core";

/** Every identity table lives in this pg schema; no other subgraph reads it. */
export const identity = pgSchema("identity");
