/**
 * Services mode from code: the gateway and the six subgraphs, each started from
 * its own main.ts as a separate process with nothing but environment variables
 * (what `docker compose up` does). Used by the services-mode test and by the
 * benchmark suite.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { generateSigningKey, signAccessToken, type AccessClaims } from "@meander/auth";
import { APP_ROLE, asRole } from "@meander/db";
import { SUBGRAPHS, type SubgraphName } from "@meander/gateway";
import { inheritedEnvironment } from "./config.js";
import { TOKEN_SETTINGS } from "./platform.js";

const root = new URL("../../../", import.meta.url).pathname;

// Never outlive the launcher: a test runner that gives up on a slow start still takes the children down.
const live = new Set<ChildProcess>();
process.once("exit", () => {
  for (const p of live) p.kill("SIGKILL");
});

export interface LaunchOptions {
  /** The gateway listens here; subgraphs on the next six ports, in SUBGRAPHS order. Or give `ports`. */
  basePort?: number;
  /** The gateway's port, then each subgraph's in SUBGRAPHS order (e.g. free ports a test asked for); wins over basePort. */
  ports?: readonly number[];
  /** The owner's connection per subgraph: it runs the migrations (MIGRATION_DATABASE_URL). */
  databaseUrlFor: (subgraph: SubgraphName) => string;
  /**
   * The role the services then work as (DATABASE_URL: the same URL with this user, no password; the migrations
   * create it with LOGIN, so this suits trust authentication as on the test machines). Default `meander_app`.
   */
  appRole?: string;
  /** Extra environment for every process (e.g. KAFKA_BROKERS, LOG_LEVEL). */
  env?: Record<string, string>;
  /**
   * Restart a subgraph process that exits while the services run (not through stop()), as docker-compose's
   * `restart: unless-stopped` or any process supervisor does: a second after the exit, with the same environment.
   * Off by default (the tests want a death to show). `pids` follows the restarted process.
   */
  supervise?: boolean;
  /** How long a process may take to say it listens (default 100 s; a loaded machine or a fresh broker needs more). */
  startTimeoutMs?: number;
  /** Every line each process writes (stdout and stderr: its JSON log), e.g. for a test that reads the log. */
  onLine?: (service: SubgraphName | "gateway", line: string) => void;
}

export interface Launched {
  gatewayUrl: string;
  subgraphUrls: Record<SubgraphName, string>;
  /** The shared secret the gateway signs subgraph requests with (to call a subgraph directly, as the gateway would). */
  signingSecret: string;
  /** Operating-system process ids, for measuring (memory, CPU). */
  pids: Record<SubgraphName | "gateway", number>;
  mint(claims: Omit<AccessClaims, "sid"> & { sid?: string }): Promise<string>;
  stop(): Promise<void>;
}

/** Hands each complete line of a stream to `onLine`. */
function lines(stream: NodeJS.ReadableStream, onLine: (line: string) => void) {
  let rest = "";
  stream.on("data", (d: Buffer) => {
    const parts = (rest + d).split("\n");
    rest = parts.pop()!;
    for (const line of parts) onLine(line);
  });
}

