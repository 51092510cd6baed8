import { describe, expect, it } from "vitest";
import { classify, generate, type Row } from "./generate.js";

const base = {
  organizations: [
    {
      id: "00000000-0000-4000-8000-000000000001",
      shortName: "HLF",
      adminId: "00000000-0000-4000-8000-000000000002",
      regions: [],
    },
  ],
};
const spec = { seed: 5, year: 2025, localAssociations: 9, mentors: 20, contacts: 100, activities: 2000 };

async function rowsOf(s = spec) {
  const rows = new Map<string, Row[]>();
  await generate(s, base, (table, row) => void (rows.get(table) ?? rows.set(table, []).get(table)!).push(row));
  return rows;
}

describe("generate", () => {
  it("makes the asked numbers of rows, the same from the same seed", async () => {
    const a = await rowsOf();
    const b = await rowsOf();
    expect(a.get("activity.activities")).toHaveLength(2000);
    expect(a.get("activity.contacts")).toHaveLength(100);
    expect(a.get("identity.users")).toHaveLength(20);
    expect(a.get("organization.local_associations")).toHaveLength(9);
    expect(a.get("organization.regions")).toHaveLength(9);
    expect(b.get("activity.activities")).toEqual(a.get("activity.activities"));
    expect((await rowsOf({ ...spec, seed: 6 })).get("activity.activities")![0]!.id).not.toBe(
      a.get("activity.activities")![0]!.id,
    );
  });

  it("leaves 60-70 % of activities without reimbursement, one expense per reimbursed one, all in the year", async () => {
    const rows = await rowsOf();
    const activities = rows.get("activity.activities")!;
    const reimbursed = activities.filter((a) => a.has_reimbursement);
    const share = 1 - reimbursed.length / activities.length;
    expect(share).toBeGreaterThanOrEqual(0.6);
    expect(share).toBeLessThanOrEqual(0.7);
    expect(
      rows
        .get("finance.expenses")!
        .map((e) => e.activity_id)
        .sort(),
    ).toEqual(reimbursed.map((a) => a.id).sort());
    for (const a of activities) expect((a.activity_date as Date).getUTCFullYear()).toBe(2025);
  });
});

describe("classify", () => {
  it("follows the Bufdir thresholds", () => {
    expect(classify("outreach_in_person", 1, 30, "NO")).toBe("counts");
    expect(classify("not_counted", 1, 30, "NO")).toBe("type_not_counted");
    expect(classify("outreach_in_person", 1, 30, "SE")).toBe("outside_norway");
    expect(classify("group", 2, 60, "NO")).toBe("group_too_small");
    expect(classify("group", 3, 44, "NO")).toBe("group_too_short");
    expect(classify("course", 5, 89, "NO")).toBe("course_day_too_short");
    expect(classify("course", 5, 90, "NO")).toBe("counts");
  });
});
