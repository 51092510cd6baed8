/**
 * The keyring: envelope encryption bound to the caller's storage of wrapped
 * keys (each subgraph keeps them in its own tables, see README). The first
 * encryption for an organization creates its data key; the first for a
 * subject (a contact, a user) creates that subject's key, wrapped by the
 * organization's. Nothing is cached across calls unless `memo` is asked for
 * (only for a keyring bound to one transaction): a key created in a
 * transaction that later rolls back must not survive in memory.
 */
import { CryptoError } from "./errors.js";
import { createEnvelope, parseCiphertext, type DataKey, type Envelope, type MasterKeyOptions } from "./envelope.js";
import type { SubjectKey } from "./subject-key.js";

/** A subject's stored key: `wrapped` is null once it was destroyed (a tombstone that holds no key material). */
export interface StoredSubjectKey {
  subjectId: string;
  subjectKeyId: string;
  wrapped: string | null;
}

/** Where wrapped keys live. Implement it over the transaction you are in (sqlKeyStore does for SQL). */
export interface KeyStore {
  /** The organization's wrapped data key, or null/undefined if it has none yet. */
  loadWrappedKey(organizationId: string): Promise<string | null | undefined>;
  /**
   * Stores a new wrapped key if the organization has none (insert ... on conflict do nothing) and returns
   * the key that is stored afterwards: when two transactions race, both then use the winner's key.
   * Returning nothing means "stored as given".
   */
  saveWrappedKey(organizationId: string, wrapped: string): Promise<string | null | undefined | void>;
  /** Compare-and-set for master-key rotation: replace `previous` by `next`; false if the row changed meanwhile. */
  replaceWrappedKey?(organizationId: string, previous: string, next: string): Promise<boolean>;
  /** Per-subject keys (needed by encryptFor, subjectKey, destroySubjectKey and reading version 2). */
  loadSubjectKey?(organizationId: string, subjectId: string): Promise<StoredSubjectKey | null | undefined>;
  loadSubjectKeyById?(organizationId: string, subjectKeyId: string): Promise<StoredSubjectKey | null | undefined>;
  /** Like saveWrappedKey: insert unless the subject has a row, return the row stored afterwards (perhaps a tombstone). */
  saveSubjectKey?(
    organizationId: string,
    key: StoredSubjectKey & { wrapped: string },
  ): Promise<StoredSubjectKey | null | undefined | void>;
  /** Deletes the wrapped key, leaving a tombstone (also for a subject without a key, so none is made later); true if a key was destroyed now. */
  destroySubjectKey?(organizationId: string, subjectId: string): Promise<boolean>;
}

export interface Keyring {
  readonly envelope: Envelope;
  /** Encrypts under the organization's data key (ciphertext version 1). Personal data: use encryptFor. */
  encrypt(organizationId: string, plaintext: string | Uint8Array, aad: string): Promise<string>;
  /** Encrypts under the subject's key (version 2), creating it (and the organization's data key) on first use. */
  encryptFor(organizationId: string, subjectId: string, plaintext: string | Uint8Array, aad: string): Promise<string>;
  /** Either version: the ciphertext names its key. A destroyed subject key fails with SUBJECT_KEY_DESTROYED (see isShredded). */
  decrypt(organizationId: string, ciphertext: string, aad: string): Promise<string>;
  decryptBytes(organizationId: string, ciphertext: string, aad: string): Promise<Buffer>;
  /** A version 1 ciphertext re-encrypted under the subject's key; a version 2 one of that subject unchanged. */
  reencryptFor(organizationId: string, subjectId: string, ciphertext: string, aad: string): Promise<string>;
  /** The organization's data key, loaded once (created if `create`), for many synchronous encrypt/decrypt calls. */
  dataKey(organizationId: string, options?: { create?: boolean }): Promise<DataKey>;
  /** The subject's key, loaded once (created if `create`, the default); SUBJECT_KEY_DESTROYED once destroyed. */
  subjectKey(organizationId: string, subjectId: string, options?: { create?: boolean }): Promise<SubjectKey>;
  /** Crypto-shredding: deletes the subject's wrapped key; every ciphertext under it is unreadable from then on. */
  destroySubjectKey(organizationId: string, subjectId: string): Promise<boolean>;
  /** Master-key rotation for one organization: rewraps its data key under the active master key. True if it changed. */
  rewrapDataKey(organizationId: string): Promise<boolean>;
  /** The same master keys over another store (e.g. the current transaction). */
  withStore(store: KeyStore, options?: KeyringOverOptions): Keyring;
}

export interface KeyringOverOptions {
  /** Keep unwrapped keys for the keyring's life: only for a keyring bound to one transaction (bulk reads, migration). */
  memo?: boolean;
}

export type KeyringOptions = MasterKeyOptions & KeyStore;

export function createKeyring(options: KeyringOptions): Keyring {
  const { masterKey, previousMasterKeys, ...store } = options;
  return keyringOver(createEnvelope({ masterKey, previousMasterKeys }), store);
}

