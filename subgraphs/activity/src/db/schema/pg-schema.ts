import { pgSchema } from "drizzle-orm/pg-core";

/** Every activity table lives in this pg schema; no other subgraph reads it. */
export const activity = pgSchema("activity");
