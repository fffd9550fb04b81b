import { ratToFixed } from "../../src/engine/rational";
import { yearSlices, type Basis } from "../../src/engine/yearSlices";

const slices = (start: string, end: string, basis: Basis) => {
  const r = yearSlices({ start, end }, basis);
  return r.ok
    ? r.value.map((s) => `${s.year}:${s.fraction.n}/${s.fraction.d}`)
    : r.issues.map((i) => i.code);
};

test.each([
  ["2021-07-01", "2022-12-31", "months", ["2021:1/2", "2022:1/1"]],
  ["2021-01-01", "2021-12-31", "months", ["2021:1/1"]],
  ["2021-02-01", "2021-02-28", "months", ["2021:1/12"]],
  ["2024-02-01", "2024-02-29", "months", ["2024:1/12"]],
  ["2021-07-01", "2022-12-31", "days", ["2021:184/365", "2022:1/1"]],
  ["2024-01-01", "2024-12-31", "days", ["2024:1/1"]],
  ["2024-03-01", "2024-03-01", "days", ["2024:1/366"]],
  ["2021-12-15", "2023-01-15", "days", ["2021:17/365", "2022:1/1", "2023:3/73"]],
  ["2021-07-15", "2022-12-31", "months", ["PERIOD_NOT_WHOLE_MONTHS"]],
  ["2021-07-01", "2022-12-30", "months", ["PERIOD_NOT_WHOLE_MONTHS"]],
  ["2022-01-01", "2021-12-31", "months", ["PERIOD_END_BEFORE_START"]],
  ["2021-02-29", "2021-12-31", "days", ["DATE_INVALID"]],
  ["1-7-2021", "2021-12-31", "days", ["DATE_INVALID"]],
] as const)("%s to %s by %s gives %j", (start, end, basis, expected) => {
  expect(slices(start, end, basis)).toEqual(expected);
});

test("the months error tells the user which convention accepts the period", () => {
  const r = yearSlices({ start: "2021-07-15", end: "2021-12-31" }, "months");
  expect(r.ok).toBe(false);
  expect(r.issues[0]?.params).toEqual({ start: "2021-07-15", end: "2021-12-31" });
  expect(yearSlices({ start: "2021-07-15", end: "2021-12-31" }, "days").ok).toBe(true);
});

test("the first agreement period is six twelfths of 2021 and all of 2022", () => {
  const r = yearSlices({ start: "2021-07-01", end: "2022-12-31" }, "months");
  expect(r.ok && r.value.map((s) => [s.start, s.end, ratToFixed(s.fraction, 4)])).toEqual([
    ["2021-07-01", "2021-12-31", "0.5000"],
    ["2022-01-01", "2022-12-31", "1.0000"],
  ]);
});
