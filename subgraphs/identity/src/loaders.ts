/** DataLoaders, created per request: resolving 100 user references costs one query. */
import DataLoader from "dataloader";
import type { UserRepository } from "./db/repositories/users.js";
import type { UserRow } from "./db/schema/index.js";

/** `users` resolves once the request's transaction is ready (app.user_id set, src/rls.ts). */
export function createLoaders(users: () => Promise<UserRepository>) {
  return {
    user: new DataLoader<string, UserRow | null>(async (ids) => {
      const rows = await (await users()).byIds(ids);
      const byId = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
