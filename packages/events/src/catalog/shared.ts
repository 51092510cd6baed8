import { z } from "zod";

export const id = z.uuid();

/** One catalog entry: the current version's payload schema, and earlier versions still read (kept logs). */
export type CatalogEntry = { version: number; payload: z.ZodType; legacy?: Record<number, z.ZodType> };
export type CatalogEntries = Record<string, CatalogEntry>;
