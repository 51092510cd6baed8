// `npm run admin -- <command>`: the operator's commands (infra/embedded/src/admin.ts), e.g. create-global-admin.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { install } from "./pnpm.mjs";

const root = new URL("../..", import.meta.url).pathname;
if (!existsSync(`${root}node_modules`)) install();
const r = spawnSync(process.execPath, ["--import", "tsx", "infra/embedded/src/admin.ts", ...process.argv.slice(2)], {
  stdio: "inherit",
  cwd: root,
});
process.exit(r.status ?? 1);
