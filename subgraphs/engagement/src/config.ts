/** The engagement service's typed environment (services mode). The only reader of process.env here. */
import { loadConfig, subgraphConfigSchema, z } from "@meander/config";
import { httpChannel, smtpChannel, type Channels } from "./delivery/channels.js";

// An empty variable (e.g. `SMTP_URL=` in a compose file) means unset.
const optionalUrl = () => z.preprocess((v) => (v === "" ? undefined : v), z.string().url().optional());

/** This service's whole environment (docker-compose is checked against it). */
export const configSchema = subgraphConfigSchema(4005).extend({
  /** smtp://host:port (smtps:// for TLS): e-mail notifications; unset: e-mail deliveries fail after their retries. */
  SMTP_URL: optionalUrl(),
  MAIL_FROM: z.string().min(3).default("Meander <no-reply@meander.no>"),
  /** The push gateway (FCM and APNs behind one HTTP API); unset: push deliveries fail after their retries. */
  PUSH_URL: optionalUrl(),
  /** The SMS provider's HTTP API; unset: SMS deliveries fail after their retries. */
  SMS_URL: optionalUrl(),
});

export type EngagementConfig = z.infer<typeof configSchema>;

export function readConfig(source: Record<string, string | undefined> = process.env): EngagementConfig {
  return loadConfig(configSchema, source);
}

/** The delivery providers the configuration names. */
export function channelsFrom(config: EngagementConfig): Channels {
  return {
    ...(config.SMTP_URL ? { email: smtpChannel(config.SMTP_URL, config.MAIL_FROM) } : {}),
    ...(config.PUSH_URL ? { push: httpChannel(config.PUSH_URL) } : {}),
    ...(config.SMS_URL ? { sms: httpChannel(config.SMS_URL) } : {}),
  };
}
