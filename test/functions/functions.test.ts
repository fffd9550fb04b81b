import fc from "fast-check";
import * as allocateModule from "../../src/engine/allocate";
import { Dec } from "../../src/engine/decimal";
import { project, publishedParams, scenarioParams } from "../../src/engine/projection";
import {
  allocateAll,
  lumpsum,
  plusPrice,
  projectTable,
  prorateAmount,
  schedule,
  share,
} from "../../src/functions/functions";
import { budgets, publishedLumpsum, publishedTotal, ref } from "../golden/reference";

// Excel hands ranges over as rows of values and dates as serials (1900 date system).
const column = (values: unknown[]): unknown[][] => values.map((v) => [v]);
const SERIAL = {
  "2021-01-01": 44197,
  "2021-07-01": 44378,
  "2021-12-31": 44561,
  "2022-12-31": 44926,
};
const BUDGETS_2021 = budgets("2021").map((r) => Number(r.weight));
const NAMES = budgets("2021").map((r) => r.name);
const TOTAL_2021 = Number(publishedTotal("2021"));

/** The invocation Excel passes to a function with @requiresParameterAddresses. */
const at = (...parameterAddresses: string[]): CustomFunctions.Invocation => ({
  parameterAddresses,
});
/** The budgets in B2:B12 of Sheet1, the total in F1, the LUMPSUM of row r in C(r). */
const lumpsumAt = (r: number, values: unknown[] = BUDGETS_2021, decimals: unknown = null) =>
  lumpsum(
    values[r],
    column(values),
    TOTAL_2021,
    decimals,
    at(`Sheet1!B${r + 2}`, "Sheet1!B2:B12", "Sheet1!F1", "")
  );

function rejection(call: () => unknown): { code: string; message: string } {
  try {
    call();
  } catch (e) {
    return e as { code: string; message: string };
  }
  throw new Error("expected the function to reject its arguments");
}

afterEach(() => {
  delete (globalThis as { Office?: unknown }).Office;
  jest.restoreAllMocks();
});

describe("IBN.LUMPSUM and IBN.ALLOCATE on the published 2021 figures", () => {
  test("every LUMPSUM is the published amount and the column adds up to 2,246,325 exactly", () => {
    const published = publishedLumpsum("2021");
    const amounts = BUDGETS_2021.map((_, r) => lumpsumAt(r)[0]![0]!);
    amounts.forEach((a, r) => expect(a).toBe(published.get(NAMES[r]!)));
    expect(amounts.reduce((s, a) => s + a, 0)).toBe(2246325);
  });

  test("ALLOCATE spills the same amounts down a column, and across a row when the budgets run across", () => {
    const down = allocateAll(
      column(BUDGETS_2021),
      TOTAL_2021,
      null,
      at("Sheet1!B2:B12", "Sheet1!F1", "")
    );
    expect(down.map((r) => r[0])).toEqual(BUDGETS_2021.map((_, r) => lumpsumAt(r)[0]![0]));
    const across = allocateAll(
      [BUDGETS_2021],
      TOTAL_2021,
      null,
      at("Sheet1!B2:L2", "Sheet1!F1", "")
    );
    expect(across).toEqual([down.map((r) => r[0])]);
  });

  test("decimals 2 shares out to the cent", () => {
    const cents = allocateAll(
      column(BUDGETS_2021),
      1000.01,
      2,
      at("Sheet1!B2:B12", "Sheet1!F1", "Sheet1!F2")
    );
    const sumCents = cents.reduce((s, [a]) => s + Math.round(a! * 100), 0);
    expect(sumCents).toBe(100001);
  });

  test("a column of LUMPSUM cells computes the allocation once", () => {
    const spy = jest.spyOn(allocateModule, "safeAllocate");
    const values = BUDGETS_2021.map((b) => b + 7); // contents not seen by earlier tests
    values.forEach((_, r) => lumpsumAt(r, values));
    expect(spy).toHaveBeenCalledTimes(1);
  });

  test("equal budgets are told apart by position, so the column still adds up", () => {
    const values = [100, 100, 100];
    const cells = values.map(
      (_, r) =>
        lumpsum(
          100,
          column(values),
          100,
          null,
          at(`Sheet1!B${r + 2}`, "Sheet1!B2:B4", "Sheet1!F1", "")
        )[0]![0]!
    );
    expect(cells).toEqual([34, 33, 33]);
  });

  test("without addresses the row is found by value, and an ambiguous value is refused", () => {
    expect(lumpsum(1883249, column(BUDGETS_2021), TOTAL_2021, null, at())).toEqual([[952620]]);
    expect(rejection(() => lumpsum(100, column([100, 100, 100]), 100, null, at())).message).toMatch(
      /3 keer/
    );
    expect(rejection(() => lumpsum(5, column([100, 100]), 100, null, at())).message).toMatch(
      /staat niet in pbudgetten/
    );
  });

  test("fast-check: LUMPSUM cells add up to the rounded total and match ALLOCATE row for row", () => {
    fc.assert(
      fc.property(
        fc
          .array(fc.integer({ min: 0, max: 5_000_000 }), { minLength: 1, maxLength: 15 })
          .filter((w) => w.some((x) => x > 0)),
        fc.integer({ min: 0, max: 10_000_000 }),
        (weights, total) => {
          const range = `Sheet1!B2:B${weights.length + 1}`;
          const cells = weights.map(
            (w, r) =>
              lumpsum(
                w,
                column(weights),
                total,
                null,
                at(`Sheet1!B${r + 2}`, range, "F1", "")
              )[0]![0]!
          );
          expect(cells.reduce((s, a) => s + a, 0)).toBe(total);
          expect(
            allocateAll(column(weights), total, null, at(range, "F1", "")).map((r) => r[0])
          ).toEqual(cells);
        }
      ),
      { numRuns: 60 }
    );
  });
});

