import bundled from "../../../data/projection/ibn-2021-2025.json";
import { Dec } from "../../../src/engine/decimal";
import {
  paramsFromPrinted,
  project,
  publishedParams,
  publishedPrinted,
  type ProjectionRowKey,
} from "../../../src/engine/projection";
import { PUBLISHED_PROJECTION_FILE } from "../../../src/engine/projection/publishedProjectionFile";
import {
  ratFromDec,
  ratMul,
  ratSub,
  rat,
  ratPercent,
  ratToDec,
} from "../../../src/engine/rational";
import { ref } from "../../golden/reference";
import { exactRow, row } from "./helpers";

const printed = ref.projection_2021_2025;
// Computed in the tests that use it, not when the file loads: the mutation check then runs only
// those tests for a change in the projection (a computation at load touches every mutant).
let computed: ReturnType<typeof project> | undefined;
const published = () => (computed ??= project(publishedParams()));

test("the engine embeds exactly the bundled parameter file, and its printed table is the reference one", () => {
  expect(PUBLISHED_PROJECTION_FILE).toEqual(bundled);
  expect(bundled.printed).toEqual(printed);
});

test("2021 is the published total to the euro when the printed PW share of extra costs is the override", () => {
  expect(row(published(), "totaalLumpsum")[0]).toBe(String(printed.totaal_lumpsum[0]));
  expect(published().overrides).toEqual([
    expect.objectContaining({
      row: "aandeelPwInMeerkosten",
      year: 2021,
      value: new Dec(1375417),
      computed: new Dec(1471541),
    }),
  ]);
  const without = project({ ...publishedParams(), overrides: [] });
  expect(row(without, "totaalLumpsum")[0]).toBe(String(1471541 + 870908));
});

test("2022–2025 totals are within 0.1% of the printed ones (in fact within 0.01%)", () => {
  row(published(), "totaalLumpsum").forEach((ours, i) => {
    const theirs = new Dec(printed.totaal_lumpsum[i]!);
    expect(new Dec(ours).minus(theirs).abs().div(theirs).lt("0.0001")).toBe(true);
  });
});

test("the components add up to the printed total in every year (the published table misses by €1 three times)", () => {
  const sum = (i: number) =>
    (["aandeelPwInMeerkosten", "kostenParticipatie", "effectHogereTw"] as const).reduce(
      (s, k) => s.plus(row(published(), k)[i]!),
      new Dec(0)
    );
  row(published(), "totaalLumpsum").forEach((total, i) => expect(sum(i).toString()).toBe(total));
});

test("inputs come through as printed, and the 2024 total volume is Wsw + PW = 1804.1", () => {
  const same = (key: ProjectionRowKey, values: ReadonlyArray<number>) =>
    expect(row(published(), key)).toEqual(values.map((v) => new Dec(v).toString()));
  same("wsw", printed.wsw);
  same("pw", printed.pw);
  same("meerkosten", printed.meerkosten);
  same("kostenParticipatie", printed.kosten_participatie);
  same("pBudget", printed.p_budget);
  expect(row(published(), "totalVolume")).toEqual(["1886.6", "1865.6", "1837.4", "1804.1", "1767"]);
});

test("the printed index row is the year-on-year index; against 2021 it is 97.4, 95.6, 93.7", () => {
  const oneDecimal = (key: ProjectionRowKey) =>
    exactRow(published(), key).map((x) => ratToDec(x, 1).toNumber());
  expect(oneDecimal("indexYearOnYear")).toEqual(printed.index_printed);
  expect(oneDecimal("indexBase")).toEqual([100, 98.9, 97.4, 95.6, 93.7]);
});

test("the percentages round to the printed whole percents", () => {
  const pct = (key: ProjectionRowKey) =>
    exactRow(published(), key).map((x) => ratPercent(x, 0).toNumber());
  expect(pct("aandeelPw")).toEqual(printed.aandeel_pw_printed_pct);
  expect(pct("lumpsumPctPBudget")).toEqual(printed.lumpsum_pct_of_p_budget_printed);
});

test("2022–2025 PW share of extra costs follows meerkosten × PW / (Wsw + PW) to within 0.01% of the printed figure", () => {
  row(published(), "aandeelPwInMeerkosten")
    .slice(1)
    .forEach((ours, k) => {
      const theirs = new Dec(printed.aandeel_pw_in_meerkosten[k + 1]!);
      expect(new Dec(ours).minus(theirs).abs().div(theirs).lt("0.0001")).toBe(true);
    });
});

test("the effect of higher added value is exactly −2,288 per unit of PW growth since 2021 (50% × 10% × 45,760)", () => {
  const pw = exactRow(published(), "pw");
  exactRow(published(), "effectHogereTw").forEach((e, i) =>
    expect(e).toEqual(ratMul(rat(-2288n), ratSub(pw[i]!, pw[0]!)))
  );
  expect(row(published(), "effectHogereTw")).toEqual([
    "0",
    "-156271",
    "-284398",
    "-389418",
    "-475675",
  ]);
});

test("the lump sum as a share of the P-budget is the printed total over the P-budget, exactly", () => {
  exactRow(published(), "lumpsumPctPBudget").forEach((x, i) =>
    expect(x).toEqual(
      ratMul(
        ratFromDec(new Dec(row(published(), "totaalLumpsum")[i]!)),
        rat(1n, BigInt(printed.p_budget[i]!))
      )
    )
  );
});

test("parameters read from the printed table give the same projection, with the same 2021 override", () => {
  const fromPrinted = paramsFromPrinted(publishedPrinted());
  expect(fromPrinted.ok).toBe(true);
  if (!fromPrinted.ok) return;
  const again = project(fromPrinted.value);
  expect(again.rows.map((r) => r.values.map(String))).toEqual(
    published().rows.map((r) => r.values.map(String))
  );
  expect(
    again.overrides.map((o) => [o.row, o.year, o.value.toString(), o.computed.toString()])
  ).toEqual([["aandeelPwInMeerkosten", 2021, "1375417", "1471541"]]);
});
