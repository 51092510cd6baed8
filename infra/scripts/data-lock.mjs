// One process per embedded data directory: PGlite is a database inside the process, and two processes writing the
// same files corrupt it. The lock is a file holding the owner's pid; a lock whose process is gone is taken over.
// Plain JavaScript so that `npm start` (infra/scripts/start.mjs) refuses a second start before it installs anything.
import { closeSync, mkdirSync, openSync, readFileSync, unlinkSync, writeSync } from "node:fs";
import { join } from "node:path";

export const LOCK_FILE = "meander.lock";

export class DataDirLocked extends Error {
  constructor(dataDir, holder) {
    super(lockedMessage(dataDir, holder));
    this.name = "DataDirLocked";
    this.holder = holder;
  }
}

export function lockedMessage(dataDir, holder) {
  return [
    `Meander is already running on ${dataDir}: process ${holder.pid} (started ${holder.startedAt ?? "at an unknown time"}).`,
    `Stop it first (Ctrl-C in its terminal, or: kill ${holder.pid}); two processes on one data directory would corrupt it.`,
    `To run a second one beside it, give it its own data directory and port: MEANDER_DATA_DIR=<dir> PORT=<port> npm start`,
  ].join("\n");
}

/** The live process holding `dataDir`'s lock, or null (no lock, or one left behind by a process that is gone). */
export function lockHolder(dataDir) {
  const holder = readLock(join(dataDir, LOCK_FILE));
  return holder && alive(holder.pid) ? holder : null;
}

/**
 * Takes `dataDir`'s lock for this process (throws DataDirLocked naming the holder when a live process has it) and
 * gives it back when the process exits, however it exits short of SIGKILL (after which the next start takes it over).
 */
export function acquireDataLock(dataDir) {
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, LOCK_FILE);
  const mine = { pid: process.pid, startedAt: new Date().toISOString(), command: process.argv.slice(1).join(" ") };
  for (let attempt = 0; ; attempt++) {
    try {
      const fd = openSync(file, "wx");
      try {
        writeSync(fd, JSON.stringify(mine));
      } finally {
        closeSync(fd);
      }
      break;
    } catch (err) {
      if (err.code !== "EEXIST" || attempt >= 3) throw err;
      const holder = readLock(file);
      if (holder && alive(holder.pid)) throw new DataDirLocked(dataDir, holder);
      // Left by a process that is gone (killed, or the machine stopped): take it over.
      removeIf(file, (now) => now?.pid === holder?.pid);
    }
  }
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    removeIf(file, (now) => now?.pid === process.pid);
  };
  process.once("exit", release);
  return { file, release };
}

function readLock(file) {
  let text;
  try {
    text = readFileSync(file, "utf8");
  } catch (err) {
    if (err.code === "ENOENT") return null;
    throw err;
  }
  try {
    const parsed = JSON.parse(text);
    return Number.isInteger(parsed?.pid) && parsed.pid > 0 ? parsed : { pid: 0 };
  } catch {
    return { pid: 0 }; // torn or foreign content: no live holder
  }
}

function removeIf(file, test) {
  if (!test(readLock(file))) return;
  try {
    unlinkSync(file);
  } catch (err) {
    if (err.code !== "ENOENT") throw err;
  }
}

/** Whether `pid` is a live process that may be a Meander start (this process's own pid in a lock is a stale one). */
function alive(pid) {
  if (!pid || pid === process.pid) return false;
  try {
    process.kill(pid, 0);
  } catch (err) {
    return err.code === "EPERM"; // alive, someone else's
  }
  // A pid reused by a process that is not Node (Linux tells): the lock's owner is gone.
  try {
    return readFileSync(`/proc/${pid}/cmdline`, "utf8").includes("node");
  } catch {
    return true;
  }
}
