/** Gatherings' per-request loaders over application/gatherings.ts (one transaction per batch). */
import DataLoader from "dataloader";
import type { UnitOfWork } from "@meander/events";
import { getGatherings, registrationsOf } from "../application/gatherings.js";
import type { GatheringRegistrationRow, GatheringRow } from "../db/schema/index.js";
import type { Actor } from "../domain/actor.js";

export interface GatheringLoaders {
  gathering: DataLoader<string, GatheringRow | null>;
  registrations: DataLoader<string, GatheringRegistrationRow[]>;
}

export function createGatheringLoaders(uow: UnitOfWork, actor: () => Actor): GatheringLoaders {
  return {
    gathering: new DataLoader(async (ids) => getGatherings(uow, actor(), ids)),
    registrations: new DataLoader(async (ids) => {
      const rows = await registrationsOf(uow, actor(), ids);
      return ids.map((id) => rows.filter((r) => r.gatheringId === id));
    }),
  };
}
