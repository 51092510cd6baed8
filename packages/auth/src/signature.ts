/**
 * The gateway-to-subgraph request signature. The gateway signs the exact bytes
 * it sends (timestamp + body) with a shared secret; a subgraph refuses any
 * request without a valid, fresh signature, `_entities` and `_service` included.
 * Header: `x-meander-signature: t=<unix seconds>,v1=<hex hmac-sha256>`.
 */
import { createHmac, createSecretKey, timingSafeEqual, type KeyObject } from "node:crypto";

export const SIGNATURE_HEADER = "x-meander-signature";
const TOLERANCE_SECONDS = 300;

// The secret as a key object, made once per secret rather than on every request (gateway and subgraphs sign
// and check every subgraph call).
const keys = new Map<string, KeyObject>();
function keyOf(secret: string): KeyObject {
  let key = keys.get(secret);
  if (!key) {
    if (keys.size >= 16) keys.clear();
    keys.set(secret, (key = createSecretKey(Buffer.from(secret, "utf8"))));
  }
  return key;
}

function mac(secret: string, timestamp: number, body: string): Buffer {
  return createHmac("sha256", keyOf(secret)).update(`${timestamp}.${body}`).digest();
}

export function signRequest(secret: string, body: string, now: Date = new Date()): string {
  const t = Math.floor(now.getTime() / 1000);
  return `t=${t},v1=${mac(secret, t, body).toString("hex")}`;
}

export function verifyRequestSignature(
  secret: string,
  header: string | undefined,
  body: string,
  now: Date = new Date(),
): boolean {
  if (!header) return false;
  const parts = Object.fromEntries(
    header.split(",").map((p) => {
      const i = p.indexOf("=");
      return [p.slice(0, i).trim(), p.slice(i + 1).trim()];
    }),
  );
  const t = Number(parts.t);
  const given = typeof parts.v1 === "string" && /^[0-9a-f]{64}$/.test(parts.v1) ? Buffer.from(parts.v1, "hex") : null;
  if (!Number.isInteger(t) || !given) return false;
  if (Math.abs(now.getTime() / 1000 - t) > TOLERANCE_SECONDS) return false;
  return timingSafeEqual(given, mac(secret, t, body));
}
