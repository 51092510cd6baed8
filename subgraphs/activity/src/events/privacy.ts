/** activity's part of an erasure (application/erasure.ts), answered with privacy.erasure.completed. */
import type { Envelope } from "@meander/crypto";
import { erasureHandlers } from "@meander/events";
import type { ObjectStore } from "@meander/storage";
import { eraseSubject } from "../application/erasure.js";

export const privacyHandlers = (envelope: Envelope | null, store: ObjectStore) =>
  erasureHandlers("activity", (subject, tx) => eraseSubject(tx, envelope, store, subject));
