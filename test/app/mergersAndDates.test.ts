import { MemoryWorkbook } from "../../src/adapters/memory/memoryWorkbook";
import { refreshWorkbook } from "../../src/app/refreshWorkbook";
import { IBN_EXAMPLE, ibnExampleSpec } from "../../src/demo/ibnExample";
import { Dec } from "../../src/engine/decimal";
import type { Issue } from "../../src/engine/issue";
import { allocate } from "../../src/engine/allocate";
import { BLANK, num, text, type Cell } from "../../src/ports/cell";
import { isoToSerial } from "../../src/ports/readDateCell";
import type { RangeData } from "../../src/ports/workbookPort";
import type { WorkbookSpec } from "../../src/ports/workbookSpec";

const options = { runTime: "2025-01-31T09:00:00Z", toolVersion: "test" };
const base = ibnExampleSpec("nl");
const place = (i: Issue) => `${i.where?.sheet}!${i.where?.cell}`;
const LVC = ["Boxmeer", "Cuijk", "Grave", "Mill en Sint Hubert", "Sint Anthonis"];
const MAASHORST = ["Landerd", "Uden"];

async function refresh(spec: WorkbookSpec) {
  const port = MemoryWorkbook.fromSpec(spec);
  const result = await refreshWorkbook(port, options);
  return { port, result };
}

/** A table read back as records keyed by its header ("" for a blank cell). */
async function records(port: MemoryWorkbook, table: string) {
  const range = (await port.read({ kind: "table", name: table })) as RangeData;
  const [header, ...rows] = range.cells;
  const value = (c: Cell) =>
    c.t === "n" ? new Dec(c.v).toString() : c.t === "blank" ? "" : String(c.v);
  return rows.map((row) => Object.fromEntries(header!.map((h, i) => [value(h), value(row[i]!)])));
}

/** The example's P-budget sheet with other rows in the PBudget table (A3 on). */
function withBudgets(
  rows: ReadonlyArray<ReadonlyArray<Cell>>,
  extra: Partial<WorkbookSpec> = {}
): WorkbookSpec {
  const sheet = base.sheets[0]!;
  return {
    ...base,
    ...extra,
    sheets: [
      { ...sheet, cells: [...sheet.cells.slice(0, 3).map((r) => r.slice(0, 3)), ...rows] },
      ...base.sheets.slice(1),
      ...(extra.sheets ?? []),
    ],
    tables: [
      { name: "PBudget", sheet: "P-budget", ref: `A3:C${3 + rows.length}` },
      ...base.tables!.slice(1),
      ...(extra.tables ?? []),
    ],
  };
}

const budget = (name: string, year: 2021 | 2022) =>
  IBN_EXAMPLE.budgets.find((b) => b[0] === name)![year === 2021 ? 1 : 2];
const sumOf = (names: string[]) => String(names.reduce((s, n) => s + Number(budget(n, 2022)), 0));

/** The old names with their 2021 budgets and a blank for 2022; the two new names for 2022 only. */
const acrossTheMergers = withBudgets([
  ...IBN_EXAMPLE.budgets.map(([name, a, b]) => [
    text(name),
    num(a),
    [...LVC, ...MAASHORST].includes(name) ? BLANK : num(b),
  ]),
  [text("Land van Cuijk"), BLANK, num(sumOf(LVC))],
  [text("Maashorst"), BLANK, num(sumOf(MAASHORST))],
]);

