import type { AccountingIntegrationResolvers, AccountingSystem } from "../__generated__/resolvers-types.js";
import { upper } from "../views/enums.js";

export const AccountingIntegration: AccountingIntegrationResolvers = {
  system: (i) => upper<AccountingSystem>(i.system),
  credentialsConfigured: (i) => i.credentialsCiphertext !== null,
  credentialsSetBy: (i) => (i.credentialsSetBy ? { id: i.credentialsSetBy } : null),
};
