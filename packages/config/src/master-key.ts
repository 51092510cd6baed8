/**
 * The master-key variables of the services that encrypt data at rest
 * (organization's integration credentials, activity's sensitive fields): the
 * current key and the retired ones during a rotation. Validated as
 * @meander/crypto decodes them (32 bytes, base64 or hex); an error never
 * echoes the value.
 */
import { decodeMasterKey } from "@meander/crypto";
import { z } from "zod";

const masterKey = (name: string) =>
  z.string().superRefine((v, ctx) => {
    try {
      decodeMasterKey(v, name);
    } catch (err) {
      ctx.addIssue({ code: "custom", message: (err as Error).message });
    }
  });

/** `MEANDER_MASTER_KEY` (unset or empty: encryption refused) and `MEANDER_PREVIOUS_MASTER_KEYS` (comma-separated). */
export const masterKeyEnv = () => ({
  MEANDER_MASTER_KEY: z.preprocess((v) => (v === "" ? undefined : v), masterKey("MEANDER_MASTER_KEY").optional()),
  MEANDER_PREVIOUS_MASTER_KEYS: z.preprocess(
    (v) =>
      typeof v === "string"
        ? v
            .split(",")
            .map((k) => k.trim())
            .filter(Boolean)
        : [],
    z.array(masterKey("MEANDER_PREVIOUS_MASTER_KEYS")),
  ),
});
