import { formatRange, type RangeRef } from "../../ports/a1";
import { NS } from "./opcNames";
import { encodeSpreadsheetText, escapeXml } from "./xmlEscape";

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

export interface WorksheetContent {
  /** Rows and columns from A1 that the sheet uses. */
  readonly usedRows: number;
  readonly usedCols: number;
  /** `<col>` elements. */
  readonly cols?: ReadonlyArray<string>;
  /** `<row>` elements in row order. */
  readonly rows: ReadonlyArray<string>;
  readonly merged?: ReadonlyArray<string>;
  readonly tableRelIds?: ReadonlyArray<string>;
  /** An owned sheet's print setup, each piece in its place (replacing `merged` and the default margins). */
  readonly print?: {
    readonly sheetPr: string;
    readonly merged: string;
    readonly hyperlinks: string;
    readonly page: string;
  };
}

/** A1 text of the block from A1 over `rows` rows and `cols` columns (A1 for an empty sheet). */
export const dimensionRef = (rows: number, cols: number): string =>
  formatRange({
    start: { row: 0, col: 0 },
    end: { row: Math.max(rows - 1, 0), col: Math.max(cols - 1, 0) },
  });

/** One column's width (0-based index, width in characters). */
export const colXml = (index: number, width: number): string =>
  `<col min="${index + 1}" max="${index + 1}" width="${width}" customWidth="1"/>`;

const DEFAULT_MARGINS =
  '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>';

/** A worksheet part with its children in the order the schema requires. */
export function worksheetXml(w: WorksheetContent): string {
  const merged = w.merged?.length
    ? `<mergeCells count="${w.merged.length}">${w.merged.map((m) => `<mergeCell ref="${m}"/>`).join("")}</mergeCells>`
    : "";
  const tables = w.tableRelIds?.length
    ? `<tableParts count="${w.tableRelIds.length}">${w.tableRelIds.map((id) => `<tablePart r:id="${id}"/>`).join("")}</tableParts>`
    : "";
  const dimension = dimensionRef(w.usedRows, w.usedCols);
  return (
    XML_DECLARATION +
    `<worksheet xmlns="${NS.main}" xmlns:r="${NS.rel}">` +
    (w.print?.sheetPr ?? "") +
    `<dimension ref="${dimension}"/>` +
    '<sheetViews><sheetView workbookViewId="0"/></sheetViews>' +
    '<sheetFormatPr defaultRowHeight="15"/>' +
    (w.cols?.length ? `<cols>${w.cols.join("")}</cols>` : "") +
    `<sheetData>${w.rows.join("")}</sheetData>` +
    (w.print ? w.print.merged + w.print.hyperlinks + w.print.page : merged + DEFAULT_MARGINS) +
    tables +
    "</worksheet>"
  );
}

export interface TableContent {
  readonly id: number;
  readonly name: string;
  /** Header row to the last row, totals row included. */
  readonly range: RangeRef;
  readonly headers: ReadonlyArray<string>;
  /** `<filterColumn>` elements of an active filter; none for a plain autoFilter. */
  readonly filterColumns?: string;
  /** Present when the last row is a totals row: the text label of each column's totals cell, if any. */
  readonly totalsLabels?: ReadonlyArray<string | undefined>;
}

/** `<tableColumns>`: one column per header, with the given ids (1, 2, … by default) and totals labels. */
export function tableColumnsXml(
  headers: ReadonlyArray<string>,
  totalsLabels?: ReadonlyArray<string | undefined>,
  ids: ReadonlyArray<number> = headers.map((_, j) => j + 1),
  prefix = ""
): string {
  const columns = headers.map((h, j) => {
    const label = totalsLabels?.[j];
    return `<${prefix}tableColumn id="${ids[j]}" name="${encodeSpreadsheetText(h)}"${label === undefined ? "" : ` totalsRowLabel="${encodeSpreadsheetText(label)}"`}/>`;
  });
  return `<${prefix}tableColumns count="${columns.length}">${columns.join("")}</${prefix}tableColumns>`;
}

/** The autoFilter range of a table: its header and data rows, without the totals row. */
export const filterRange = (range: RangeRef, totals: boolean): RangeRef => ({
  start: range.start,
  end: { row: range.end.row - (totals ? 1 : 0), col: range.end.col },
});

/** A table part: header row, filter buttons over header and data, optional totals row, a built-in style. */
export function tableXml(t: TableContent): string {
  const ref = formatRange(t.range);
  const filterRef = formatRange(filterRange(t.range, t.totalsLabels !== undefined));
  const filter = t.filterColumns
    ? `<autoFilter ref="${filterRef}">${t.filterColumns}</autoFilter>`
    : `<autoFilter ref="${filterRef}"/>`;
  const totals = t.totalsLabels ? ' totalsRowCount="1"' : ' totalsRowShown="0"';
  return (
    XML_DECLARATION +
    `<table xmlns="${NS.main}" id="${t.id}" name="${escapeXml(t.name)}" displayName="${escapeXml(t.name)}" ref="${ref}"${totals}>` +
    filter +
    tableColumnsXml(t.headers, t.totalsLabels) +
    '<tableStyleInfo name="TableStyleMedium2" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/>' +
    "</table>"
  );
}

export interface RelationshipContent {
  readonly id: string;
  readonly type: string;
  readonly target: string;
}

export const relationshipXml = (r: RelationshipContent, prefix = ""): string =>
  `<${prefix}Relationship Id="${escapeXml(r.id)}" Type="${r.type}" Target="${escapeXml(r.target)}"/>`;

export const relationshipsXml = (rels: ReadonlyArray<RelationshipContent>): string =>
  `${XML_DECLARATION}<Relationships xmlns="${NS.packageRels}">${rels.map((r) => relationshipXml(r)).join("")}</Relationships>`;