describe("an annex across the 1 January 2022 mergers: old names for 2021, new names for 2022", () => {
  it("is refreshed: each year allocated over the names it lists, blanks where a name did not exist", async () => {
    const { port, result } = await refresh(acrossTheMergers);
    expect(result.issues).toEqual([]);
    expect(result.written).toBe(true);
    const perYear = await records(port, "LumpsumPerJaar");
    const six = acrossTheMergers.sheets[0]!.cells.slice(3).filter((r) => r[2]!.t === "n");
    const a2022 = allocate({
      rows: six.map((r) => ({
        name: (r[0] as { v: string }).v,
        weight: (r[2] as { v: string }).v,
      })),
      total: IBN_EXAMPLE.totals[2022],
    });
    expect(
      perYear.filter((r) => r["Lumpsum 2022"] !== "").map((r) => [r.Gemeente, r["Lumpsum 2022"]])
    ).toEqual(a2022.rows.map((r) => [r.name, r.amount.toString()]));
    expect(perYear.find((r) => r.Gemeente === "Uden")).toMatchObject({
      "Lumpsum 2021": "281978",
      "P-budget 2022": "",
      "Lumpsum 2022": "",
    });
  });

  it("schedules the period: the predecessors' H2 2021 slices and the successors' 2022, and the total as printed", async () => {
    const { port } = await refresh(acrossTheMergers);
    const period = await records(port, "LumpsumPeriode");
    expect(period.find((r) => r.Gemeente === "Uden")).toEqual({
      Gemeente: "Uden",
      "Lumpsum 2021": "140989",
      "Lumpsum 2022": "",
      "Totaal periode": "140989",
    });
    expect(period.find((r) => r.Gemeente === "Maashorst")!["Lumpsum 2021"]).toBe("");
    const totals = (await port.read({ kind: "table", name: "LumpsumPeriode" }))!.totalsRow!;
    expect(totals.map((c) => (c.t === "n" ? c.v : ""))).toEqual([
      "",
      "1123163",
      "2483650",
      "3606813",
    ]);
  });

  it("restates both years under today's six municipalities, adding rounded amounts, and every check holds", async () => {
    const { port, result } = await refresh(acrossTheMergers);
    const restated = await records(port, "LumpsumNaHerindeling");
    expect(restated.map((r) => r.Gemeente)).toEqual([
      "Bernheze",
      "Boekel",
      "Land van Cuijk",
      "Maashorst",
      "Meierijstad, Veghel",
      "Oss",
    ]);
    const maashorst = restated.find((r) => r.Gemeente === "Maashorst")!;
    // Landerd 69,434 + Uden 281,978 in 2021; Landerd 34,717 + Uden 140,989 for H2 2021.
    expect([maashorst["Lumpsum 2021"], maashorst["Periode 2021"]]).toEqual(["351412", "175706"]);
    expect(maashorst["Samengesteld uit"]).toBe("Landerd, Uden");
    expect(result.checks[0]!.code).toBe("CHECK_ALL_PASSED");
  });

  it("still refuses a blank for a municipality outside a merger, naming its cell", async () => {
    const spec = withBudgets(
      acrossTheMergers.sheets[0]!.cells.slice(3).map((r) =>
        r[0]!.t === "s" && r[0]!.v === "Oss" ? [r[0]!, r[1]!, BLANK] : r
      )
    );
    const { result } = await refresh(spec);
    expect(result.issues.map((i) => [i.code, place(i)])).toEqual([
      ["WEIGHT_MISSING", "P-budget!C12"],
    ]);
    expect(result.written).toBe(false);
  });

  it("refuses a predecessor left blank while its fellows are listed and the new name is not", async () => {
    const { result } = await refresh(
      withBudgets(
        IBN_EXAMPLE.budgets.map(([name, a, b]) => [
          text(name),
          num(a),
          name === "Grave" ? BLANK : num(b),
        ])
      )
    );
    expect(result.issues.map((i) => [i.code, place(i)])).toEqual([
      ["WEIGHT_MISSING", "P-budget!C8"],
    ]);
  });

  it("refuses a year in which no name of a merger has a budget", async () => {
    const rows = acrossTheMergers.sheets[0]!.cells.slice(3).map((r) =>
      r[0]!.t === "s" && r[0]!.v === "Land van Cuijk" ? [r[0]!, BLANK, BLANK] : r
    );
    const { result } = await refresh(withBudgets(rows));
    expect(result.issues.map((i) => [i.code, i.params?.year, i.where?.row])).toEqual([
      ["MERGER_NOT_LISTED", 2022, "Boxmeer"],
    ]);
  });
});