function run(
  procs: ChildProcess[],
  dir: string,
  env: Record<string, string>,
  ready: RegExp,
  timeoutMs = 100_000,
  onLine?: (line: string) => void,
): Promise<ChildProcess> {
  const proc = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
    cwd: `${root}${dir}`,
    env: { ...inheritedEnvironment(), NODE_ENV: "development", LOG_LEVEL: "info", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  procs.push(proc);
  live.add(proc);
  if (onLine) for (const stream of [proc.stdout!, proc.stderr!]) lines(stream, onLine);
  proc.once("exit", () => live.delete(proc));
  let out = "";
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${dir} did not start in ${timeoutMs} ms:\n${out}`)), timeoutMs);
    const onData = (d: Buffer) => {
      out = (out + d).slice(-20_000);
      if (ready.test(out)) {
        clearTimeout(timer);
        proc.stdout!.off("data", onData);
        proc.stderr!.off("data", onData);
        proc.stdout!.resume();
        proc.stderr!.resume();
        resolve(proc);
      }
    };
    proc.stdout!.on("data", onData);
    proc.stderr!.on("data", onData);
    proc.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`${dir} exited ${code}:\n${out}`));
    });
  });
}

export async function launchServices(opts: LaunchOptions): Promise<Launched> {
  // Identity signs with AUTH_SIGNING_KEYS; everyone verifies through identity's JWKS endpoint (AUTH_JWKS_URL).
  const { key, privateJwk } = await generateSigningKey("services");
  const signingSecret = randomBytes(32).toString("hex");
  const base = opts.basePort;
  const ports =
    opts.ports ?? (base === undefined ? [] : Array.from({ length: SUBGRAPHS.length + 1 }, (_, i) => base + i));
  if (ports.length !== SUBGRAPHS.length + 1)
    throw new Error(
      `launchServices needs basePort or ${SUBGRAPHS.length + 1} ports (the gateway's, then the subgraphs')`,
    );
  const gatewayPort = ports[0]!;
  const port = (name: SubgraphName) => ports[1 + SUBGRAPHS.findIndex((s) => s.name === name)]!;
  const common = {
    ...opts.env,
    GATEWAY_SIGNING_SECRET: signingSecret,
    AUTH_JWKS_URL: `http://127.0.0.1:${port("identity")}/.well-known/jwks.json`,
  };
  const procs: ChildProcess[] = [];
  let stopping = false;
  const stop = async () => {
    stopping = true;
    await Promise.all(
      procs.map(
        (p) =>
          new Promise<void>((resolve) => {
            if (p.exitCode !== null || p.signalCode !== null) return resolve();
            const force = setTimeout(() => p.kill("SIGKILL"), 10_000);
            p.once("exit", () => (clearTimeout(force), resolve()));
            p.kill("SIGTERM");
          }),
      ),
    );
  };
  try {
    const subgraphUrls = Object.fromEntries(
      SUBGRAPHS.map((s) => [s.name, `http://127.0.0.1:${port(s.name)}/graphql`]),
    ) as Record<SubgraphName, string>;
    const pids = {} as Record<SubgraphName | "gateway", number>;
    // The supervisor: a subgraph that exits is started again (and again if the new one fails to start).
    const startSubgraph = async (name: SubgraphName, env: Record<string, string>): Promise<void> => {
      const proc = await run(
        procs,
        `subgraphs/${name}`,
        env,
        /subgraph listening/,
        opts.startTimeoutMs,
        opts.onLine && ((line) => opts.onLine!(name, line)),
      );
      pids[name] = proc.pid!;
      if (!opts.supervise) return;
      proc.once("exit", () => {
        const again = () => {
          if (stopping) return;
          startSubgraph(name, env).catch(() => setTimeout(again, 1_000).unref());
        };
        setTimeout(again, 1_000).unref();
      });
    };
    await Promise.all(
      SUBGRAPHS.map(async (s) => {
        const own: Record<string, string> =
          s.name === "identity" ? { AUTH_SIGNING_KEYS: JSON.stringify([privateJwk]) } : {};
        const owner = opts.databaseUrlFor(s.name);
        const env = {
          ...common,
          ...own,
          MIGRATION_DATABASE_URL: owner,
          DATABASE_URL: asRole(owner, opts.appRole ?? APP_ROLE),
          PORT: String(port(s.name)),
        };
        await startSubgraph(s.name, env);
      }),
    );
    const urls = Object.fromEntries(SUBGRAPHS.map((s) => [`${s.name.toUpperCase()}_URL`, subgraphUrls[s.name]]));
    const gatewayLines = opts.onLine && ((line: string) => opts.onLine!("gateway", line));
    pids.gateway = (
      await run(
        procs,
        "gateway",
        { ...common, ...urls, PORT: String(gatewayPort) },
        /gateway listening/,
        opts.startTimeoutMs,
        gatewayLines,
      )
    ).pid!;
    return {
      gatewayUrl: `http://127.0.0.1:${gatewayPort}/graphql`,
      subgraphUrls,
      signingSecret,
      pids,
      mint: (claims) => signAccessToken(key, { sid: randomBytes(8).toString("hex"), ...claims }, TOKEN_SETTINGS),
      stop,
    };
  } catch (err) {
    await stop();
    throw err;
  }
}
