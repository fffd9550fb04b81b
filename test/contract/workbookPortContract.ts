import { Dec } from "../../src/engine/decimal";
import { BLANK, num, text, type Cell } from "../../src/ports/cell";
import { isDateFormat } from "../../src/ports/readDateCell";
import type { OutputTable, RangeData, WorkbookPort } from "../../src/ports/workbookPort";
import type { WorkbookSpec } from "../../src/ports/workbookSpec";

/**
 * The behaviour every WorkbookPort must have, run against each implementation: memory, the
 * xlsx file adapter, and Office.js under office-addin-mock. `reopen`, when given, turns a
 * port into a fresh one over what it saved (bytes for xlsx), so writes are checked to persist.
 */
export function runWorkbookPortContract(
  name: string,
  makePort: (spec: WorkbookSpec) => Promise<WorkbookPort>,
  options: { reopen?: (port: WorkbookPort) => Promise<WorkbookPort> } = {}
): void {
  const reopen = options.reopen ?? (async (port: WorkbookPort) => port);

  describe(`WorkbookPort contract: ${name}`, () => {
    describe("reading", () => {
      it("reads a table: its header and data body, where it is, hidden rows, merges and filter", async () => {
        const port = await makePort(inputSpec);
        const range = await port.read({ kind: "table", name: "PBudget" });
        expect(range).toBeDefined();
        expect(range!.sheet).toBe("P-budget");
        expect(range!.origin).toBe("A2");
        expect(range!.tableName).toBe("PBudget");
        expect(values(range!)).toEqual([
          ["Gemeente", "2021", "2022", "Uitvoeringsgebied"],
          ["Oss", "1883249", "2074757", "Oss"],
          ["Uden", "557447", "613213", "Maashorst"],
          ["Boekel", "1.883.249", "", "Meierijstad"],
          ["Grave", "#REF!", "TRUE", "Land van Cuijk"],
        ]);
        expect(range!.hiddenRows).toEqual([2]);
        expect(range!.merged).toEqual(["D6:E6"]);
        expect(range!.filtered).toBe(true);
        expect(range!.totalsRow).toBeUndefined();
      });

      it("keeps the kinds of cells: numbers as decimal text, text, errors, booleans, blanks", async () => {
        const port = await makePort(inputSpec);
        const cells = (await port.read({ kind: "table", name: "PBudget" }))!.cells;
        expect(cells[1]![1]).toMatchObject({ t: "n" });
        expect(new Dec((cells[1]![1] as { v: string }).v).eq("1883249")).toBe(true);
        expect(cells[3]![1]).toEqual({ t: "s", v: "1.883.249" });
        expect(cells[3]![2]).toEqual(BLANK);
        expect(cells[4]![1]).toEqual({ t: "e", v: "#REF!" });
        expect(cells[4]![2]).toEqual({ t: "b", v: true });
      });

      it("reads a table with a totals row without counting it as data", async () => {
        const port = await makePort(inputSpec);
        const range = await port.read({ kind: "table", name: "Lumpsum" });
        expect(values(range!)).toEqual([
          ["Jaar", "Totaal"],
          ["2021", "2246325"],
          ["2022", "2483650"],
        ]);
        expect(range!.totalsRow?.map(show)).toEqual(["Totaal", "4729975"]);
      });

      it("reads a sheet from A1 over its used range", async () => {
        const port = await makePort(inputSpec);
        const range = await port.read({ kind: "sheet", name: "P-budget" });
        expect(range!.origin).toBe("A1");
        expect(range!.cells[0]![0]).toEqual(text("P-budgetten (bron: septembercirculaire)"));
        expect(range!.cells).toHaveLength(6);
        expect(range!.hiddenRows).toEqual([3]);
        expect(range!.merged).toEqual(["D6:E6"]);
      });

      it("reads a defined name: the cell, where it is, and its date format", async () => {
        const port = await makePort(inputSpec);
        const range = await port.read({ kind: "name", name: "PeriodeEinde" });
        expect(range!.sheet).toBe("Lumpsum tabel");
        expect(range!.origin).toBe("E2");
        const cell = await port.readName("PeriodeStart");
        expect(cell).toMatchObject({ t: "n", v: "44378" });
        expect(isDateFormat((cell as { fmt?: string }).fmt)).toBe(true);
      });

      it("tells what touches a table from outside: the row below its totals row, the column right of it", async () => {
        const spec: WorkbookSpec = {
          ...inputSpec,
          sheets: inputSpec.sheets.map((s) =>
            s.name === "Lumpsum tabel"
              ? { ...s, cells: [...s.cells, [text("2023"), BLANK, num("7")]] }
              : s
          ),
        };
        const range = await (await makePort(spec)).read({ kind: "table", name: "Lumpsum" });
        expect(range!.adjacent!.below.map(show)).toEqual(["2023", "", "7"]);
        expect(range!.adjacent!.right.map(show)).toEqual(["", "", "", ""]);
        const budgets = await (await makePort(inputSpec)).read({ kind: "table", name: "PBudget" });
        expect(budgets!.adjacent!.right.map(show)).toEqual(["", "", "", "", ""]);
      });

      it("says on every block when the workbook counts dates from 1904, and passes its serials on as they are", async () => {
        const port = await makePort({ ...inputSpec, date1904: true });
        for (const ref of [
          { kind: "table", name: "PBudget" },
          { kind: "sheet", name: "P-budget" },
          { kind: "name", name: "PeriodeStart" },
        ] as const)
          expect((await port.read(ref))!.date1904).toBe(true);
        expect(
          (await port.read({ kind: "name", name: "PeriodeStart" }))!.cells[0]![0]
        ).toMatchObject({
          t: "n",
          v: "44378",
        });
        const plain = await makePort(inputSpec);
        expect((await plain.read({ kind: "table", name: "PBudget" }))!.date1904).toBeUndefined();
      });

      it("finds names case-insensitively and answers undefined for what is not there", async () => {
        const port = await makePort(inputSpec);
        expect((await port.read({ kind: "table", name: "pbudget" }))?.tableName).toBe("PBudget");
        expect(await port.readName("periodestart")).toMatchObject({ t: "n" });
        expect(await port.read({ kind: "table", name: "Nope" })).toBeUndefined();
        expect(await port.read({ kind: "sheet", name: "Nope" })).toBeUndefined();
        expect(await port.read({ kind: "name", name: "Nope" })).toBeUndefined();
        expect(await port.readName("Nope")).toBeUndefined();
        expect(await port.readSettings()).toBeUndefined();
      });
    });

    describe("writing", () => {
      it("writes tables it owns and reads them back: header, numbers as numbers, totals row, caption, settings", async () => {
        const port = await reopen(await written(await makePort(inputSpec)));
        const range = await port.read({ kind: "table", name: "LumpsumPerJaar" });
        expect(range!.sheet).toBe("Lumpsum per jaar");
        expect(range!.origin).toBe("A4");
        expect(values(range!)).toEqual([
          ["Gemeente", "Lumpsum 2021", "Aandeel 2021", "Peildatum"],
          ["Oss", "952620", "0.424078", "44378"],
          ["=SUM(A1)", "-1.5", "0", "44379"],
        ]);
        expect(range!.cells[1]!.map((c) => c.t)).toEqual(["s", "n", "n", "n"]);
        expect(range!.totalsRow?.map(show)).toEqual(["Totaal", "952618.5", "", ""]);
        const formats = range!.cells[1]!.map((c) => (c.t === "n" ? c.fmt : undefined));
        expect(formats[2]).toContain("%");
        expect(isDateFormat(formats[3])).toBe(true);
        expect(isDateFormat(formats[1])).toBe(false);
        const sheet = await port.read({ kind: "sheet", name: "Lumpsum per jaar" });
        expect(sheet!.cells.slice(0, 2).map((row) => show(row[0]!))).toEqual([
          "Lumpsum per jaar",
          "Berekend met de test",
        ]);
        expect(await port.readSettings()).toBe(SETTINGS);
      });

      it("writes text Excel would read as something else as exactly that text", async () => {
        const texts = [
          "'s-Hertogenbosch",
          '=HYPERLINK("https://ibn.nl")',
          "-1+2",
          "+31",
          "@Uden",
          "007",
          "1-2",
          "TRUE",
        ];
        const port = await makePort(inputSpec);
        await port.write([{ ...check, rows: texts.map((t) => [text(t), text(t)]) }], SETTINGS, {
          force: true,
        });
        const read = await (await reopen(port)).read({ kind: "table", name: "Controle" });
        expect(read!.cells.slice(1)).toEqual(texts.map((t) => [text(t), text(t)]));
      });

      it("leaves the input untouched", async () => {
        const port = await makePort(inputSpec);
        const before = await port.read({ kind: "sheet", name: "P-budget" });
        const after = await (
          await reopen(await written(port))
        ).read({ kind: "sheet", name: "P-budget" });
        expect(values(after!)).toEqual(values(before!));
        expect(after!.hiddenRows).toEqual(before!.hiddenRows);
      });

      it("replaces what it owns on the next write and removes owned sheets no longer written", async () => {
        const first = await reopen(await written(await makePort(inputSpec)));
        await first.write([{ ...perYear, rows: [perYear.rows[0]!] }], '{"second":true}');
        const port = await reopen(first);
        expect(values((await port.read({ kind: "table", name: "LumpsumPerJaar" }))!)).toHaveLength(
          2
        );
        expect(await port.read({ kind: "sheet", name: "Controle" })).toBeUndefined();
        expect(await port.read({ kind: "table", name: "Controle" })).toBeUndefined();
        expect(await port.readSettings()).toBe('{"second":true}');
      });

      it("refuses to overwrite a sheet it does not own, and changes nothing", async () => {
        const port = await makePort(withUserSheet);
        await expect(port.write([perYear, check], SETTINGS)).rejects.toHaveProperty(
          "issue.code",
          "PKG_SHEET_NOT_OWNED"
        );
        const after = await reopen(port);
        expect(values((await after.read({ kind: "sheet", name: "Controle" }))!)).toEqual([
          ["Mijn eigen controle"],
        ]);
        expect(await after.read({ kind: "sheet", name: "Lumpsum per jaar" })).toBeUndefined();
        expect(await after.readSettings()).toBeUndefined();
      });

      it("refuses a table name a user table already has, and changes nothing", async () => {
        const port = await makePort(inputSpec);
        await expect(port.write([{ ...check, table: "Lumpsum" }], SETTINGS)).rejects.toHaveProperty(
          "issue.code",
          "PKG_NAME_TAKEN"
        );
        expect(
          await (await reopen(port)).read({ kind: "sheet", name: "Controle" })
        ).toBeUndefined();
      });
    });
  });
}

