/** The engagement service's typed environment (services mode). The only reader of process.env here. */
import { loadConfig, subgraphConfigSchema, z, masterKeyEnv } from "@meander/config";
import { objectStoreConfigFrom, type ObjectStoreConfig } from "@meander/storage";
import { apnsProvider } from "./delivery/apns.js";
import { httpChannel, smtpChannel, type Channels } from "./delivery/channels.js";
import { fcmProvider } from "./delivery/fcm.js";
import { pushChannel, type PushProviders } from "./delivery/push.js";

// An empty variable (e.g. `SMTP_URL=` in a compose file) means unset.
const unsetIfEmpty = (v: unknown) => (v === "" ? undefined : v);
const optionalUrl = () => z.preprocess(unsetIfEmpty, z.string().url().optional());
const optionalText = () => z.preprocess(unsetIfEmpty, z.string().min(1).optional());

/** A Google service-account key file (JSON); the fields FCM needs. */
const serviceAccount = z.object({
  project_id: z.string().min(1),
  client_email: z.string().min(3),
  private_key: z.string().includes("PRIVATE KEY"),
  token_uri: z.string().url().default("https://oauth2.googleapis.com/token"),
  private_key_id: z.string().optional(),
});

const json = (v: unknown) => {
  if (typeof v !== "string" || v === "") return unsetIfEmpty(v);
  try {
    return JSON.parse(v) as unknown;
  } catch {
    return v; // fails the object check with a message naming the variable
  }
};
// A PEM passed through an environment file often has its line breaks as "\n".
const pem = (v: unknown) => (typeof v === "string" ? unsetIfEmpty(v.replace(/\\n/g, "\n")) : v);

const APNS_VARS = ["APNS_KEY", "APNS_KEY_ID", "APNS_TEAM_ID", "APNS_TOPIC"] as const;

/** This service's whole environment (docker-compose is checked against it). */
export const configSchema = subgraphConfigSchema(4005)
  .extend({
    /** 32 random bytes (base64 or hex): seals this service's part of subject access exports; unset: its parts cannot be written. */
    ...masterKeyEnv(), // MEANDER_MASTER_KEY and MEANDER_PREVIOUS_MASTER_KEYS
    /** smtp://host:port (smtps:// for TLS): e-mail notifications; unset: e-mail deliveries fail after their retries. */
    SMTP_URL: optionalUrl(),
    MAIL_FROM: z.string().min(3).default("Meander <no-reply@meander.no>"),
    /** Android push: the Firebase service-account key file's JSON (project_id, client_email, private_key, token_uri). */
    FCM_SERVICE_ACCOUNT: z.preprocess(json, serviceAccount.optional()),
    /** FCM HTTP v1's base URL. */
    FCM_BASE_URL: z.preprocess(unsetIfEmpty, z.string().url().default("https://fcm.googleapis.com")),
    /** iOS push: the APNs signing key (.p8, PKCS#8 PEM), its key id, the team id and the app's bundle id (all four or none). */
    APNS_KEY: z.preprocess(pem, z.string().includes("PRIVATE KEY").optional()),
    APNS_KEY_ID: optionalText(),
    APNS_TEAM_ID: optionalText(),
    APNS_TOPIC: optionalText(),
    /** https://api.push.apple.com; https://api.sandbox.push.apple.com for development builds of the app. */
    APNS_HOST: z.preprocess(unsetIfEmpty, z.string().url().default("https://api.push.apple.com")),
    /** A push gateway of one's own (the whole message POSTed as JSON) instead of FCM/APNs; not both. */
    PUSH_URL: optionalUrl(),
    /** The SMS provider's HTTP API; unset: SMS deliveries fail after their retries. */
    SMS_URL: optionalUrl(),
  })
  .superRefine((c, ctx) => {
    const apnsSet = APNS_VARS.filter((k) => c[k] !== undefined);
    if (apnsSet.length > 0 && apnsSet.length < APNS_VARS.length) {
      for (const k of APNS_VARS.filter((v) => c[v] === undefined))
        ctx.addIssue({ code: "custom", path: [k], message: "required with the other APNS_ variables" });
    }
    if (c.PUSH_URL && (c.FCM_SERVICE_ACCOUNT || apnsSet.length > 0)) {
      ctx.addIssue({ code: "custom", path: ["PUSH_URL"], message: "a push gateway or FCM/APNs, not both" });
    }
  });

export type EngagementConfig = z.infer<typeof configSchema>;

export function readConfig(source: Record<string, string | undefined> = process.env): EngagementConfig {
  return loadConfig(configSchema, source);
}

/** The push providers the configuration names (none: no native push). */
export function pushProvidersFrom(config: EngagementConfig): PushProviders {
  const providers: PushProviders = {};
  if (config.FCM_SERVICE_ACCOUNT)
    providers.android = fcmProvider({ serviceAccount: config.FCM_SERVICE_ACCOUNT, baseUrl: config.FCM_BASE_URL });
  if (config.APNS_KEY && config.APNS_KEY_ID && config.APNS_TEAM_ID && config.APNS_TOPIC) {
    providers.ios = apnsProvider({
      key: config.APNS_KEY,
      keyId: config.APNS_KEY_ID,
      teamId: config.APNS_TEAM_ID,
      topic: config.APNS_TOPIC,
      host: config.APNS_HOST,
    });
  }
  return providers;
}

/** The delivery providers the configuration names. */
export function channelsFrom(config: EngagementConfig): Channels {
  const push = pushProvidersFrom(config);
  return {
    ...(config.SMTP_URL ? { email: smtpChannel(config.SMTP_URL, config.MAIL_FROM) } : {}),
    ...(push.android || push.ios
      ? { push: pushChannel(push) }
      : config.PUSH_URL
        ? { push: httpChannel(config.PUSH_URL) }
        : {}),
    ...(config.SMS_URL ? { sms: httpChannel(config.SMS_URL) } : {}),
  };
}

/** The object store this service writes its part of a subject access export to: shared by every subgraph (@meander/storage's variables; default `.data/storage`). */
export function readStorageConfig(source: Record<string, string | undefined> = process.env): ObjectStoreConfig {
  return objectStoreConfigFrom(source, { root: ".data/storage" });
}
