import { describe, expect, it } from "vitest";
import { mergeEdit, reorderPositions } from "./content.js";

describe("keeping content", () => {
  const card = { title: "Kort", topic: "Samtale" as string | null, body: "Tekst", sortOrder: 3 };

  it("keeps what an edit leaves out, trims text, clears only nullable fields with null", () => {
    expect(mergeEdit(card, { title: " Nytt ", body: undefined }, ["topic"])).toEqual({ ...card, title: "Nytt" });
    expect(mergeEdit(card, { topic: null, title: null }, ["topic"])).toEqual({ ...card, topic: null });
    expect(mergeEdit(card, { topic: "  " }, ["topic"]).topic).toBeNull();
    expect(mergeEdit(card, { title: " " }, ["topic"]).title).toBe(" "); // left for title_length to refuse
  });

  it("numbers a new order from 0 and names a repeated or unknown id", () => {
    const known = new Set(["a", "b", "c"]);
    const ok = reorderPositions(["c", "a"], known, "card");
    expect("positions" in ok && [...ok.positions]).toEqual([
      ["c", 0],
      ["a", 1],
    ]);
    const twice = reorderPositions(["a", "a"], known, "card");
    expect("violation" in twice && twice.violation.rule).toBe("ids_unique");
    const unknown = reorderPositions(["a", "x"], known, "card");
    expect("violation" in unknown && unknown.violation).toMatchObject({ rule: "card_unknown", field: "ids" });
  });
});
