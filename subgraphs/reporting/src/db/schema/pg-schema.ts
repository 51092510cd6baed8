import { pgSchema } from "drizzle-orm/pg-core";

/** Every reporting table lives in this pg schema; no other subgraph reads it. */
export const reporting = pgSchema("reporting");
