/** The engagement service's typed environment (services mode). The only reader of process.env here. */
import { loadConfig, subgraphConfigSchema } from "@meander/config";

/** This service's whole environment (docker-compose is checked against it). */
export const configSchema = subgraphConfigSchema(4005);

export function readConfig(source: Record<string, string | undefined> = process.env) {
  return loadConfig(configSchema, source);
}
