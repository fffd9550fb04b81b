import { columnLetters, formatRange, type RangeRef } from "../../ports/a1";
import type { OutputPlan } from "../../ports/planOwnedWrite";
import { PAGE_MARGINS } from "../../ports/printLayout";
import { utf8Length } from "./requestBudget";
import type { Requests } from "./requests";

/** Points Excel gives a column `width` units wide (7 px a unit and 5 px of padding, at 96 px an inch). */
const columnPoints = (width: number): number => ((width * 7 + 5) * 72) / 96;

const POINTS_PER_INCH = 72;

/** Runs of neighbouring columns (0-based, in the table) that share `test`'s answer. */
function runs<T>(
  count: number,
  test: (k: number) => T
): Array<{ from: number; to: number; value: T }> {
  const out: Array<{ from: number; to: number; value: T }> = [];
  for (let k = 0; k < count; k++) {
    const last = out[out.length - 1];
    const value = test(k);
    if (last && last.value === value) last.to = k;
    else out.push({ from: k, to: k, value });
  }
  return out;
}

/**
 * Before an owned table is written in place: the links in the columns that get links, with the
 * formatting Excel gave them (removeHyperlinks; the cells' values and number formats are written
 * next), so a place that moved on does not leave a link, or its look, behind.
 */
export async function clearLinks(
  requests: Requests,
  sheet: Excel.Worksheet,
  o: OutputPlan
): Promise<void> {
  const { ref, print } = o.laid;
  const columns = new Set(print.links.map((l) => l.col));
  for (const col of columns)
    await requests.add(64, () =>
      sheet
        .getRange(
          formatRange({ start: { row: ref.start.row + 1, col }, end: { row: ref.end.row, col } })
        )
        .clear("RemoveHyperlinks")
    );
}

/**
 * How an owned sheet shows and prints, as the layout says (ports/printLayout), the same as the
 * file gets it: column widths; the caption lines merged across the table (only over cells free
 * for them: planOwnedWrite) and wrapped, at the height their text needs (Excel does not size a
 * row to a merged cell); the header wrapped, aligned right over numbers; long texts wrapped and
 * their rows sized by Excel; places linked (Excel gives a link its Hyperlink look); and the page: A4, fit to one page wide, landscape
 * where the table is wide, narrow margins, the header row on every page, the footer.
 * PageLayout, HeaderFooter and hyperlinks need ExcelApi 1.9 and 1.7, within the manifest's 1.13.
 */
export async function applyPrint(
  requests: Requests,
  sheet: Excel.Worksheet,
  o: OutputPlan
): Promise<void> {
  const { laid } = o;
  const { ref, print } = laid;
  const first = ref.start.col;
  const width = ref.end.col - first + 1;
  const at = (range: RangeRef) => sheet.getRange(formatRange(range));
  for (const merged of o.existing?.merged ?? []) await requests.add(64, () => at(merged).unmerge());
  for (const line of print.caption)
    await requests.add(128, () => {
      const range = at(line.range);
      if (line.range.end.col > line.range.start.col) range.merge(false);
      range.format.wrapText = true;
      range.format.verticalAlignment = "Top";
      range.format.rowHeight = line.height;
    });
  for (const [k, w] of print.widths.entries())
    await requests.add(64, () => {
      const letters = columnLetters(first + k);
      sheet.getRange(`${letters}:${letters}`).format.columnWidth = columnPoints(w);
    });
  const row = (r: number, from = 0, to = width - 1): RangeRef => ({
    start: { row: r, col: first + from },
    end: { row: r, col: first + to },
  });
  await requests.add(64, () => {
    const header = at(row(ref.start.row)).format;
    header.wrapText = true;
    header.verticalAlignment = "Top";
  });
  for (const run of runs(width, (k) => print.numeric[k]!))
    await requests.add(64, () => {
      at(row(ref.start.row, run.from, run.to)).format.horizontalAlignment = run.value
        ? "Right"
        : "General";
    });
  const body: RangeRef = { start: { row: ref.start.row + 1, col: first }, end: ref.end };
  if (print.wrapped.some(Boolean))
    await requests.add(64, () => {
      const format = at(body).format;
      format.wrapText = true;
      format.verticalAlignment = "Top";
    });
  await requests.add(64, () => at(ref).format.autofitRows());
  for (const link of print.links) {
    const cell = laid.cells[link.row]![link.col]!;
    const shown = cell.t === "s" ? cell.v : "";
    await requests.add(64 + utf8Length(link.target) + utf8Length(shown), () => {
      // The text shown stays the cell's: Excel puts textToDisplay in the cell.
      at({ start: link, end: link }).hyperlink = {
        documentReference: link.target,
        textToDisplay: shown,
      };
    });
  }
  await requests.add(
    256 + (laid.footer ? utf8Length(Object.values(laid.footer).join("")) : 0),
    () => {
      const page = sheet.pageLayout;
      page.paperSize = "A4";
      page.orientation = print.landscape ? "Landscape" : "Portrait";
      page.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
      page.leftMargin = PAGE_MARGINS.left * POINTS_PER_INCH;
      page.rightMargin = PAGE_MARGINS.right * POINTS_PER_INCH;
      page.topMargin = PAGE_MARGINS.top * POINTS_PER_INCH;
      page.bottomMargin = PAGE_MARGINS.bottom * POINTS_PER_INCH;
      page.headerMargin = PAGE_MARGINS.header * POINTS_PER_INCH;
      page.footerMargin = PAGE_MARGINS.footer * POINTS_PER_INCH;
      page.setPrintTitleRows(`$${print.titleRow + 1}:$${print.titleRow + 1}`);
      if (laid.footer) {
        const footer = page.headersFooters.defaultForAllPages;
        footer.leftFooter = laid.footer.left;
        footer.centerFooter = laid.footer.center;
        footer.rightFooter = laid.footer.right;
      }
    }
  );
}
