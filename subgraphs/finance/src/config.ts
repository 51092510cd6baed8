/** The finance service's typed environment (services mode). The only reader of process.env here. */
import { env, loadConfig, subgraphEnvSchema } from "@meander/config";

export function readConfig(source: Record<string, string | undefined> = process.env) {
  return loadConfig(subgraphEnvSchema.extend({ PORT: env.port(4004) }), source);
}
