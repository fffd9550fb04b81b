import { MemoryWorkbook } from "../../src/adapters/memory/memoryWorkbook";
import { refreshWorkbook } from "../../src/app/refreshWorkbook";
import { ibnExampleSpec } from "../../src/demo/ibnExample";
import type { Issue } from "../../src/engine/issue";
import { project, scenarioParams } from "../../src/engine/projection";
import type { IssueCode } from "../../src/engine/messages";
import { parseA1 } from "../../src/ports/a1";
import { BLANK, num, text, type Cell } from "../../src/ports/cell";
import type { SheetSpec, WorkbookSpec } from "../../src/ports/workbookSpec";

const options = { runTime: "2025-01-31T09:00:00Z", toolVersion: "test" };
const base = ibnExampleSpec("nl");

/** The example annex with some cells replaced and some sheet properties changed. */
function edit(
  sheet: string,
  cells: Record<string, Cell>,
  extra: Partial<SheetSpec> = {},
  spec: WorkbookSpec = base
): WorkbookSpec {
  return {
    ...spec,
    sheets: spec.sheets.map((s) => {
      if (s.name !== sheet) return s;
      const grid = s.cells.map((row) => [...row]);
      for (const [address, cell] of Object.entries(cells)) {
        const { row, col } = parseA1(address)!;
        while (grid.length <= row) grid.push([]);
        while (grid[row]!.length < col) grid[row]!.push(BLANK);
        grid[row]![col] = cell;
      }
      return { ...s, ...extra, cells: grid };
    }),
  };
}

const withTables = (spec: WorkbookSpec, tables: WorkbookSpec["tables"]): WorkbookSpec => ({
  ...spec,
  tables,
});
const withoutTable = (spec: WorkbookSpec, name: string): WorkbookSpec =>
  withTables(
    spec,
    spec.tables!.filter((t) => t.name !== name)
  );
const err = (v: string): Cell => ({ t: "e", v });
const place = (i: Issue) => `${i.where?.sheet}!${i.where?.cell}`;

async function refresh(spec: WorkbookSpec) {
  const port = MemoryWorkbook.fromSpec(spec);
  const sheetsBefore = port.sheetNames;
  const result = await refreshWorkbook(port, options);
  return { port, result, sheetsBefore };
}

