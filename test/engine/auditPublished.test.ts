import { auditPublished } from "../../src/engine/audit/auditPublished";
import type { PublishedTables } from "../../src/engine/audit/publishedTables";
import { ref } from "../golden/reference";

const summary = (tables: PublishedTables) =>
  auditPublished(tables).map((i) => [
    i.code,
    i.severity,
    i.where?.table,
    i.where?.row,
    i.where?.column,
    i.params?.printed,
    i.params?.recomputed,
    i.params?.difference,
  ]);

test("on the reference file it reports exactly the known total inconsistencies", () => {
  expect(summary(ref)).toEqual([
    ["AUDIT_TOTAL_NOT_SUM", "warning", "P-budget", "Totaal", "2021", "4440796", "4440794", "2"],
    ["AUDIT_TOTAL_NOT_SUM", "warning", "P-budget", "Totaal", "2022", "4888106", "4888105", "1"],
    [
      "AUDIT_TOTAL_NOT_SUM",
      "warning",
      "Lumpsum per jaar",
      "Totaal",
      "2022",
      "2483650",
      "2483651",
      "-1",
    ],
  ]);
});

test("a printed amount more than one euro from exact is named with both figures", () => {
  const tampered = {
    ...ref,
    lumpsum_per_year: {
      ...ref.lumpsum_per_year,
      rows: ref.lumpsum_per_year.rows.map((r) =>
        r.gemeente === "Oss" ? { ...r, 2021: r["2021"] + 2 } : r
      ),
    },
  };
  const found = summary(tampered).filter(([code]) => code === "AUDIT_AMOUNT_NOT_FOLLOWING");
  expect(found).toEqual([
    [
      "AUDIT_AMOUNT_NOT_FOLLOWING",
      "error",
      "Lumpsum per jaar",
      "Oss",
      "2021",
      "952622",
      "952620",
      "2",
    ],
  ]);
});

/**
 * Uden's exact slices are 140,989.10 (H2 2021) and 311,574.01 (2022): any per-slice rounding
 * lies between 452,563 and 452,565, so 452,566 is the nearest amount that cannot follow.
 */
test("a period amount that does not follow is found, with the period as column", () => {
  const tampered = {
    ...ref,
    lumpsum_first_period: {
      ...ref.lumpsum_first_period,
      rows: ref.lumpsum_first_period.rows.map((r) =>
        r.gemeente === "Uden" ? { ...r, amount: 452566 } : r
      ),
    },
  };
  const found = summary(tampered).filter(([, , table]) => table === "Lumpsum periode");
  expect(found).toEqual([
    [
      "AUDIT_TOTAL_NOT_SUM",
      "warning",
      "Lumpsum periode",
      "Totaal",
      "2021-07-01 – 2022-12-31",
      "3606813",
      "3606816",
      "-3",
    ],
    [
      "AUDIT_AMOUNT_NOT_FOLLOWING",
      "error",
      "Lumpsum periode",
      "Uden",
      "2021-07-01 – 2022-12-31",
      "452566",
      "452563",
      "3",
    ],
  ]);
});

test("a blank printed budget cannot be recomputed and says so, once, at its place", () => {
  const tampered = {
    ...ref,
    participatiebudget_nieuwe_doelgroepen: {
      ...ref.participatiebudget_nieuwe_doelgroepen,
      rows: ref.participatiebudget_nieuwe_doelgroepen.rows.map((r) =>
        r.gemeente === "Grave" ? { gemeente: "Grave", 2021: "", 2022: r["2022"] } : r
      ),
    },
  } as PublishedTables;
  // Grave is blank in 2021 while Boxmeer, Cuijk … are listed: no merger stands in for it.
  expect(
    auditPublished(tampered)
      .filter((i) => i.severity === "error")
      .map((i) => [i.code, i.where])
  ).toEqual([["WEIGHT_MISSING", { table: "P-budget", row: "Grave", column: "2021" }]]);
});
