/**
 * docker-compose.yml cannot run on the CI machines (no Docker engine), so this
 * keeps it honest: every service's environment there must be what its
 * src/config.ts reads, and must parse with it.
 */
import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { loadConfig } from "@meander/config";
import { APP_ROLE } from "@meander/db";
import { gatewayConfigSchema, SUBGRAPHS } from "@meander/gateway";
import { registry } from "@meander/observability";
import { SERVICES } from "../src/services.js";

const compose = parse(readFileSync(new URL("../../../docker-compose.yml", import.meta.url), "utf8"), {
  merge: true,
}) as {
  services: Record<string, { environment?: Record<string, string>; build?: { args?: Record<string, string> } }>;
};
const dummies: Record<string, string> = {
  GATEWAY_SIGNING_SECRET: "x".repeat(64),
  AUTH_SIGNING_KEYS: "[]",
  MEANDER_APP_PASSWORD: "app-password",
};
const resolve = (env: Record<string, string>) =>
  Object.fromEntries(
    Object.entries(env).map(([k, v]) => [
      k,
      String(v).replace(
        /\$\{(\w+)(?::-([^}]*))?\}/g,
        (_, name: string, fallback?: string) => dummies[name] ?? fallback ?? "",
      ),
    ]),
  );

describe("docker-compose.yml", () => {
  it("gives every subgraph exactly the variables its config reads, on its own port", () => {
    for (const s of SUBGRAPHS) {
      const schema = SERVICES.find((m) => m.SUBGRAPH === s.name)!.configSchema;
      const known = Object.keys(schema.shape);
      const service = compose.services[s.name]!;
      expect(service.build?.args?.SERVICE_DIR).toBe(`subgraphs/${s.name}`);
      const env = resolve(service.environment ?? {});
      expect(
        Object.keys(env).filter((k) => !known.includes(k)),
        s.name,
      ).toEqual([]);
      const config = loadConfig(schema, env);
      expect(config.PORT).toBe(s.port);
      expect(config.KAFKA_BROKERS).toEqual(["kafka:9092"]);
      expect(config.AUTH_JWKS_URL).toBe("http://identity:4001/.well-known/jwks.json");
      // Works as the application role, migrates as the owner.
      expect(new URL(config.DATABASE_URL).username).toBe(APP_ROLE);
      expect(new URL(config.MIGRATION_DATABASE_URL!).username).toBe("meander");
    }
  });

  it("points the gateway at each subgraph's service and port", () => {
    const env = resolve(compose.services.gateway!.environment ?? {});
    expect(Object.keys(env).filter((k) => !Object.keys(gatewayConfigSchema.shape).includes(k))).toEqual([]);
    const config = loadConfig(gatewayConfigSchema, env) as Record<string, unknown>;
    for (const s of SUBGRAPHS) expect(config[`${s.name.toUpperCase()}_URL`]).toBe(`http://${s.name}:${s.port}/graphql`);
  });

  it("has alert rules and a dashboard (observability profile) that name only metrics the services export", () => {
    const read = (file: string) => readFileSync(new URL(`../../observability/${file}`, import.meta.url), "utf8");
    const rules = (
      parse(read("alerts.yml")) as {
        groups: Array<{ rules: Array<{ alert: string; expr: string; annotations: { runbook: string } }> }>;
      }
    ).groups.flatMap((g) => g.rules);
    const dashboard = JSON.parse(read("grafana-dashboard.json")) as {
      panels: Array<{ targets: Array<{ expr: string }> }>;
    };
    const exported = new Set(
      registry.getMetricsAsArray().flatMap((m) => [m.name, `${m.name}_bucket`, `${m.name}_count`, `${m.name}_sum`]),
    );
    const named = [
      ...rules.map((r) => r.expr),
      ...dashboard.panels.flatMap((p) => p.targets.map((t) => t.expr)),
    ].flatMap((e) => e.match(/meander_\w+/g) ?? []);
    expect(named.length).toBeGreaterThan(20);
    expect(named.filter((n) => !exported.has(n))).toEqual([]);
    // Each alert's runbook is a section of the on-call README.
    const readme = read("README.md").toLowerCase();
    for (const rule of rules) expect(readme, rule.alert).toContain(`## ${rule.annotations.runbook.split("#")[1]}\n`);
    expect(Object.keys(compose.services)).toEqual(expect.arrayContaining(["prometheus", "grafana", "jaeger"]));
  });
});