// Each bad input, the finding it must give and the cell it must name.
const errors: Array<[string, WorkbookSpec, IssueCode, string]> = [
  ["an error cell", edit("P-budget", { B10: err("#REF!") }), "CELL_ERROR", "P-budget!B10"],
  [
    "a Dutch error value typed as text",
    edit("P-budget", { C5: text("#VERW!") }),
    "CELL_ERROR",
    "P-budget!C5",
  ],
  ["a Dutch #N/B error cell", edit("P-budget", { B7: err("#N/B") }), "CELL_ERROR", "P-budget!B7"],
  ["#DEEL/0! as text", edit("P-budget", { C8: text("#DEEL/0!") }), "CELL_ERROR", "P-budget!C8"],
  [
    "an ambiguous number as text (1.234)",
    edit("P-budget", { B13: text("1.234") }),
    "AMOUNT_AMBIGUOUS",
    "P-budget!B13",
  ],
  [
    "an ambiguous number as text (1,234)",
    edit("P-budget", { C13: text("1,234") }),
    "AMOUNT_AMBIGUOUS",
    "P-budget!C13",
  ],
  [
    "text that is no amount",
    edit("P-budget", { B6: text("zie toelichting") }),
    "AMOUNT_NOT_NUMBER",
    "P-budget!B6",
  ],
  ["a blank budget", edit("P-budget", { C7: BLANK }), "WEIGHT_MISSING", "P-budget!C7"],
  [
    "a budget of spaces",
    edit("P-budget", { C7: text("\u00a0 ") }),
    "WEIGHT_MISSING",
    "P-budget!C7",
  ],
  ["placeholder PM", edit("P-budget", { B11: text("PM") }), "AMOUNT_PLACEHOLDER", "P-budget!B11"],
  [
    "placeholder n.v.t.",
    edit("P-budget", { C11: text("n.v.t.") }),
    "AMOUNT_PLACEHOLDER",
    "P-budget!C11",
  ],
  ["placeholder -", edit("P-budget", { B12: text("-") }), "AMOUNT_PLACEHOLDER", "P-budget!B12"],
  ["placeholder —", edit("P-budget", { C12: text("—") }), "AMOUNT_PLACEHOLDER", "P-budget!C12"],
  ["placeholder ?", edit("P-budget", { B14: text("?") }), "AMOUNT_PLACEHOLDER", "P-budget!B14"],
  ["a negative budget", edit("P-budget", { B5: num("-108215") }), "WEIGHT_NEGATIVE", "P-budget!B5"],
  [
    "a duplicate after trimming",
    edit("P-budget", { A14: text("Oss ") }),
    "NAME_DUPLICATE",
    "P-budget!A14",
  ],
  [
    "a duplicate after Unicode NFC",
    edit("P-budget", { A4: text("Café"), A5: text("Cafe\u0301") }),
    "NAME_DUPLICATE",
    "P-budget!A5",
  ],
  ["a blank name", edit("P-budget", { A6: BLANK }), "NAME_MISSING", "P-budget!A6"],
  [
    "a name longer than an Excel cell holds",
    edit("P-budget", { A6: text("x".repeat(32_768)) }),
    "CELL_TEXT_TOO_LONG",
    "P-budget!A6",
  ],
  [
    "an execution area longer than an Excel cell holds",
    edit("P-budget", { D7: text("y".repeat(32_768)) }),
    "CELL_TEXT_TOO_LONG",
    "P-budget!D7",
  ],
  [
    "a totals row inside the data",
    withTables(
      edit("P-budget", { A15: text("Totaal"), B15: num("4440794"), C15: num("4888105") }),
      [{ name: "PBudget", sheet: "P-budget", ref: "A3:D15" }, ...base.tables!.slice(1)]
    ),
    "TOTALS_ROW_IN_DATA",
    "P-budget!A15",
  ],
  [
    "a Dutch pivot's Eindtotaal row at the end of the data",
    withTables(
      edit("P-budget", { A15: text("Eindtotaal"), B15: num("4440794"), C15: num("4888105") }),
      [{ name: "PBudget", sheet: "P-budget", ref: "A3:D15" }, ...base.tables!.slice(1)]
    ),
    "TOTALS_ROW_IN_DATA",
    "P-budget!A15",
  ],
  [
    "a Grand total row in another case and with a no-break space",
    edit("P-budget", { A13: text("GRAND\u00a0 TOTAL") }),
    "TOTALS_ROW_IN_DATA",
    "P-budget!A13",
  ],
  [
    "a date-formatted serial as a budget",
    edit("P-budget", { C5: num("44378", "d-m-yyyy") }),
    "AMOUNT_IS_DATE",
    "P-budget!C5",
  ],
  [
    "an ISO date typed as a budget",
    edit("P-budget", { B11: text("2021-07-01") }),
    "AMOUNT_IS_DATE",
    "P-budget!B11",
  ],
  [
    "a date-formatted serial as a total",
    edit("Lumpsum", { B2: num("44378", "yyyy-mm-dd") }),
    "AMOUNT_IS_DATE",
    "Lumpsum!B2",
  ],
  [
    "a duplicate in another case",
    edit("P-budget", { A14: text("OSS") }),
    "NAME_DUPLICATE",
    "P-budget!A14",
  ],
  [
    "a duplicate with a double space and a zero-width space",
    edit("P-budget", { A11: text("Mill en  Sint\u200b Hubert"), A13: text("Mill en Sint Hubert") }),
    "NAME_DUPLICATE",
    "P-budget!A13",
  ],
  [
    "merged cells in the data",
    edit("P-budget", {}, { merged: ["B6:C6"] }),
    "MERGED_CELLS",
    "P-budget!B6",
  ],
  [
    "a year header that is not a year",
    edit("P-budget", { C3: text("2022a") }),
    "YEAR_INVALID",
    "P-budget!C3",
  ],
  [
    "a year header with words",
    edit("P-budget", { B3: text("Jaar 2021") }),
    "YEAR_INVALID",
    "P-budget!B3",
  ],
  ["a year twice", edit("P-budget", { C3: text("2021") }), "YEAR_DUPLICATE", "P-budget!C3"],
  [
    "a first column not named Gemeente",
    edit("P-budget", { A3: text("Naam") }),
    "NAME_HEADER_MISSING",
    "P-budget!A3",
  ],
  [
    "a period that ends before it starts",
    edit("Lumpsum", { E2: num("44377", "d-m-yyyy") }),
    "PERIOD_END_BEFORE_START",
    "Lumpsum!E2",
  ],
  [
    "a period end that is not a date",
    edit("Lumpsum", { E2: text("31-12-2022") }),
    "DATE_INVALID",
    "Lumpsum!E2",
  ],
  [
    "a period end without a date format",
    edit("Lumpsum", { E2: num("44926") }, { formats: { E1: "d-m-yyyy" } }),
    "DATE_NOT_FORMATTED",
    "Lumpsum!E2",
  ],
  ["a period start only", edit("Lumpsum", { E2: BLANK }), "PERIOD_INCOMPLETE", "Lumpsum!E1"],
  [
    "a period not in whole months",
    edit("Lumpsum", { E1: num("44380", "d-m-yyyy") }),
    "PERIOD_NOT_WHOLE_MONTHS",
    "Lumpsum!E1",
  ],
  ["a blank total", edit("Lumpsum", { B3: BLANK }), "TOTAL_MISSING", "Lumpsum!B3"],
  [
    "a total that is a placeholder",
    edit("Lumpsum", { B2: text("PM") }),
    "AMOUNT_PLACEHOLDER",
    "Lumpsum!B2",
  ],
  [
    "a year in the totals that is not a year",
    edit("Lumpsum", { A3: text("volgend jaar") }),
    "YEAR_INVALID",
    "Lumpsum!A3",
  ],
  [
    "a municipality not in the declared list",
    {
      ...edit("P-budget", { F1: text("Gemeenten"), F2: text("Oss") }),
      tables: [...base.tables!, { name: "Gemeenten", sheet: "P-budget", ref: "F1:F2" }],
    },
    "NAME_UNDECLARED",
    "P-budget!A4",
  ],
  [
    "a declared municipality without budgets",
    {
      ...edit("P-budget", {
        F1: text("Gemeente"),
        ...Object.fromEntries(base.sheets[0]!.cells.slice(3).map((r, i) => [`F${i + 2}`, r[0]!])),
        F13: text("Land van Cuijk"),
      }),
      tables: [...base.tables!, { name: "Gemeenten", sheet: "P-budget", ref: "F1:F13" }],
    },
    "MUNICIPALITY_ABSENT",
    "P-budget!F13",
  ],
];

