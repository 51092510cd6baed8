// Runs the pinned pnpm through npx, so a fresh machine needs nothing but Node and npm.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";

const root = new URL("../..", import.meta.url).pathname;
export const PNPM = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")).packageManager;

export function pnpm(args, opts = {}) {
  const r = spawnSync("npx", ["--yes", PNPM, ...args], { stdio: "inherit", cwd: root, ...opts });
  if (r.status !== 0) {
    console.error(`pnpm ${args.join(" ")} failed (exit ${r.status})`);
    process.exit(r.status ?? 1);
  }
}

export function install() {
  pnpm(["install", "--frozen-lockfile", "--prefer-offline", "--reporter=append-only"], {
    env: { ...process.env, COREPACK_INTEGRITY_KEYS: "0" },
  });
}
