import { featureFlagsTable } from "@meander/events";
import { finance } from "./pg-schema.js";

/** Projection of the organization's feature flags (organization.settings.changed, section feature_flags): @meander/events. */
export const featureFlags = featureFlagsTable(finance);