describe("the table Fusies declares other mergers", () => {
  const fusies = (rows: Cell[][]): Partial<WorkbookSpec> => ({
    sheets: [
      {
        name: "Fusies",
        cells: [[text("Nieuwe gemeente"), text("Voorganger"), text("Ingangsdatum")], ...rows],
        formats: { C2: "d-m-yyyy", C3: "d-m-yyyy" },
      },
    ],
    tables: [{ name: "Fusies", sheet: "Fusies", ref: `A1:C${1 + rows.length}` }],
  });
  const boekelBernheze = IBN_EXAMPLE.budgets.map(([name, a, b]) => [
    text(name),
    num(a),
    name === "Boekel" || name === "Bernheze" ? BLANK : num(b),
  ]);
  const withNew = [...boekelBernheze, [text("Bernheze-Boekel"), BLANK, num("443840")]];

  it("a declared merger makes its names' blanks 'not listed' too", async () => {
    const date = num(isoToSerial("2022-01-01")!);
    const { port, result } = await refresh(
      withBudgets(
        withNew,
        fusies([
          [text("Bernheze-Boekel"), text("Bernheze"), date],
          [text("Bernheze-Boekel"), text("Boekel"), date],
        ])
      )
    );
    expect(result.issues.map((i) => i.code)).toEqual(["NAME_UNKNOWN"]);
    const period = await records(port, "LumpsumPeriode");
    expect(period.find((r) => r.Gemeente === "Bernheze-Boekel")!["Lumpsum 2021"]).toBe("");
  });

  it("a merger date other than 1 January is refused at its cell", async () => {
    const { result } = await refresh(
      withBudgets(
        withNew,
        fusies([[text("Bernheze-Boekel"), text("Bernheze"), text("2022-07-01")]])
      )
    );
    expect(
      result.issues.filter((i) => i.severity === "error").map((i) => [i.code, place(i)])
    ).toContainEqual(["MERGER_DATE_INVALID", "Fusies!C2"]);
    expect(result.written).toBe(false);
  });
});

describe("the 1904 date system", () => {
  // The example with its period dates as the 1904 system stores them, and the flag set.
  const in1904: WorkbookSpec = {
    ...base,
    date1904: true,
    sheets: base.sheets.map((s) =>
      s.name !== "Lumpsum"
        ? s
        : {
            ...s,
            cells: s.cells.map((row, r) =>
              row.map((c, i) =>
                i === 4 ? num(isoToSerial(r === 0 ? "2021-07-01" : "2022-12-31", true)!) : c
              )
            ),
          }
    ),
  };

  it("reads the period's dates in the workbook's own system: the same period, Uden 452,563", async () => {
    const { port, result } = await refresh(in1904);
    expect(result.issues).toEqual([]);
    const uden = (await records(port, "LumpsumPeriode")).find((r) => r.Gemeente === "Uden")!;
    expect(uden["Totaal periode"]).toBe("452563");
  });

  it("would otherwise read them 1,462 days early: the 1904 serials as 1900 ones are another period", async () => {
    const { result } = await refresh({ ...in1904, date1904: false });
    expect(result.written).toBe(false);
    // 2021-07-01 in 1904 serials is 2017-06-30 in 1900 ones: not even the first of a month.
    expect(result.issues.map((i) => [i.code, i.params?.start])).toEqual([
      ["PERIOD_NOT_WHOLE_MONTHS", "2017-06-30"],
    ]);
  });

  it("names a date in a budget cell as the date it is in the 1904 system", async () => {
    const spec = {
      ...base,
      date1904: true,
      sheets: base.sheets.map((s) =>
        s.name === "P-budget"
          ? {
              ...s,
              cells: s.cells.map((r, i) =>
                i === 4
                  ? [r[0]!, num(isoToSerial("2021-07-01", true)!, "d-m-yyyy"), ...r.slice(2)]
                  : r
              ),
            }
          : s
      ),
    };
    const { result } = await refresh(spec);
    expect(result.issues.map((i) => [i.code, place(i), i.params?.value])).toEqual([
      ["AMOUNT_IS_DATE", "P-budget!B5", "2021-07-01"],
    ]);
  });
});

describe("data next to the PBudget table", () => {
  const below = (cells: Cell[]): WorkbookSpec => ({
    ...base,
    sheets: [
      { ...base.sheets[0]!, cells: [...base.sheets[0]!.cells, cells] },
      ...base.sheets.slice(1),
    ],
  });

  it("names every cell typed just below the table, and the rows still count as they were", async () => {
    const { result } = await refresh(below([text("Vught"), num("1000"), num("1100")]));
    expect(result.issues.map((i) => [i.code, i.params?.cells])).toEqual([
      ["DATA_BELOW_TABLE", "A15, B15, C15"],
    ]);
    expect(result.written).toBe(true);
  });

  it("says nothing of a totals line the user keeps below the table", async () => {
    const { result } = await refresh(below([text("Totaal"), num("4440794"), num("4888105")]));
    expect(result.issues).toEqual([]);
  });
});
