/** Keeping toolbox cards and FAQ items: edits and reordering (no I/O). */
import type { RuleViolation } from "./violation.js";

/** The row after an edit: fields left out (undefined) stay; required fields given null stay too. */
export function mergeEdit<T extends object>(
  current: T,
  changes: Partial<Record<keyof T, unknown>>,
  nullable: ReadonlyArray<keyof T>,
): T {
  const merged = { ...current };
  for (const [key, value] of Object.entries(changes) as Array<[keyof T, unknown]>) {
    if (value === undefined || (value === null && !nullable.includes(key))) continue;
    merged[key] = (
      typeof value === "string" ? value.trim() || (nullable.includes(key) ? null : value) : value
    ) as T[keyof T];
  }
  return merged;
}

/**
 * A new order for some items: every id once (`ids_unique`), every id one the
 * caller may reorder (`card_unknown` / `faq_unknown`). Returns the positions (0, 1, 2, …) by id.
 */
export function reorderPositions(
  ids: readonly string[],
  known: ReadonlySet<string>,
  kind: "card" | "faq",
): { positions: Map<string, number> } | { violation: RuleViolation } {
  if (new Set(ids).size !== ids.length)
    return { violation: { rule: "ids_unique", field: "ids", message: "Hver oppføring kan bare nevnes én gang" } };
  if (ids.some((id) => !known.has(id))) {
    return kind === "card"
      ? { violation: { rule: "card_unknown", field: "ids", message: "Et av kortene finnes ikke i organisasjonen" } }
      : {
          violation: { rule: "faq_unknown", field: "ids", message: "Et av spørsmålene finnes ikke for organisasjonen" },
        };
  }
  return { positions: new Map(ids.map((id, i) => [id, i])) };
}
