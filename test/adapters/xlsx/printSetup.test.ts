import { XMLParser } from "fast-xml-parser";
import { strToU8, unzipSync, zipSync } from "fflate";
import { buildXlsx } from "../../../src/adapters/xlsx/buildXlsx";
import { XlsxWorkbook } from "../../../src/adapters/xlsx/xlsxWorkbook";
import { refreshWorkbook } from "../../../src/app/refreshWorkbook";
import { ibnExampleSpec } from "../../../src/demo/ibnExample";
import { repairTriggers } from "../../fixtures/repairTriggers";
import { partText, unzipParts } from "../../fixtures/zipParts";

/*
 * The print setup of the owned sheets as the file holds it, read with a parser of its own (not
 * the adapter's): what Excel reads when it prints the annex.
 */

const RUN = { runTime: "2026-12-05T22:38:40Z", toolVersion: "test" } as const;
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "",
  removeNSPrefix: true,
  parseTagValue: false,
  isArray: (name) =>
    ["sheet", "definedName", "mergeCell", "hyperlink", "xf", "c", "row"].includes(name),
});
type Node = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

async function refreshed(bytes: Uint8Array): Promise<Uint8Array> {
  const workbook = XlsxWorkbook.fromBytes(bytes, "bijlage.xlsx");
  expect((await refreshWorkbook(workbook, RUN)).written).toBe(true);
  return workbook.toBytes();
}

/** The parts of a package, parsed, with each sheet's part by its name. */
function read(bytes: Uint8Array) {
  const parts = unzipParts(bytes);
  const xml = (name: string): Node => parser.parse(partText(parts, name));
  const workbook = xml("xl/workbook.xml").workbook as Node;
  const rels = xml("xl/_rels/workbook.xml.rels").Relationships.Relationship as Node[];
  const sheets = (workbook.sheets.sheet as Node[]).map((s) => ({
    name: s.name as string,
    part: `xl/${rels.find((r) => r.Id === s.id)!.Target}`,
  }));
  const sheet = (name: string): Node => xml(sheets.find((s) => s.name === name)!.part).worksheet;
  const xfs = xml("xl/styles.xml").styleSheet.cellXfs.xf as Node[];
  return { parts, workbook, sheets, sheet, xfs };
}

const OWNED = {
  "Lumpsum per jaar": { header: 6, landscape: true, width: "J" },
  "Lumpsum periode": { header: 6, landscape: false, width: "E" },
  "Lumpsum na herindeling": { header: 6, landscape: true, width: "G" },
  Controle: { header: 5, landscape: false, width: "C" },
} as const;

describe("the owned sheets, set up to print", () => {
  let first: Uint8Array;
  beforeAll(async () => {
    first = await refreshed(buildXlsx(ibnExampleSpec("nl")));
  });

  it("fit one A4 page wide, in landscape where the table is wide, with the sheet, page x of y and the run's Dutch time in the footer", () => {
    const { sheet } = read(first);
    for (const [name, expected] of Object.entries(OWNED)) {
      const ws = sheet(name);
      expect(ws.sheetPr.pageSetUpPr.fitToPage).toBe("1");
      expect(ws.pageSetup).toMatchObject({
        paperSize: "9",
        fitToWidth: "1",
        fitToHeight: "0",
        orientation: expected.landscape ? "landscape" : "portrait",
      });
      expect(ws.headerFooter.oddFooter).toBe(`&L${name}&CPagina &P van &N&R5 december 2026, 23:38`);
    }
  });

  it("repeat each table's header row on every page (Excel's print titles, one per sheet)", () => {
    const { workbook, sheets } = read(first);
    const titles = (workbook.definedNames.definedName as Node[]).filter(
      (n) => n.name === "_xlnm.Print_Titles"
    );
    expect(titles.map((n) => [sheets[Number(n.localSheetId)]!.name, n["#text"]]).sort()).toEqual(
      Object.entries(OWNED)
        .map(([name, o]) => [name, `'${name}'!$${o.header}:$${o.header}`])
        .sort()
    );
  });

  it("merge each caption line across its table and size its row; numeric headers stand right over their numbers", () => {
    const { sheet, xfs } = read(first);
    for (const [name, o] of Object.entries(OWNED)) {
      const ws = sheet(name);
      const lines = o.header - 2;
      expect((ws.mergeCells.mergeCell as Node[]).map((m) => m.ref)).toEqual(
        Array.from({ length: lines }, (_, k) => `A${k + 1}:${o.width}${k + 1}`)
      );
      const rows = ws.sheetData.row as Node[];
      for (const row of rows.filter((r) => Number(r.r) <= lines))
        expect([row.customHeight, Number(row.ht) % 15]).toEqual(["1", 0]);
      const header = rows.find((r) => Number(r.r) === o.header)!.c as Node[];
      const aligned = header.map((c) => xfs[Number(c.s)]!.alignment?.horizontal ?? "general");
      const numeric =
        name === "Controle"
          ? []
          : header.filter((c) => /\d{4}|periode/.test(c.is.t["#text"] ?? c.is.t));
      expect(aligned.filter((a) => a === "right")).toHaveLength(numeric.length);
    }
  });

  it("writes the same print setup again on a second refresh, nothing doubled", async () => {
    const second = await refreshed(first);
    const [a, b] = [read(first), read(second)];
    for (const { name, part } of a.sheets)
      if (name in OWNED) expect(partText(b.parts, part)).toBe(partText(a.parts, part));
    expect(partText(b.parts, "xl/workbook.xml")).toBe(partText(a.parts, "xl/workbook.xml"));
    expect(repairTriggers(second)).toEqual([]);
  });

  it("merges a caption line only over free cells, and keeps a person's merges, links, notes and page header", async () => {
    const { sheets } = read(first);
    const part = sheets.find((s) => s.name === "Lumpsum per jaar")!.part;
    const files = unzipSync(first);
    // As an earlier release left the sheet (no merges), with what a person added since.
    const xml = new TextDecoder()
      .decode(files[part])
      .replace(
        /<mergeCells[^]*?<\/mergeCells>/,
        '<mergeCells count="1"><mergeCell ref="E3:F3"/></mergeCells>'
      )
      .replace(
        /(<row r="2"[^>]*>[^]*?)(<\/row>)/,
        '$1<c r="C2" t="inlineStr"><is><t>Nagekeken</t></is></c>$2'
      )
      .replace(
        /<hyperlinks>[^]*?<\/hyperlinks>|(?=<printOptions|<pageMargins)/,
        '<hyperlinks><hyperlink ref="S10" location="\'P-budget\'!A1"/></hyperlinks>'
      )
      .replace(/<headerFooter>/, "<headerFooter><oddHeader>&amp;CConcept</oddHeader>");
    files[part] = strToU8(xml);
    const bytes = await refreshed(zipSync(files));
    const after = read(bytes);
    const ws = after.sheet("Lumpsum per jaar");
    expect((ws.mergeCells.mergeCell as Node[]).map((m) => m.ref).sort()).toEqual(
      ["A1:J1", "A2:B2", "A3:D3", "A4:J4", "E3:F3"].sort()
    );
    const row2 = (ws.sheetData.row as Node[]).find((r) => r.r === "2")!;
    expect((row2.c as Node[]).find((c) => c.r === "C2")!.is.t).toBe("Nagekeken");
    expect((ws.hyperlinks.hyperlink as Node[]).map((h) => h.ref)).toEqual(["S10"]);
    expect(ws.headerFooter.oddHeader).toBe("&CConcept");
    expect(repairTriggers(bytes)).toEqual([]);
  });
});
