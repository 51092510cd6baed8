/** A new organization starts with the default activity type catalog, so its mentors can register at once. */
import type { ConsumerHandlers } from "@meander/events";
import { addActivityTypes } from "../application/catalog.js";
import { DEFAULT_ACTIVITY_TYPES } from "../domain/activity-type.js";

export const organizationHandlers: ConsumerHandlers = {
  "organization.organization.created": async (event, tx) => {
    await addActivityTypes(tx, event.payload.organizationId, DEFAULT_ACTIVITY_TYPES);
  },
};
