import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { buildXlsx } from "../../../src/adapters/xlsx/buildXlsx";
import { openXlsxFile } from "../../../src/adapters/xlsx/openXlsxFile";
import { OWNED_RECORD_NAMESPACE } from "../../../src/adapters/xlsx/ownedRecord";
import { XlsxWorkbook } from "../../../src/adapters/xlsx/xlsxWorkbook";
import { num, text } from "../../../src/ports/cell";
import type { OutputTable } from "../../../src/ports/workbookPort";
import { workbookWithSheet } from "../../fixtures/hostileFiles";
import { checkOutput, FIGURES_A, perYearOutput } from "../../fixtures/sampleOutputs";
import { partText, unzipParts } from "../../fixtures/zipParts";

const input = () =>
  buildXlsx({
    sheets: [
      {
        name: "Invoer",
        cells: [
          [text("Gemeente"), text("2021")],
          [text("Oss"), num("1883249")],
        ],
      },
    ],
    tables: [{ name: "PBudget", sheet: "Invoer", ref: "A1:B2" }],
  });

async function written(
  bytes: Uint8Array,
  outputs: ReadonlyArray<OutputTable>,
  settings = "{}"
): Promise<Uint8Array> {
  const workbook = XlsxWorkbook.fromBytes(bytes, "bijlage.xlsx");
  await workbook.write(outputs, settings);
  return workbook.toBytes();
}

/** The package with one part's text changed (or added), as a user's edit in Excel would leave it. */
function edited(bytes: Uint8Array, part: string, change: (xml: string) => string): Uint8Array {
  const parts = unzipSync(bytes);
  parts[part] = strToU8(change(parts[part] ? strFromU8(parts[part]) : ""));
  return zipSync(parts);
}

