/**
 * Sealing an access export's objects (parts, the bundle, the PDF) for storage: each object gets a fresh data key,
 * wrapped by the master key and bound to the organization (@meander/crypto's envelope), so the object is readable
 * only with the platform's master key, only as this organization's, only as this request's object of this name
 * (the associated data binds request and name: an object copied to another request fails to open).
 * The sealed object is JSON: `{ format, wrappedKey, ciphertext }`; the wrapped key travels with the object, so no
 * subgraph needs another's key table, and deleting the object deletes its key.
 */
import type { Envelope } from "@meander/crypto";

const FORMAT = "meander.sealed-object.v1";

const aadOf = (requestId: string, name: string) => `privacy.access_export:${name}:${requestId}`;

export function sealObject(
  envelope: Envelope,
  organizationId: string,
  requestId: string,
  name: string,
  bytes: Uint8Array | string,
): Buffer {
  const wrappedKey = envelope.newWrappedDataKey(organizationId);
  const key = envelope.unwrapDataKey(organizationId, wrappedKey);
  const ciphertext = key.encrypt(bytes, aadOf(requestId, name));
  return Buffer.from(JSON.stringify({ format: FORMAT, wrappedKey, ciphertext }));
}

export function openObject(
  envelope: Envelope,
  organizationId: string,
  requestId: string,
  name: string,
  sealed: Uint8Array,
): Buffer {
  const parsed = JSON.parse(Buffer.from(sealed).toString("utf8")) as {
    format?: string;
    wrappedKey?: string;
    ciphertext?: string;
  };
  if (parsed.format !== FORMAT || !parsed.wrappedKey || !parsed.ciphertext)
    throw new Error(`not a sealed object (${name})`);
  return envelope
    .unwrapDataKey(organizationId, parsed.wrappedKey)
    .decryptBytes(parsed.ciphertext, aadOf(requestId, name));
}

/** Where a part lives in the organization's namespace of the object store. */
export function partKey(requestId: string, subgraph: string, objectId: string): string {
  return `access-exports/${requestId}/${subgraph}-${objectId}.json.sealed`;
}

/** Where the assembled bundle and PDF live. */
export function bundleKey(requestId: string, kind: "json" | "pdf"): string {
  return `access-exports/${requestId}/bundle.${kind}.sealed`;
}
