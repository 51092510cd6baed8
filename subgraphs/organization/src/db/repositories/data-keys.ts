/**
 * The organizations' wrapped data keys (@meander/crypto's envelope encryption; the master keys come from config) as
 * a KeyStore over one transaction: @meander/crypto's `sqlKeyStore` on organization_data_keys, limited to the
 * organizations the scope sees (`sees`, the rule `scopedWhere` applies in SQL): a key out of sight is neither read
 * nor written.
 */
import { sql } from "drizzle-orm";
import { writableIn, queryRows, sees, type Executor, type Scope } from "@meander/db";
import { sqlKeyStore, type KeyStore } from "@meander/crypto";

export const DATA_KEY_TABLE = "organization.organization_data_keys";

export function createDataKeyStore(db: Executor, scope: Scope): KeyStore {
  const store = sqlKeyStore({
    table: DATA_KEY_TABLE,
    query: (strings, ...values) => queryRows(db, sql(strings, ...values)),
  });
  const inSight = (organizationId: string) => sees(scope, { organizationId });
  return {
    async loadWrappedKey(organizationId) {
      return inSight(organizationId) ? store.loadWrappedKey(organizationId) : null;
    },
    async saveWrappedKey(organizationId, wrapped) {
      writableIn(scope, organizationId, "data key");
      return store.saveWrappedKey(organizationId, wrapped);
    },
    async replaceWrappedKey(organizationId, previous, next) {
      return inSight(organizationId) ? store.replaceWrappedKey!(organizationId, previous, next) : false;
    },
  };
}
