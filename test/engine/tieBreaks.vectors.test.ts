import { safeAllocate } from "../../src/engine/allocate";
import { safePeriodTable } from "../../src/engine/periodTable";
import { roundComponents } from "../../src/engine/projection/roundComponents";
import { Dec } from "../../src/engine/decimal";
import { ratFromDec } from "../../src/engine/rational";

/** "A:1 B:3" → rows; the amounts (or the findings' codes) as one line. */
const rows = (spec: string) =>
  spec.split(" ").map((r) => {
    const [name, weight] = r.split(":");
    return { name: name!, weight: weight! };
  });
const allocation = (spec: string, total: string, decimals = 0): string => {
  const r = safeAllocate({ rows: rows(spec), total, decimals });
  return r.ok
    ? r.value.rows.map((x) => x.amount.toFixed(decimals)).join(" ")
    : r.issues.map((i) => i.code).join(" ");
};

// Allocation: each amount rounded toward zero, the units left to the largest remainders; equal
// remainders to the larger P-budget, then to the name first in code-point order; a negative total
// the mirror image. Each line fails when its rule changes.
test.each<[string, string, number, string]>([
  ["A:1 B:3 C:3 D:1", "4", 0, "0 2 2 0"], // remainders all ½: the larger budgets first, both
  ["A:1 B:3 C:3 D:1", "-4", 0, "0 -2 -2 0"], // a refund: the same rows, outward
  ["A:3 B:1", "2", 0, "2 0"], // the larger budget first wherever it is listed
  ["A:1 B:3", "2", 0, "0 2"],
  ["A:1 B:1 C:1", "100", 0, "34 33 33"], // equal budgets: the first name
  ["B:1 A:1 C:1", "100", 0, "33 34 33"], // …by name, not by row
  ["A:1 B:1 C:1", "-100", 0, "-34 -33 -33"],
  ["a:1 B:1", "1", 0, "0 1"], // code points: "B" (U+0042) before "a" (U+0061)
  ["Ab:1 Aa:1", "1", 0, "0 1"], // the whole name counts, not only its first letter
  ["é:1 z:1", "1", 0, "0 1"], // "z" (U+007A) before "é" (U+00E9)
  ["\u{1D49C}:1 \uFFFD:1", "1", 0, "0 1"], // U+FFFD before U+1D49C, though UTF-16 sorts it after
  ["A:2 B:1", "1", 0, "1 0"], // larger remainder first (⅔ before ⅓)
  ["A:1 B:2", "1", 0, "0 1"],
  ["A:1 B:1", "0.5", 0, "1 0"], // the total rounds half away from zero: 1
  ["A:1 B:1", "-0.5", 0, "-1 0"],
  ["A:1 B:1", "0.4", 0, "0 0"],
  ["A:1 B:1", "-0.4", 0, "0 0"],
  ["A:0 B:1", "7", 0, "0 7"], // a zero budget gets zero
  ["A:1 B:1 C:1", "1", 2, "0.34 0.33 0.33"], // cents
  ["A:1 B:1 C:1", "0.01", 2, "0.01 0.00 0.00"],
  ["A:1 B:1", "0.005", 2, "0.01 0.00"], // half a cent rounds away
  ["A:1 B:1 C:1", "1", 6, "0.333334 0.333333 0.333333"],
])("allocate %s over %s to %i places → %s", (spec, total, decimals, expected) =>
  expect(allocation(spec, total, decimals)).toBe(expected)
);

// `decimals` is checked before any arithmetic: a finding, never an exception.
test.each([-1, 7, 1.5, Number.NaN, Number.POSITIVE_INFINITY])("decimals %s is a finding", (d) => {
  const r = safeAllocate({ rows: rows("A:1"), total: "1", decimals: d });
  expect(r.issues).toEqual([
    { code: "DECIMALS_INVALID", severity: "error", params: { value: String(d) } },
  ]);
  expect(allocation("A:1 B:1", "10", d)).toBe("DECIMALS_INVALID");
  const period = safePeriodTable({
    rows: [{ name: "A", weights: { 2021: "1" } }],
    yearTotals: { 2021: "10" },
    period: { start: "2021-01-01", end: "2021-12-31" },
    decimals: d,
  });
  expect(period.ok ? [] : period.issues.map((i) => i.code)).toEqual(["DECIMALS_INVALID"]);
});

