import { formatIssue } from "../../../src/engine/formatIssue";
import { auditProjection, effectPerUnitRange, readPrinted } from "../../../src/engine/projection";
import { ratCmp, rat, ratToFixed } from "../../../src/engine/rational";
import { ref } from "../../golden/reference";

const printed = ref.projection_2021_2025;

test("the audit of the published projection reports exactly the known inconsistencies", () => {
  const found = auditProjection(printed).map((i) => [
    i.code,
    i.severity,
    i.where?.row,
    i.where?.column,
    i.params,
  ]);
  expect(found).toEqual([
    // (1) 2021 PW share of extra costs does not follow from its inputs; 2022–2025 do.
    [
      "PROJECTION_NOT_FROM_INPUTS",
      "warning",
      "aandeelPwInMeerkosten",
      "2021",
      {
        printed: "1375417",
        recomputed: "1471541",
        difference: "-96124",
        low: "1471323",
        high: "1471759",
      },
    ],
    // (4) minor: the total is not the sum of the printed components, within rounding.
    [
      "PROJECTION_SUM_WITHIN_ROUNDING",
      "info",
      "totaalLumpsum",
      "2022",
      { printed: "2483650", recomputed: "2483651", difference: "-1" },
    ],
    [
      "PROJECTION_SUM_WITHIN_ROUNDING",
      "info",
      "totaalLumpsum",
      "2023",
      { printed: "2630199", recomputed: "2630200", difference: "-1" },
    ],
    // (2) the 'index (2021 = 100)' row is the year-on-year index.
    [
      "PROJECTION_INDEX_YEAR_ON_YEAR",
      "warning",
      "indexBase",
      "2023",
      {
        printed: "98.5",
        recomputed: "97.4",
        difference: "1.1",
        yearOnYear: "98.5",
        baseYear: 2021,
      },
    ],
    // (3) 2024 Wsw + PW = 1804.1, printed 1804.0.
    [
      "PROJECTION_SUM_WITHIN_ROUNDING",
      "info",
      "totalVolume",
      "2024",
      { printed: "1804.0", recomputed: "1804.1", difference: "-0.1" },
    ],
    [
      "PROJECTION_INDEX_YEAR_ON_YEAR",
      "warning",
      "indexBase",
      "2024",
      {
        printed: "98.2",
        recomputed: "95.6",
        difference: "2.6",
        yearOnYear: "98.2",
        baseYear: 2021,
      },
    ],
    [
      "PROJECTION_SUM_WITHIN_ROUNDING",
      "info",
      "totaalLumpsum",
      "2025",
      { printed: "2904740", recomputed: "2904741", difference: "-1" },
    ],
    [
      "PROJECTION_INDEX_YEAR_ON_YEAR",
      "warning",
      "indexBase",
      "2025",
      {
        printed: "97.9",
        recomputed: "93.7",
        difference: "4.2",
        yearOnYear: "97.9",
        baseYear: 2021,
      },
    ],
  ]);
});

test("every finding reads as a sentence in both languages, naming the table, row and year", () => {
  const [first] = auditProjection(printed);
  expect(formatIssue(first!, "nl")).toBe(
    "tabel projectie, rij Aandeel PW in meerkosten, kolom 2021: De afgedrukte waarde 1.375.417 volgt niet uit de afgedrukte invoer: herberekend 1.471.541 (binnen de afronding van de invoer 1.471.323 t/m 1.471.759); verschil -96.124."
  );
  expect(formatIssue(first!, "en")).toMatch(
    /^table projectie, row PW share of extra costs, column 2021: The printed value 1,375,417 does not follow/
  );
});

test("the printed effects fit one amount per unit of PW growth: [2,287.55; 2,289.76], which holds 2,288 = 50% × 10% × 45,760", () => {
  const table = readPrinted(printed);
  if (!table.ok) throw new Error("the reference table does not read");
  const k = effectPerUnitRange(table.value, 2021);
  expect([ratToFixed(k.lo, 2), k.hi && ratToFixed(k.hi, 2), k.conflictYear]).toEqual([
    "2287.55",
    "2289.76",
    undefined,
  ]);
  expect(ratCmp(k.lo, rat(2288n)) <= 0 && ratCmp(rat(2288n), k.hi!) <= 0).toBe(true);
});

test.each([
  ["a row of the wrong length", { pw: [1, 2] }, "PROJECTION_PRINTED_ROW_INVALID"],
  ["a missing row", { p_budget: undefined }, "PROJECTION_PRINTED_ROW_INVALID"],
  ["a word for a number", { meerkosten: ["x", 1, 1, 1, 1] }, "PROJECTION_PARAM_NOT_NUMBER"],
  ["years with a gap", { years: [2021, 2022, 2023, 2024, 2026] }, "PROJECTION_YEARS_INVALID"],
])("a malformed table: %s", (_, changes, code) => {
  expect(
    auditProjection({ ...printed, ...changes } as typeof printed).map((i) => [i.code, i.severity])
  ).toEqual([[code, "error"]]);
});

test("effects that no single amount per unit explains are reported at the first year that breaks it", () => {
  const found = auditProjection({
    ...printed,
    effect_hogere_tw: [0, -156225, -284394, -300000, -475811],
  });
  expect(
    found.filter((i) => i.code === "PROJECTION_EFFECT_NOT_PROPORTIONAL").map((i) => i.where)
  ).toEqual([{ table: "projectie", row: "effectHogereTw", column: "2024" }]);
});

test("a total that is off by more than rounding is a warning, and an index that is neither is not from its inputs", () => {
  const found = auditProjection({
    ...printed,
    totaal_lumpsum: [2246325, 2483650, 2630199, 2769740, 2904790],
    index_printed: [100, 98.9, 98.5, 96.0, 97.9],
  });
  expect(
    found
      .filter(
        (i) =>
          i.severity === "warning" && i.where?.column === "2025" && i.where.row === "totaalLumpsum"
      )
      .map((i) => i.code)
  ).toEqual(["PROJECTION_SUM_MISMATCH"]);
  expect(
    found
      .filter((i) => i.where?.row === "indexBase" && i.where.column === "2024")
      .map((i) => i.code)
  ).toEqual(["PROJECTION_NOT_FROM_INPUTS"]);
});
