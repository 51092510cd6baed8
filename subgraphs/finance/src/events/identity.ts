/**
 * Display names from identity (`identity.profile.changed`, the compacted profiles topic), so accounting exports
 * name their payees. A projection of personal data: a null profile (the person was erased) or the erasure's own
 * event (`privacy.erasure.requested`, finance's part) removes it. Exports already made keep their names
 * (bookkeeping law, five years): they are files in storage, not this table.
 */
import { scopes } from "@meander/db";
import { erasureHandlers, type ConsumerHandlers } from "@meander/events";
import type { ObjectStore } from "@meander/storage";
import { eraseFromFinance } from "../application/privacy/erasure.js";
import { createPersonNameRepository } from "../db/repositories/payees.js";

export const identityHandlers: ConsumerHandlers = {
  "identity.profile.changed": async (event, tx) => {
    const names = createPersonNameRepository(tx, scopes.platform());
    const { userId, profile } = event.payload;
    await (profile ? names.rememberName(userId, profile.displayName) : names.forgetName(userId));
  },
};

/** finance's part of an erasure: the copied name, and receipts' file names and files (application/privacy/erasure.ts). */
export const privacyHandlers = (store: ObjectStore): ConsumerHandlers =>
  erasureHandlers("finance", (subject, tx) => eraseFromFinance(tx, store, subject));
