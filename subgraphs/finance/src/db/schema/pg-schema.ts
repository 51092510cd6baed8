import { pgSchema } from "drizzle-orm/pg-core";

/** Every finance table lives in this pg schema; no other subgraph reads it. */
export const finance = pgSchema("finance");
