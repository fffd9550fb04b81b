import bundled from "../../../data/projection/ibn-2021-2025.json";
import { decodeProjectionParams, project, publishedParams } from "../../../src/engine/projection";

const { printed: _printed, about: _about, ...params } = bundled;
const decode = (changes: Record<string, unknown>) =>
  decodeProjectionParams({ ...params, ...changes });
const codes = (changes: Record<string, unknown>) => {
  const r = decode(changes);
  return r.issues.map((i) => [i.code, i.severity, i.where?.row, i.where?.column]);
};

test("the bundled file decodes to the published parameters", () => {
  const r = decodeProjectionParams(bundled);
  expect(r).toEqual({ ok: true, value: publishedParams(), issues: [] });
});

test("JSON numbers and decimal strings give the same parameters", () => {
  const asNumbers = decode({
    meerkosten: params.meerkosten.map(Number),
    wsw: { values: params.wsw.values.map(Number) },
  });
  expect(asNumbers).toEqual({ ok: true, value: publishedParams(), issues: [] });
});

test("a volume from a start and a rate, or a start, an inflow and an outflow rate", () => {
  const r = decode({
    wsw: { start: "1548.8", rate: "-0.058" },
    pw: { start: "337.8", inflow: "129.1", outflowRate: "0.18" },
  });
  expect(r.ok && [r.value.wsw.kind, r.value.pw.kind]).toEqual(["rate", "flow"]);
  expect(
    r.ok &&
      project(r.value)
        .rows.find((x) => x.key === "pw")
        ?.values.map((v) => v.toDecimalPlaces(1).toNumber())
  ).toEqual([337.8, 406.1, 462.1, 508, 545.7]);
});

test.each([
  [
    "a missing list",
    { meerkosten: undefined },
    [["PROJECTION_PARAM_MISSING", "error", "meerkosten", undefined]],
  ],
  [
    "a word in a list",
    { pBudget: ["1", "veel", "1", "1", "1"] },
    [["PROJECTION_PARAM_NOT_NUMBER", "error", "pBudget", "2022"]],
  ],
  [
    "a blank in a list",
    { pBudget: ["1", "1", "", "1", "1"] },
    [["PROJECTION_PARAM_MISSING", "error", "pBudget", "2023"]],
  ],
  [
    "a localised amount",
    { kostenParticipatie: ["870.908", "1", "1", "1", "1.234,5"] },
    [["PROJECTION_PARAM_NOT_NUMBER", "error", "kostenParticipatie", "2025"]],
  ],
  [
    "a number for a list",
    { meerkosten: "8218502" },
    [["PROJECTION_PARAM_NOT_LIST", "error", "meerkosten", undefined]],
  ],
  [
    "a mixed volume form",
    { wsw: { start: "1", values: ["1"] } },
    [["PROJECTION_VOLUME_FORM", "error", "wsw", undefined]],
  ],
  [
    "a rate without a start",
    { wsw: { rate: "-0.05" } },
    [["PROJECTION_VOLUME_FORM", "error", "wsw", undefined]],
  ],
  [
    "years that are not years",
    { years: [2021, "next"] },
    [["PROJECTION_YEARS_INVALID", "error", "years", undefined]],
  ],
  [
    "an unknown scenario",
    { scenario: "IV" },
    [["PROJECTION_SCENARIO_UNKNOWN", "error", "scenario", undefined]],
  ],
  [
    "an unknown status",
    { status: "final" },
    [["PROJECTION_STATUS_UNKNOWN", "error", "status", undefined]],
  ],
  ["decimals as text", { decimals: "2" }, [["DECIMALS_INVALID", "error", "decimals", undefined]]],
  [
    "an override of an unknown row",
    { overrides: [{ row: "lumpsum", year: 2021, value: "1" }] },
    [["PROJECTION_OVERRIDE_ROW_UNKNOWN", "error", "overrides[0]", undefined]],
  ],
  [
    "an override without a year",
    { overrides: [{ row: "pw", value: "1" }] },
    [["PROJECTION_PARAM_MISSING", "error", "overrides[0].year", undefined]],
  ],
  [
    "a misspelt key, ignored with a warning",
    { meerkost: ["1"] },
    [["PROJECTION_PARAM_UNKNOWN", "warning", "meerkost", undefined]],
  ],
] as [string, Record<string, unknown>, unknown[]][])("%s", (_, changes, expected) => {
  expect(codes(changes)).toEqual(expected);
});

test("not an object", () => {
  expect(decodeProjectionParams([1, 2]).issues.map((i) => i.code)).toEqual([
    "PROJECTION_PARAMS_NOT_OBJECT",
  ]);
});
