import { describe, expect, it } from "vitest";
import {
  CryptoError,
  createKeyring,
  generateMasterKey,
  isShredded,
  memoryKeyStore,
  parseCiphertext,
  parseWrappedKey,
  parseWrappedSubjectKey,
  type CryptoErrorCode,
} from "./index.js";

const ORG = "0190f0a0-0000-7000-8000-00000000000a";
const OTHER_ORG = "0190f0a0-0000-7000-8000-00000000000b";
const ANNE = "0190f0a0-0000-7000-8000-0000000000a1";
const BJORN = "0190f0a0-0000-7000-8000-0000000000b2";
const MARKER = "MARKER-subject-9c2e: epilepsi";

async function failsWith(promise: Promise<unknown>, code: CryptoErrorCode) {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(CryptoError);
  expect((error as CryptoError).code).toBe(code);
}

function setup() {
  const store = memoryKeyStore();
  return { store, keyring: createKeyring({ masterKey: generateMasterKey(), ...store }) };
}

describe("per-subject keys", () => {
  it("encrypts under the subject's key (version 2, naming it), wrapped by the organization's data key", async () => {
    const { keyring, store } = setup();
    const ct = await keyring.encryptFor(ORG, ANNE, MARKER, "t:1");
    expect(ct).toMatch(/^menc2\.[0-9a-f]{16}\./);
    expect(ct).not.toContain("MARKER");
    expect(await keyring.decrypt(ORG, ct, "t:1")).toBe(MARKER);
    const row = store.subjectKeys.get(`${ORG}/${ANNE}`)!;
    expect(parseCiphertext(ct).keyId).toBe(row.subjectKeyId);
    expect(parseWrappedSubjectKey(row.wrapped!).dataKeyId).toBe(parseWrappedKey(store.keys.get(ORG)!).dataKeyId);
    // One key per subject, reused; another subject gets its own.
    const again = await keyring.encryptFor(ORG, ANNE, "x", "t:2");
    expect(parseCiphertext(again).keyId).toBe(row.subjectKeyId);
    expect(parseCiphertext(await keyring.encryptFor(ORG, BJORN, "y", "t:3")).keyId).not.toBe(row.subjectKeyId);
  });

  it("binds row, subject and organization: a moved ciphertext or wrapped key fails", async () => {
    const { keyring, store } = setup();
    const ct = await keyring.encryptFor(ORG, ANNE, MARKER, "t:1");
    await failsWith(keyring.decrypt(ORG, ct, "t:2"), "DECRYPTION_FAILED");
    await failsWith(keyring.decrypt(OTHER_ORG, ct, "t:1"), "NO_DATA_KEY");
    await keyring.encryptFor(ORG, BJORN, "b", "t:9");
    // Anne's wrapped key put on Bjørn's row: unwrapping binds the subject.
    const anne = store.subjectKeys.get(`${ORG}/${ANNE}`)!;
    store.subjectKeys.set(`${ORG}/${BJORN}`, { ...anne, subjectId: BJORN });
    store.subjectKeys.delete(`${ORG}/${ANNE}`);
    await failsWith(keyring.decrypt(ORG, ct, "t:1"), "DECRYPTION_FAILED");
  });

  it("destroying a subject's key shreds exactly that subject: SUBJECT_KEY_DESTROYED, others and version 1 still read", async () => {
    const { keyring, store } = setup();
    const anne = await keyring.encryptFor(ORG, ANNE, MARKER, "t:1");
    const bjorn = await keyring.encryptFor(ORG, BJORN, "Bjørn", "t:2");
    const orgWide = await keyring.encrypt(ORG, "org", "t:3");
    expect(await keyring.destroySubjectKey(ORG, ANNE)).toBe(true);
    expect(await keyring.destroySubjectKey(ORG, ANNE)).toBe(false);
    const error = await keyring.decrypt(ORG, anne, "t:1").catch((e: unknown) => e);
    expect(isShredded(error)).toBe(true);
    expect(store.subjectKeys.get(`${ORG}/${ANNE}`)).toMatchObject({ wrapped: null });
    expect(await keyring.decrypt(ORG, bjorn, "t:2")).toBe("Bjørn");
    expect(await keyring.decrypt(ORG, orgWide, "t:3")).toBe("org");
    // An erased subject takes no new encrypted data (no fresh key behind the tombstone).
    await failsWith(keyring.encryptFor(ORG, ANNE, "again", "t:4"), "SUBJECT_KEY_DESTROYED");
    // Destroying a subject that never had a key leaves a tombstone too.
    expect(await keyring.destroySubjectKey(ORG, "0190f0a0-0000-7000-8000-0000000000c3")).toBe(false);
    await failsWith(
      keyring.encryptFor(ORG, "0190f0a0-0000-7000-8000-0000000000c3", "x", "t:5"),
      "SUBJECT_KEY_DESTROYED",
    );
  });

  it("re-encrypts a version 1 ciphertext for a subject; a version 2 one of that subject is left as it is", async () => {
    const { keyring } = setup();
    const v1 = await keyring.encrypt(ORG, MARKER, "t:1");
    const v2 = await keyring.reencryptFor(ORG, ANNE, v1, "t:1");
    expect(parseCiphertext(v2).version).toBe(2);
    expect(await keyring.decrypt(ORG, v2, "t:1")).toBe(MARKER);
    expect(await keyring.reencryptFor(ORG, ANNE, v2, "t:1")).toBe(v2);
    await failsWith(keyring.reencryptFor(ORG, ANNE, v1, "t:other"), "DECRYPTION_FAILED");
  });

  it("memo keeps unwrapped keys for one keyring (one transaction), and forgets a destroyed subject", async () => {
    const { keyring, store } = setup();
    const memo = keyring.withStore(store, { memo: true });
    const ct = await memo.encryptFor(ORG, ANNE, MARKER, "t:1");
    store.keys.set(ORG, "broken"); // a memoised key is not loaded again
    expect(await memo.decrypt(ORG, ct, "t:1")).toBe(MARKER);
    await memo.destroySubjectKey(ORG, ANNE);
    await failsWith(memo.decrypt(ORG, ct, "t:1"), "SUBJECT_KEY_DESTROYED");
  });
});
