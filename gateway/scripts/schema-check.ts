/**
 * Breaking changes of the API schema (the supergraph as a client sees it), found by GraphQL Inspector's diff
 * and compared against git history, as `compose:check` runs them (issue 22 item 3).
 *
 * What is compared: the API schema composed now against the committed gateway/api-schema.graphql of HEAD, and
 * each of the last HISTORY_DEPTH commits (first parents) that changed that file against the file as of its
 * parent. A breaking change made and committed with a regenerated file is still found (the commit that made it
 * is compared with its parent), and so is one spread over a few commits: editing the committed file cannot
 * hide it. A breaking change passes only when gateway/SCHEMA-CHANGELOG.md names its coordinate in backticks
 * (`Type.field`, `Type.field.argument`, `Enum.VALUE`, `Type`). Without history (a shallow clone, no git) it
 * falls back to the committed file with a warning.
 */
import { execFileSync } from "node:child_process";
import { buildSchema } from "graphql";
import { CriticalityLevel, diff, type Change } from "@graphql-inspector/core";

export const API_SCHEMA_PATH = "gateway/api-schema.graphql";
export const CHANGELOG_PATH = "gateway/SCHEMA-CHANGELOG.md";
/** How many past changes of the committed API schema are checked (besides the uncommitted one). */
export const HISTORY_DEPTH = 5;

export interface Comparison {
  /** Where the two versions come from, for messages (e.g. `HEAD → working tree`, `abc1234^ → abc1234`). */
  label: string;
  older: string;
  newer: string;
}

export interface Breaking {
  label: string;
  /** The schema coordinate (Inspector's path), e.g. `Query.me` or `Role.GLOBAL_ADMIN`. */
  coordinate: string;
  message: string;
}

/** Every coordinate the changelog names in backticks. */
export function acknowledgedIn(changelog: string): Set<string> {
  return new Set([...changelog.matchAll(/`([_A-Za-z][_0-9A-Za-z.]*)`/g)].map((m) => m[1]!));
}

/** Inspector's breaking changes from `older` to `newer` (both printed API schemas). */
export async function breakingChanges(older: string, newer: string): Promise<Change[]> {
  if (older === newer) return [];
  const changes = await diff(buildSchema(older), buildSchema(newer));
  return changes.filter((c) => c.criticality.level === CriticalityLevel.Breaking);
}

/** The breaking changes of every comparison that the changelog does not acknowledge. */
export async function unacknowledged(comparisons: Comparison[], changelog: string): Promise<Breaking[]> {
  const known = acknowledgedIn(changelog);
  const found: Breaking[] = [];
  for (const c of comparisons) {
    for (const change of await breakingChanges(c.older, c.newer)) {
      const coordinate = change.path ?? change.type;
      if (!known.has(coordinate)) found.push({ label: c.label, coordinate, message: change.message });
    }
  }
  return found;
}

function git(root: string, args: string[]): string | undefined {
  try {
    return execFileSync("git", args, {
      cwd: root,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch {
    return undefined;
  }
}

/**
 * What to compare the API schema composed now (`generated`) with, from the git repository at `root`: HEAD's
 * committed file, and each recent commit that changed the file against its parent. `fallback` (the file in
 * the work tree) is the baseline when there is no history, with a warning.
 */
export function comparisonsFromGit(
  root: string,
  generated: string,
  fallback: string | undefined,
  depth = HISTORY_DEPTH,
) {
  const warnings: string[] = [];
  const comparisons: Comparison[] = [];
  const atHead = git(root, ["show", `HEAD:${API_SCHEMA_PATH}`]);
  if (atHead === undefined) {
    if (git(root, ["rev-parse", "HEAD"]) === undefined)
      warnings.push("no git history here: compared with the committed file only");
    if (fallback !== undefined)
      comparisons.push({ label: `${API_SCHEMA_PATH} → composed now`, older: fallback, newer: generated });
    return { comparisons, warnings };
  }
  comparisons.push({ label: "HEAD → composed now", older: atHead, newer: generated });
  const commits = (
    git(root, ["log", "--first-parent", "-n", String(depth), "--format=%H", "--", API_SCHEMA_PATH]) ?? ""
  )
    .split("\n")
    .filter(Boolean);
  for (const commit of commits) {
    const short = commit.slice(0, 10);
    const newer = git(root, ["show", `${commit}:${API_SCHEMA_PATH}`]);
    if (git(root, ["rev-parse", "--verify", "--quiet", `${commit}^1`]) === undefined) {
      if (git(root, ["rev-parse", "--is-shallow-repository"])?.trim() === "true") {
        warnings.push(
          `shallow clone: the parent of ${short} is missing, so its change of ${API_SCHEMA_PATH} is not checked (fetch full history to check it)`,
        );
      }
      continue; // the repository's first commit
    }
    const older = git(root, ["show", `${commit}^1:${API_SCHEMA_PATH}`]);
    if (older === undefined || newer === undefined) continue; // the commit that introduced the file
    comparisons.push({ label: `${short}^ → ${short}`, older, newer });
  }
  return { comparisons, warnings };
}

export const repositoryRoot = (from: string) => git(from, ["rev-parse", "--show-toplevel"])?.trim();
