/**
 * `pnpm persisted` writes gateway/persisted-operations.json from gateway/operations/**.graphql;
 * `pnpm persisted:check` fails when an operation is invalid or the committed file is stale.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { MANIFEST_FILE } from "../src/persisted.js";
import { buildManifest, manifestText } from "../src/persisted-manifest.js";

const next = manifestText(buildManifest());
if (process.argv.includes("--check")) {
  const current = existsSync(MANIFEST_FILE) ? readFileSync(MANIFEST_FILE, "utf8") : "";
  if (current !== next) {
    console.error("gateway/persisted-operations.json is stale: run `pnpm persisted` and commit the result.");
    process.exit(1);
  }
  console.log("gateway/persisted-operations.json is up to date");
} else {
  writeFileSync(MANIFEST_FILE, next);
  console.log("wrote gateway/persisted-operations.json");
}
