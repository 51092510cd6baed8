/**
 * The offline dependency check (issue 10, item 6): every package version in
 * pnpm-lock.yaml against a committed list of known-vulnerable ranges
 * (infra/security/known-vulnerable.json). A small semver subset is enough for
 * the ranges advisories use: comparators `<`, `<=`, `>`, `>=`, `=` joined by
 * spaces (and) and `||` (or); a prerelease sorts before its release.
 */
import { parse as parseYaml } from "yaml";

export interface Advisory {
  package: string;
  vulnerable: string;
  ids: string[];
  summary: string;
  reason?: string;
}

export interface KnownVulnerable {
  advisories: Advisory[];
  accepted: Advisory[];
}

export interface Installed {
  name: string;
  version: string;
}

type Version = [number, number, number, string];

export function parseVersion(v: string): Version {
  const m = /^v?(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z.-]+))?(?:\+.*)?$/.exec(v.trim());
  if (!m) throw new Error(`not a version: ${v}`);
  return [Number(m[1]), Number(m[2]), Number(m[3]), m[4] ?? ""];
}

export function compareVersions(a: string, b: string): number {
  const x = parseVersion(a);
  const y = parseVersion(b);
  for (let i = 0; i < 3; i++) if (x[i] !== y[i]) return (x[i] as number) - (y[i] as number);
  if (x[3] === y[3]) return 0;
  if (x[3] === "") return 1;
  if (y[3] === "") return -1;
  return x[3] < y[3] ? -1 : 1;
}

const COMPARATOR = /^(<=|>=|<|>|=)?\s*(v?\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?)$/;

/** Throws on a range it cannot read, so a typo in the list fails the check instead of matching nothing. */
export function satisfies(version: string, range: string): boolean {
  return range.split("||").some((set) => {
    const parts = set
      .trim()
      .split(/\s+(?=[<>=]|\d)/)
      .filter(Boolean);
    if (parts.length === 0) throw new Error(`empty range in ${range}`);
    return parts.every((part) => {
      const m = COMPARATOR.exec(part.trim());
      if (!m) throw new Error(`cannot read comparator "${part}" in ${range}`);
      const c = compareVersions(version, m[2]!);
      switch (m[1] ?? "=") {
        case "<":
          return c < 0;
        case "<=":
          return c <= 0;
        case ">":
          return c > 0;
        case ">=":
          return c >= 0;
        default:
          return c === 0;
      }
    });
  });
}

/** Every (name, version) in a pnpm v9 lockfile's `packages` (and `snapshots`) sections. */
export function installedPackages(lockfileText: string): Installed[] {
  const lock = parseYaml(lockfileText) as { packages?: Record<string, unknown>; snapshots?: Record<string, unknown> };
  const seen = new Map<string, Installed>();
  for (const key of [...Object.keys(lock.packages ?? {}), ...Object.keys(lock.snapshots ?? {})]) {
    const bare = key.replace(/\(.*$/, "");
    const at = bare.lastIndexOf("@");
    if (at <= 0) continue;
    const name = bare.slice(0, at);
    const version = bare.slice(at + 1);
    if (!/^\d+\.\d+\.\d+/.test(version)) continue; // links, tarballs, git: not from the registry
    seen.set(`${name}@${version}`, { name, version });
  }
  return [...seen.values()];
}

export interface Hit {
  installed: Installed;
  advisory: Advisory;
}

export function vulnerableIn(installed: Installed[], advisories: Advisory[]): Hit[] {
  const hits: Hit[] = [];
  for (const advisory of advisories) {
    for (const i of installed)
      if (i.name === advisory.package && satisfies(i.version, advisory.vulnerable))
        hits.push({ installed: i, advisory });
  }
  return hits;
}
