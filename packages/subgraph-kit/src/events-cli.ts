/**
 * The operator's events command (root `pnpm events`), against the broker of KAFKA_BROKERS / KAFKA_NAMESPACE:
 *
 *   pnpm events dead-letters <consumer>...          lag and dead letters awaiting a redrive, per consumer
 *   pnpm events redrive <consumer> [--since <when>]  puts the consumer's dead letters back in front of it (only it)
 *
 * `--since` takes an ISO time (2026-12-07T06:00:00Z) or an age (30m, 2h, 1d): every entry dead-lettered since then,
 * redriven before or not. Without it, the entries not redriven yet. Either way the consumer skips what it has already
 * applied (processed_events), so running it twice changes nothing.
 */
import { env, loadConfig, z } from "@meander/config";
import { createKafkaBus } from "@meander/events";

const USAGE =
  "usage: pnpm events redrive <consumer> [--since <ISO time | 30m | 2h | 1d>]\n       pnpm events dead-letters <consumer>...";

export function parseSince(value: string, now = new Date()): Date {
  const age = /^(\d+)([smhd])$/.exec(value);
  if (age) return new Date(now.getTime() - Number(age[1]) * { s: 1e3, m: 60e3, h: 3600e3, d: 86400e3 }[age[2] as "s"]);
  const at = new Date(value);
  if (Number.isNaN(at.getTime())) throw new Error(`--since: not a time nor an age: ${value}`);
  return at;
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const config = loadConfig(
    z.object({
      KAFKA_BROKERS: env.list(),
      KAFKA_NAMESPACE: z
        .string()
        .regex(/^[a-z0-9_-]*$/)
        .default(""),
    }),
  );
  if (command === "redrive" && rest[0] && !rest[0].startsWith("-")) {
    const sinceAt = rest.indexOf("--since");
    const since = sinceAt >= 0 ? parseSince(rest[sinceAt + 1] ?? "") : undefined;
    const bus = await createKafkaBus({
      brokers: config.KAFKA_BROKERS,
      clientId: "meander-events-cli",
      namespace: config.KAFKA_NAMESPACE,
    });
    try {
      const { redriven } = await bus.redrive(rest[0], { since });
      console.log(
        `${rest[0]}: ${redriven} dead-lettered event(s) redriven${since ? ` (since ${since.toISOString()})` : ""}`,
      );
    } finally {
      await bus.close();
    }
    return 0;
  }
  if (command === "dead-letters" && rest.length > 0) {
    const bus = await createKafkaBus({
      brokers: config.KAFKA_BROKERS,
      clientId: "meander-events-cli",
      namespace: config.KAFKA_NAMESPACE,
    });
    try {
      for (const s of await bus.consumerStates(rest, 5_000))
        console.log(`${s.group}: lag ${s.lag}, dead letters awaiting redrive ${s.deadLettered}`);
    } finally {
      await bus.close();
    }
    return 0;
  }
  console.error(USAGE);
  return 2;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (err: unknown) => {
      console.error((err as Error).message);
      process.exit(1);
    },
  );
}
