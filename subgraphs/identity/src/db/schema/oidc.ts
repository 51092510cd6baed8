import { primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { identity } from "./pg-schema.js";
import { users } from "./users.js";

/** A started OIDC login: state, nonce and PKCE verifier kept server-side, single use, short-lived. */
export const oidcStates = identity.table("oidc_states", {
  state: text("state").primaryKey(),
  provider: text("provider").notNull(),
  nonce: text("nonce").notNull(),
  codeVerifier: text("code_verifier").notNull(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
});

/** A verified external identity (provider + subject) linked to an existing user. */
export const userIdentities = identity.table(
  "user_identities",
  {
    provider: text("provider").notNull(),
    subject: text("subject").notNull(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    linkedAt: timestamp("linked_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.provider, t.subject] })],
);
