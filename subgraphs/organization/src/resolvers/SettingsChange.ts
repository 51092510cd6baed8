import type { SettingsChangeResolvers, SettingsSection } from "../__generated__/resolvers-types.js";
import { upper } from "../views/enums.js";

export const SettingsChange: SettingsChangeResolvers = {
  section: (c) => upper<SettingsSection>(c.section),
  values: (c) => JSON.stringify(c.values),
  changedBy: (c) => (c.changedBy ? { id: c.changedBy } : null),
};
