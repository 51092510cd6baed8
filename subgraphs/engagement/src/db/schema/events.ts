import { eventTables } from "@meander/events";
import { engagement } from "./pg-schema.js";

export const { outbox, processedEvents } = eventTables(engagement);
export const eventStore = { outbox, processedEvents };
