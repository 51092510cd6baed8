// `npm start`: install, then run the whole platform embedded (PGlite, in-process events) and print its URL.
import { spawn } from "node:child_process";
import { install } from "./pnpm.mjs";

install();
const root = new URL("../..", import.meta.url).pathname;
const child = spawn(process.execPath, ["--import", "tsx", "infra/embedded/src/main.ts"], { stdio: "inherit", cwd: root });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
child.on("exit", (code) => process.exit(code ?? 0));
