/** The identity service's typed environment (services mode). The only reader of process.env here. */
import { loadConfig, subgraphConfigSchema } from "@meander/config";

export function readConfig(source: Record<string, string | undefined> = process.env) {
  return loadConfig(subgraphConfigSchema(4001), source);
}
