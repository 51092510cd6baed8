import { eventTables } from "@meander/events";
import { organization } from "./pg-schema.js";

export const { outbox, processedEvents } = eventTables(organization);
export const eventStore = { outbox, processedEvents };
