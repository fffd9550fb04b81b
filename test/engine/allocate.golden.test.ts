import { safeAllocate } from "../../src/engine/allocate";
import { budgets, ours, publishedLumpsum, publishedTotal, YEARS } from "../golden/reference";

describe.each(YEARS)("the published lump sum per year, %s", (year) => {
  // Allocated in the tests, not when the file loads (see the mutation check in the README).
  const allocation = () => {
    const result = safeAllocate({ rows: budgets(year), total: publishedTotal(year) });
    if (!result.ok) throw new Error("the published data must be valid");
    return result.value;
  };

  it("adds up exactly to the printed total", () => {
    const { rows, total } = allocation();
    expect(total.toString()).toBe(publishedTotal(year));
    expect(rows.reduce((s, r) => s.plus(r.amount), total.minus(total)).toString()).toBe(
      publishedTotal(year)
    );
  });

  it.each(budgets(year).map((r) => r.name))(
    "%s is the published amount, or the listed €1 off it (OURS_MINUS_PRINTED)",
    (name) => {
      const row = allocation().rows.find((r) => r.name === name)!;
      expect(row.amount.toString()).toBe(ours(year, name, publishedLumpsum(year).get(name)!));
    }
  );
});

test("2021 reproduces the published column to the euro", () => {
  const result = safeAllocate({ rows: budgets("2021"), total: publishedTotal("2021") });
  expect(result.ok && result.value.rows.map((r) => Number(r.amount.toString()))).toEqual([
    ...publishedLumpsum("2021").values(),
  ]);
});

test("Uden's 2022 amount is the 311,574 confirmed by seed 001", () => {
  const result = safeAllocate({ rows: budgets("2022"), total: publishedTotal("2022") });
  expect(result.ok && result.value.rows.find((r) => r.name === "Uden")?.amount.toString()).toBe(
    "311574"
  );
});
