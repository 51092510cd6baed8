/**
 * The keyring: envelope encryption bound to the caller's storage of wrapped
 * data keys (each subgraph keeps them in its own table, see README). The first
 * encryption for an organization creates its data key. Nothing is cached across
 * calls: a key created in a transaction that later rolls back must not survive
 * in memory, and unwrapping is one AES operation on 32 bytes.
 */
import { CryptoError } from "./errors.js";
import { createEnvelope, type DataKey, type Envelope, type MasterKeyOptions } from "./envelope.js";

/** Where wrapped data keys live. Implement it over the transaction you are in (sqlKeyStore does for SQL). */
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
}

export interface Keyring {
  readonly envelope: Envelope;
  /** Encrypts for the organization, creating its data key on first use. `aad` binds the ciphertext to its row (rowAad). */
  encrypt(organizationId: string, plaintext: string | Uint8Array, aad: string): Promise<string>;
  decrypt(organizationId: string, ciphertext: string, aad: string): Promise<string>;
  decryptBytes(organizationId: string, ciphertext: string, aad: string): Promise<Buffer>;
  /** The organization's data key, loaded once (created if `create`), for many synchronous encrypt/decrypt calls. */
  dataKey(organizationId: string, options?: { create?: boolean }): Promise<DataKey>;
  /** Master-key rotation for one organization: rewraps its data key under the active master key. True if it changed. */
  rewrapDataKey(organizationId: string): Promise<boolean>;
  /** The same master keys over another store (e.g. the current transaction). */
  withStore(store: KeyStore): Keyring;
}

export type KeyringOptions = MasterKeyOptions & KeyStore;

export function createKeyring(options: KeyringOptions): Keyring {
  const { masterKey, previousMasterKeys, ...store } = options;
  return keyringOver(createEnvelope({ masterKey, previousMasterKeys }), store);
}

export function keyringOver(envelope: Envelope, store: KeyStore): Keyring {
  async function dataKey(organizationId: string, { create = true } = {}): Promise<DataKey> {
    let wrapped = await store.loadWrappedKey(organizationId);
    if (!wrapped) {
      if (!create) throw new CryptoError("NO_DATA_KEY", "the organization has no data key: nothing was encrypted for it");
      const fresh = envelope.newWrappedDataKey(organizationId);
      wrapped = (await store.saveWrappedKey(organizationId, fresh)) || fresh;
    }
    return envelope.unwrapDataKey(organizationId, wrapped);
  }

  return {
    envelope,
    dataKey,
    async encrypt(organizationId, plaintext, aad) {
      return (await dataKey(organizationId)).encrypt(plaintext, aad);
    },
    async decrypt(organizationId, ciphertext, aad) {
      return (await dataKey(organizationId, { create: false })).decrypt(ciphertext, aad);
    },
    async decryptBytes(organizationId, ciphertext, aad) {
      return (await dataKey(organizationId, { create: false })).decryptBytes(ciphertext, aad);
    },
    async rewrapDataKey(organizationId) {
      const wrapped = await store.loadWrappedKey(organizationId);
      if (!wrapped || !envelope.needsRewrap(wrapped)) return false;
      if (!store.replaceWrappedKey) {
        throw new CryptoError("INVALID_ARGUMENT", "this key store cannot replace wrapped keys (implement replaceWrappedKey)");
      }
      return store.replaceWrappedKey(organizationId, wrapped, envelope.rewrap(organizationId, wrapped));
    },
    withStore: (other) => keyringOver(envelope, other),
  };
}

/** A key store in memory: for tests and for the embedded demo only (keys vanish with the process). */
export function memoryKeyStore(initial?: Iterable<[string, string]>): Required<KeyStore> & { readonly keys: Map<string, string> } {
  const keys = new Map<string, string>(initial);
  return {
    keys,
    async loadWrappedKey(organizationId) {
      return keys.get(organizationId) ?? null;
    },
    async saveWrappedKey(organizationId, wrapped) {
      if (!keys.has(organizationId)) keys.set(organizationId, wrapped);
      return keys.get(organizationId)!;
    },
    async replaceWrappedKey(organizationId, previous, next) {
      if (keys.get(organizationId) !== previous) return false;
      keys.set(organizationId, next);
      return true;
    },
  };
}
