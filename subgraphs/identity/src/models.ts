/** The objects resolvers hand to GraphQL types (codegen mappers). */
import type { SessionRow } from "./db/schema/index.js";

export type SessionModel = SessionRow & { current?: boolean };
export type { AuthResult as AuthPayloadModel } from "./application/sessions.js";
export type { ActiveContext as ActiveContextModel } from "./domain/session.js";
export type { UserSettingsModel } from "./application/settings.js";
