import { eventTables } from "@meander/events";
import { reporting } from "./pg-schema.js";

export const { outbox, processedEvents } = eventTables(reporting);
export const eventStore = { outbox, processedEvents };