describe("XlsxWorkbook writes its output sheets", () => {
  it("stores strings inline, in the Text format, and never touches the shared strings", async () => {
    const before = input();
    const after = unzipParts(await written(before, [checkOutput]));
    expect(after.get("xl/sharedStrings.xml")).toEqual(
      unzipParts(before).get("xl/sharedStrings.xml")
    );
    const sheet = partText(after, "xl/worksheets/sheet2.xml");
    expect(sheet).not.toContain("<f>");
    const cell =
      /<c r="A5" s="(\d+)" t="inlineStr"><is><t xml:space="preserve">=1\+1<\/t><\/is><\/c>/.exec(
        sheet
      );
    expect(cell).not.toBeNull();
    // Text (numFmtId 49), so editing the cell in Excel keeps "=1+1" as text.
    const cellXfs = /<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(
      partText(after, "xl/styles.xml")
    )![1]!;
    const xfs = [...cellXfs.matchAll(/<xf [^>]*?(?:\/>|>.*?<\/xf>)/g)].map((m) => m[0]);
    expect(xfs[Number(cell![1])]).toContain('numFmtId="49"');
  });

  it("keeps its record in a custom XML part of its own namespace, settings included verbatim", async () => {
    const settings = '{"note":"<&>\\"\u0001 _x0041_ é"}';
    const bytes = await written(input(), [checkOutput], settings);
    const record = partText(unzipParts(bytes), "customXml/item1.xml");
    expect(record).toMatch(
      new RegExp(
        `^<lumpsum xmlns="${OWNED_RECORD_NAMESPACE}" run="[0-9a-f]{16}"><output sheet="Controle" table="Controle" ref="A3:C6" caption="1" sheetId="2" tableId="2" hash="[0-9a-f]{16}"><column name="Controle"/><column name="Status"/><column name="Verschil"/></output><settings>`
      )
    );
    expect(await XlsxWorkbook.fromBytes(bytes, "x.xlsx").readSettings()).toBe(settings);
  });

  it("removes an owned sheet no longer written, and keeps later sheets’ scoped names and the active tab on their sheet", async () => {
    const first = await written(input(), [perYearOutput(FIGURES_A), checkOutput]);
    const withNotes = edited(
      edited(
        edited(first, "xl/worksheets/sheet90.xml", () =>
          partText(unzipParts(first), "xl/worksheets/sheet1.xml")
        ),
        "xl/workbook.xml",
        (xml) =>
          xml
            .replace("</sheets>", '<sheet name="Notities" sheetId="9" r:id="rId90"/></sheets>')
            .replace("<workbookView/>", '<workbookView activeTab="3"/>')
            .replace(
              "</definedNames>",
              '<definedName name="Notitie" localSheetId="3">Notities!$A$1</definedName></definedNames>'
            )
      ),
      "xl/_rels/workbook.xml.rels",
      (xml) =>
        xml.replace(
          "</Relationships>",
          '<Relationship Id="rId90" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet90.xml"/></Relationships>'
        )
    );
    const second = unzipParts(await written(withNotes, [perYearOutput(FIGURES_A)]));
    const workbookXml = partText(second, "xl/workbook.xml");
    expect(workbookXml).not.toContain("Controle");
    expect(workbookXml).toContain('<workbookView activeTab="2"/>');
    expect(workbookXml).toContain(
      '<definedName name="Notitie" localSheetId="2">Notities!$A$1</definedName>'
    );
    expect(second.has("xl/worksheets/sheet3.xml")).toBe(false);
    expect(second.has("xl/tables/table3.xml")).toBe(false);
    expect(partText(second, "[Content_Types].xml")).not.toMatch(/sheet3\.xml|table3\.xml/);
    expect(partText(second, "xl/_rels/workbook.xml.rels")).not.toContain("worksheets/sheet3.xml");
    const reopened = XlsxWorkbook.fromBytes(zipSync(Object.fromEntries(second)), "x.xlsx");
    expect(await reopened.read({ kind: "sheet", name: "Controle" })).toBeUndefined();
    expect(await reopened.read({ kind: "table", name: "Lumpsum_per_jaar" })).toBeDefined();
  });

  it("changes nothing when a write is refused, whatever the reason", async () => {
    const user = buildXlsx({ sheets: [{ name: "Controle", cells: [[text("mijn")]] }] });
    const workbook = XlsxWorkbook.fromBytes(user, "x.xlsx");
    await expect(
      workbook.write([perYearOutput(FIGURES_A), checkOutput], "{}")
    ).rejects.toMatchObject({
      issue: { code: "PKG_SHEET_NOT_OWNED", where: { file: "x.xlsx", sheet: "Controle" } },
    });
    await expect(
      workbook.write([{ ...checkOutput, sheet: "Elders", table: "A1" }], "{}")
    ).rejects.toMatchObject({ code: "OUTPUT_INVALID" });
    await expect(
      workbook.write(
        [{ ...checkOutput, sheet: "Elders", rows: [[text("x"), text("y"), num("1,5")]] }],
        "{}"
      )
    ).rejects.toMatchObject({ code: "OUTPUT_INVALID" });
    expect(Buffer.from(workbook.toBytes()).equals(Buffer.from(user))).toBe(true);
  });

  it("writes into a workbook with prefixed SpreadsheetML and no styles part, in its own prefixes", async () => {
    const prefixed = workbookWithSheet("<sheetData/>", [
      {
        name: "xl/workbook.xml",
        content:
          '<x:workbook xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:rel="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
          '<x:sheets><x:sheet name="Blad1" sheetId="1" rel:id="rId1"/></x:sheets></x:workbook>',
      },
    ]);
    const after = unzipParts(await written(prefixed, [checkOutput]));
    const workbookXml = partText(after, "xl/workbook.xml");
    expect(workbookXml).toContain(
      '<x:sheet name="Controle" sheetId="2" rel:id="rId3"/></x:sheets><x:definedNames><x:definedName name="_xlnm.Print_Titles" localSheetId="1">\'Controle\'!$3:$3</x:definedName></x:definedNames><x:calcPr fullCalcOnLoad="1"/></x:workbook>'
    );
    expect(partText(after, "xl/_rels/workbook.xml.rels")).toContain('Target="styles1.xml"');
    const read = await XlsxWorkbook.fromBytes(zipSync(Object.fromEntries(after)), "x.xlsx").read({
      kind: "table",
      name: "Controle",
    });
    expect(read?.cells[1]).toEqual([
      text("Rijen tellen op tot het totaal"),
      text("OK"),
      num("0", '"€" #,##0.00;"€" -#,##0.00'),
    ]);
  });

  it("writes the same parts from a file opened in Node (native deflate) as from bytes (portable deflate)", async () => {
    const dir = mkdtempSync(join(tmpdir(), "lumpsum-deflate-"));
    try {
      writeFileSync(join(dir, "bijlage.xlsx"), input());
      const fromFile = await openXlsxFile(join(dir, "bijlage.xlsx"));
      await fromFile.write([perYearOutput(FIGURES_A), checkOutput], "{}");
      const native = fromFile.toBytes();
      const portable = await written(input(), [perYearOutput(FIGURES_A), checkOutput]);
      expect(native).not.toEqual(portable);
      expect(unzipParts(native)).toEqual(unzipParts(portable));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
