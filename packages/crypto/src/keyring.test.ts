import { describe, expect, it } from "vitest";
import {
  CryptoError,
  createEnvelope,
  createKeyring,
  generateMasterKey,
  isCiphertext,
  keyringOver,
  memoryKeyStore,
  parseCiphertext,
  parseWrappedKey,
  rowAad,
  type CryptoErrorCode,
} from "./index.js";

const ORG_A = "0190f0a0-0000-7000-8000-00000000000a";
const ORG_B = "0190f0a0-0000-7000-8000-00000000000b";
const MARKER = "MARKER-7f3a-health-note: diabetes, Storgata 12";

async function failsWith(promise: Promise<unknown>, code: CryptoErrorCode) {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(CryptoError);
  expect((error as CryptoError).code).toBe(code);
}

function setup(masterKey = generateMasterKey()) {
  const store = memoryKeyStore();
  return { store, masterKey, keyring: createKeyring({ masterKey, ...store }) };
}

// Flip one bit of the decoded body at `index` (negative: from the end) and re-encode.
function tamper(text: string, index: number): string {
  const parts = text.split(".");
  const body = Buffer.from(parts.at(-1)!, "base64url");
  const i = index < 0 ? body.length + index : index;
  body[i] = body[i]! ^ 0x01;
  parts[parts.length - 1] = body.toString("base64url");
  return parts.join(".");
}

