import { boolean, index, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { engagement } from "./pg-schema.js";

export const pushPlatform = engagement.enum("push_platform", ["android", "ios"]);

/**
 * A device's push token, registered by the user's app (Android: an FCM
 * registration token; iOS: an APNs device token). One row per organization
 * and token: registering a token again reactivates the row and gives it to
 * the registering user (the phone changed hands). Inactive rows stay as a
 * record of why (unregistered, or the provider said the token is dead).
 */
export const pushDevices = engagement.table(
  "push_devices",
  {
    id: uuid("id").primaryKey(),
    organizationId: uuid("organization_id").notNull(),
    userId: uuid("user_id").notNull(),
    platform: pushPlatform("platform").notNull(),
    token: text("token").notNull(),
    active: boolean("active").notNull().default(true),
    registeredAt: timestamp("registered_at", { withTimezone: true }).notNull().defaultNow(),
    deactivatedAt: timestamp("deactivated_at", { withTimezone: true }),
    deactivationReason: text("deactivation_reason"),
  },
  (t) => [
    uniqueIndex("push_devices_token_idx").on(t.organizationId, t.token),
    index("push_devices_user_idx").on(t.organizationId, t.userId),
  ],
);

export type PushDeviceRow = typeof pushDevices.$inferSelect;
export type PushPlatform = (typeof pushPlatform.enumValues)[number];
