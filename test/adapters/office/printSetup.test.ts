import { OfficeWorkbook } from "../../../src/adapters/office/officeWorkbook";
import { refreshWorkbook } from "../../../src/app/refreshWorkbook";
import { ibnExampleSpec } from "../../../src/demo/ibnExample";
import { formatRange, type RangeRef } from "../../../src/ports/a1";
import { text } from "../../../src/ports/cell";
import { withBudget } from "../../fixtures/staleOutput";
import { ExcelMock } from "./excelMock";
import { linkAt, lookAt } from "./mockSheetLook";
import { MockWorkbook } from "./mockWorkbook";

/*
 * The add-in sets the owned sheets up to print as the file gets them (printSetup.test.ts in the
 * xlsx adapter's tests): through Office.js's PageLayout, merges, formats and hyperlinks, on a
 * mock that refuses what Excel refuses (print titles that are not whole rows, footer codes Excel
 * does not know, merges over a table or part of a merged area, rows above 409 points).
 */

const at = (run: string) => ({ runTime: run, toolVersion: "test" });

async function refreshed(mock: ExcelMock, run: string): Promise<void> {
  const result = await refreshWorkbook(new OfficeWorkbook(mock.run), at(run));
  expect(result.issues.filter((i) => i.severity === "error")).toEqual([]);
  expect(result.written).toBe(true);
}

const mergedOn = (wb: MockWorkbook, sheet: string) =>
  wb.sheet(sheet).merged.map(formatRange).sort();

describe("the add-in sets the owned sheets up to print", () => {
  it("A4, one page wide, landscape where wide, the header row on every page, the footer; captions merged and sized; numbers' headers right; checks wrapped; places linked", async () => {
    const mock = new ExcelMock(
      MockWorkbook.fromSpec(withBudget(ibnExampleSpec("nl"), "Oss", text("1.883.249")))
    );
    await refreshed(mock, "2026-12-05T22:38:40Z");
    const wb = mock.workbook;
    const expected = {
      "Lumpsum per jaar": { landscape: true, header: 6, last: "J" },
      "Lumpsum periode": { landscape: false, header: 6, last: "E" },
      "Lumpsum na herindeling": { landscape: true, header: 6, last: "G" },
      // With a warning's place beside the checks, Controle is too wide for portrait.
      Controle: { landscape: true, header: 5, last: "C" },
    };
    for (const [name, o] of Object.entries(expected)) {
      const sheet = wb.sheet(name);
      expect(sheet.layout).toMatchObject({
        paperSize: "A4",
        orientation: o.landscape ? "Landscape" : "Portrait",
        zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
        titleRows: `$${o.header}:$${o.header}`,
        footer: {
          leftFooter: name,
          centerFooter: "Pagina &P van &N",
          rightFooter: "5 december 2026, 23:38",
        },
      });
      expect(mergedOn(wb, name)).toEqual(
        Array.from({ length: o.header - 2 }, (_, k) => `A${k + 1}:${o.last}${k + 1}`)
      );
      for (let r = 0; r < o.header - 2; r++) {
        expect(lookAt(sheet, r, 0)).toMatchObject({ wrap: true, vertical: "Top" });
        expect(sheet.rowHeights.get(r)! % 15).toBe(0);
      }
    }
    const perYear = wb.sheet("Lumpsum per jaar");
    expect([0, 1, 2, 9].map((c) => lookAt(perYear, 5, c).horizontal)).toEqual([
      "General",
      "General",
      "Right",
      "Right",
    ]);
    const controle = wb.sheet("Controle");
    expect(lookAt(controle, 6, 0)).toMatchObject({ wrap: true, vertical: "Top" });
    const places = [...controle.links.entries()];
    expect(places).toEqual([[expect.stringMatching(/^\d+,2$/), "'P-budget'!B12"]]);
    const [row] = places[0]![0].split(",").map(Number);
    expect(wb.valueOf(controle, row!, 2)).toBe(
      "'P-budget'!B12: tabel PBudget, rij Oss, kolom 2021"
    );
  });

  it("rewrites the setup in place, nothing doubled, and undo brings back the footer it replaced", async () => {
    const mock = new ExcelMock(
      MockWorkbook.fromSpec(withBudget(ibnExampleSpec("nl"), "Oss", text("1.883.249")))
    );
    await refreshed(mock, "2026-12-05T22:38:40Z");
    const wb = mock.workbook;
    const before = mergedOn(wb, "Lumpsum per jaar");
    await refreshed(mock, "2026-12-06T08:00:00Z");
    expect(mergedOn(wb, "Lumpsum per jaar")).toEqual(before);
    expect(wb.sheet("Controle").links.size).toBe(1);
    expect(wb.sheet("Controle").layout.footer.rightFooter).toBe("6 december 2026, 09:00");
    await new OfficeWorkbook(mock.run).undoLastRefresh();
    expect(wb.sheet("Controle").layout.footer.rightFooter).toBe("5 december 2026, 23:38");
  });

  it("merges a caption line only over free cells: a person's note beside it stays", async () => {
    const mock = new ExcelMock(MockWorkbook.fromSpec(ibnExampleSpec("nl")));
    await refreshed(mock, "2026-12-05T22:38:40Z");
    const wb = mock.workbook;
    const sheet = wb.sheet("Lumpsum per jaar");
    // As an earlier release left the sheet (captions not merged), with a note typed beside the rule.
    const caption: RangeRef = { start: { row: 0, col: 0 }, end: { row: 3, col: 9 } };
    wb.unmergeCells(sheet.id, caption);
    const c2: RangeRef = { start: { row: 1, col: 2 }, end: { row: 1, col: 2 } };
    wb.setValues(sheet.id, c2, [["Nagekeken"]]);
    await refreshed(mock, "2026-12-06T08:00:00Z");
    expect(mergedOn(wb, "Lumpsum per jaar")).toEqual(["A1:J1", "A2:B2", "A3:J3", "A4:J4"]);
    expect(wb.valueOf(sheet, 1, 2)).toBe("Nagekeken");
    expect(linkAt(sheet, 1, 2)).toBeUndefined();
  });
});
