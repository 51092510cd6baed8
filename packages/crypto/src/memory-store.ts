/** A key store in memory: for tests and for the embedded demo only (keys vanish with the process). */
import { newKeyId } from "./aead.js";
import type { KeyStore, StoredSubjectKey } from "./keyring.js";

export function memoryKeyStore(initial?: Iterable<[string, string]>): Required<KeyStore> & {
  readonly keys: Map<string, string>;
  /** Subject keys by `${organizationId}/${subjectId}` (tombstones have `wrapped: null`). */
  readonly subjectKeys: Map<string, StoredSubjectKey>;
} {
  const keys = new Map<string, string>(initial);
  const subjectKeys = new Map<string, StoredSubjectKey>();
  const at = (organizationId: string, subjectId: string) => `${organizationId}/${subjectId}`;
  return {
    keys,
    subjectKeys,
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
    async loadSubjectKey(organizationId, subjectId) {
      const row = subjectKeys.get(at(organizationId, subjectId));
      return row ? { ...row } : null;
    },
    async loadSubjectKeyById(organizationId, subjectKeyId) {
      for (const [k, row] of subjectKeys)
        if (k.startsWith(`${organizationId}/`) && row.subjectKeyId === subjectKeyId) return { ...row };
      return null;
    },
    async saveSubjectKey(organizationId, key) {
      const k = at(organizationId, key.subjectId);
      if (!subjectKeys.has(k)) subjectKeys.set(k, { ...key });
      return { ...subjectKeys.get(k)! };
    },
    async destroySubjectKey(organizationId, subjectId) {
      const k = at(organizationId, subjectId);
      const row = subjectKeys.get(k);
      subjectKeys.set(k, { subjectId, subjectKeyId: row?.subjectKeyId ?? newKeyId(), wrapped: null });
      return Boolean(row?.wrapped);
    },
  };
}