const SETTINGS = '{"source":"PBudget"}';

export const inputSpec: WorkbookSpec = {
  sheets: [
    {
      name: "P-budget",
      cells: [
        [text("P-budgetten (bron: septembercirculaire)")],
        [text("Gemeente"), text("2021"), text("2022"), text("Uitvoeringsgebied")],
        [text("Oss"), num("1883249"), num("2074757"), text("Oss")],
        [text("Uden"), num("557447"), num("613213"), text("Maashorst")],
        [text("Boekel"), text("1.883.249"), BLANK, text("Meierijstad")],
        [text("Grave"), { t: "e", v: "#REF!" }, { t: "b", v: true }, text("Land van Cuijk")],
      ],
      hiddenRows: [3],
      merged: ["D6:E6"],
    },
    {
      name: "Lumpsum tabel",
      cells: [
        [text("Jaar"), text("Totaal"), BLANK, text("PeriodeStart"), num("44378")],
        [num("2021"), num("2246325"), BLANK, text("PeriodeEinde"), num("44926")],
        [num("2022"), num("2483650")],
        [text("Totaal"), num("4729975")],
      ],
      formats: { E1: "yyyy-mm-dd", E2: "d-m-yyyy" },
    },
  ],
  tables: [
    { name: "PBudget", sheet: "P-budget", ref: "A2:D6", filtered: true },
    { name: "Lumpsum", sheet: "Lumpsum tabel", ref: "A1:B4", totalsRow: true },
  ],
  names: [
    { name: "PeriodeStart", ref: "'Lumpsum tabel'!$E$1" },
    { name: "PeriodeEinde", ref: "'Lumpsum tabel'!$E$2" },
  ],
};

