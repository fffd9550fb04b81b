import { readZip } from "../../../src/adapters/xlsx/readZip";
import { XlsxWorkbook } from "../../../src/adapters/xlsx/xlsxWorkbook";
import type { OutputTable } from "../../../src/ports/workbookPort";
import {
  PRESERVATION_PARTS,
  preservationWorkbook,
  SHARED_PARTS,
} from "../../fixtures/preservationWorkbook";
import { checkOutput, FIGURES_A, FIGURES_B, perYearOutput } from "../../fixtures/sampleOutputs";
import { partText, unzipParts } from "../../fixtures/zipParts";
import { appendedOnly } from "./appendedOnly";

const SETTINGS = '{"bron":"PBudget","decimalen":0}';

async function refresh(
  bytes: Uint8Array,
  outputs: ReadonlyArray<OutputTable>,
  settings = SETTINGS
): Promise<Uint8Array> {
  const workbook = XlsxWorkbook.fromBytes(bytes, "bijlage.xlsm");
  await workbook.write(outputs, settings);
  return workbook.toBytes();
}

const rawBytes = (bytes: Uint8Array): Map<string, Uint8Array> =>
  new Map(readZip(bytes, "x").map((e) => [e.name, e.raw]));

describe("a refresh patches the package part by part", () => {
  const original = preservationWorkbook();
  const before = unzipParts(original);
  const foreign = PRESERVATION_PARTS.map((p) => p.name).filter(
    (name) => !SHARED_PARTS.includes(name)
  );
  let first: Uint8Array;
  let second: Uint8Array;
  let third: Uint8Array;

  beforeAll(async () => {
    first = await refresh(original, [perYearOutput(FIGURES_A), checkOutput]);
    second = await refresh(first, [perYearOutput(FIGURES_A), checkOutput]);
    third = await refresh(
      second,
      [perYearOutput(FIGURES_B), checkOutput],
      '{"bron":"PBudget","decimalen":2}'
    );
  });

  it("keeps every part it does not own byte-identical, stored bytes included, through every refresh", () => {
    expect(foreign).toHaveLength(PRESERVATION_PARTS.length - SHARED_PARTS.length);
    const originalRaw = rawBytes(original);
    for (const bytes of [first, second, third]) {
      const after = unzipParts(bytes);
      const afterRaw = rawBytes(bytes);
      for (const name of foreign) {
        expect([
          name,
          Buffer.from(after.get(name)!).equals(Buffer.from(before.get(name)!)),
        ]).toEqual([name, true]);
        expect([
          name,
          Buffer.from(afterRaw.get(name)!).equals(Buffer.from(originalRaw.get(name)!)),
        ]).toEqual([name, true]);
      }
    }
  });

  it("keeps the entries in their order and appends its own at the end", () => {
    const names = [...unzipParts(first).keys()];
    expect(names.slice(0, before.size)).toEqual([...before.keys()]);
    expect(names.slice(before.size)).toEqual([
      "xl/worksheets/sheet4.xml",
      "xl/tables/table2.xml",
      "xl/worksheets/_rels/sheet4.xml.rels",
      "xl/worksheets/sheet5.xml",
      "xl/tables/table3.xml",
      "xl/worksheets/_rels/sheet5.xml.rels",
      "customXml/item2.xml",
      "customXml/itemProps2.xml",
      "customXml/_rels/item2.xml.rels",
    ]);
  });

  it("only appends to the shared parts: every existing entry stays, in place, byte for byte", () => {
    const after = unzipParts(first);
    for (const name of SHARED_PARTS) {
      const diff = appendedOnly(partText(before, name), partText(after, name));
      expect([name, diff.missing, diff.misplaced]).toEqual([name, [], []]);
      expect([name, diff.inserted.length > 0]).toEqual([name, true]);
    }
    expect(partText(after, "xl/workbook.xml")).toContain(
      '<calcPr calcId="191029" fullCalcOnLoad="1"/>'
    );
    expect(partText(after, "xl/workbook.xml")).toContain(
      '<sheet name="Lumpsum per jaar" sheetId="4" r:id="rId10"/><sheet name="Controle" sheetId="5" r:id="rId11"/></sheets>'
    );
  });

  it("changes no byte on a second refresh with the same outputs", () => {
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
  });

  it("replaces only what it owns when the figures change, keeping part names, ids and styles", () => {
    const a = unzipParts(second);
    const b = unzipParts(third);
    expect([...b.keys()]).toEqual([...a.keys()]);
    const changed = [...a.keys()].filter(
      (name) => !Buffer.from(a.get(name)!).equals(Buffer.from(b.get(name)!))
    );
    expect(changed.sort()).toEqual([
      "customXml/item2.xml",
      "xl/tables/table2.xml",
      "xl/worksheets/sheet4.xml",
    ]);
    expect(partText(b, "xl/tables/table2.xml")).toMatch(
      /^[^]*<table [^>]*id="2" name="Lumpsum_per_jaar" displayName="Lumpsum_per_jaar" ref="A4:D9" totalsRowCount="1">/
    );
  });

  it("reads back what it wrote and what was there, through a fresh adapter", async () => {
    const workbook = XlsxWorkbook.fromBytes(third, "bijlage.xlsm");
    const out = await workbook.read({ kind: "table", name: "Lumpsum_per_jaar" });
    expect(out?.cells.slice(1).map((row) => row[1])).toEqual(
      FIGURES_B.map(([, amount]) => expect.objectContaining({ t: "n", v: amount }))
    );
    expect(out?.totalsRow?.[1]).toMatchObject({ t: "n", v: "1482991" });
    expect(await workbook.readSettings()).toBe('{"bron":"PBudget","decimalen":2}');
    const input = await workbook.read({ kind: "table", name: "PBudget" });
    expect(input?.cells[1]).toEqual([
      { t: "s", v: "Oss" },
      { t: "n", v: "1883249", fmt: "#,##0" },
      { t: "n", v: "2074757", fmt: "#,##0" },
    ]);
  });
});
