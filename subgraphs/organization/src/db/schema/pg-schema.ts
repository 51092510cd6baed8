import { pgSchema } from "drizzle-orm/pg-core";

/** Every organization table lives in this pg schema; no other subgraph reads it. */
export const organization = pgSchema("organization");
