import { syntheticAnnex } from "../../../bench/syntheticAnnex";
import { buildXlsx } from "../../../src/adapters/xlsx/buildXlsx";
import { XlsxWorkbook } from "../../../src/adapters/xlsx/xlsxWorkbook";
import { refreshWorkbook } from "../../../src/app/refreshWorkbook";
import { ibnExampleSpec } from "../../../src/demo/ibnExample";
import { text } from "../../../src/ports/cell";
import type { WorkbookSpec } from "../../../src/ports/workbookSpec";
import { LibreOffice, pdfPages, pdfPageSizes } from "../../fixtures/libreOffice";
import { repairTriggers } from "../../fixtures/repairTriggers";
import { withBudget } from "../../fixtures/staleOutput";

/*
 * What a controller hands the council: the refreshed annex printed whole, here through
 * LibreOffice's PDF export on a Dutch machine (Carlito stands in for Calibri when
 * fonts-crosextra-carlito is installed, as in CI), read back page by page with poppler's pdftotext.
 */

const RUN = { runTime: "2026-12-05T22:38:40Z", toolVersion: "test" } as const;
const OWNED = ["Lumpsum per jaar", "Lumpsum periode", "Lumpsum na herindeling", "Controle"];
/** The footer line every owned page ends with: sheet, page x of y, the run in Dutch time. */
const FOOTER = /^\s*(\S.*?)\s{2,}Pagina (\d+) van (\d+)\s{2,}5 december 2026, 23:38\s*$/m;

async function refreshed(spec: WorkbookSpec | Uint8Array): Promise<Uint8Array> {
  const bytes = spec instanceof Uint8Array ? spec : buildXlsx(spec);
  const workbook = XlsxWorkbook.fromBytes(bytes, "bijlage.xlsx");
  const result = await refreshWorkbook(workbook, RUN);
  expect(result.written).toBe(true);
  return workbook.toBytes();
}

describe("the refreshed annex printed through LibreOffice", () => {
  let lo: LibreOffice;
  const files: Record<string, Uint8Array> = {};
  const pages = (name: string) => pdfPages(lo.output(`${name}.pdf`));
  /** The owned sheet each page belongs to, by its footer (undefined: an input sheet's page). */
  const footers = (name: string) => pages(name).map((page) => FOOTER.exec(page));

  beforeAll(async () => {
    lo = new LibreOffice("nl-NL");
    files.bijlage = await refreshed(ibnExampleSpec("nl"));
    files.tweemaal = await refreshed(files.bijlage);
    files.waarschuwingen = await refreshed(
      withBudget(ibnExampleSpec("nl"), "Oss", text("1.883.249"))
    );
    files.groot = await refreshed(syntheticAnnex(90, 2, 7));
    for (const [name, bytes] of Object.entries(files)) lo.put(`${name}.xlsx`, bytes);
    lo.convert(
      "pdf",
      Object.keys(files).map((name) => `${name}.xlsx`)
    );
  }, 180_000);
  afterAll(() => lo.remove());

  it("prints each owned sheet of the 11-municipality example on one page, with its footer", () => {
    for (const name of ["bijlage", "tweemaal", "waarschuwingen"]) {
      const found = footers(name).flatMap((m) => (m ? [m[1]] : []));
      expect(found).toEqual(OWNED);
      const all = footers(name);
      all.forEach((m, k) => m && expect([m[2], m[3]]).toEqual([String(k + 1), String(all.length)]));
    }
  });

  it("turns the wide tables to landscape, and fits every page on A4", () => {
    const sizes = pdfPageSizes(lo.output("bijlage.pdf"));
    const owned = footers("bijlage").flatMap((m, k) => (m ? [[m[1], sizes[k]!] as const] : []));
    const landscape = owned.filter(([, [w, h]]) => w > h).map(([sheet]) => sheet);
    expect(landscape).toEqual(["Lumpsum per jaar", "Lumpsum na herindeling"]);
    for (const [, [w, h]] of owned)
      expect([Math.round(Math.min(w, h)), Math.round(Math.max(w, h))]).toEqual([595, 842]);
  });

  it("repeats a long table's header on every page it prints on", () => {
    const perYear = pages("groot").filter((page) => FOOTER.exec(page)?.[1] === "Lumpsum per jaar");
    expect(perYear.length).toBeGreaterThan(1);
    for (const page of perYear) expect(page).toMatch(/^\s*Gemeente\s+P-budget 2021\s+Aandeel/m);
  });

  it("prints every caption and check whole: no word cut at the edge, no euro sign apart from its amount", () => {
    // The page's text in reading order, the status column's words (beside a check's lines) left out.
    const flat = (s: string) => s.replace(/\s+/g, " ").replace(/ (OK|Waarschuwing)(?= )/g, "");
    for (const name of ["bijlage", "waarschuwingen"]) {
      const owned = pages(name).filter((page) => FOOTER.test(page));
      for (const page of owned) expect(page).not.toMatch(/€\s*$/m);
      const perYear = flat(owned[0]!);
      expect(perYear).toContain(
        "Regel: bedrag = totaal × P-budget ÷ som van de P-budgetten, exact gerekend en afgerond op € 1 met de grootste-overschotmethode (Hamilton), zodat de bedragen precies optellen tot het totaal; het totaal is half van nul af afgerond."
      );
      expect(flat(owned[3]!)).toContain(
        "Periode: grootste afwijking van een bedrag per jaardeel tot zijn exacte waarde is € 0,55 (moet kleiner zijn dan € 1)."
      );
    }
    const place = " 'P-budget'!B12: tabel PBudget, rij Oss, kolom 2021";
    const controle = flat(pages("waarschuwingen").find((p) => FOOTER.exec(p)?.[1] === "Controle")!);
    expect(controle).toContain(place);
    expect(controle.replace(place, "")).toContain(
      'Getal opgeslagen als tekst: "1.883.249" is gelezen als 1.883.249; maak er een getal van.'
    );
  });

  it("shows the figures in the workbook's convention and leaves packages Excel opens without repair", () => {
    expect(pages("bijlage").join("")).toMatch(/€ 1\.883\.249\s+42,4079%\s+€ 952\.620\s+50,58%/);
    for (const bytes of Object.values(files)) expect(repairTriggers(bytes)).toEqual([]);
  });
});
