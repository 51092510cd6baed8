/**
 * Relay-style connections (`first`/`after`, `edges`, `pageInfo`) over keyset
 * pagination: the cursor is the opaque base64url of the row's sort key.
 */
import { badInput } from "@meander/validation";

export interface PageArgs {
  first?: number | null;
  after?: string | null;
}

export interface Connection<T> {
  edges: Array<{ node: T; cursor: string }>;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

export function encodeCursor(key: unknown): string {
  return Buffer.from(JSON.stringify(key), "utf8").toString("base64url");
}

export function decodeCursor<K>(cursor: string): K {
  try {
    return JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as K;
  } catch {
    throw badInput("cursor_format", "after", "Invalid cursor");
  }
}

/** Validates `first`, decodes `after`; asks the repository for one row more than the page to learn hasNextPage. */
export function pageRequest<K>(args: PageArgs): { limit: number; first: number; after: K | null } {
  const first = args.first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw badInput("page_size_range", "first", `first must be between 1 and ${MAX_PAGE_SIZE}`);
  }
  return { first, limit: first + 1, after: args.after ? decodeCursor<K>(args.after) : null };
}

export function toConnection<T>(rows: T[], first: number, keyOf: (row: T) => unknown): Connection<T> {
  const page = rows.slice(0, first);
  const edges = page.map((node) => ({ node, cursor: encodeCursor(keyOf(node)) }));
  return {
    edges,
    pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null },
  };
}
