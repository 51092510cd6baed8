/** activity's part of an erasure (application/erasure.ts), answered with privacy.erasure.completed. */
import type { Envelope } from "@meander/crypto";
import { erasureHandlers } from "@meander/events";
import { eraseSubject } from "../application/erasure.js";

export const privacyHandlers = (envelope: Envelope | null) => erasureHandlers("activity", (subject, tx) => eraseSubject(tx, envelope, subject));
