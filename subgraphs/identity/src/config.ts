/** The identity service's typed environment (services mode). The only reader of process.env here. */
import { loadConfig, subgraphConfigSchema, z, masterKeyEnv } from "@meander/config";
import { objectStoreConfigFrom, type ObjectStoreConfig } from "@meander/storage";

const oidcProvider = z.object({
  name: z.string().regex(/^[a-z0-9_-]+$/),
  issuer: z.string().url(),
  clientId: z.string().min(1),
  clientSecret: z.string().min(1),
  redirectUri: z.string().url(),
  scope: z.string().optional(),
  allowInsecureRequests: z.boolean().optional(),
});

export const identityConfigSchema = subgraphConfigSchema(4001).extend({
  /** 32 random bytes (base64 or hex): seals this service's part of subject access exports; unset: its parts cannot be written. */
  ...masterKeyEnv(), // MEANDER_MASTER_KEY and MEANDER_PREVIOUS_MASTER_KEYS
  /** JSON array of OIDC providers ({ name, issuer, clientId, clientSecret, redirectUri, scope? }); unset = none. */
  OIDC_PROVIDERS: z
    .string()
    .optional()
    .transform((raw, ctx) => {
      if (!raw) return [];
      try {
        const parsed = z.array(oidcProvider).safeParse(JSON.parse(raw));
        if (parsed.success) return parsed.data;
        ctx.addIssue({
          code: "custom",
          message: parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; "),
        });
      } catch {
        ctx.addIssue({ code: "custom", message: "must be JSON" });
      }
      return z.NEVER;
    }),
});

/** This service's whole environment (docker-compose is checked against it). */
export const configSchema = identityConfigSchema;

export function readConfig(source: Record<string, string | undefined> = process.env) {
  return loadConfig(identityConfigSchema, source);
}

/** The object store this service writes its part of a subject access export to: shared by every subgraph (@meander/storage's variables; default `.data/storage`). */
export function readStorageConfig(source: Record<string, string | undefined> = process.env): ObjectStoreConfig {
  return objectStoreConfigFrom(source, { root: ".data/storage" });
}
