import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { refreshCommand } from "../../src/cli/commands/refresh";
import { buildXlsx } from "../../src/adapters/xlsx/buildXlsx";
import { XlsxWorkbook } from "../../src/adapters/xlsx/xlsxWorkbook";
import { ibnExampleSpec } from "../../src/demo/ibnExample";
import { text, type Cell } from "../../src/ports/cell";
import { isoToSerial } from "../../src/ports/readDateCell";
import { CSV_EVERY_SHEET, LibreOffice } from "../fixtures/libreOffice";
import {
  expectedFigures,
  livedInWorkbook,
  NOTE,
  tablePlaces,
  userFormulas,
  withBudgetRow,
  withNumber,
  withoutNames,
  withPart,
} from "../fixtures/livedInWorkbook";
import { repairTriggers } from "../fixtures/repairTriggers";
import { partText, unzipParts } from "../fixtures/zipParts";
import { run, tempDir } from "./annexCli";

/*
 * `lumpsum refresh` on a workbook people have built on (test/fixtures/livedInWorkbook.ts):
 * refreshes keep every reference working; what would break one is refused, naming the place,
 * and leaves the file byte-identical; --force leaves no dangling reference behind.
 */

interface Finding {
  code: string;
  params?: Record<string, string>;
  where?: Record<string, string>;
}

async function refresh(path: string, ...flags: string[]) {
  const { code, stdout } = await run(refreshCommand, tempDir(), path, "--json", ...flags);
  const issues = (JSON.parse(stdout) as { files: Array<{ issues: Finding[] }> }).files[0]!.issues;
  return { code, issues: issues.filter((i) => !/WARNING|UNKNOWN/.test(i.code)) };
}

const open = (path: string) => XlsxWorkbook.fromBytes(new Uint8Array(readFileSync(path)), path);
const show = (c: Cell | undefined) => (!c || c.t === "blank" ? "" : String(c.v));

const userSheetFormulas = (bytes: Uint8Array) =>
  [...partText(unzipParts(bytes), "xl/worksheets/sheet900.xml").matchAll(/<f>([^<]*)<\/f>/g)].map(
    (m) => m[1]
  );

