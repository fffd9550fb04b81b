import { applyMergers } from "../../../src/engine/structure/applyMergers";
import { BUILT_IN_MERGERS } from "../../../src/engine/structure/builtInMergers";
import type { Merger } from "../../../src/engine/structure/merger";

const AB: Merger = { name: "AB", from: ["A", "B"], effective: "2022-01-01" };
const ANNEX: Merger = { name: "A", from: ["A", "B"], effective: "2022-01-01" };

/** Rows as "name=budget" for `year`, then the codes of the findings: a vector fits on one line. */
const SETS: Record<string, Merger[]> = {
  AB: [AB],
  ANNEX: [ANNEX],
  BUILT_IN: [...BUILT_IN_MERGERS],
  "AB from 1 July": [{ ...AB, effective: "2022-07-01" }],
  "AB from 1-1-2022": [{ ...AB, effective: "1-1-2022" }],
  "AB from nothing": [{ ...AB, from: [] }],
  "blank name": [{ ...AB, name: " " }],
  "AB and AC": [AB, { name: "AC", from: ["A", "C"], effective: "2023-01-01" }],
  "AB, then AB and D": [AB, { name: "ABD", from: ["AB", "D"], effective: "2023-01-01" }],
  "AB twice": [AB, AB],
  "AB with a composed \u00e9": [{ ...AB, from: ["A", "B\u00e9"] }],
};

const merge = (rows: [string, string | null][], year: number, mergers: Merger[]) => {
  const r = applyMergers(
    rows.map(([name, w]) => ({ name, weights: { [year]: w } })),
    mergers,
    year
  );
  const codes = r.issues.map((i) => `${i.severity}:${i.code}`);
  return r.ok ? [...r.value.map((x) => `${x.name}=${x.weight.toString()}`), ...codes] : codes;
};

test.each([
  // [rows as [name, budget], year, merger set (SETS), expected rows and findings]
  [
    [
      ["A", "1"],
      ["B", "2"],
      ["C", "4"],
    ],
    2022,
    "AB",
    ["AB=3", "C=4"],
  ],
  [
    [
      ["A", "1"],
      ["B", "2"],
      ["C", "4"],
    ],
    2021,
    "AB",
    ["A=1", "B=2", "C=4"],
  ],
  [
    [
      ["C", "4"],
      ["B", "2"],
      ["A", "1"],
    ],
    2022,
    "AB",
    ["C=4", "AB=3"],
  ],
  [
    [
      ["AB", "3"],
      ["C", "4"],
    ],
    2022,
    "AB",
    ["AB=3", "C=4"],
  ],
  [
    [
      ["AB", "3"],
      ["C", "4"],
    ],
    2021,
    "AB",
    ["AB=3", "C=4"],
  ],
  [
    [
      ["A", "1"],
      ["B", null],
      ["AB", "5"],
    ],
    2022,
    "AB",
    ["error:MERGER_DOUBLE_COUNT"],
  ],
  [
    [
      ["A", "1"],
      ["AB", "5"],
    ],
    2021,
    "AB",
    ["error:MERGER_DOUBLE_COUNT"],
  ],
  [
    [
      ["A", null],
      ["B", null],
      ["AB", "5"],
    ],
    2022,
    "AB",
    ["AB=5"],
  ],
  [
    [
      ["A", "1"],
      ["C", "4"],
    ],
    2021,
    "AB",
    ["A=1", "C=4", "warning:MERGER_PREDECESSOR_MISSING"],
  ],
  [
    [
      ["A", "1"],
      ["C", "4"],
    ],
    2022,
    "AB",
    ["AB=1", "C=4", "warning:MERGER_PREDECESSOR_MISSING"],
  ],
  [
    [
      ["A", "1"],
      ["B", "2"],
    ],
    2022,
    "ANNEX",
    ["A=3"],
  ],
  [
    [
      ["A", "1"],
      ["B", "2"],
    ],
    2021,
    "ANNEX",
    ["A=1", "B=2"],
  ],
  [[["A", "1"]], 2022, "ANNEX", ["A=1"]],
  [
    [
      ["A", "0.10"],
      ["B", "0.2"],
    ],
    2022,
    "AB",
    ["AB=0.3"],
  ],
  [
    [
      [" A ", "1"],
      ["Be\u0301", "2"],
    ],
    2022,
    "AB with a composed \u00e9",
    ["AB=3"],
  ],
  [
    [
      ["X", "1"],
      ["Y", "2"],
    ],
    2022,
    "BUILT_IN",
    ["X=1", "Y=2"],
  ],
  [[["C", null]], 2022, "AB", ["error:WEIGHT_MISSING"]],
  [[["C", "abc"]], 2022, "AB", ["error:WEIGHT_NOT_NUMBER"]],
  [
    [
      ["A", "-1"],
      ["B", "2"],
    ],
    2022,
    "AB",
    ["error:WEIGHT_NEGATIVE"],
  ],
  [
    [
      ["C", "1"],
      ["C ", "2"],
    ],
    2022,
    "AB",
    ["error:NAME_DUPLICATE"],
  ],
  [[["A", "1"]], 2022, "AB from 1 July", ["error:MERGER_DATE_INVALID"]],
  [[["A", "1"]], 2022, "AB from 1-1-2022", ["error:MERGER_DATE_INVALID"]],
  [[["A", "1"]], 2022, "AB from nothing", ["error:MERGER_INCOMPLETE"]],
  [[["A", "1"]], 2022, "blank name", ["error:MERGER_INCOMPLETE"]],
  [[["A", "1"]], 2022, "AB and AC", ["error:MERGER_CONFLICT"]],
  [[["A", "1"]], 2022, "AB, then AB and D", ["error:MERGER_CONFLICT"]],
  [
    [["A", "1"]],
    2022,
    "AB twice",
    ["error:MERGER_CONFLICT", "error:MERGER_CONFLICT", "error:MERGER_CONFLICT"],
  ],
] as const)("%j in %i with %s gives %j", (rows, year, set, expected) => {
  expect(merge(rows as unknown as [string, string | null][], year, SETS[set]!)).toEqual(expected);
});

test("a double count names the merged municipality and the predecessor, with year and date", () => {
  const r = applyMergers(
    [
      { name: "Land van Cuijk", weights: { 2022: "1151934" } },
      { name: "Grave", weights: { 2022: "135177" } },
    ],
    BUILT_IN_MERGERS,
    2022
  );
  expect(r.ok).toBe(false);
  expect(r.issues).toEqual([
    {
      code: "MERGER_DOUBLE_COUNT",
      severity: "error",
      where: { row: "Grave", column: "2022" },
      params: {
        year: 2022,
        merged: "Land van Cuijk",
        predecessor: "Grave",
        effective: "2022-01-01",
      },
    },
  ]);
});

test("a missing predecessor names what is missing and what is there", () => {
  const r = applyMergers([{ name: "Uden", weights: { 2021: "557447" } }], BUILT_IN_MERGERS, 2021);
  expect(r.ok && r.value.map((x) => x.name)).toEqual(["Uden"]);
  expect(r.issues.map((i) => [i.code, i.params?.predecessor, i.params?.present])).toEqual([
    ["MERGER_PREDECESSOR_MISSING", "Landerd", "Uden"],
  ]);
});

test("a merged row lists its predecessors, normalized, in input order", () => {
  const r = applyMergers(
    [
      { name: "B", weights: { 2022: 2 } },
      { name: " A", weights: { 2022: 1 } },
    ],
    [AB],
    2022
  );
  expect(r.ok && r.value[0]!.from).toEqual(["B", "A"]);
});
