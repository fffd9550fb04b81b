import { Dec } from "../../../src/engine/decimal";
import { EngineError } from "../../../src/engine/engineError";
import { project, safeProject, type ProjectionParams } from "../../../src/engine/projection";
import { row, small } from "./helpers";

const d = (x: string) => new Dec(x);
const codes = (p: ProjectionParams) => {
  const r = safeProject(p);
  return r.ok ? [] : r.issues.map((i) => [i.code, i.where?.row, i.where?.column]);
};

test("the small case by hand: share, costs, effect and total", () => {
  const p = project(small());
  expect(row(p, "aandeelPwInMeerkosten")).toEqual(["200", "300", "400"]); // 1200 × 20/120, 30/120, 40/120
  expect(row(p, "effectHogereTw")).toEqual(["0", "-5", "-10"]); // −0.5 × 0.1 × 10 × growth 0, 10, 20
  expect(row(p, "totaalLumpsum")).toEqual(["300", "395", "490"]);
  expect(row(p, "lumpsumPctPBudget")).toEqual(["0.3", "0.395", "0.49"]);
  expect(row(p, "indexBase")).toEqual(["100", "100", "100"]);
});

test.each([
  [
    "years with a gap",
    { years: [2021, 2023, 2024] },
    [["PROJECTION_YEARS_INVALID", "years", undefined]],
  ],
  ["no years", { years: [] }, [["PROJECTION_YEARS_INVALID", "years", undefined]]],
  [
    "a base year outside",
    { baseYear: 2020 },
    [["PROJECTION_BASE_YEAR_INVALID", "baseYear", undefined]],
  ],
  ["one decimal", { decimals: 1 }, [["DECIMALS_INVALID", "decimals", undefined]]],
  [
    "a short list",
    { meerkosten: [d("1"), d("2")] },
    [["PROJECTION_LENGTH_MISMATCH", "meerkosten", undefined]],
  ],
  [
    "a zero P-budget",
    { pBudget: [d("1"), d("0"), d("1")] },
    [["PROJECTION_PARAM_OUT_OF_RANGE", "pBudget", "2022"]],
  ],
  [
    "a negative cost",
    { kostenParticipatie: [d("1"), d("1"), d("-1")] },
    [["PROJECTION_PARAM_OUT_OF_RANGE", "kostenParticipatie", "2023"]],
  ],
  [
    "a share above 1",
    { demandDrivenShare: d("1.5") },
    [["PROJECTION_PARAM_OUT_OF_RANGE", "demandDrivenShare", undefined]],
  ],
  [
    "not a number",
    { addedValuePerUnit: d("NaN") },
    [["PROJECTION_PARAM_NOT_NUMBER", "addedValuePerUnit", undefined]],
  ],
  [
    "a rate of −100%",
    { wsw: { kind: "rate", start: d("10"), rate: d("-1") } },
    [["PROJECTION_PARAM_OUT_OF_RANGE", "wsw.rate", undefined]],
  ],
  [
    "an outflow above 1",
    { pw: { kind: "flow", start: d("1"), inflow: d("1"), outflowRate: d("1.2") } },
    [["PROJECTION_PARAM_OUT_OF_RANGE", "pw.outflowRate", undefined]],
  ],
  [
    "a negative volume",
    { pw: { kind: "values", values: [d("1"), d("-1"), d("1")] } },
    [["PROJECTION_PARAM_OUT_OF_RANGE", "pw", "2022"]],
  ],
  [
    "no volume in 2023",
    {
      wsw: { kind: "values", values: [d("1"), d("1"), d("0")] },
      pw: { kind: "values", values: [d("1"), d("1"), d("0")] },
    },
    [["PROJECTION_TOTAL_VOLUME_ZERO", "totalVolume", "2023"]],
  ],
  [
    "an override of the total",
    { overrides: [{ row: "totaalLumpsum", year: 2022, value: d("1") }] },
    [["PROJECTION_OVERRIDE_TOTAL", "overrides.totaalLumpsum", "2022"]],
  ],
  [
    "an override outside the years",
    { overrides: [{ row: "pw", year: 2030, value: d("1") }] },
    [["PROJECTION_OVERRIDE_YEAR", "overrides.pw", "2030"]],
  ],
  [
    "two overrides of one cell",
    {
      overrides: [
        { row: "pw", year: 2022, value: d("1") },
        { row: "pw", year: 2022, value: d("2") },
      ],
    },
    [["PROJECTION_OVERRIDE_DUPLICATE", "overrides.pw", "2022"]],
  ],
  [
    "a component override in cents",
    { overrides: [{ row: "effectHogereTw", year: 2022, value: d("-1.5") }] },
    [["PROJECTION_OVERRIDE_PLACES", "overrides.effectHogereTw", "2022"]],
  ],
  [
    "a PW share above 1",
    { overrides: [{ row: "aandeelPw", year: 2022, value: d("1.2") }] },
    [["PROJECTION_PARAM_OUT_OF_RANGE", "overrides.aandeelPw", "2022"]],
  ],
  [
    "an unknown row",
    { overrides: [{ row: "lumpsum" as "pw", year: 2022, value: d("1") }] },
    [["PROJECTION_OVERRIDE_ROW_UNKNOWN", "overrides[0]", undefined]],
  ],
  [
    "a total volume override of zero",
    { overrides: [{ row: "totalVolume", year: 2021, value: d("0") }] },
    [["PROJECTION_TOTAL_VOLUME_ZERO", "totalVolume", "2021"]],
  ],
] as [string, Partial<ProjectionParams>, unknown[]][])("%s: %j", (_, changes, expected) => {
  expect(codes(small(changes))).toEqual(expected);
});

test("an issue names the parameter and the year in its message params", () => {
  const r = safeProject(small({ pBudget: [d("1"), d("0"), d("1")] }));
  expect(r.ok ? [] : r.issues[0]?.params).toEqual({
    name: "pBudget 2022",
    value: "0",
    range: "> 0",
  });
});

test("project throws on parameters safeProject rejects", () => {
  expect(() => project(small({ decimals: 3 }))).toThrow(EngineError);
});

test("an override feeds the rows below it and is recorded with what it replaced", () => {
  const p = project(
    small({ overrides: [{ row: "pw", year: 2022, value: d("50"), note: { nl: "n", en: "e" } }] })
  );
  expect(row(p, "pw")).toEqual(["20", "50", "40"]);
  expect(row(p, "totalVolume")).toEqual(["120", "140", "120"]);
  expect(row(p, "effectHogereTw")).toEqual(["0", "-15", "-10"]);
  expect(p.overrides).toEqual([
    { row: "pw", year: 2022, value: d("50"), computed: d("30"), note: { nl: "n", en: "e" } },
  ]);
});

test("an overridden component is printed as given and the others absorb the rounding", () => {
  const p = project(
    small({
      overrides: [{ row: "aandeelPwInMeerkosten", year: 2021, value: d("250") }],
      meerkosten: [d("1200"), d("1200.6"), d("1200")],
    })
  );
  expect(row(p, "aandeelPwInMeerkosten")).toEqual(["250", "300", "400"]); // 1200.6 × 30/120 = 300.15
  expect(row(p, "totaalLumpsum")).toEqual(["350", "395", "490"]);
});

test("cents: decimals 2 rounds the total to the cent", () => {
  const p = project(small({ decimals: 2, kostenParticipatie: [d("100.005"), d("100"), d("100")] }));
  expect(row(p, "totaalLumpsum")[0]).toBe("300.01");
  expect(row(p, "kostenParticipatie")[0]).toBe("100.01");
});
