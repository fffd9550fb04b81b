import { safeAllocate } from "../../../src/engine/allocate";
import { Dec } from "../../../src/engine/decimal";
import { safePeriodTable } from "../../../src/engine/periodTable";
import {
  ratAdd,
  ratCmp,
  ratFromDec,
  ratMul,
  ratSub,
  rat,
  ratAbs,
} from "../../../src/engine/rational";
import { applyMergers } from "../../../src/engine/structure/applyMergers";
import { BUILT_IN_MERGERS } from "../../../src/engine/structure/builtInMergers";
import { restateRows } from "../../../src/engine/structure/restateRows";
import { rollUp } from "../../../src/engine/structure/rollUp";
import { budgets, publishedTotal, ref } from "../../golden/reference";

/** The published P-budget table as a sheet: eleven names, a column per year. */
const sheet = ref.participatiebudget_nieuwe_doelgroepen.rows.map((r) => ({
  name: r.gemeente,
  weights: { 2021: String(r[2021]), 2022: String(r[2022]) },
}));
const LVC = ["Boxmeer", "Cuijk", "Grave", "Mill en Sint Hubert", "Sint Anthonis"];
const MAASHORST = ["Landerd", "Uden"];
const SIX_2022 = [
  "Bernheze",
  "Boekel",
  "Land van Cuijk",
  "Maashorst",
  "Meierijstad, Veghel",
  "Oss",
];
const value = <T>(r: { ok: true; value: T } | { ok: false; issues: unknown }): T => {
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
};

test("2022: Land van Cuijk = 375,811 + 394,774 + 135,177 + 162,028 + 84,144 and Maashorst = 150,930 + 613,213", () => {
  const rows = value(applyMergers(sheet, BUILT_IN_MERGERS, 2022));
  expect(rows.map((r) => [r.name, r.weight.toString()])).toEqual([
    ["Bernheze", "324597"],
    ["Boekel", "119243"],
    ["Land van Cuijk", "1151934"],
    ["Maashorst", "764143"],
    ["Meierijstad, Veghel", "453431"],
    ["Oss", "2074757"],
  ]);
  expect(rows.find((r) => r.name === "Land van Cuijk")!.from).toEqual(LVC);
  expect(rows.find((r) => r.name === "Maashorst")!.from).toEqual(MAASHORST);
});

test("merging keeps the 2022 budget total of the eleven rows (4,888,105; the table prints 4,888,106)", () => {
  const merged = value(applyMergers(sheet, BUILT_IN_MERGERS, 2022)).reduce(
    (s, r) => s.plus(r.weight),
    new Dec(0)
  );
  const eleven = sheet.reduce((s, r) => s.plus(r.weights[2022]), new Dec(0));
  expect([merged.toString(), eleven.toString()]).toEqual(["4888105", "4888105"]);
});

test("2021 stands as printed: eleven rows, no findings", () => {
  const r = applyMergers(sheet, BUILT_IN_MERGERS, 2021);
  expect(r.ok && r.value.map((x) => `${x.name}=${x.weight.toString()}`)).toEqual(
    sheet.map((x) => `${x.name}=${x.weights[2021]}`)
  );
  expect(r.issues).toEqual([]);
});

test("2,483,650 over the six 2022 municipalities adds up exactly and matches an independent largest-remainder computation", () => {
  const rows = value(applyMergers(sheet, BUILT_IN_MERGERS, 2022));
  const a = value(safeAllocate({ rows, total: publishedTotal("2022") }));
  expect(a.rows.map((r) => r.name)).toEqual(SIX_2022);
  expect(a.rows.reduce((s, r) => s.plus(r.amount), a.total.minus(a.total)).toString()).toBe(
    "2483650"
  );
  // Independently: Land van Cuijk's exact amount is 2,483,650 × 1,151,934 / 4,888,105 = 585,298.57…
  const lvc = a.rows.find((r) => r.name === "Land van Cuijk")!;
  expect(
    ratCmp(ratAbs(ratSub(ratFromDec(lvc.amount), rat(2483650n * 1151934n, 4888105n))), rat(1n))
  ).toBeLessThan(0);
  expect(a.rows.map((r) => r.amount.toString())).toEqual([
    "164928",
    "60587",
    "585298",
    "388262",
    "230389",
    "1054186",
  ]);
});

