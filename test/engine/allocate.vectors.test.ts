import { safeAllocate } from "../../src/engine/allocate";

const amounts = (
  rows: [string, string | number | null][],
  total: string | number,
  decimals = 0
) => {
  const r = safeAllocate({
    rows: rows.map(([name, weight]) => ({ name, weight })),
    total,
    decimals,
  });
  return r.ok ? r.value.rows.map((x) => x.amount.toString()) : r.issues.map((i) => i.code);
};

test.each([
  // [weights, total, decimals, expected amounts or issue codes]
  [
    [
      ["A", 1],
      ["B", 1],
      ["C", 1],
    ],
    100,
    0,
    ["34", "33", "33"],
  ],
  [
    [
      ["B", 1],
      ["A", 1],
      ["C", 1],
    ],
    100,
    0,
    ["33", "34", "33"],
  ],
  [
    [
      ["A", 1],
      ["B", 1],
      ["C", 1],
    ],
    -100,
    0,
    ["-34", "-33", "-33"],
  ],
  [
    [
      ["A", 1],
      ["B", 2],
    ],
    10,
    0,
    ["3", "7"],
  ],
  [
    [
      ["A", 1],
      ["B", 1],
    ],
    1,
    0,
    ["1", "0"],
  ],
  [
    [
      ["A", 1],
      ["B", 1],
    ],
    "0.5",
    0,
    ["1", "0"],
  ],
  [
    [
      ["A", 1],
      ["B", 1],
    ],
    "-0.5",
    0,
    ["-1", "0"],
  ],
  [
    [
      ["A", 1],
      ["B", 1],
    ],
    "0.49",
    0,
    ["0", "0"],
  ],
  [
    [
      ["A", 1],
      ["B", 1],
      ["C", 1],
    ],
    "100",
    2,
    ["33.34", "33.33", "33.33"],
  ],
  [
    [
      ["A", 0],
      ["B", 3],
    ],
    7,
    0,
    ["0", "7"],
  ],
  [
    [
      ["A", 2],
      ["B", 1],
      ["C", 1],
    ],
    1,
    0,
    ["1", "0", "0"],
  ],
  [
    [
      ["Ω", 1],
      ["Z", 1],
    ],
    1,
    0,
    ["0", "1"],
  ],
  [
    [
      ["\u{1F600}", 1],
      ["\uFF21", 1],
    ],
    1,
    0,
    ["0", "1"],
  ],
  [
    [
      ["A", "0.1"],
      ["B", "0.2"],
    ],
    3,
    0,
    ["1", "2"],
  ],
  [
    [
      ["A", 1],
      ["B", 1],
    ],
    0,
    0,
    ["0", "0"],
  ],
] as const)("%j over %s to %i places gives %j", (rows, total, decimals, expected) => {
  expect(amounts(rows as unknown as [string, number][], total, decimals)).toEqual(expected);
});

test.each([
  [
    [
      ["A", -1],
      ["B", 2],
    ],
    10,
    ["WEIGHT_NEGATIVE"],
  ],
  [
    [
      ["A", null],
      ["B", 2],
    ],
    10,
    ["WEIGHT_MISSING"],
  ],
  [
    [
      ["A", ""],
      ["B", 2],
    ],
    10,
    ["WEIGHT_MISSING"],
  ],
  [
    [
      ["A", "PM"],
      ["B", 2],
    ],
    10,
    ["WEIGHT_NOT_NUMBER"],
  ],
  [
    [
      ["A", "1.883.249"],
      ["B", 2],
    ],
    10,
    ["WEIGHT_NOT_NUMBER"],
  ],
  [
    [
      ["A", 0],
      ["B", 0],
    ],
    10,
    ["WEIGHTS_ALL_ZERO"],
  ],
  [
    [
      ["Oss", 1],
      [" Oss ", 2],
    ],
    10,
    ["NAME_DUPLICATE"],
  ],
  [
    [
      ["e\u0301", 1],
      ["\u00e9", 2],
    ],
    10,
    ["NAME_DUPLICATE"],
  ],
  [[["", 1]], 10, ["NAME_MISSING"]],
  [[], 10, ["NO_ROWS"]],
  [[["A", 1]], null, ["TOTAL_MISSING"]],
  [[["A", 1]], "tien", ["TOTAL_NOT_NUMBER"]],
] as const)("%j over %s is rejected with %j", (rows, total, codes) => {
  const r = safeAllocate({
    rows: (rows as unknown as [string, number][]).map(([name, weight]) => ({ name, weight })),
    total: total as string,
  });
  expect(r.ok).toBe(false);
  expect(r.issues.map((i) => i.code)).toEqual(codes);
});

test("decimals other than a whole number of places are rejected", () => {
  const r = safeAllocate({ rows: [{ name: "A", weight: 1 }], total: 1, decimals: 1.5 });
  expect(r.issues.map((i) => i.code)).toEqual(["DECIMALS_INVALID"]);
});
