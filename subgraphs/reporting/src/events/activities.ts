/** Keeps the activity read model from activity's events (idempotent through the consumer). */
import type { ConsumerHandlers } from "@meander/events";
import {
  recordActivityDecision,
  recordActivityRegistered,
  recordActivityUpdated,
  recordActivityWithdrawn,
} from "../application/activity-facts.js";

export const activityHandlers: ConsumerHandlers = {
  "activity.activity.registered": (event, tx) => recordActivityRegistered(tx, event),
  "activity.activity.approved": (event, tx) => recordActivityDecision(tx, event, "approved"),
  "activity.activity.rejected": (event, tx) => recordActivityDecision(tx, event, "rejected"),
  "activity.activity.updated": (event, tx) => recordActivityUpdated(tx, event),
  "activity.activity.withdrawn": (event, tx) => recordActivityWithdrawn(tx, event),
};
