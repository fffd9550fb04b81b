import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { buildXlsx } from "../../src/adapters/xlsx/buildXlsx";
import { XlsxWorkbook } from "../../src/adapters/xlsx/xlsxWorkbook";
import { refreshWorkbook } from "../../src/app/refreshWorkbook";
import { refreshCommand } from "../../src/cli/commands/refresh";
import { ibnExampleSpec } from "../../src/demo/ibnExample";
import { OWNED_NAMES } from "../../src/ports/ownedNames";
import { CSV_EVERY_SHEET, LibreOffice } from "../fixtures/libreOffice";
import { expectedFigures, livedInWorkbook } from "../fixtures/livedInWorkbook";
import { repairTriggers } from "../fixtures/repairTriggers";
import { partText, unzipParts } from "../fixtures/zipParts";
import { run, tempDir } from "./annexCli";

/*
 * The language of the owned sheets belongs to the workbook: a run in another language writes
 * in the workbook's, and only --sheet-lang changes it, renaming in place what it says, with
 * every reference people made following the rename (the lived-in workbook's formulas, names,
 * validation, conditional format and chart series), as Excel follows a rename.
 */

const RUN = { runTime: "2026-12-05T22:38:40Z", toolVersion: "test" } as const;
const OWNED_NL = Object.values(OWNED_NAMES).map((o) => o.nl.sheet);
const OWNED_EN = Object.values(OWNED_NAMES).map((o) => o.en.sheet);
/** Words only an English owned sheet has. */
const ENGLISH = /Lump sum|Municipality|Computed on|Rule:|Source:|Check|Place|Total\b|Page/;

async function refreshedBytes(bytes: Uint8Array, options: Parameters<typeof refreshWorkbook>[1]) {
  const workbook = XlsxWorkbook.fromBytes(bytes, "bijlage.xlsx");
  const result = await refreshWorkbook(workbook, options);
  expect(result.written).toBe(true);
  return { bytes: workbook.toBytes(), result };
}

/** Every text of the owned sheets: sheet names, cells, footers. */
function ownedTexts(bytes: Uint8Array, sheets: ReadonlyArray<string>): string[] {
  const parts = unzipParts(bytes);
  const workbook = partText(parts, "xl/workbook.xml");
  const rels = partText(parts, "xl/_rels/workbook.xml.rels");
  return sheets.flatMap((name) => {
    const rId = new RegExp(`<sheet name="${name}" sheetId="\\d+" r:id="(rId\\d+)"`).exec(
      workbook
    )![1];
    const target = new RegExp(`Id="${rId}" Type="[^"]+" Target="([^"]+)"`).exec(rels)![1]!;
    const xml = partText(parts, `xl/${target}`);
    return [
      name,
      ...[...xml.matchAll(/<t[^>]*>([^<]*)<\/t>|<oddFooter>([^<]*)</g)].map((m) => m[1] ?? m[2]!),
    ];
  });
}

const userSheet = (bytes: Uint8Array) => partText(unzipParts(bytes), "xl/worksheets/sheet900.xml");
const userFormulas = (bytes: Uint8Array) =>
  [...userSheet(bytes).matchAll(/<f>([^<]*)<\/f>|<formula1?>([^<]*)<\/formula1?>/g)].map(
    (m) => m[1] ?? m[2]
  );

