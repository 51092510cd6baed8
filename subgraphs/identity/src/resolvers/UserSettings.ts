import type { UserSettingsResolvers } from "../__generated__/resolvers-types.js";
import { upper } from "../views/enums.js";

export const UserSettings: UserSettingsResolvers = {
  language: (settings) => upper(settings.language),
};
