import { allocate, safeAllocate } from "../../src/engine/allocate";
import { allocateYear } from "../../src/engine/allocateYear";
import { brokenPrecondition } from "./brokenPrecondition";
import type { Issue } from "../../src/engine/issue";
import { safePeriodTable } from "../../src/engine/periodTable";
import { BUILT_IN_MERGERS } from "../../src/engine/structure/builtInMergers";
import type { DecimalInput } from "../../src/engine/toDecimal";

/** A finding as one line: severity, code, where (row/column) and params. */
const line = (i: Issue) =>
  [
    i.severity,
    i.code,
    `${i.where?.row ?? ""}${i.where?.column === undefined ? "" : `/${i.where.column}`}`,
    JSON.stringify(i.params ?? {}),
  ].join(" ");

type Row = [string, DecimalInput];
const allocation = (rows: Row[], total: DecimalInput) =>
  safeAllocate({ rows: rows.map(([name, weight]) => ({ name, weight })), total }).issues.map(line);

// What the allocation says of bad input: every finding with its place and its figures.
test.each<[Row[], DecimalInput, string[]]>([
  [[["A", "1"]], null, ["error TOTAL_MISSING  {}"]],
  [[["A", "1"]], "", ["error TOTAL_MISSING  {}"]],
  [[["A", "1"]], "abc", ['error TOTAL_NOT_NUMBER  {"value":"abc"}']],
  [[["A", "1"]], "1e30", ['error NUMBER_OUT_OF_RANGE  {"value":"1e30"}']],
  [[], "1", ["error NO_ROWS  {}"]],
  [
    [
      ["A", "1"],
      [" ", "2"],
    ],
    "1",
    ["error NAME_MISSING #2 {}"],
  ],
  [
    [
      ["A", "1"],
      ["", null],
    ],
    "1",
    ["error NAME_MISSING #2 {}", 'error WEIGHT_MISSING #2 {"name":"#2"}'],
  ],
  [
    [
      ["A", "1"],
      ["a", "2"],
    ],
    "1",
    ['error NAME_DUPLICATE a {"name":"a"}'],
  ],
  [[["A", null]], "1", ['error WEIGHT_MISSING A {"name":"A"}']],
  [[["A", "x"]], "1", ['error WEIGHT_NOT_NUMBER A {"name":"A","value":"x"}']],
  [[["A", "1e30"]], "1", ['error NUMBER_OUT_OF_RANGE A {"value":"1e30"}']],
  [[["A", "-2"]], "1", ['error WEIGHT_NEGATIVE A {"name":"A","value":"-2"}']],
  [[["A", "-0"]], "1", ["error WEIGHTS_ALL_ZERO  {}"]],
  [
    [
      ["A", "0"],
      ["B", "0"],
    ],
    "1",
    ["error WEIGHTS_ALL_ZERO  {}"],
  ],
])("allocate %j over %j says %j", (rows, total, expected) =>
  expect(allocation(rows, total)).toEqual(expected)
);

test("allocate(), for callers whose input is checked, throws on a broken precondition naming the findings", () => {
  expect(
    brokenPrecondition(() => allocate({ rows: [{ name: "A", weight: null }], total: null }))
  ).toBe("ALLOCATE_INPUT: invalid allocation input: TOTAL_MISSING, WEIGHT_MISSING");
  expect(allocate({ rows: [{ name: "A", weight: "1" }], total: "3" }).total.toString()).toBe("3");
});

test("a year read with the mergers keeps their findings, in the year's column", () => {
  const r = allocateYear(
    [
      { name: "Boxmeer", weights: { 2021: "1" } },
      { name: "Cuijk", weights: { 2021: "1" } },
    ],
    BUILT_IN_MERGERS,
    2021,
    "10",
    0
  );
  expect(r.ok && r.value.rows.map((x) => x.amount.toString())).toEqual(["5", "5"]);
  expect(r.issues.map(line)).toEqual(
    ["Grave", "Mill en Sint Hubert", "Sint Anthonis"].map(
      (p) =>
        `warning MERGER_PREDECESSOR_MISSING ${p}/2021 ${JSON.stringify({ year: 2021, merged: "Land van Cuijk", effective: "2022-01-01", predecessor: p, present: "Boxmeer, Cuijk" })}`
    )
  );
});

