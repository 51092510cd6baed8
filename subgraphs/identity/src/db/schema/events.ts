import { eventTables } from "@meander/events";
import { identity } from "./pg-schema.js";

export const { outbox, processedEvents } = eventTables(identity);
export const eventStore = { outbox, processedEvents };
