/** Process entry for the services mode. */
import { createTokenVerifier } from "@meander/auth";
import { createLogger } from "@meander/subgraph-kit";
import { readConfig } from "./config.js";
import { createGateway } from "./server.js";

const config = readConfig();
const log = createLogger("gateway", config.LOG_LEVEL);
const gateway = createGateway({
  subgraphUrls: {
    identity: config.IDENTITY_URL,
    organization: config.ORGANIZATION_URL,
    activity: config.ACTIVITY_URL,
    finance: config.FINANCE_URL,
    engagement: config.ENGAGEMENT_URL,
    reporting: config.REPORTING_URL,
  },
  signingSecret: config.GATEWAY_SIGNING_SECRET,
  verifier: createTokenVerifier(JSON.parse(config.AUTH_JWKS), { issuer: config.AUTH_ISSUER, audience: config.AUTH_AUDIENCE }),
  log,
  production: config.NODE_ENV === "production",
});
await gateway.start(config.PORT, "0.0.0.0");
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => void gateway.stop().then(() => process.exit(0)));
}