describe("bad arguments give #VALUE! with a message naming the problem", () => {
  const withBlank = BUDGETS_2021.map((b, r) => (r === 3 ? null : b));
  const withText = BUDGETS_2021.map((b, r) => (r === 3 ? "359.625" : b));

  test("a blank budget is missing, never zero (Dutch by default, with the cell)", () => {
    const e = rejection(() => lumpsumAt(0, withBlank));
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toBe("B5: pbudgetten ontbreekt (een lege cel is geen nul).");
  });

  test("text is refused in English when Excel runs in English", () => {
    (globalThis as { Office?: unknown }).Office = { context: { displayLanguage: "en-US" } };
    expect(rejection(() => lumpsumAt(0, withText)).message).toBe(
      'B5: budgets is text ("359.625"), not a number; enter it as a number.'
    );
  });

  test("an error value, a negative budget and a blank total are each reported", () => {
    const values = BUDGETS_2021.map((b, r) => (r === 1 ? { code: "#N/A" } : r === 2 ? -5 : b));
    const e = rejection(() =>
      lumpsum(
        values[0],
        column(values),
        null,
        null,
        at("Sheet1!B2", "Sheet1!B2:B12", "Sheet1!F1", "")
      )
    );
    expect(e.message).toBe(
      "B3: pbudgetten bevat de foutwaarde #N/A; herstel die eerst. B4: pbudgetten is negatief (-5). F1: totaal ontbreekt (een lege cel is geen nul)."
    );
  });

  test("without addresses a bad cell is named by its row in the range", () => {
    expect(rejection(() => share(1, column([1, "x"]))).message).toBe(
      'rij 2: pbudgetten is tekst ("x"), geen getal; typ het als getal.'
    );
  });

  test("a two-column range and all-zero budgets are refused", () => {
    expect(
      rejection(() =>
        allocateAll(
          [
            [1, 2],
            [3, 4],
          ],
          10,
          null,
          at()
        )
      ).message
    ).toMatch(/één kolom of één rij/);
    expect(rejection(() => allocateAll(column([0, 0]), 10, null, at())).message).toBe(
      "Alle P-budgetten zijn nul: er is geen verdeelsleutel."
    );
  });

  test("every failure is a CustomFunctions.Error, returned synchronously: nothing is left pending", () => {
    const calls = [
      () => lumpsumAt(0, withBlank),
      () => prorateAmount([[1]], [[2021]], "x", null, null),
      () => plusPrice("abc", null),
    ];
    for (const call of calls) expect(rejection(call)).toBeInstanceOf(CustomFunctions.Error);
    expect(plusPrice(100, null)).not.toBeInstanceOf(Promise);
  });
});

