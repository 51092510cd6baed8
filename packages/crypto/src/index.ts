export { CryptoError, isCryptoError, type CryptoErrorCode } from "./errors.js";
export { MASTER_KEY_BYTES, decodeMasterKey, generateMasterKey, toMasterKey, type MasterKey } from "./master-key.js";
export {
  CIPHERTEXT_PREFIX,
  WRAPPED_KEY_PREFIX,
  createEnvelope,
  isCiphertext,
  parseCiphertext,
  parseWrappedKey,
  rowAad,
  type DataKey,
  type Envelope,
  type MasterKeyOptions,
  type ParsedCiphertext,
  type ParsedWrappedKey,
} from "./envelope.js";
export { createKeyring, keyringOver, memoryKeyStore, type KeyStore, type Keyring, type KeyringOptions } from "./keyring.js";
export { dataKeyTableSql, pgQuery, sqlKeyStore, type SqlKeyStoreOptions, type SqlQuery } from "./sql-store.js";