describe.each(errors)("an annex with %s", (_label, spec, code, cell) => {
  it(`is refused with ${code} at ${cell}, and nothing is written`, async () => {
    const { port, result, sheetsBefore } = await refresh(spec);
    const finding = result.issues.find((i) => i.code === code);
    expect(finding).toBeDefined();
    expect(finding!.severity).toBe("error");
    expect(place(finding!)).toBe(cell);
    expect(result.written).toBe(false);
    expect(port.sheetNames).toEqual(sheetsBefore);
    expect(await port.readSettings()).toBeUndefined();
  });
});

const warnings: Array<[string, WorkbookSpec, IssueCode, string]> = [
  [
    "a Dutch number stored as text",
    edit("P-budget", { B12: text("1.883.249") }),
    "NUMBER_AS_TEXT",
    "P-budget!B12",
  ],
  [
    "a euro amount as text with a no-break space",
    edit("P-budget", { C12: text("€\u00a02.074.757,00") }),
    "NUMBER_AS_TEXT",
    "P-budget!C12",
  ],
  [
    "an English number stored as text",
    edit("P-budget", { B12: text("1,883,249.00") }),
    "NUMBER_AS_TEXT",
    "P-budget!B12",
  ],
  [
    "a narrow no-break space as thousands separator",
    edit("P-budget", { B12: text("1\u202f883\u202f249") }),
    "NUMBER_AS_TEXT",
    "P-budget!B12",
  ],
  [
    "a municipality typed just below the PBudget table",
    edit("P-budget", { A15: text("Vught"), B15: num("1000") }),
    "DATA_BELOW_TABLE",
    "P-budget!A15",
  ],
  [
    "a year typed just right of the PBudget table",
    edit("P-budget", { E3: text("2023"), E4: num("1") }),
    "DATA_BESIDE_TABLE",
    "P-budget!E3",
  ],
  ["a hidden row", edit("P-budget", {}, { hiddenRows: [8] }), "ROW_HIDDEN", "P-budget!A9"],
  [
    "an unknown municipality",
    edit("P-budget", { A12: text("Os") }),
    "NAME_UNKNOWN",
    "P-budget!A12",
  ],
  [
    "a column that is no year",
    withTables(edit("P-budget", { E3: text("Opmerking"), E4: text("zie brief") }), [
      { name: "PBudget", sheet: "P-budget", ref: "A3:E14" },
      base.tables![1]!,
    ]),
    "COLUMN_IGNORED",
    "P-budget!E3",
  ],
  [
    "a period typed as ISO text",
    edit("Lumpsum", { E1: text("2021-07-01") }),
    "DATE_AS_TEXT",
    "Lumpsum!E1",
  ],
];