describe("IBN.SHARE, IBN.PRORATE, IBN.SCHEDULE, IBN.PLUSPRICE", () => {
  test("SHARE is the exact key to 15 significant digits", () => {
    expect(share(1883249, column(BUDGETS_2021))).toBeCloseTo(1883249 / 4440794, 15);
  });

  test("PRORATE: Uden pays 140,989 for H2 2021 and 452,563 for the first agreement period", () => {
    const uden = column([281978, 311574]);
    const years = column([2021, 2022]);
    expect(prorateAmount(uden, years, SERIAL["2021-07-01"], SERIAL["2021-12-31"], null)).toBe(
      140989
    );
    expect(prorateAmount(uden, years, "2021-07-01", SERIAL["2022-12-31"], "maanden")).toBe(452563);
    expect(prorateAmount(uden, years, SERIAL["2021-07-01"], SERIAL["2021-12-31"], "days")).toBe(
      142147.81
    ); // 281,978 × 184/365 = 142,147.81…
  });

  test("PRORATE names a year without an amount, a bad date and an unknown basis", () => {
    expect(
      rejection(() =>
        prorateAmount(
          column([10]),
          column([2021]),
          SERIAL["2021-07-01"],
          SERIAL["2022-12-31"],
          null
        )
      ).message
    ).toMatch(/geen bedrag voor 2022 in bedragen/);
    expect(
      rejection(() =>
        prorateAmount(column([10]), column([2021]), "1-7-2021", SERIAL["2021-12-31"], "weeks")
      ).message
    ).toBe(
      'begin is geen datum: "1-7-2021" (verwacht een datum of JJJJ-MM-DD). conventie kent "weeks" niet; kies uit months, maanden, days, dagen.'
    );
  });

  test("SCHEDULE: the first agreement period, additive, with Uden at 452,563", () => {
    const table = [
      ["Gemeente", 2021, 2022],
      ...ref.participatiebudget_nieuwe_doelgroepen.rows.map((r) => [
        r.gemeente,
        r["2021"],
        r["2022"],
      ]),
    ];
    const totals = [
      ["Jaar", "Totaal"],
      [2021, TOTAL_2021],
      [2022, Number(publishedTotal("2022"))],
    ];
    const out = schedule(
      table,
      totals,
      SERIAL["2021-07-01"],
      SERIAL["2022-12-31"],
      null,
      null,
      at("P!A1:C12", "L!A1:B3", "", "", "", "")
    );
    expect(out[0]).toEqual(["Gemeente", 2021, 2022, "Totaal"]);
    const body = out.slice(1, -1) as [string, number, number, number][];
    expect(body.find((r) => r[0] === "Uden")).toEqual(["Uden", 140989, 311574, 452563]);
    for (const [, a, b, sum] of body) expect(a + b).toBe(sum);
    const last = out[out.length - 1] as [string, number, number, number];
    expect(last).toEqual([
      "Totaal",
      body.reduce((s, r) => s + r[1], 0),
      body.reduce((s, r) => s + r[2], 0),
      3606813,
    ]);
    expect(last[1] + last[2]).toBe(last[3]);
    // 2022 is a whole year: its column is the 2022 allocation (Grave 68,683, as IBN.ALLOCATE).
    expect(body.find((r) => r[0] === "Grave")![2]).toBe(68683);
  });

  test("SCHEDULE across the 2022 mergers: old names for 2021, new names for 2022, blanks where a name did not exist", () => {
    const merged = ["Boxmeer", "Cuijk", "Grave", "Mill en Sint Hubert", "Sint Anthonis"];
    const rows = ref.participatiebudget_nieuwe_doelgroepen.rows;
    const table = [
      ["Gemeente", 2021, 2022],
      ...rows.map((r) => [r.gemeente, r["2021"], merged.includes(r.gemeente) ? null : r["2022"]]),
      [
        "Land van Cuijk",
        null,
        rows.filter((r) => merged.includes(r.gemeente)).reduce((s, r) => s + r["2022"], 0),
      ],
    ];
    const totals = [
      [2021, TOTAL_2021],
      [2022, Number(publishedTotal("2022"))],
    ];
    const call = (t: unknown[][]) =>
      schedule(
        t,
        totals,
        "2021-07-01",
        "2022-12-31",
        null,
        null,
        at("P!A1:C13", "L!A1:B2", "", "", "", "")
      );
    const out = call(table);
    expect(out.find((r) => r[0] === "Grave")).toEqual(["Grave", 31048, "", 31048]);
    expect(out.find((r) => r[0] === "Land van Cuijk")![1]).toBe("");
    expect(out[out.length - 1]![3]).toBe(3606813);
    const ossBlank = table.map((r) => (r[0] === "Oss" ? ["Oss", r[1], null] : r));
    expect(rejection(() => call(ossBlank)).message).toBe(
      "C10: pbudgetten ontbreekt (een lege cel is geen nul)."
    );
  });

  test("SCHEDULE reports a missing year total at its cell", () => {
    const table = [
      ["", 2021],
      ["A", 1],
      ["B", 3],
    ];
    const e = rejection(() =>
      schedule(
        table,
        [[2021, null]],
        "2021-01-01",
        "2021-12-31",
        0,
        "months",
        at("S!A1:B3", "S!E1:F1", "", "", "", "")
      )
    );
    expect(e.message).toBe("F1: jaartotalen ontbreekt (een lege cel is geen nul).");
  });

  test("PLUSPRICE: cost plus 3% unless told otherwise, to the cent", () => {
    expect(plusPrice(1000, null)).toBe(1030);
    expect(plusPrice(1000, 0.05)).toBe(1050);
    expect(plusPrice(99.99, undefined)).toBe(102.99); // 102.9897
    expect(rejection(() => plusPrice(-1, null)).message).toBe("kosten is negatief (-1).");
  });
});

