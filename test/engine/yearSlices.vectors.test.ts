import type { Issue } from "../../src/engine/issue";
import { isBasis, yearSlices, type Basis } from "../../src/engine/yearSlices";

/** The findings of a period as "severity code column params": one line each. */
const findings = (start: string, end: string, basis: Basis = "months") => {
  const r = yearSlices({ start, end }, basis);
  const line = (i: Issue) =>
    `${i.severity} ${i.code} ${i.where?.column ?? ""} ${JSON.stringify(i.params ?? {})}`;
  return r.ok ? [] : r.issues.map(line);
};

test.each<[string, string, Basis, string[]]>([
  ["x", "2021-12-31", "days", ['error DATE_INVALID start {"value":"x"}']],
  ["2021-01-01", "y", "days", ['error DATE_INVALID end {"value":"y"}']],
  [
    "x",
    "y",
    "days",
    ['error DATE_INVALID start {"value":"x"}', 'error DATE_INVALID end {"value":"y"}'],
  ],
  [
    "2021-07-15",
    "2021-12-31",
    "months",
    ['error PERIOD_NOT_WHOLE_MONTHS  {"start":"2021-07-15","end":"2021-12-31"}'],
  ],
  [
    "2022-01-01",
    "2021-12-31",
    "days",
    ['error PERIOD_END_BEFORE_START  {"start":"2022-01-01","end":"2021-12-31"}'],
  ],
  ["2021-07-15", "2021-12-31", "days", []],
])("%s to %s by %s says %j", (start, end, basis, expected) =>
  expect(findings(start, end, basis)).toEqual(expected)
);

test.each([
  ["months", true],
  ["days", true],
  ["maanden", false],
  ["", false],
])("isBasis(%j) is %s", (x, expected) => expect(isBasis(x)).toBe(expected));