test("a sheet giving the old names for 2021 and the new names for 2022 works for both years", () => {
  const old = sheet.map((r) => ({
    name: r.name,
    weights:
      LVC.includes(r.name) || MAASHORST.includes(r.name) ? { 2021: r.weights[2021] } : r.weights,
  }));
  const mixed = [
    ...old,
    { name: "Land van Cuijk", weights: { 2022: "1151934" } },
    { name: "Maashorst", weights: { 2022: "764143" } },
  ];
  expect(value(applyMergers(mixed, BUILT_IN_MERGERS, 2021)).map((r) => r.name)).toEqual(
    sheet.map((r) => r.name)
  );
  const y2022 = applyMergers(mixed, BUILT_IN_MERGERS, 2022);
  expect(y2022.issues).toEqual([]);
  expect(value(y2022).map((r) => [r.name, r.weight.toString(), r.from.length])).toEqual([
    ["Bernheze", "324597", 0],
    ["Boekel", "119243", 0],
    ["Meierijstad, Veghel", "453431", 0],
    ["Oss", "2074757", 0],
    ["Land van Cuijk", "1151934", 0],
    ["Maashorst", "764143", 0],
  ]);
});

test("the 2022 allocation over the eleven rolls up: Land van Cuijk 585,298 and Maashorst 388,262 with their detail", () => {
  const a = value(safeAllocate({ rows: budgets("2022"), total: publishedTotal("2022") }));
  const lines = value(rollUp(a.rows, BUILT_IN_MERGERS, 2022));
  expect(lines.map((l) => [l.name, l.amount.toString(), l.detail.map((d) => d.name)])).toEqual([
    ["Bernheze", "164928", []],
    ["Boekel", "60587", []],
    ["Land van Cuijk", "585298", LVC],
    ["Maashorst", "388262", MAASHORST],
    ["Meierijstad, Veghel", "230389", []],
    ["Oss", "1054186", []],
  ]);
  expect(lines.reduce((s, l) => s.plus(l.amount), a.total.minus(a.total)).toString()).toBe(
    "2483650"
  );
  expect(lines.reduce((s, l) => ratAdd(s, l.share), rat(0n))).toEqual(rat(1n));
});

test("the first period (1 July 2021 – 31 December 2022) restated under the 2022 names adds up to 3,606,813", () => {
  const rows = value(restateRows(sheet, BUILT_IN_MERGERS, [2021, 2022], 2022));
  expect(
    rows.map((r) => [r.name, r.weights[2021]!.toString(), r.weights[2022]!.toString()])
  ).toEqual([
    ["Bernheze", "295299", "324597"],
    ["Boekel", "108215", "119243"],
    ["Land van Cuijk", "1048072", "1151934"],
    ["Maashorst", "694711", "764143"],
    ["Meierijstad, Veghel", "411248", "453431"],
    ["Oss", "1883249", "2074757"],
  ]);
  const table = value(
    safePeriodTable({
      rows,
      yearTotals: { 2021: publishedTotal("2021"), 2022: publishedTotal("2022") },
      period: { start: "2021-07-01", end: "2022-12-31" },
    })
  );
  expect(table.total.toString()).toBe(String(ref.lumpsum_first_period.printed_total));
  expect(
    table.rows.reduce((s, r) => s.plus(r.amount), table.total.minus(table.total)).toString()
  ).toBe("3606813");
  // Independently: ½ × 2,246,325 × 1,048,072 / 4,440,794 + 2,483,650 × 1,151,934 / 4,888,105 = 850,376.2…
  const exact = ratAdd(
    ratMul(rat(1n, 2n), rat(2246325n * 1048072n, 4440794n)),
    rat(2483650n * 1151934n, 4888105n)
  );
  const lvc = table.rows.find((r) => r.name === "Land van Cuijk")!;
  expect(ratCmp(ratAbs(ratSub(ratFromDec(lvc.amount), exact)), rat(1n))).toBeLessThan(0);
});
