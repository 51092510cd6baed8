/**
 * Issue 18, finding 2: `npm start` ends within 10 s on SIGTERM at any moment (while it starts; while it serves, with
 * requests in flight, among them a global administrator's read, which froze the old platform for good), and a second
 * start on the same data directory is refused at once naming the process that has it; a lock left by a process that
 * is gone is taken over. Two starts on one data directory: the launcher while it starts, then `npm start` itself
 * (infra/scripts/start.mjs, in a process group of its own, signalled as a terminal does).
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { signAccessToken } from "@meander/auth";
import { lockHolder } from "../../scripts/data-lock.mjs";
import { loadOrCreateKey } from "../src/keys.js";
import { TOKEN_SETTINGS } from "../src/platform.js";
import { queryWithin } from "./deadline.js";

const root = new URL("../../../", import.meta.url).pathname;
const MAIN = join(root, "infra/embedded/src/main.ts");
const START = join(root, "infra/scripts/start.mjs");
const dataDir = mkdtempSync(join(tmpdir(), "meander-start-stop-"));
const lockFile = join(dataDir, "meander.lock");
const STOP_WITHIN_MS = 10_000;
/** A second start is refused before it starts anything: the time of a Node process (tsx's for the launcher). */
const REFUSED_WITHIN_MS = 20_000;
const started: Array<{ proc: ChildProcess; group: boolean }> = [];

interface Run {
  proc: ChildProcess;
  output(): string;
  /** Resolves with the first match of `pattern` in the output (rejects when the process exits first). */
  waitFor(pattern: RegExp, ms?: number): Promise<RegExpExecArray>;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; at: number }>;
}

function run(args: string[], opts: { detached?: boolean } = {}): Run {
  const proc = spawn(process.execPath, args, {
    cwd: root,
    detached: opts.detached ?? false,
    // NODE_ENV as a developer has it (vitest sets "test").
    env: { ...process.env, NODE_ENV: "development", MEANDER_DATA_DIR: dataDir, PORT: "0", LOG_LEVEL: "error" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  started.push({ proc, group: opts.detached ?? false });
  let out = "";
  const listeners = new Set<() => void>();
  const onData = (d: Buffer) => {
    out += d;
    for (const l of listeners) l();
  };
  proc.stdout!.on("data", onData);
  proc.stderr!.on("data", onData);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; at: number }>((resolve) =>
    proc.once("exit", (code, signal) => resolve({ code, signal, at: Date.now() })),
  );
  return {
    proc,
    output: () => out,
    exited,
    waitFor: (pattern, ms = 240_000) =>
      new Promise((resolve, reject) => {
        const check = () => {
          const m = pattern.exec(out);
          if (!m) return;
          done();
          resolve(m);
        };
        const timer = setTimeout(() => (done(), reject(new Error(`no ${pattern} within ${ms} ms:\n${out}`))), ms);
        const done = () => (clearTimeout(timer), listeners.delete(check));
        listeners.add(check);
        void exited.then(() => (done(), reject(new Error(`exited before ${pattern}:\n${out}`))));
        check();
      }),
  };
}

const lockPid = () => (JSON.parse(readFileSync(lockFile, "utf8")) as { pid: number }).pid;
const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

afterAll(() => {
  for (const { proc, group } of started) {
    try {
      if (group)
        process.kill(-proc.pid!, "SIGKILL"); // npm start and the launcher it started
      else if (proc.exitCode === null && proc.signalCode === null) proc.kill("SIGKILL");
    } catch {
      // already gone
    }
  }
  rmSync(dataDir, { recursive: true, force: true });
});

describe("the embedded start's lifecycle", () => {
  it(
    "takes over a lock whose process is gone, and ends within 10 s on SIGTERM while it starts",
    { timeout: 300_000 },
    async () => {
      const gone = spawnSync(process.execPath, ["-e", ""]).pid;
      writeFileSync(lockFile, JSON.stringify({ pid: gone, startedAt: "2026-01-01T00:00:00.000Z" }));
      const launcher = run(["--import", "tsx", MAIN]);
      await launcher.waitFor(/Starting Meander/);
      expect(lockPid()).toBe(launcher.proc.pid);

      const signalled = Date.now();
      launcher.proc.kill("SIGTERM");
      const { at, code, signal } = await launcher.exited;
      expect(at - signalled, `exit ${code ?? signal}:\n${launcher.output()}`).toBeLessThan(STOP_WITHIN_MS);
      expect(lockHolder(dataDir)).toBeNull(); // given back, or (killed at the deadline) left to be taken over
    },
  );

  it(
    "npm start: serves (seeding afresh after the interrupted first start), refuses a second start naming its process, and ends within 10 s on SIGTERM to its group with requests in flight",
    { timeout: 400_000 },
    async () => {
      const npmStart = run([START], { detached: true });
      const url = (await npmStart.waitFor(/Apollo Sandbox:\s+(http:\/\/\S+)/))[1]!;
      expect(npmStart.output()).toContain("first start: demo data seeded");
      const holder = lockPid();
      expect(alive(holder)).toBe(true);

      for (const args of [[START], ["--import", "tsx", MAIN]]) {
        const t = Date.now();
        const second = run(args);
        const { code, at } = await second.exited;
        expect(code).toBe(1);
        expect(second.output()).toContain(`Meander is already running on ${dataDir}: process ${holder}`);
        expect(at - t).toBeLessThan(REFUSED_WITHIN_MS);
      }
      expect(lockPid()).toBe(holder);

      const tokens = JSON.parse(readFileSync(join(dataDir, "demo-tokens.json"), "utf8")) as Record<
        string,
        { token: string }
      >;
      const coordinator = await queryWithin(30_000, url, `{ me { id } }`, {}, tokens.coordinator!.token);
      expect(coordinator.errors).toBeUndefined();

      // Requests in flight when the terminal's Ctrl-C reaches the whole group (npm start, the launcher): a global
      // administrator's read (before the fix it never answered, and held the one PGlite transaction for good) and others.
      const key = await loadOrCreateKey(dataDir);
      const globalAdmin = await signAccessToken(
        key,
        { sub: randomUUID(), sid: randomUUID(), org: null, la: null, role: "global_admin" },
        TOKEN_SETTINGS,
      );
      const inFlight = [
        queryWithin(60_000, url, `{ leads(first: 5) { edges { node { id } } } }`, {}, globalAdmin).catch(() => null),
        queryWithin(
          60_000,
          url,
          `{ activities(first: 20) { edges { node { id } } } }`,
          {},
          tokens.org_admin!.token,
        ).catch(() => null),
        queryWithin(60_000, url, `{ me { id } }`, {}, tokens.peer_mentor!.token).catch(() => null),
      ];
      const signalled = Date.now();
      process.kill(-npmStart.proc.pid!, "SIGTERM");
      const { at, code, signal } = await npmStart.exited;
      await Promise.all(inFlight);
      expect(at - signalled, `exit ${code ?? signal}:\n${npmStart.output()}`).toBeLessThan(STOP_WITHIN_MS);
      await expect.poll(() => alive(holder), { timeout: STOP_WITHIN_MS - (Date.now() - signalled) }).toBe(false);
      expect(lockHolder(dataDir)).toBeNull();
    },
  );
});