describe("one language per workbook", () => {
  it("writes a Dutch workbook in Dutch when the run speaks English: the same sheets a Dutch run writes", async () => {
    const { bytes } = await refreshedBytes(buildXlsx(ibnExampleSpec("nl")), RUN);
    const english = await refreshedBytes(bytes, { ...RUN, lang: "en" });
    const dutch = await refreshedBytes(bytes, { ...RUN, lang: "nl" });
    expect(english.bytes).toEqual(dutch.bytes);
    expect(english.result.renames).toEqual([]);
    const texts = ownedTexts(english.bytes, OWNED_NL);
    expect(texts.filter((t) => ENGLISH.test(t))).toEqual([]);
    // The reader's findings and checks are said in English all the same.
    expect(english.result.checks[0]).toMatchObject({ code: "CHECK_ALL_PASSED" });
    expect(english.result.sheetLang).toBe("nl");
  });

  it("puts right a workbook an earlier release wrote with English captions under Dutch headers", async () => {
    const { bytes } = await refreshedBytes(buildXlsx(ibnExampleSpec("nl")), {
      ...RUN,
      lang: "en",
      sheetLang: "nl",
    });
    const files = unzipSync(bytes);
    const item = Object.keys(files).find(
      (n) =>
        /^customXml\/item\d+\.xml$/.test(n) &&
        strFromU8(files[n]!).includes("urn:ibn-lumpsum:annex")
    )!;
    // Such a record stored the captions' language as lang, and no language of the workbook.
    files[item] = strToU8(
      strFromU8(files[item]!).replace(
        /&quot;sheetLang&quot;:&quot;nl&quot;/,
        "&quot;lang&quot;:&quot;en&quot;"
      )
    );
    // And its captions and checks in English, under the Dutch sheet, table and column names.
    for (const name of Object.keys(files).filter((n) => n.startsWith("xl/worksheets/sheet")))
      files[name] = strToU8(
        strFromU8(files[name]!)
          .replace("Controle van de lumpsumtabellen", "Checks of the lump-sum tables")
          .replace(/Berekend op [^<]*/, "Computed on 2025-01-31T09:00:00Z with ibn-lumpsum 0.1.0.")
          .replace("Eindcontrole: alle 10 controles kloppen.", "Checks: all 10 checks pass.")
      );
    const mixed = zipSync(files);
    expect(ownedTexts(mixed, OWNED_NL).filter((t) => ENGLISH.test(t))).toHaveLength(6);
    const again = await refreshedBytes(mixed, RUN);
    expect(again.result.sheetLang).toBe("nl");
    expect(again.result.renames).toEqual([]);
    expect(ownedTexts(again.bytes, OWNED_NL).filter((t) => ENGLISH.test(t))).toEqual([]);
  });

  describe("--sheet-lang on the lived-in workbook", () => {
    let lo: LibreOffice;
    beforeAll(() => {
      lo = new LibreOffice();
    });
    afterAll(() => lo.remove());

    test("renames what it says, in place; every reference follows; the figures stay; and back again", async () => {
      const dir = tempDir();
      const path = join(dir, "bijlage.xlsx");
      const lived = await livedInWorkbook();
      writeFileSync(path, lived);
      const chart = partText(unzipParts(lived), "xl/charts/chart900.xml");
      const english = await run(refreshCommand, dir, path, "--sheet-lang", "en", "--lang", "en");
      expect(english.code).toBe(0);
      expect(english.stdout).toContain(
        "the workbook is now English; renamed (references follow): sheet 'Lumpsum per jaar' → 'Lump sum per year', table LumpsumPerJaar → LumpSumPerYear, column LumpsumPerJaar[Gemeente] → [Municipality]"
      );
      const bytes = new Uint8Array(readFileSync(path));
      expect(repairTriggers(bytes)).toEqual([]);
      expect(ownedTexts(bytes, OWNED_EN).join("\n")).not.toMatch(
        /Lumpsum |Gemeente|Berekend|Regel:|Bron:|Pagina/
      );
      // Each formula as it was, with the names it uses written anew: the same cells, the same columns.
      const renamed = userFormulas(lived).map((f) =>
        f!
          .replace(/'Lumpsum per jaar'/g, "'Lump sum per year'")
          .replace(/'Lumpsum periode'/g, "'Lump sum period'")
          .replace(/LumpsumPerJaar/g, "LumpSumPerYear")
          .replace(/\[Lumpsum 2022\]/g, "[Lump sum 2022]")
          .replace(/\[Gemeente\]/g, "[Municipality]")
      );
      expect(userFormulas(bytes)).toEqual(renamed);
      expect(renamed.filter((f) => /Lumpsum|Gemeente/.test(f))).toEqual([]);
      const workbookXml = partText(unzipParts(bytes), "xl/workbook.xml");
      expect(workbookXml).toContain(
        '<definedName name="TotaalPeriode">LumpSumPeriod[[#Totals],[Period total]]</definedName>'
      );
      expect(workbookXml).toContain(
        '<definedName name="Periode2021">LumpSumPeriod[Lump sum 2021]</definedName>'
      );
      expect(partText(unzipParts(bytes), "xl/charts/chart900.xml")).toContain(
        "<c:f>'Lump sum per year'!$I$7:$I$17</c:f>"
      );
      // LibreOffice, recalculating on load, computes the user's formulas from the renamed tables.
      const figures = await expectedFigures(XlsxWorkbook.fromBytes(lived, "x.xlsx"));
      lo.put("english.xlsx", bytes);
      lo.convert(CSV_EVERY_SHEET, ["english.xlsx"]);
      expect(lo.sheetCsv("english", "Overzicht").map((r) => r[1])).toEqual(figures);

      const dutch = await run(refreshCommand, dir, path, "--sheet-lang", "nl");
      expect(dutch.code).toBe(0);
      const back = new Uint8Array(readFileSync(path));
      expect(userSheet(back)).toBe(userSheet(lived));
      expect(partText(unzipParts(back), "xl/charts/chart900.xml")).toBe(chart);
      expect(repairTriggers(back)).toEqual([]);
    }, 180_000);

    test("refuses a new name a sheet of someone else's has, and leaves the file as it was", async () => {
      const dir = tempDir();
      const path = join(dir, "bijlage.xlsx");
      const lived = await livedInWorkbook();
      const files = unzipSync(lived);
      files["xl/workbook.xml"] = strToU8(
        strFromU8(files["xl/workbook.xml"]!).replace(
          '<sheet name="Overzicht"',
          '<sheet name="Checks"'
        )
      );
      const bytes = zipSync(files);
      writeFileSync(path, bytes);
      const { code, stderr } = await run(
        refreshCommand,
        dir,
        path,
        "--sheet-lang",
        "en",
        "--lang",
        "en"
      );
      expect(code).toBe(1);
      expect(stderr).toContain("Checks");
      expect(new Uint8Array(readFileSync(path))).toEqual(bytes);
    });
  });
});
