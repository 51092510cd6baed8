import { pgSchema } from "drizzle-orm/pg-core";

/** Every engagement table lives in this pg schema; no other subgraph reads it. */
export const engagement = pgSchema("engagement");