describe("IBN.PROJECT", () => {
  const row = (table: unknown[][], label: string) => table.find((r) => r[0] === label)!.slice(1);
  const none = at("", "", "");

  test("without arguments: the published case, total lump sum 2,246,325 in 2021 as printed", () => {
    const table = projectTable(null, [[null]], null, none);
    expect(table[0]).toEqual(["Scenario II", ...ref.projection_2021_2025.years]);
    expect(row(table, "Totaal lumpsum")).toEqual(
      project(publishedParams())
        .rows.find((r) => r.key === "totaalLumpsum")!
        .values.map((v) => v.toNumber())
    );
    expect(row(table, "Totaal lumpsum")[0]).toBe(2246325);
  });

  test("a scenario and changed parameters: the same as the engine given the same parameters", () => {
    const changes = [
      ["", 2023, 2024],
      ["meerkosten", 9000000, null],
      ["demandDrivenShare", 0.25],
    ];
    const table = projectTable("iii", changes, 2, at("", "Sheet1!A1:C3", ""));
    const base = publishedParams();
    const meerkosten = base.meerkosten.map((v, k) =>
      base.years[k] === 2023 ? new Dec("9000000") : v
    );
    const expected = project(
      scenarioParams("III", {
        ...base,
        decimals: 2,
        status: "custom",
        meerkosten,
        demandDrivenShare: new Dec("0.25"),
      })
    );
    expect(row(table, "Meerkosten")).toEqual(
      expected.rows.find((r) => r.key === "meerkosten")!.values.map((v) => v.toNumber())
    );
    expect(row(table, "Totaal lumpsum")).toEqual(
      expected.rows.find((r) => r.key === "totaalLumpsum")!.values.map((v) => v.toNumber())
    );
  });

  test("an unknown scenario, parameter or year is named with its cell", () => {
    expect(
      rejection(() => projectTable("IV", [[null]], null, at("Sheet1!F1", "", ""))).message
    ).toBe('F1: scenario kent "IV" niet; kies uit 0, i, ii, iii.');
    expect(
      rejection(() =>
        projectTable(
          null,
          [
            ["", 2030],
            ["wsv", 1],
          ],
          null,
          at("", "Sheet1!A1:B2", "")
        )
      ).message
    ).toBe(
      'B1: parameters kent "2030" niet; kies uit 2021, 2022, 2023, 2024, 2025. A2: "wsv" is geen parameter van de projectie; bekend zijn: "wsw" (Wsw-volume), "pw" (PW-volume), "meerkosten" (Meerkosten), "kostenParticipatie" (Kosten participatie), "pBudget" (P-budget), "demandDrivenShare" (Aandeel vraaggestuurde instroom), "addedValueUplift" (Hogere toegevoegde waarde vraaggestuurd), "addedValuePerUnit" (Toegevoegde waarde per eenheid).'
    );
  });
});