describe("lumpsum refresh keeps what people built on the annex", () => {
  let lo: LibreOffice;
  beforeAll(() => {
    lo = new LibreOffice();
  });
  afterAll(() => lo.remove());

  test("three refreshes with new budgets: every formula, name, chart series and note stays, LibreOffice computes the new figures", async () => {
    const dir = tempDir();
    const path = join(dir, "bijlage.xlsx");
    let bytes = await livedInWorkbook();
    const formulas = userSheetFormulas(bytes);
    const chart = partText(unzipParts(bytes), "xl/charts/chart900.xml");
    const expected: string[][] = [];
    for (const [k, uden] of ["613213", "700000", "650000"].entries()) {
      bytes = withNumber(bytes, "P-budget", "C14", uden);
      bytes = withNumber(bytes, "P-budget", "B4", String(295299 + 1000 * k));
      writeFileSync(path, bytes);
      const { code, issues } = await refresh(path);
      expect({ code, issues }).toEqual({ code: 0, issues: [] });
      bytes = new Uint8Array(readFileSync(path));
      expect(repairTriggers(bytes)).toEqual([]);
      expect(userSheetFormulas(bytes)).toEqual(formulas);
      expect(partText(unzipParts(bytes), "xl/charts/chart900.xml")).toBe(chart);
      expect(partText(unzipParts(bytes), "xl/workbook.xml")).toContain(
        '<definedName name="TotaalPeriode">LumpsumPeriode[[#Totals],[Totaal periode]]</definedName>'
      );
      const note = await open(path).read({ kind: "sheet", name: NOTE.sheet });
      expect(show(note!.cells[NOTE.row]![NOTE.col])).toBe(NOTE.text);
      lo.put(`refresh${k + 1}.xlsx`, bytes);
      expected.push(await expectedFigures(open(path)));
    }
    expect(new Set(expected.map((e) => e[0])).size).toBe(3);
    lo.convert(CSV_EVERY_SHEET, ["refresh1.xlsx", "refresh2.xlsx", "refresh3.xlsx"]);
    expected.forEach((figures, k) => {
      const rows = lo.sheetCsv(`refresh${k + 1}`, "Overzicht");
      expect(rows.map((r) => r[1])).toEqual(figures);
    });
  }, 180_000);

  test("a note typed where the grown table must go is refused, naming the cell; the file stays byte-identical; --force writes over it", async () => {
    const dir = tempDir();
    const path = join(dir, "bijlage.xlsx");
    const lived = await livedInWorkbook();
    const places = await tablePlaces(XlsxWorkbook.fromBytes(lived, "x.xlsx"));
    const below = places.lastDataRow + 2; // the totals row is lastDataRow + 1
    const bytes = withBudgetRow(
      withPart(lived, "xl/worksheets/sheet3.xml", (xml) =>
        xml.replace(
          "</sheetData>",
          `<row r="${below}"><c r="A${below}" t="inlineStr"><is><t>Let op</t></is></c></row></sheetData>`
        )
      ),
      "Haaren",
      ["100000", "110000"]
    );
    writeFileSync(path, bytes);
    const refused = await refresh(path);
    expect(refused.code).toBe(1);
    expect(refused.issues).toEqual([
      expect.objectContaining({
        code: "OUTPUT_CELLS_IN_THE_WAY",
        params: expect.objectContaining({ sheet: "Lumpsum per jaar", range: `A${below}` }),
      }),
    ]);
    expect(new Uint8Array(readFileSync(path))).toEqual(bytes);
    expect((await refresh(path, "--force")).code).toBe(0);
    const after = new Uint8Array(readFileSync(path));
    expect(repairTriggers(after)).toEqual([]);
    const table = (await open(path).read({ kind: "table", name: "LumpsumPerJaar" }))!;
    expect(table.cells.map((r) => show(r[0]))).toContain("Haaren");
  });

  test("a shortened period: the name into the dropped column is refused, the cell reading the period total is not; --force leaves #REF! only there", async () => {
    const dir = tempDir();
    const path = join(dir, "bijlage.xlsx");
    const bytes = withNumber(
      await livedInWorkbook(),
      "Lumpsum",
      "E1",
      String(isoToSerial("2022-01-01"))
    );
    writeFileSync(path, bytes);
    const plain = await run(refreshCommand, tempDir(), path, "--lang", "en");
    expect(plain.stdout).toContain("with --force the refresh goes ahead");
    const refused = await refresh(path);
    expect(refused.code).toBe(1);
    expect(refused.issues).toEqual([
      expect.objectContaining({
        code: "REF_NAME_WOULD_BREAK",
        params: { name: "Periode2021", target: "LumpsumPeriode[Lumpsum 2021]" },
      }),
    ]);
    expect(new Uint8Array(readFileSync(path))).toEqual(bytes);

    expect((await refresh(path, "--force")).code).toBe(0);
    const after = new Uint8Array(readFileSync(path));
    expect(repairTriggers(after)).toEqual([]);
    const workbookXml = partText(unzipParts(after), "xl/workbook.xml");
    expect(workbookXml).toContain('<definedName name="Periode2021">#REF!</definedName>');
    expect(workbookXml).toContain("LumpsumPeriode[[#Totals],[Totaal periode]]");
    const places = await tablePlaces(open(path));
    const b5 = userFormulas(places).find((f) => f.cell === "B5")!.formula;
    expect(userSheetFormulas(after)[4]).toBe(b5.replace(/&/g, "&amp;"));
    lo.put("shortened.xlsx", after);
    lo.convert(CSV_EVERY_SHEET, ["shortened.xlsx"]);
    const figures = await expectedFigures(open(path));
    expect(lo.sheetCsv("shortened", "Overzicht").map((r) => r[1])).toEqual(figures);
  }, 120_000);

  test("a removed period: each place that reads the period sheet is refused; --force removes it and leaves #REF! in them", async () => {
    const dir = tempDir();
    const path = join(dir, "bijlage.xlsx");
    const bytes = withoutNames(await livedInWorkbook(), ["PeriodeStart", "PeriodeEinde"]);
    writeFileSync(path, bytes);
    const refused = await refresh(path);
    expect(refused.code).toBe(1);
    expect(refused.issues.map((i) => [i.code, i.params?.["place"] ?? i.params?.["name"]])).toEqual([
      ["REF_WOULD_BREAK", "'Overzicht'!B5"],
      ["REF_NAME_WOULD_BREAK", "TotaalPeriode"],
      ["REF_NAME_WOULD_BREAK", "Periode2021"],
    ]);
    expect(refused.issues[0]!.where).toMatchObject({ sheet: "Overzicht", cell: "B5" });
    expect(new Uint8Array(readFileSync(path))).toEqual(bytes);

    expect((await refresh(path, "--force")).code).toBe(0);
    const after = new Uint8Array(readFileSync(path));
    expect(repairTriggers(after)).toEqual([]);
    const workbook = open(path);
    expect(await workbook.read({ kind: "sheet", name: "Lumpsum periode" })).toBeUndefined();
    expect(userSheetFormulas(after)[4]).toBe("#REF!");
    const workbookXml = partText(unzipParts(after), "xl/workbook.xml");
    expect(workbookXml).toContain('<definedName name="TotaalPeriode">#REF!</definedName>');
    expect(workbookXml).not.toContain("LumpsumPeriode");
  });

  test("a sheet of someone else's that has the name of an output is never touched", async () => {
    const dir = tempDir();
    const path = join(dir, "bijlage.xlsx");
    const spec = ibnExampleSpec("nl");
    const bytes = buildXlsx({
      ...spec,
      sheets: [...spec.sheets, { name: "Lumpsum periode", cells: [[text("Mijn eigen periode")]] }],
    });
    writeFileSync(path, bytes);
    const refused = await refresh(path);
    expect(refused.code).toBe(1);
    expect(refused.issues).toEqual([
      expect.objectContaining({
        code: "PKG_SHEET_NOT_OWNED",
        where: expect.objectContaining({ sheet: "Lumpsum periode" }),
      }),
    ]);
    expect(new Uint8Array(readFileSync(path))).toEqual(bytes);
  });

  test("an output sheet deleted and made again by hand under its name is not the tool's any more", async () => {
    const dir = tempDir();
    const path = join(dir, "bijlage.xlsx");
    // The user's own "Lumpsum periode": same name, no table of the tool's on it.
    const gone = withPart(await livedInWorkbook(), "xl/worksheets/_rels/sheet4.xml.rels", (xml) =>
      xml.replace(/<Relationship [^>]*\/table"[^>]*\/>/, "")
    );
    const bytes = withPart(gone, "xl/worksheets/sheet4.xml", (xml) =>
      xml
        .replace(
          /<sheetData>[\s\S]*<\/sheetData>/,
          '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Mijn blad</t></is></c></row></sheetData>'
        )
        .replace(/<tableParts[\s\S]*<\/tableParts>/, "")
    );
    writeFileSync(path, bytes);
    const refused = await refresh(path);
    expect(refused.code).toBe(1);
    expect(refused.issues.map((i) => i.code)).toContain("PKG_SHEET_NOT_OWNED");
    expect(new Uint8Array(readFileSync(path))).toEqual(bytes);
  });

  test("a record that names an input sheet as output is an error, and nothing is written", async () => {
    const dir = tempDir();
    const path = join(dir, "bijlage.xlsx");
    const bytes = withPart(await livedInWorkbook(), "customXml/item1.xml", (xml) =>
      xml.replace("<settings>", '<output sheet="P-budget" table="PBudget"/><settings>')
    );
    writeFileSync(path, bytes);
    const refused = await refresh(path);
    expect(refused.code).toBe(1);
    expect(refused.issues).toEqual([
      expect.objectContaining({ code: "RECORD_NAMES_INPUT", params: { sheet: "P-budget" } }),
    ]);
    expect(new Uint8Array(readFileSync(path))).toEqual(bytes);
  });
});
