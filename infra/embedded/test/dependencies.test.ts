/**
 * Dependencies (issue 10, item 6): the npm audit service cannot be reached
 * from these machines, so the lockfile is checked offline against the
 * committed list infra/security/known-vulnerable.json. `pnpm audit` (the root
 * `audit` script) is for machines that reach the registry.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  compareVersions,
  installedPackages,
  satisfies,
  vulnerableIn,
  type KnownVulnerable,
} from "./security/lockfile.js";

const LOCKFILE = new URL("../../../pnpm-lock.yaml", import.meta.url);
const LIST = new URL("../../security/known-vulnerable.json", import.meta.url);
const list = JSON.parse(readFileSync(LIST, "utf8")) as KnownVulnerable;
const installed = installedPackages(readFileSync(LOCKFILE, "utf8"));

describe("known-vulnerable dependencies (offline, from pnpm-lock.yaml)", () => {
  it("installs no version listed as known-vulnerable", () => {
    const hits = vulnerableIn(installed, list.advisories);
    const lines = hits.map(
      (h) =>
        `${h.installed.name}@${h.installed.version} is in ${h.advisory.vulnerable}: ${h.advisory.ids.join(", ")} (${h.advisory.summary})`,
    );
    const accepted = vulnerableIn(installed, list.accepted);
    for (const h of accepted)
      console.warn(
        `accepted: ${h.installed.name}@${h.installed.version} ${h.advisory.ids.join(", ")}: ${h.advisory.reason}`,
      );
    console.log(
      `${installed.length} package versions checked against ${list.advisories.length} advisories (${accepted.length} accepted)`,
    );
    expect(lines).toEqual([]);
  });

  it("reads the lockfile: the gateway's federation packages and graphql are there", () => {
    const names = new Set(installed.map((i) => i.name));
    expect(installed.length).toBeGreaterThan(100);
    for (const name of ["@apollo/gateway", "@apollo/server", "graphql", "jose", "kafkajs", "drizzle-orm"])
      expect(names.has(name), name).toBe(true);
    expect(list.advisories.some((a) => a.package === "@apollo/gateway" && a.vulnerable === "<2.10.1")).toBe(true);
  });

  it("every entry names real advisories and a readable range, and every accepted one says why", () => {
    for (const a of [...list.advisories, ...list.accepted]) {
      expect(a.ids.length, a.package).toBeGreaterThan(0);
      for (const id of a.ids) expect(id, a.package).toMatch(/^(GHSA(-[23456789cfghjmpqrvwx]{4}){3}|CVE-\d{4}-\d{4,})$/);
      expect(() => satisfies("1.0.0", a.vulnerable), `${a.package} ${a.vulnerable}`).not.toThrow();
    }
    for (const a of list.accepted) expect(a.reason?.length ?? 0, a.package).toBeGreaterThan(20);
  });

  it("catches a vulnerable version in a lockfile (the check itself works)", () => {
    const lock = (v: string) =>
      `lockfileVersion: '9.0'\npackages:\n  '@apollo/gateway@${v}':\n    resolution: {integrity: sha512-x}\nsnapshots:\n  '@apollo/gateway@${v}(graphql@16.15.0)': {}\n`;
    const hit = (v: string) => vulnerableIn(installedPackages(lock(v)), list.advisories).flatMap((h) => h.advisory.ids);
    expect(hit("2.10.0")).toContain("GHSA-q2f9-x4p4-7xmh");
    expect(hit("2.8.4")).toEqual(expect.arrayContaining(["GHSA-q2f9-x4p4-7xmh", "GHSA-fmj9-77q8-g6c4"]));
    expect(hit("2.10.1")).toEqual([]);
    expect(hit("2.14.4")).toEqual([]);
  });

  it("compares versions and ranges as semver does", () => {
    expect(compareVersions("2.10.0", "2.9.9")).toBeGreaterThan(0);
    expect(compareVersions("2.10.1-rc.1", "2.10.1")).toBeLessThan(0);
    expect(satisfies("2.10.1-rc.1", "<2.10.1")).toBe(true);
    expect(satisfies("8.17.0", "<7.5.10 || >=8.0.0 <8.17.1")).toBe(true);
    expect(satisfies("8.17.1", "<7.5.10 || >=8.0.0 <8.17.1")).toBe(false);
    expect(satisfies("7.5.9", "<7.5.10 || >=8.0.0 <8.17.1")).toBe(true);
    expect(satisfies("0.24.2", "<=0.24.2")).toBe(true);
    expect(() => satisfies("1.0.0", "~1.0")).toThrow();
  });
});
