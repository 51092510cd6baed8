import type { ReminderSettingResolvers } from "../__generated__/resolvers-types.js";
import { toGraphQL, type ReminderScenario } from "../views/enums.js";

export const ReminderSetting: ReminderSettingResolvers = {
  scenario: (s) => toGraphQL<ReminderScenario>(s.scenario),
};
