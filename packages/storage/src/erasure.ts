/**
 * What an erasure does to stored files (issue 24): the file name a person gave (it may name someone) is replaced
 * by a neutral one that keeps only the extension, and objects are deleted (files written without per-subject
 * encryption cannot be crypto-shredded: deleting them is the only way their bytes go).
 */
import type { ObjectStore } from "./store.js";

const EXTENSION = /\.[A-Za-z0-9]{1,8}$/;

/** The name a file keeps after erasure: `stem` (e.g. "slettet-dokument") and the original extension, nothing else. */
export function erasedFileName(fileName: string, stem: string): string {
  return `${stem}${(EXTENSION.exec(fileName.trim())?.[0] ?? "").toLowerCase()}`;
}

/** Deletes each object (idempotent: one already gone counts as deleted); returns how many keys were given. */
export async function deleteObjects(
  store: ObjectStore,
  organizationId: string,
  keys: readonly string[],
): Promise<number> {
  for (const key of keys) await store.delete(organizationId, key);
  return keys.length;
}
