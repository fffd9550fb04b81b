import { buildXlsx } from "../../../src/adapters/xlsx/buildXlsx";
import { XlsxWorkbook } from "../../../src/adapters/xlsx/xlsxWorkbook";
import { BLANK, num, text } from "../../../src/ports/cell";
import { isDateFormat } from "../../../src/ports/readDateCell";
import { workbookWithSheet } from "../../fixtures/hostileFiles";
import { zipParts } from "../../fixtures/zipParts";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** A sheet written the ways other tools write cells: rich text, inline strings, ISO dates, no addresses. */
const sheet =
  "<sheetData>" +
  '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="inlineStr"><is><r><t>in</t></r><r><t xml:space="preserve">line </t></r></is></c></row>' +
  '<row r="2"><c r="A2" s="1"><v>1.2345678901234567E-3</v></c><c r="B2" s="2"><v>44378</v></c><c r="C2" t="d" s="0"><v>2021-07-01T00:00:00</v></c><c r="D2" t="str"><f>A1&amp;"x"</f><v>Ossx</v></c></row>' +
  '<row r="3" hidden="1"><c><v>123456789012345678901234567890</v></c><c t="b"><v>0</v></c><c t="e"><v>#N/A</v></c><c><f>1/0</f></c></row>' +
  '<row r="4" hidden="true"><c r="A4"><v>-0</v></c><c r="D4" t="s"><v>2</v></c></row>' +
  "</sheetData>" +
  '<autoFilter ref="A1:D4"/>' +
  '<mergeCells count="2"><mergeCell ref="A6:B6"/><mergeCell ref="C3:D3"/></mergeCells>';

const workbook =
  `<workbook xmlns="${MAIN}" xmlns:r="${R}"><sheets><sheet name="Blad1" sheetId="1" r:id="rId1"/></sheets><definedNames>` +
  '<definedName name="Lokaal" localSheetId="0">Blad1!$A$1</definedName>' +
  '<definedName name="Kapot">Blad1!#REF!</definedName>' +
  '<definedName name="Twee">Blad1!$A$1,Blad1!$B$2</definedName>' +
  '<definedName name="Datum">Blad1!$B$2</definedName>' +
  "</definedNames></workbook>";

const extraParts = [
  { name: "xl/workbook.xml", content: workbook },
  {
    name: "xl/_rels/workbook.xml.rels",
    content:
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      `<Relationship Id="rId1" Type="${R}/worksheet" Target="/xl/worksheets/sheet1.xml"/>` +
      `<Relationship Id="rId2" Type="${R}/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId3" Type="${R}/styles" Target="styles.xml"/></Relationships>`,
  },
  {
    name: "xl/sharedStrings.xml",
    content:
      `<sst xmlns="${MAIN}"><si><t>Oss</t></si><si><r><rPr><b/></rPr><t>20</t></r><r><t>21</t></r><rPh sb="0" eb="1"><t>ignored</t></rPh></si>` +
      "<si><t>line_x000D__x000A_break and _x005F_x0041_ kept</t></si></sst>",
  },
  {
    name: "xl/styles.xml",
    content: `<styleSheet xmlns="${MAIN}"><numFmts count="1"><numFmt numFmtId="170" formatCode="0.00000"/></numFmts><cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="170"/><xf numFmtId="14"/></cellXfs></styleSheet>`,
  },
];

const open = (): XlsxWorkbook =>
  XlsxWorkbook.fromBytes(workbookWithSheet(sheet, extraParts), "lezen.xlsx");