/** The schedule's slices for 2021 then 2022 as "a|b" per row: one line per vector. */
const schedule = (
  spec: string,
  totals: [string, string],
  start: string,
  end: string,
  decimals = 0
) => {
  const r = safePeriodTable({
    rows: rows(spec).map((x) => ({ name: x.name, weights: { 2021: x.weight, 2022: x.weight } })),
    yearTotals: { 2021: totals[0], 2022: totals[1] },
    period: { start, end },
    decimals,
  });
  if (!r.ok) return r.issues.map((i) => i.code).join(" ");
  return r.value.rows
    .map((x) => r.value.slices.map((s) => x.slices[s.year]!.toFixed(decimals)).join("|"))
    .join(" ");
};

// The schedule: a whole year is the year's allocation; a part of a year shares the year's total
// × fraction, rounded half away from zero once, by the same rule and the same tie-break.
test.each<[string, [string, string], string, string, string]>([
  ["A:1 B:3", ["2", "0"], "2021-01-01", "2021-12-31", "0 2"], // whole year: the allocation's 0/2, not 1/1
  ["A:3 B:1", ["2", "0"], "2021-01-01", "2021-12-31", "2 0"],
  ["A:1 B:3", ["4", "0"], "2021-07-01", "2021-12-31", "0 2"], // H2: 2 shared as the year, larger budget first
  ["A:1 B:3", ["-4", "0"], "2021-07-01", "2021-12-31", "0 -2"],
  ["A:1 B:1", ["2", "0"], "2021-07-01", "2021-12-31", "1 0"], // equal budgets: the first name
  ["B:1 A:1", ["2", "0"], "2021-07-01", "2021-12-31", "0 1"],
  ["A:1 B:1", ["1", "0"], "2021-07-01", "2021-12-31", "1 0"], // ½ rounds half away: 1
  ["A:1 B:1", ["-1", "0"], "2021-07-01", "2021-12-31", "-1 0"],
  ["A:1 B:1", ["0.8", "0"], "2021-07-01", "2021-12-31", "0 0"], // 0.4 rounds to 0
  ["A:1 B:3", ["4", "2"], "2021-07-01", "2022-12-31", "0|0 2|2"], // each slice on its own
  ["A:1 B:1", ["1", "1"], "2021-07-01", "2022-06-30", "1|1 0|0"], // two halves: 1 + 1, not the 1 of the whole
  ["A:1 B:1 C:1", ["18", "0"], "2021-12-01", "2021-12-31", "1 1 0"], // 1/12 of 18 = 1.5 → 2: ½ each, first names
  ["A:1 B:1 C:1", ["3", "0"], "2021-12-01", "2021-12-31", "0 0 0"], // 1/12 of 3 = 0.25 → 0
])("schedule %s, totals %j, %s – %s → %s", (spec, totals, start, end, expected) =>
  expect(schedule(spec, totals, start, end)).toBe(expected)
);

/** The projection's components split from their total, rounded once: one line per vector. */
const components = (values: string[]) => {
  const r = roundComponents(
    values.map((v) => ({ exact: ratFromDec(new Dec(v)), fixed: false })),
    0
  );
  return [r.total, ...r.parts].map(String).join(" ");
};

// The projection components: the total rounded once; equal remainders to the earlier component.
test.each<[string[], string]>([
  [["0.5", "0.5"], "1 1 0"],
  [["-0.5", "-0.5"], "-1 0 -1"],
  [["0.5", "0.5", "0.5"], "2 1 1 0"],
  [["0.25", "0.75"], "1 0 1"],
  [["1.5", "-0.5"], "1 2 -1"],
])("components %j → total and parts %s", (values, expected) =>
  expect(components(values)).toBe(expected)
);
