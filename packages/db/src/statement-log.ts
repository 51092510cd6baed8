/**
 * Round trips made visible: every statement a pool's clients send from now on, lower-cased, with the client that sent
 * it (statements of one transaction share their client). Tests count round trips with it (outbox relay polls, bulk
 * registration); nothing in production calls it.
 */
import type pg from "pg";

export interface LoggedStatement {
  client: object;
  text: string;
}

export function logStatements(pool: pg.Pool): LoggedStatement[] {
  const log: LoggedStatement[] = [];
  pool.on("acquire", (client) => {
    const c = client as unknown as { query: (...args: unknown[]) => unknown; logged?: boolean };
    if (c.logged) return;
    c.logged = true;
    const original = c.query.bind(c);
    c.query = (...args: unknown[]) => {
      const q = args[0] as string | { text: string };
      log.push({ client: c, text: (typeof q === "string" ? q : q.text).toLowerCase() });
      return original(...args);
    };
  });
  return log;
}