describe("XlsxWorkbook reads cells exactly as the file stores them", () => {
  it("takes shared strings (rich text runs joined, phonetic hints left out), inline strings and formula strings", async () => {
    const range = (await open().read({ kind: "sheet", name: "blad1" }))!;
    expect(range.cells[0]).toEqual([text("Oss"), text("2021"), text("inline "), BLANK]);
    expect(range.cells[1]![3]).toEqual(text("Ossx"));
    expect(range.cells[3]![3]).toEqual(text("line\r\nbreak and _x0041_ kept"));
  });

  it("passes numbers on as the exact text in the file, with their format code", async () => {
    const cells = (await open().read({ kind: "sheet", name: "Blad1" }))!.cells;
    expect(cells[1]![0]).toEqual(num("1.2345678901234567E-3", "0.00000"));
    expect(cells[2]![0]).toEqual(num("123456789012345678901234567890"));
    expect(cells[3]![0]).toEqual(num("-0"));
  });

  it("recognises dates by built-in format 14 and turns ISO date cells into serials", async () => {
    const cells = (await open().read({ kind: "sheet", name: "Blad1" }))!.cells;
    expect(cells[1]![1]).toEqual(num("44378", "mm-dd-yy"));
    expect(isDateFormat((cells[1]![1] as { fmt?: string }).fmt)).toBe(true);
    expect(cells[1]![2]).toEqual(num("44378", "yyyy-mm-dd"));
  });

  it("keeps booleans and error values, and reads an uncalculated formula as blank", async () => {
    const cells = (await open().read({ kind: "sheet", name: "Blad1" }))!.cells;
    expect(cells[2]!.slice(1)).toEqual([{ t: "b", v: false }, { t: "e", v: "#N/A" }, BLANK]);
  });

  it("reports hidden rows, the merges that touch the block, and rows hidden under an autoFilter as a filter", async () => {
    const range = (await open().read({ kind: "sheet", name: "Blad1" }))!;
    expect(range.hiddenRows).toEqual([2, 3]);
    expect(range.merged).toEqual(["C3:D3"]);
    expect(range.filtered).toBe(true);
  });

  it("reads workbook-scoped names only, and only names that point at one area", async () => {
    const workbook = open();
    expect(await workbook.readName("Datum")).toEqual(num("44378", "mm-dd-yy"));
    expect(await workbook.read({ kind: "name", name: "DATUM" })).toMatchObject({
      sheet: "Blad1",
      origin: "B2",
      cells: [[num("44378", "mm-dd-yy")]],
    });
    for (const name of ["Lokaal", "Kapot", "Twee"])
      expect(await workbook.readName(name)).toBeUndefined();
  });

  it("has no selection: a file is not a live host", async () => {
    expect(await open().read({ kind: "selection" })).toBeUndefined();
  });

  it("reads an empty sheet as an empty block", async () => {
    const workbook = XlsxWorkbook.fromBytes(workbookWithSheet("<sheetData/>"), "leeg.xlsx");
    expect(await workbook.read({ kind: "sheet", name: "Blad1" })).toEqual({
      sheet: "Blad1",
      origin: "A1",
      cells: [],
      hiddenRows: [],
      merged: [],
      filtered: false,
    });
  });
});

describe("XlsxWorkbook tells a filter from a hidden row", () => {
  const spec = (filtered: boolean) => ({
    sheets: [
      {
        name: "P",
        cells: [
          [text("Gemeente"), text("2021")],
          [text("Oss"), num("1")],
          [text("Uden"), num("2")],
        ],
        hiddenRows: [2],
      },
    ],
    tables: [{ name: "PBudget", sheet: "P", ref: "A1:B3", filtered }],
  });

  it("a filter criterion on the table is a filter", async () => {
    expect(
      await XlsxWorkbook.fromBytes(buildXlsx(spec(true)), "f.xlsx").read({
        kind: "table",
        name: "PBudget",
      })
    ).toMatchObject({ filtered: true, hiddenRows: [2] });
  });

  it("a row hidden under the table’s filter buttons counts as filtered too, since a file cannot tell", async () => {
    expect(
      await XlsxWorkbook.fromBytes(buildXlsx(spec(false)), "f.xlsx").read({
        kind: "table",
        name: "PBudget",
      })
    ).toMatchObject({ filtered: true, hiddenRows: [2] });
  });

  it("a table without hidden rows and without criteria is not filtered", async () => {
    const plain = { ...spec(false), sheets: [{ ...spec(false).sheets[0]!, hiddenRows: [] }] };
    expect(
      await XlsxWorkbook.fromBytes(buildXlsx(plain), "f.xlsx").read({
        kind: "table",
        name: "PBudget",
      })
    ).toMatchObject({ filtered: false, hiddenRows: [] });
  });
});

describe("zip parts in any order, names in any case", () => {
  it("finds parts case-insensitively and follows absolute relationship targets", async () => {
    const bytes = zipParts([
      {
        name: "xl/worksheets/Sheet1.XML",
        content: `<worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1"><v>5</v></c></row></sheetData></worksheet>`,
      },
      {
        name: "[Content_Types].xml",
        content:
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/>' +
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>',
      },
      {
        name: "xl/workbook.xml",
        content: `<x:workbook xmlns:x="${MAIN}" xmlns:rel="${R}"><x:sheets><x:sheet name="Een" sheetId="1" rel:id="a"/></x:sheets></x:workbook>`,
      },
      {
        name: "xl/_rels/workbook.xml.rels",
        content: `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="a" Type="${R}/worksheet" Target="/xl/worksheets/sheet1.xml"/></Relationships>`,
      },
      {
        name: "_rels/.rels",
        content: `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r" Type="${R}/officeDocument" Target="/xl/workbook.xml"/></Relationships>`,
      },
    ]);
    expect(
      (await XlsxWorkbook.fromBytes(bytes, "x.xlsx").read({ kind: "sheet", name: "Een" }))?.cells
    ).toEqual([[num("5")]]);
  });
});
