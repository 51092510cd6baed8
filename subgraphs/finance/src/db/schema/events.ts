import { eventTables } from "@meander/events";
import { finance } from "./pg-schema.js";

export const { outbox, processedEvents } = eventTables(finance);
export const eventStore = { outbox, processedEvents };
