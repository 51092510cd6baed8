import { eventTables } from "@meander/events";
import { activity } from "./pg-schema.js";

export const { outbox, processedEvents } = eventTables(activity);
export const eventStore = { outbox, processedEvents };
