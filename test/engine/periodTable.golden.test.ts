import { allocate } from "../../src/engine/allocate";
import { safePeriodTable, type PeriodTable } from "../../src/engine/periodTable";
import { BUILT_IN_MERGERS } from "../../src/engine/structure/builtInMergers";
import { budgets, ours, publishedTotal, ref, YEARS } from "../golden/reference";

// The first agreement period, 1 July 2021 – 31 December 2022: 6/12 of 2021 and all of 2022.
const rows = ref.participatiebudget_nieuwe_doelgroepen.rows.map((r) => ({
  name: r.gemeente,
  weights: { 2021: String(r[2021]), 2022: String(r[2022]) },
}));
const yearTotals = { 2021: publishedTotal("2021"), 2022: publishedTotal("2022") };
const table = (): PeriodTable => {
  const r = safePeriodTable({
    rows,
    yearTotals,
    period: ref.lumpsum_first_period.period,
    mergers: BUILT_IN_MERGERS,
  });
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
};
const printed = new Map(ref.lumpsum_first_period.rows.map((r) => [r.gemeente, r.amount]));

test.each([...printed])(
  "%s: the printed period amount, or the listed €1 off it (OURS_MINUS_PRINTED)",
  (name, amount) => {
    const row = table().rows.find((r) => r.name === name)!;
    expect(row.amount.toString()).toBe(ours("period", name, amount));
  }
);

test("the period total is the printed 3,606,813: 1,123,163 for H2 2021 and 2,483,650 for 2022", () => {
  const t = table();
  expect(t.total.toString()).toBe(String(ref.lumpsum_first_period.printed_total));
  expect(t.slices.map((s) => s.total.toString())).toEqual(["1123163", "2483650"]);
});

test("Uden pays 140,989 for H2 2021 and 311,574 for 2022, 452,563 in all (seed 001)", () => {
  const uden = table().rows.find((r) => r.name === "Uden")!;
  expect([uden.slices[2021]!.toString(), uden.slices[2022]!.toString()]).toEqual([
    "140989",
    "311574",
  ]);
  expect(uden.amount.toString()).toBe("452563");
});

test("2022, a whole year, is the per-year table row for row: Grave 68,683 and Landerd 76,688 on both", () => {
  const year = allocate({ rows: budgets("2022"), total: publishedTotal("2022") });
  const t = table();
  expect(t.rows.map((r) => r.slices[2022]!.toString())).toEqual(
    year.rows.map((r) => r.amount.toString())
  );
  expect(t.rows.find((r) => r.name === "Grave")!.slices[2022]!.toString()).toBe("68683");
  expect(t.rows.find((r) => r.name === "Landerd")!.slices[2022]!.toString()).toBe("76688");
});

test("two whole years (2021–2022): each period amount is the sum of the two yearly invoices", () => {
  const r = safePeriodTable({
    rows,
    yearTotals,
    period: { start: "2021-01-01", end: "2022-12-31" },
  });
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  const years = YEARS.map((y) => allocate({ rows: budgets(y), total: publishedTotal(y) }));
  expect(r.value.rows.map((x) => x.amount.toString())).toEqual(
    years[0]!.rows.map((x, i) => x.amount.plus(years[1]!.rows[i]!.amount).toString())
  );
});

describe("across the 2022 mergers: the old names for 2021, Land van Cuijk and Maashorst for 2022", () => {
  const LVC = ["Boxmeer", "Cuijk", "Grave", "Mill en Sint Hubert", "Sint Anthonis"];
  const MAASHORST = ["Landerd", "Uden"];
  const sum = (names: string[], year: 2021 | 2022) =>
    String(
      rows.filter((r) => names.includes(r.name)).reduce((s, r) => s + Number(r.weights[year]), 0)
    );
  const sheet = [
    ...rows.map((r) => ({
      name: r.name,
      weights: {
        2021: r.weights[2021],
        2022: [...LVC, ...MAASHORST].includes(r.name) ? null : r.weights[2022],
      },
    })),
    { name: "Land van Cuijk", weights: { 2021: null, 2022: sum(LVC, 2022) } },
    { name: "Maashorst", weights: { 2021: null, 2022: sum(MAASHORST, 2022) } },
  ];
  const merged = () => {
    const r = safePeriodTable({
      rows: sheet,
      yearTotals,
      period: ref.lumpsum_first_period.period,
      mergers: BUILT_IN_MERGERS,
    });
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    return r.value;
  };

  test("is scheduled: the predecessors hold 2021 only, the successors 2022 only", () => {
    const t = merged();
    expect(t.rows.map((r) => [r.name, Object.keys(r.slices).join("+")])).toEqual(
      sheet.map((r) => [
        r.name,
        [2021, 2022].filter((y) => r.weights[y as 2021 | 2022] !== null).join("+"),
      ])
    );
    expect(t.total.toString()).toBe("3606813");
  });

  test("2022 is the allocation over the six names 2022 lists; H2 2021 as over the eleven", () => {
    const t = merged();
    const six = sheet.filter((r) => r.weights[2022] !== null);
    const a2022 = allocate({
      rows: six.map((r) => ({ name: r.name, weight: r.weights[2022] })),
      total: publishedTotal("2022"),
    });
    expect(
      t.rows.filter((r) => r.slices[2022]).map((r) => [r.name, r.slices[2022]!.toString()])
    ).toEqual(a2022.rows.map((r) => [r.name, r.amount.toString()]));
    expect(t.rows.find((r) => r.name === "Uden")!.slices[2021]!.toString()).toBe("140989");
  });

  test("a blank for anyone outside a merger stays an error", () => {
    const r = safePeriodTable({
      rows: sheet.map((x) =>
        x.name === "Oss" ? { ...x, weights: { ...x.weights, 2022: null } } : x
      ),
      yearTotals,
      period: ref.lumpsum_first_period.period,
      mergers: BUILT_IN_MERGERS,
    });
    expect(r.ok ? [] : r.issues.map((i) => [i.code, i.where?.row, i.where?.column])).toEqual([
      ["WEIGHT_MISSING", "Oss", "2022"],
    ]);
  });
});
