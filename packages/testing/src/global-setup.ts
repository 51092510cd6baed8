/**
 * Vitest global setup factory: migrates a template database once per run for
 * the given subgraphs and hands its name to the test files (inject("templateDatabase")).
 * Usage in a package's test/global-setup.ts:
 *   export default templateSetup("activity", [migrations]);
 */
import type { MigrationSource } from "@meander/db";
import { createMigratedDatabase, dropAllLike, dropStale } from "./database.js";

declare module "vitest" {
  export interface ProvidedContext {
    templateDatabase: string;
  }
}

interface Project {
  provide(key: "templateDatabase", value: string): void;
}

export function templateSetup(label: string, sources: MigrationSource[]) {
  return async function setup(project: Project) {
    const prefix = `meander_t_${label}`;
    await dropStale(prefix);
    const template = `${prefix}_${process.pid}`;
    await createMigratedDatabase(template, sources);
    project.provide("templateDatabase", template);
    return async () => {
      await dropAllLike(template);
    };
  };
}