const withUserSheet: WorkbookSpec = {
  ...inputSpec,
  sheets: [...inputSpec.sheets, { name: "Controle", cells: [[text("Mijn eigen controle")]] }],
};

const perYear: OutputTable = {
  sheet: "Lumpsum per jaar",
  table: "LumpsumPerJaar",
  caption: ["Lumpsum per jaar", "Berekend met de test"],
  columns: [
    { header: "Gemeente", format: "text" },
    { header: "Lumpsum 2021", format: "eur0" },
    { header: "Aandeel 2021", format: "pct4" },
    { header: "Peildatum", format: "date" },
  ],
  rows: [
    [text("Oss"), num("952620"), num("0.424078"), num("44378")],
    // A name that looks like a formula stays text.
    [text("=SUM(A1)"), num("-1.5"), num("0"), num("44379")],
  ],
  totalsRow: [text("Totaal"), num("952618.5"), BLANK, BLANK],
};

const check: OutputTable = {
  sheet: "Controle",
  table: "Controle",
  caption: [],
  columns: [
    { header: "Controle", format: "text" },
    { header: "Status", format: "text" },
  ],
  rows: [[text("Rijen tellen op"), text("OK")]],
};

async function written(port: WorkbookPort): Promise<WorkbookPort> {
  await port.write([perYear, check], SETTINGS);
  return port;
}

/** What a user sees in a cell, with numbers compared by value (hosts may write 1883249.0). */
function show(cell: Cell): string {
  switch (cell.t) {
    case "blank":
      return "";
    case "n":
      return new Dec(cell.v).toString();
    case "b":
      return cell.v ? "TRUE" : "FALSE";
    default:
      return cell.v;
  }
}

const values = (range: RangeData): string[][] => range.cells.map((row) => row.map(show));
