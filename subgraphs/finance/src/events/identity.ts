/**
 * Display names from identity (`identity.user.registered`), so accounting exports name their payees. A projection of
 * personal data: an erasure (issue 24) must clear `person_names` for the person.
 */
import type { ConsumerHandlers } from "@meander/events";
import { createPersonNameRepository } from "../db/repositories/payees.js";

export const identityHandlers: ConsumerHandlers = {
  "identity.user.registered": async (event, tx) => {
    await createPersonNameRepository(tx).rememberName(event.payload.userId, event.payload.displayName);
  },
};