function need<K extends keyof KeyStore>(store: KeyStore, name: K): NonNullable<KeyStore[K]> {
  const fn = store[name];
  if (!fn) throw new CryptoError("INVALID_ARGUMENT", `this key store has no subject keys (implement ${String(name)})`);
  return (fn as (...args: unknown[]) => unknown).bind(store) as NonNullable<KeyStore[K]>;
}

const destroyed = () =>
  new CryptoError("SUBJECT_KEY_DESTROYED", "the subject's key was destroyed (erased): their encrypted data is gone");

export function keyringOver(envelope: Envelope, store: KeyStore, options: KeyringOverOptions = {}): Keyring {
  const memo = options.memo ? new Map<string, DataKey | SubjectKey>() : null;
  const remembered = async <T extends DataKey | SubjectKey>(key: string, load: () => Promise<T>): Promise<T> => {
    const hit = memo?.get(key) as T | undefined;
    if (hit) return hit;
    const value = await load();
    memo?.set(key, value);
    return value;
  };

  const dataKey = (organizationId: string, { create = true } = {}): Promise<DataKey> =>
    remembered(`org:${organizationId}`, async () => {
      let wrapped = await store.loadWrappedKey(organizationId);
      if (!wrapped) {
        if (!create)
          throw new CryptoError("NO_DATA_KEY", "the organization has no data key: nothing was encrypted for it");
        const fresh = envelope.newWrappedDataKey(organizationId);
        wrapped = (await store.saveWrappedKey(organizationId, fresh)) || fresh;
      }
      return envelope.unwrapDataKey(organizationId, wrapped);
    });

  const unwrap = async (organizationId: string, row: StoredSubjectKey): Promise<SubjectKey> => {
    if (row.wrapped === null) throw destroyed();
    return (await dataKey(organizationId, { create: false })).unwrapSubjectKey(row.subjectId, row.wrapped);
  };

  const subjectKey = (organizationId: string, subjectId: string, { create = true } = {}): Promise<SubjectKey> =>
    remembered(`subject:${organizationId}:${subjectId}`, async () => {
      let row = await need(store, "loadSubjectKey")(organizationId, subjectId);
      if (!row) {
        if (!create) throw new CryptoError("NO_DATA_KEY", "the subject has no key: nothing was encrypted for them");
        const { subjectKeyId, wrapped } = (await dataKey(organizationId)).newWrappedSubjectKey(subjectId);
        const fresh = { subjectId, subjectKeyId, wrapped };
        row = (await need(store, "saveSubjectKey")(organizationId, fresh)) || fresh;
      }
      return unwrap(organizationId, row);
    });

  const subjectKeyById = (organizationId: string, subjectKeyId: string): Promise<SubjectKey> =>
    remembered(`key:${organizationId}:${subjectKeyId}`, async () => {
      const row = await need(store, "loadSubjectKeyById")(organizationId, subjectKeyId);
      if (!row) throw new CryptoError("NO_DATA_KEY", `no subject key ${subjectKeyId} in this organization`);
      return unwrap(organizationId, row);
    });

  const decryptBytes = async (organizationId: string, ciphertext: string, aad: string): Promise<Buffer> => {
    const parsed = parseCiphertext(ciphertext);
    const key =
      parsed.version === 1
        ? await dataKey(organizationId, { create: false })
        : await subjectKeyById(organizationId, parsed.subjectKeyId);
    return key.decryptBytes(ciphertext, aad);
  };

  return {
    envelope,
    dataKey,
    subjectKey,
    async encrypt(organizationId, plaintext, aad) {
      return (await dataKey(organizationId)).encrypt(plaintext, aad);
    },
    async encryptFor(organizationId, subjectId, plaintext, aad) {
      return (await subjectKey(organizationId, subjectId)).encrypt(plaintext, aad);
    },
    decryptBytes,
    decrypt: async (organizationId, ciphertext, aad) =>
      (await decryptBytes(organizationId, ciphertext, aad)).toString("utf8"),
    async reencryptFor(organizationId, subjectId, ciphertext, aad) {
      const parsed = parseCiphertext(ciphertext);
      const target = await subjectKey(organizationId, subjectId);
      if (parsed.version === 2 && parsed.subjectKeyId === target.subjectKeyId) return ciphertext;
      return target.encrypt(await decryptBytes(organizationId, ciphertext, aad), aad);
    },
    async destroySubjectKey(organizationId, subjectId) {
      if (memo)
        for (const [k, v] of memo)
          if ("subjectId" in v && v.organizationId === organizationId && v.subjectId === subjectId) memo.delete(k);
      memo?.delete(`subject:${organizationId}:${subjectId}`);
      return need(store, "destroySubjectKey")(organizationId, subjectId);
    },
    async rewrapDataKey(organizationId) {
      const wrapped = await store.loadWrappedKey(organizationId);
      if (!wrapped || !envelope.needsRewrap(wrapped)) return false;
      if (!store.replaceWrappedKey) {
        throw new CryptoError(
          "INVALID_ARGUMENT",
          "this key store cannot replace wrapped keys (implement replaceWrappedKey)",
        );
      }
      return store.replaceWrappedKey(organizationId, wrapped, envelope.rewrap(organizationId, wrapped));
    },
    withStore: (other, opts) => keyringOver(envelope, other, opts),
  };
}