describe("keyring", () => {
  it("round-trips text and bytes and creates one data key per organization on first use", async () => {
    const { keyring, store } = setup();
    const aad = rowAad("activity.assignments", "row-1", "payload");
    const ct = await keyring.encrypt(ORG_A, MARKER, aad);
    expect(await keyring.decrypt(ORG_A, ct, aad)).toBe(MARKER);
    const bytes = Buffer.from([0, 1, 2, 255]);
    expect(await keyring.decryptBytes(ORG_A, await keyring.encrypt(ORG_A, bytes, aad), aad)).toEqual(bytes);
    expect(await keyring.decrypt(ORG_A, await keyring.encrypt(ORG_A, "", aad), aad)).toBe("");
    expect([...store.keys.keys()]).toEqual([ORG_A]);
  });

  it("never puts the plaintext marker (or its base64) into the ciphertext, and never repeats a ciphertext", async () => {
    const { keyring, store } = setup();
    const aad = rowAad("activity.assignments", "row-1");
    const a = await keyring.encrypt(ORG_A, MARKER, aad);
    const b = await keyring.encrypt(ORG_A, MARKER, aad);
    expect(a).not.toBe(b); // fresh IV each time
    for (const text of [a, b, store.keys.get(ORG_A)!]) {
      expect(text).not.toContain("MARKER");
      expect(text).not.toContain(Buffer.from(MARKER).toString("base64url").slice(0, 12));
      expect(Buffer.from(text.split(".").at(-1)!, "base64url").includes(Buffer.from("MARKER"))).toBe(false);
    }
    expect(isCiphertext(a)).toBe(true);
    expect(isCiphertext(MARKER)).toBe(false);
  });

  it("is self-describing: the ciphertext names its data key, the wrapped key names its master key", async () => {
    const { keyring, store, masterKey } = setup();
    const ct = await keyring.encrypt(ORG_A, MARKER, "t:1");
    const wrapped = parseWrappedKey(store.keys.get(ORG_A)!);
    expect(ct.startsWith("menc1.")).toBe(true);
    expect(parseCiphertext(ct).keyId).toBe(wrapped.dataKeyId);
    expect(wrapped.masterKeyId).toBe(createEnvelope({ masterKey }).activeMasterKeyId);
  });

  it("fails with wrong associated data (ciphertext moved to another row or column)", async () => {
    const { keyring } = setup();
    const ct = await keyring.encrypt(ORG_A, MARKER, rowAad("activity.assignments", "row-1", "payload"));
    await failsWith(
      keyring.decrypt(ORG_A, ct, rowAad("activity.assignments", "row-2", "payload")),
      "DECRYPTION_FAILED",
    );
    await failsWith(keyring.decrypt(ORG_A, ct, rowAad("activity.assignments", "row-1", "notes")), "DECRYPTION_FAILED");
    await failsWith(keyring.decrypt(ORG_A, ct, rowAad("activity.contacts", "row-1", "payload")), "DECRYPTION_FAILED");
  });

  it("fails for another organization, even with the same row binding", async () => {
    const { keyring } = setup();
    const aad = rowAad("activity.assignments", "row-1");
    const ct = await keyring.encrypt(ORG_A, MARKER, aad);
    await keyring.encrypt(ORG_B, "B's own data", aad); // B has a data key of its own
    await failsWith(keyring.decrypt(ORG_B, ct, aad), "KEY_MISMATCH");
  });

  it("fails when organization B's stored key is replaced by A's wrapped key (the wrapping binds the organization)", async () => {
    const { keyring, store } = setup();
    const ct = await keyring.encrypt(ORG_A, MARKER, "t:1");
    store.keys.set(ORG_B, store.keys.get(ORG_A)!);
    await failsWith(keyring.decrypt(ORG_B, ct, "t:1"), "DECRYPTION_FAILED");
  });

  it("detects any tampering: body, IV, tag, truncation, swapped key id", async () => {
    const { keyring } = setup();
    const ct = await keyring.encrypt(ORG_A, MARKER, "t:1");
    await failsWith(keyring.decrypt(ORG_A, tamper(ct, 0), "t:1"), "DECRYPTION_FAILED"); // IV
    await failsWith(keyring.decrypt(ORG_A, tamper(ct, 14), "t:1"), "DECRYPTION_FAILED"); // body
    await failsWith(keyring.decrypt(ORG_A, tamper(ct, -1), "t:1"), "DECRYPTION_FAILED"); // tag
    await failsWith(keyring.decrypt(ORG_A, ct.slice(0, -4), "t:1"), "DECRYPTION_FAILED");
    await failsWith(
      keyring.decrypt(ORG_A, ct.replace(/^menc1\.[0-9a-f]{16}/, "menc1.0123456789abcdef"), "t:1"),
      "KEY_MISMATCH",
    );
    await failsWith(keyring.decrypt(ORG_A, ct.replace("menc1.", "menc9."), "t:1"), "MALFORMED_CIPHERTEXT");
    await failsWith(keyring.decrypt(ORG_A, ct.replace("menc1.", "menc2."), "t:1"), "NO_DATA_KEY"); // no subject key of that id
    await failsWith(keyring.decrypt(ORG_A, "not encrypted", "t:1"), "MALFORMED_CIPHERTEXT");
  });

  it("refuses a tampered wrapped data key", async () => {
    const { keyring, store } = setup();
    const ct = await keyring.encrypt(ORG_A, MARKER, "t:1");
    store.keys.set(ORG_A, tamper(store.keys.get(ORG_A)!, 20));
    await failsWith(keyring.decrypt(ORG_A, ct, "t:1"), "DECRYPTION_FAILED");
  });

  it("refuses to decrypt with another master key, and names the missing master key id", async () => {
    const { keyring, store } = setup();
    const ct = await keyring.encrypt(ORG_A, MARKER, "t:1");
    const stranger = createKeyring({ masterKey: generateMasterKey(), ...store });
    await failsWith(stranger.decrypt(ORG_A, ct, "t:1"), "UNKNOWN_MASTER_KEY");
  });

  it("requires associated data and an organization, and refuses decrypting where no key exists", async () => {
    const { keyring } = setup();
    await failsWith(keyring.encrypt(ORG_A, MARKER, ""), "INVALID_ARGUMENT");
    await failsWith(keyring.encrypt("", MARKER, "t:1"), "INVALID_ARGUMENT");
    await failsWith(
      keyring.decrypt(ORG_B, "menc1.0123456789abcdef.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "t:1"),
      "NO_DATA_KEY",
    );
  });

  it("rotates the master key: rewraps data keys without re-encrypting data, old master retired afterwards", async () => {
    const oldMaster = generateMasterKey();
    const newMaster = generateMasterKey();
    const { keyring: before, store } = setup(oldMaster);
    const ctA = await before.encrypt(ORG_A, MARKER, "t:1");
    const ctB = await before.encrypt(ORG_B, "b", "t:2");
    const wrappedBefore = store.keys.get(ORG_A)!;

    const during = createKeyring({ masterKey: newMaster, previousMasterKeys: [oldMaster], ...store });
    expect(await during.decrypt(ORG_A, ctA, "t:1")).toBe(MARKER); // still readable before the rewrap
    expect(await during.rewrapDataKey(ORG_A)).toBe(true);
    expect(await during.rewrapDataKey(ORG_A)).toBe(false); // already under the new master
    expect(await during.rewrapDataKey(ORG_B)).toBe(true);
    expect(await during.rewrapDataKey("0190f0a0-0000-7000-8000-0000000000ff")).toBe(false); // no key, nothing to do
    expect(store.keys.get(ORG_A)).not.toBe(wrappedBefore);
    expect(parseWrappedKey(store.keys.get(ORG_A)!).dataKeyId).toBe(parseWrappedKey(wrappedBefore).dataKeyId);

    const after = createKeyring({ masterKey: newMaster, ...store }); // old master removed from config
    expect(await after.decrypt(ORG_A, ctA, "t:1")).toBe(MARKER);
    expect(await after.decrypt(ORG_B, ctB, "t:2")).toBe("b");
    const oldOnly = createKeyring({ masterKey: oldMaster, ...store });
    await failsWith(oldOnly.decrypt(ORG_A, ctA, "t:1"), "UNKNOWN_MASTER_KEY");
  });

  it("a rewrap loses a race cleanly when the stored key changed meanwhile (compare-and-set)", async () => {
    const oldMaster = generateMasterKey();
    const { keyring, store } = setup(oldMaster);
    await keyring.encrypt(ORG_A, MARKER, "t:1");
    const envelope = createEnvelope({ masterKey: generateMasterKey(), previousMasterKeys: [oldMaster] });
    const stale = store.keys.get(ORG_A)!;
    expect(await store.replaceWrappedKey(ORG_A, stale, envelope.rewrap(ORG_A, stale))).toBe(true);
    expect(await store.replaceWrappedKey(ORG_A, stale, envelope.rewrap(ORG_A, stale))).toBe(false);
  });

  it("uses the stored winner when two first encryptions race to create the data key", async () => {
    const masterKey = generateMasterKey();
    const store = memoryKeyStore();
    const one = createKeyring({ masterKey, ...store });
    const two = createKeyring({ masterKey, ...store });
    const [a, b] = await Promise.all([one.encrypt(ORG_A, "one", "t:1"), two.encrypt(ORG_A, "two", "t:2")]);
    expect(parseCiphertext(a).keyId).toBe(parseCiphertext(b).keyId);
    expect(await one.decrypt(ORG_A, b, "t:2")).toBe("two");
  });

  it("dataKey() loads once for many synchronous operations; withStore() keeps the master keys", async () => {
    const { keyring, masterKey } = setup();
    const other = memoryKeyStore();
    const moved = keyring.withStore(other);
    const key = await moved.dataKey(ORG_A);
    const cts = Array.from({ length: 50 }, (_, i) => key.encrypt(`row ${i}`, `t:${i}`));
    expect(cts.map((c, i) => key.decrypt(c, `t:${i}`))).toEqual(Array.from({ length: 50 }, (_, i) => `row ${i}`));
    expect(other.keys.size).toBe(1);
    const sameMaster = keyringOver(createEnvelope({ masterKey }), other);
    expect(await sameMaster.decrypt(ORG_A, cts[7]!, "t:7")).toBe("row 7");
    await failsWith(keyring.dataKey(ORG_B, { create: false }), "NO_DATA_KEY");
  });
});
