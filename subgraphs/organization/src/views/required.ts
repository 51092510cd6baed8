import { notFound } from "@meander/validation";

/** A non-null relation the caller's scope should always reach (same organization); a miss is NOT_FOUND, not a leak. */
export async function required<T>(row: Promise<T | null>, what: string): Promise<T> {
  const found = await row;
  if (!found) throw notFound(what);
  return found;
}
