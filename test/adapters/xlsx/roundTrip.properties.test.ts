import fc from "fast-check";
import { unzipSync } from "fflate";
import { buildXlsx } from "../../../src/adapters/xlsx/buildXlsx";
import { inflateEntry } from "../../../src/adapters/xlsx/inflateEntry";
import { readZip } from "../../../src/adapters/xlsx/readZip";
import { newEntry, writeZip } from "../../../src/adapters/xlsx/writeZip";
import { XlsxWorkbook } from "../../../src/adapters/xlsx/xlsxWorkbook";
import { decodeSpreadsheetText, encodeSpreadsheetText } from "../../../src/adapters/xlsx/xmlEscape";
import { child, parseXml, textOf } from "../../../src/adapters/xlsx/xmlNode";
import { num, text, type Cell } from "../../../src/ports/cell";
import type { OutputTable } from "../../../src/ports/workbookPort";

// Text as users type it, with what XML and SpreadsheetML escaping must survive mixed in.
const tricky = fc.constantFrom(
  "\u0000",
  "\u0001",
  "\r",
  "\n",
  "\t",
  "_",
  "x",
  "0",
  "4",
  "1",
  "D",
  "&",
  "<",
  ">",
  '"',
  "'",
  "€",
  "é",
  "\uFFFF",
  " ",
  "="
);
const cellText = fc.string({
  unit: fc.oneof(tricky, fc.string({ unit: "grapheme", minLength: 1, maxLength: 1 })),
  maxLength: 24,
});
const decimalText = fc
  .tuple(
    fc.constantFrom("", "-"),
    fc.stringMatching(/^(0|[1-9]\d{0,20})$/),
    fc.option(fc.stringMatching(/^\d{1,12}$/), { nil: undefined })
  )
  .map(
    ([sign, whole, fraction]) => `${sign}${whole}${fraction === undefined ? "" : `.${fraction}`}`
  );

describe("round trips (properties)", () => {
  it("the zip writer and reader agree with each other and with fflate, byte for byte", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(
          fc.tuple(
            fc.stringMatching(/^[a-z][a-z0-9/]{0,12}\.(xml|bin)$/),
            fc.uint8Array({ maxLength: 600 })
          ),
          { selector: ([name]) => name, maxLength: 6 }
        ),
        (files) => {
          const zip = writeZip(files.map(([name, data]) => newEntry(name, data)));
          const read = readZip(zip, "p.zip");
          expect(read.map((e) => e.name)).toEqual(files.map(([name]) => name));
          read.forEach((entry, i) => expect(inflateEntry(entry, "p.zip")).toEqual(files[i]![1]));
          const theirs = unzipSync(zip);
          for (const [name, data] of files) expect(theirs[name]).toEqual(data);
        }
      ),
      { numRuns: 60 }
    );
  });

  it("any text and any decimal written by buildXlsx read back exactly (shared strings)", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(cellText, decimalText), { minLength: 1, maxLength: 8 }),
        async (pairs) => {
          const cells: Cell[][] = pairs.map(([s, n]) => [text(s), num(n)]);
          const workbook = XlsxWorkbook.fromBytes(
            buildXlsx({ sheets: [{ name: "S", cells: [[text("Kop"), text("Getal")], ...cells] }] }),
            "p.xlsx"
          );
          const read = await workbook.read({ kind: "sheet", name: "S" });
          expect(read!.cells.slice(1)).toEqual(cells);
        }
      ),
      { numRuns: 80 }
    );
  });

  it("any text and any decimal written to an output table read back exactly (inline strings)", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(cellText, decimalText), { minLength: 1, maxLength: 8 }),
        async (pairs) => {
          const output: OutputTable = {
            sheet: "Uit",
            table: "Uit",
            caption: [],
            columns: [
              { header: "Naam", format: "text" },
              { header: "Bedrag", format: "decimal" },
            ],
            rows: pairs.map(([s, n]) => [text(s), num(n)]),
          };
          const workbook = XlsxWorkbook.fromBytes(
            buildXlsx({ sheets: [{ name: "S", cells: [[text("x")]] }] }),
            "p.xlsx"
          );
          await workbook.write([output], "{}");
          const read = await XlsxWorkbook.fromBytes(workbook.toBytes(), "p.xlsx").read({
            kind: "table",
            name: "Uit",
          });
          expect(read!.cells.slice(1)).toEqual(pairs.map(([s, n]) => [text(s), num(n)]));
        }
      ),
      { numRuns: 80 }
    );
  });
});

describe("SpreadsheetML text escaping (vectors)", () => {
  const throughXml = (s: string): string =>
    decodeSpreadsheetText(textOf(child(parseXml(`<t>${encodeSpreadsheetText(s)}</t>`), "t")));
  it.each([
    ["a literal escape stays literal", "_x0041_", "_x005F_x0041_"],
    ["a literal escape closed by a control character", "_x0041\u0001", "_x005F_x0041_x0001_"],
    ["CR survives XML line-end normalisation", "a\r\nb", "a_x000D_\nb"],
    ["characters XML cannot hold", "\u0000\uFFFF", "_x0000__xFFFF_"],
    ["markup characters", '<&>"', "&lt;&amp;&gt;&quot;"],
  ])("%s", (_what, value, encoded) => {
    expect(encodeSpreadsheetText(value)).toBe(encoded);
    expect(throughXml(value)).toBe(value);
  });
});
