/** activity's part of an erasure (application/erasure.ts), answered with privacy.erasure.completed. */
import { erasureHandlers } from "@meander/events";
import { eraseSubject } from "../application/erasure.js";

export const privacyHandlers = erasureHandlers("activity", (subject, tx) => eraseSubject(tx, subject));
