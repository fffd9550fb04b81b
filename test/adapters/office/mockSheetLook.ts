import { rangesOverlap, type RangeRef } from "../../../src/ports/a1";

/** How a cell looks beyond its number format: wrap and alignment. */
export interface XLook {
  wrap?: boolean;
  horizontal?: string;
  vertical?: string;
}

/** A sheet's page setup as Excel holds it (PageLayout, ExcelApi 1.9). */
export interface XLayout {
  orientation?: string;
  paperSize?: string;
  zoom?: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number };
  /** The print title rows as set ("$6:$6"). */
  titleRows?: string;
  margins: Record<string, number>;
  footer: { leftFooter: string; centerFooter: string; rightFooter: string };
}

/** What a sheet holds besides its cells' values: looks, sizes, links and page setup. */
export interface XSheetLook {
  readonly looks: Map<string, XLook>;
  readonly rowHeights: Map<number, number>;
  readonly columnWidths: Map<number, number>;
  /** Per cell ("row,col"): where its hyperlink goes in the workbook (documentReference). */
  readonly links: Map<string, string>;
  readonly layout: XLayout;
}

export const newSheetLook = (): XSheetLook => ({
  looks: new Map(),
  rowHeights: new Map(),
  columnWidths: new Map(),
  links: new Map(),
  layout: { margins: {}, footer: { leftFooter: "", centerFooter: "", rightFooter: "" } },
});

const HORIZONTAL = new Set([
  "General",
  "Left",
  "Center",
  "Right",
  "Fill",
  "Justify",
  "CenterAcrossSelection",
  "Distributed",
]);
const VERTICAL = new Set(["Top", "Center", "Bottom", "Justify", "Distributed"]);
/** Excel's tallest row and widest column, in points. */
const MAX_ROW_POINTS = 409;
const MAX_COLUMN_POINTS = 255 * 7 * 0.75 + 10;

const key = (row: number, col: number) => `${row},${col}`;

function eachCell(at: RangeRef, f: (row: number, col: number) => void): void {
  for (let r = at.start.row; r <= at.end.row; r++)
    for (let c = at.start.col; c <= at.end.col; c++) f(r, c);
}

/** RangeFormat's writes, refused with Excel's InvalidArgument where Excel refuses them. */
export function setLook(
  sheet: XSheetLook,
  at: RangeRef,
  name: "wrapText" | "horizontalAlignment" | "verticalAlignment" | "rowHeight" | "columnWidth",
  value: unknown
): void {
  const bad = () => new Error(`InvalidArgument: ${name} ${JSON.stringify(value)}`);
  switch (name) {
    case "rowHeight":
      if (typeof value !== "number" || value < 0 || value > MAX_ROW_POINTS) throw bad();
      for (let r = at.start.row; r <= at.end.row; r++) sheet.rowHeights.set(r, value);
      return;
    case "columnWidth":
      if (typeof value !== "number" || value < 0 || value > MAX_COLUMN_POINTS) throw bad();
      for (let c = at.start.col; c <= at.end.col; c++) sheet.columnWidths.set(c, value);
      return;
    case "wrapText":
      if (typeof value !== "boolean") throw bad();
      eachCell(at, (r, c) =>
        sheet.looks.set(key(r, c), { ...sheet.looks.get(key(r, c)), wrap: value })
      );
      return;
    case "horizontalAlignment":
    case "verticalAlignment": {
      const allowed = name === "horizontalAlignment" ? HORIZONTAL : VERTICAL;
      if (typeof value !== "string" || !allowed.has(value)) throw bad();
      const field = name === "horizontalAlignment" ? "horizontal" : "vertical";
      eachCell(at, (r, c) =>
        sheet.looks.set(key(r, c), { ...sheet.looks.get(key(r, c)), [field]: value })
      );
      return;
    }
  }
}

export const lookAt = (sheet: XSheetLook, row: number, col: number): XLook =>
  sheet.looks.get(key(row, col)) ?? {};

export const linkAt = (sheet: XSheetLook, row: number, col: number): string | undefined =>
  sheet.links.get(key(row, col));

/** Range.hyperlink = {…}: a link into the workbook on every cell of the range. */
export function setLink(sheet: XSheetLook, at: RangeRef, link: unknown): void {
  const l = link as { documentReference?: unknown; address?: unknown };
  if (typeof l !== "object" || l === null || typeof l.documentReference !== "string" || l.address)
    throw new Error("the mock takes links into the workbook only (documentReference)");
  eachCell(at, (r, c) => sheet.links.set(key(r, c), l.documentReference as string));
}

