/**
 * Object keys are namespaced per organization: the caller names an object
 * inside its organization ("receipts/2026/11/<uuid>.jpg") and the store puts it
 * under "<organizationId>/...". Keys are validated so that no key can climb out
 * of its namespace ("..", absolute paths, backslashes, control characters).
 */
import { randomUUID } from "node:crypto";
import { StorageError } from "./errors.js";

const ORG = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;
const SEGMENT = /^[A-Za-z0-9_-][A-Za-z0-9._-]{0,199}$/;
export const MAX_KEY_LENGTH = 512;

export function checkOrganizationId(organizationId: string): void {
  if (typeof organizationId !== "string" || !ORG.test(organizationId)) {
    throw new StorageError("INVALID_KEY", "organization id must be 1-64 characters of letters, digits, '-' or '_'");
  }
}

/** Validates a caller's key: '/'-separated segments of letters, digits, '.', '-', '_'; no '.'/'..' segments, no leading dot. */
export function checkKey(key: string): void {
  if (typeof key !== "string" || key.length === 0 || key.length > MAX_KEY_LENGTH) {
    throw new StorageError("INVALID_KEY", `object key must be 1-${MAX_KEY_LENGTH} characters`);
  }
  for (const segment of key.split("/")) {
    if (!SEGMENT.test(segment) || segment === "." || segment === "..") {
      throw new StorageError(
        "INVALID_KEY",
        "object key segments may hold letters, digits, '.', '-' and '_' only, and may not start with '.'",
      );
    }
  }
}

/** The physical key: "<organizationId>/<key>", after validating both. */
export function namespacedKey(organizationId: string, key: string): string {
  checkOrganizationId(organizationId);
  checkKey(key);
  return `${organizationId}/${key}`;
}

/** A fresh, unguessable key: "<prefix>/<yyyy>/<mm>/<uuid>.<ext>" (prefix e.g. "receipts", "activity-documents"). */
export function newObjectKey(prefix: string, extension: string, now: Date = new Date()): string {
  const ext = extension.replace(/^\./, "").toLowerCase();
  const key = `${prefix}/${now.getUTCFullYear()}/${String(now.getUTCMonth() + 1).padStart(2, "0")}/${randomUUID()}${ext ? `.${ext}` : ""}`;
  checkKey(key);
  return key;
}