describe.each(warnings)("an annex with %s", (_label, spec, code, cell) => {
  it(`is refreshed with the published figures, warning ${code} at ${cell} on Controle`, async () => {
    const { port, result } = await refresh(spec);
    const finding = result.issues.find((i) => i.code === code);
    expect(finding?.severity).toBe("warning");
    expect(place(finding!)).toBe(cell);
    expect(result.written).toBe(true);
    const periode = await port.read({ kind: "table", name: "LumpsumPeriode" });
    expect(periode!.totalsRow!.at(-1)).toMatchObject({ v: "3606813" });
    const controle = await port.read({ kind: "table", name: "Controle" });
    const row = controle!.cells.find(
      (r) =>
        r[1]?.t === "s" &&
        r[1].v === "Waarschuwing" &&
        r[2]?.t === "s" &&
        r[2].v.includes(cell.split("!")[1]!)
    );
    expect(row).toBeDefined();
  });
});

describe("the layout without its usual parts", () => {
  it("reads a sheet P-budget from its first row when there is no table, up to the first blank row", async () => {
    const sheet: SheetSpec = {
      name: "P-budget",
      cells: [
        ...base.sheets[0]!.cells.slice(2),
        [],
        [text("Totaal"), num("4440796"), num("4888106")],
      ],
    };
    const { result } = await refresh({
      ...withoutTable(base, "PBudget"),
      sheets: [sheet, base.sheets[1]!],
    });
    expect(result.written).toBe(true);
    expect(result.issues.map((i) => [i.code, place(i)])).toEqual([
      ["ROWS_AFTER_BLANK_IGNORED", "P-budget!A14"],
    ]);
  });

  it("says what to add when there are no P-budgets", async () => {
    const { result } = await refresh({
      ...withoutTable(base, "PBudget"),
      sheets: [base.sheets[1]!],
    });
    expect(result.issues.map((i) => i.code)).toEqual(["BUDGET_SOURCE_MISSING"]);
  });

  it("says what to add when there are no totals and no scenario", async () => {
    const { result } = await refresh(withoutTable(base, "Lumpsum"));
    expect(result.issues.map((i) => i.code)).toEqual(["TOTALS_MISSING"]);
    expect(result.written).toBe(false);
  });

  it("takes the totals from the projection of the scenario a cell named Scenario holds", async () => {
    const spec = edit(
      "Lumpsum",
      { G1: text("II") },
      {},
      {
        ...withoutTable(base, "Lumpsum"),
        names: [...base.names!, { name: "Scenario", ref: "Lumpsum!$G$1" }],
      }
    );
    const { port, result } = await refresh(spec);
    expect(result.written).toBe(true);
    const perYear = await port.read({ kind: "table", name: "LumpsumPerJaar" });
    const header = perYear!.cells[0]!.map((c) => (c.t === "s" ? c.v : ""));
    // Scenario II is the published case: 2021 as printed, 2022 as the projection computes it.
    const projected = project(scenarioParams("II")).rows.find(
      (r) => r.key === "totaalLumpsum"
    )!.values;
    expect(perYear!.totalsRow![header.indexOf("Lumpsum 2021")]).toMatchObject({ v: "2246325" });
    expect(perYear!.totalsRow![header.indexOf("Lumpsum 2022")]).toMatchObject({
      v: projected[1]!.toFixed(0),
    });
    expect(JSON.parse((await port.readSettings())!)).toMatchObject({
      totals: "projection",
      scenario: "II",
    });
  });

  it("refuses a scenario that does not exist, naming its cell", async () => {
    const spec = edit(
      "Lumpsum",
      { G1: text("IV") },
      {},
      {
        ...withoutTable(base, "Lumpsum"),
        names: [...base.names!, { name: "Scenario", ref: "Lumpsum!$G$1" }],
      }
    );
    const { result } = await refresh(spec);
    expect(result.issues.map((i) => [i.code, place(i)])).toEqual([
      ["SCENARIO_INVALID", "Lumpsum!G1"],
    ]);
  });

  it("needs no period: without PeriodeStart and PeriodeEinde no period table is written", async () => {
    const { port, result } = await refresh({ ...base, names: [] });
    expect(result.tables.map((t) => t.table)).toEqual([
      "LumpsumPerJaar",
      "LumpsumNaHerindeling",
      "Controle",
    ]);
    expect(await port.read({ kind: "sheet", name: "Lumpsum periode" })).toBeUndefined();
  });

  it("says once, not per row, that a workbook models another region", async () => {
    const renamed = Object.fromEntries(
      Array.from({ length: 11 }, (_, i) => [`A${i + 4}`, text(`Gemeente ${i + 1}`)])
    );
    const { result } = await refresh(edit("P-budget", renamed));
    expect(result.issues.map((i) => [i.code, place(i), i.params?.count])).toEqual([
      ["NAMES_NOT_IBN", "P-budget!A4", 11],
    ]);
    expect(result.written).toBe(true);
  });

  it("warns about a filter on the P-budget table: every row still counts", async () => {
    const { result } = await refresh(
      withTables(base, [{ ...base.tables![0]!, filtered: true }, base.tables![1]!])
    );
    expect(result.issues.map((i) => i.code)).toEqual(["SOURCE_FILTERED"]);
    expect(result.written).toBe(true);
  });

  it("does not count the table's own totals row as a municipality", async () => {
    const spec = withTables(
      edit("P-budget", { A15: text("Totaal"), B15: num("4440794"), C15: num("4888105") }),
      [{ name: "PBudget", sheet: "P-budget", ref: "A3:D15", totalsRow: true }, base.tables![1]!]
    );
    const { result } = await refresh(spec);
    expect(result.issues).toEqual([]);
    expect(result.written).toBe(true);
  });

  it("does not overwrite a sheet named like an output that the user made, and writes nothing", async () => {
    const spec: WorkbookSpec = {
      ...base,
      sheets: [...base.sheets, { name: "Controle", cells: [[text("mijn aantekeningen")]] }],
    };
    const { port, result, sheetsBefore } = await refresh(spec);
    expect(result.issues.map((i) => i.code)).toEqual(["PKG_SHEET_NOT_OWNED"]);
    expect(result.written).toBe(false);
    expect(port.sheetNames).toEqual(sheetsBefore);
  });
});