/** What Range.clear(applyTo) takes from the look (the values are the workbook's to clear). */
export function clearLook(sheet: XSheetLook, at: RangeRef, applyTo: string): void {
  if (!["All", "Formats", "Contents", "Hyperlinks", "RemoveHyperlinks"].includes(applyTo))
    throw new Error(`InvalidArgument: clear(${applyTo})`);
  eachCell(at, (r, c) => {
    if (applyTo !== "Contents" && applyTo !== "Formats") sheet.links.delete(key(r, c));
    if (applyTo === "All" || applyTo === "Formats" || applyTo === "RemoveHyperlinks")
      sheet.looks.delete(key(r, c));
  });
}

/**
 * Range.merge(across): refused over a table (Excel cannot merge table cells) and over part of a
 * merged area; the cells keep only the top-left one's value, as in Excel (`dropValue`).
 */
export function merge(
  merged: RangeRef[],
  tables: ReadonlyArray<RangeRef>,
  at: RangeRef,
  across: boolean,
  dropValue: (row: number, col: number) => void
): void {
  if (tables.some((t) => rangesOverlap(t, at)))
    throw new Error("InvalidOperation: cells of a table cannot be merged");
  const areas: RangeRef[] = across
    ? Array.from({ length: at.end.row - at.start.row + 1 }, (_, k) => ({
        start: { row: at.start.row + k, col: at.start.col },
        end: { row: at.start.row + k, col: at.end.col },
      }))
    : [at];
  for (const area of areas) {
    const inside = (m: RangeRef) =>
      m.start.row >= area.start.row &&
      m.end.row <= area.end.row &&
      m.start.col >= area.start.col &&
      m.end.col <= area.end.col;
    if (merged.some((m) => rangesOverlap(m, area) && !inside(m)))
      throw new Error("InvalidOperation: the range overlaps part of a merged area");
    for (let k = merged.length - 1; k >= 0; k--) if (inside(merged[k]!)) merged.splice(k, 1);
    eachCell(area, (r, c) => {
      if (r !== area.start.row || c !== area.start.col) dropValue(r, c);
    });
    if (area.end.row > area.start.row || area.end.col > area.start.col) merged.push(area);
  }
}

/** Range.unmerge(): every merged area the range touches. */
export function unmerge(merged: RangeRef[], at: RangeRef): void {
  for (let k = merged.length - 1; k >= 0; k--)
    if (rangesOverlap(merged[k]!, at)) merged.splice(k, 1);
}

/** A header or footer section: Excel's codes only (&P, &N, &&, …), and the three within 255 characters. */
const FOOTER_CODE = /&(?:[&PNDTFAZGBIUESXYKLCR]|\d{1,3}|"[^"]*")/gy;

export function setFooter(
  layout: XLayout,
  section: "leftFooter" | "centerFooter" | "rightFooter",
  text: unknown
): void {
  if (typeof text !== "string") throw new Error(`InvalidArgument: ${section}`);
  for (let i = 0; i < text.length; i++) {
    if (text[i] !== "&") continue;
    FOOTER_CODE.lastIndex = i;
    const m = FOOTER_CODE.exec(text);
    if (!m) throw new Error(`InvalidArgument: ${section} has an unknown code at ${i}: ${text}`);
    i += m[0].length - 1;
  }
  const footer = { ...layout.footer, [section]: text };
  if ((footer.leftFooter + footer.centerFooter + footer.rightFooter).length + 6 > 255)
    throw new Error("InvalidArgument: the footer is longer than 255 characters");
  layout.footer = footer;
}

/** PageLayout.zoom: set whole (x.zoom = {…}), fit counts whole and not negative, a scale 10 to 400. */
export function setZoom(layout: XLayout, zoom: unknown): void {
  const z = zoom as XLayout["zoom"] & Record<string, unknown>;
  const count = (n: unknown) => n === undefined || (Number.isInteger(n) && (n as number) >= 0);
  if (
    typeof z !== "object" ||
    z === null ||
    Object.keys(z).some(
      (k) => !["horizontalFitToPages", "verticalFitToPages", "scale"].includes(k)
    ) ||
    !count(z.horizontalFitToPages) ||
    !count(z.verticalFitToPages) ||
    (z.scale !== undefined && (typeof z.scale !== "number" || z.scale < 10 || z.scale > 400))
  )
    throw new Error(`InvalidArgument: zoom ${JSON.stringify(zoom)}`);
  layout.zoom = { ...z };
}

/** PageLayout.setPrintTitleRows: whole rows only ("$6:$6"), as Excel takes them. */
export function setPrintTitleRows(layout: XLayout, rows: unknown): void {
  if (typeof rows !== "string" || !/^\$?\d+:\$?\d+$/.test(rows))
    throw new Error(`InvalidArgument: print title rows must be whole rows, not ${String(rows)}`);
  layout.titleRows = rows;
}