type Budgets = Record<string, Record<number, DecimalInput>>;
const period = (
  budgets: Budgets,
  totals: Record<number, DecimalInput>,
  start = "2021-01-01",
  end = "2022-12-31",
  more: { decimals?: number; mergers?: typeof BUILT_IN_MERGERS } = {}
) =>
  safePeriodTable({
    rows: Object.entries(budgets).map(([name, weights]) => ({ name, weights })),
    yearTotals: totals,
    period: { start, end },
    ...more,
  }).issues.map(line);

// What the period schedule says of bad input, before and around the allocation of each year.
test.each<[string, () => string[], string[]]>([
  [
    "a total missing",
    () => period({ A: { 2021: "1", 2022: "1" } }, { 2021: "1" }),
    ['error YEAR_TOTAL_MISSING /2022 {"year":2022}'],
  ],
  [
    "a total null",
    () => period({ A: { 2021: "1", 2022: "1" } }, { 2021: "1", 2022: null }),
    ['error YEAR_TOTAL_MISSING /2022 {"year":2022}'],
  ],
  [
    "a total blank",
    () => period({ A: { 2021: "1", 2022: "1" } }, { 2021: "", 2022: "1" }),
    ['error YEAR_TOTAL_MISSING /2021 {"year":2021}'],
  ],
  [
    "a year without budgets",
    () => period({ A: { 2021: "1" } }, { 2021: "1", 2022: "1" }),
    ['error YEAR_BUDGETS_MISSING /2022 {"year":2022}'],
  ],
  [
    "no rows at all",
    () => period({}, { 2021: "1", 2022: "1" }),
    ["error NO_ROWS /2021 {}", "error NO_ROWS /2022 {}"],
  ],
  [
    "a year's allocation failing",
    () => period({ A: { 2021: "0", 2022: "1" } }, { 2021: "1", 2022: "1" }),
    ["error WEIGHTS_ALL_ZERO /2021 {}"],
  ],
  [
    "a period that ends first",
    () => period({ A: { 2021: "1" } }, { 2021: "1" }, "2021-12-31", "2021-01-01"),
    ['error PERIOD_END_BEFORE_START  {"start":"2021-12-31","end":"2021-01-01"}'],
  ],
  [
    "decimals out of bounds",
    () => period({ A: { 2021: "1" } }, { 2021: "1" }, "2021-01-01", "2021-12-31", { decimals: 7 }),
    ['error DECIMALS_INVALID  {"value":"7"}'],
  ],
  [
    "a merger in doubt",
    () =>
      period({ A: { 2021: "1" } }, { 2021: "1" }, "2021-01-01", "2021-12-31", {
        mergers: [{ name: "AB", from: ["A", "B"], effective: "2022-07-01" }],
      }),
    ['error MERGER_DATE_INVALID AB {"merged":"AB","value":"2022-07-01"}'],
  ],
])("period: %s", (_, found, expected) => expect(found()).toEqual(expected));

test("an allocation given for other decimals is a broken precondition, named", () => {
  expect(
    brokenPrecondition(() =>
      safePeriodTable({
        rows: [{ name: "A", weights: { 2021: "1" } }],
        yearTotals: { 2021: "10" },
        period: { start: "2021-01-01", end: "2021-12-31" },
        allocations: new Map([
          [2021, allocate({ rows: [{ name: "A", weight: "1" }], total: "10", decimals: 2 })],
        ]),
      })
    )
  ).toBe("PERIOD_ALLOCATION: the 2021 allocation given is not to 0 decimals");
});
