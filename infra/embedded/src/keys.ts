/**
 * Token keys of the embedded mode: generated once and kept in the data
 * directory, so tokens stay valid across restarts. (Services mode reads the
 * JWKS from config; identity issues tokens once the identity issue lands.)
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { generateSigningKey, TOKEN_ALGORITHM, type SigningKey } from "@meander/auth";
import { importJWK, type JWK, type CryptoKey } from "jose";
import { generateMasterKey } from "@meander/crypto";

export async function loadOrCreateKey(dir: string | null): Promise<SigningKey> {
  const file = dir ? join(dir, "signing-key.json") : null;
  if (file && existsSync(file)) {
    const { privateJwk, publicJwk } = JSON.parse(readFileSync(file, "utf8")) as { privateJwk: JWK; publicJwk: JWK };
    return { kid: publicJwk.kid!, publicJwk, privateKey: (await importJWK(privateJwk, TOKEN_ALGORITHM)) as CryptoKey };
  }
  const { key, privateJwk } = await generateSigningKey(`embedded-${Date.now()}`);
  if (file && dir) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(file, JSON.stringify({ privateJwk, publicJwk: key.publicJwk }), { mode: 0o600 });
  }
  return key;
}

/** The master key for data at rest (@meander/crypto), kept beside the data (0600); a fresh one in memory without a directory. */
export function loadOrCreateMasterKey(dir: string | null): string {
  const file = dir ? join(dir, "master-key") : null;
  if (file && existsSync(file)) return readFileSync(file, "utf8").trim();
  const key = generateMasterKey();
  if (file && dir) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(file, key, { mode: 0o600 });
  }
  return key;
}
