/** Structured JSON logs (pino), one logger per service. */
import { pino, type Logger } from "pino";

export type { Logger };

export function createLogger(service: string, level: string = "info"): Logger {
  return pino({ name: service, level, base: { service } });
}
