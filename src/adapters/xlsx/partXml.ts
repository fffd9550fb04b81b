import { areaRef, columnLetters, type Area } from './a1';
import { NS } from './opcNames';
import { encodeSpreadsheetText, escapeXml } from './xmlEscape';

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

export interface WorksheetContent {
  readonly lastRow: number;
  readonly lastCol: number;
  /** `<col>` elements. */
  readonly cols?: ReadonlyArray<string>;
  /** `<row>` elements in row order. */
  readonly rows: ReadonlyArray<string>;
  readonly merged?: ReadonlyArray<string>;
  readonly tableRelIds?: ReadonlyArray<string>;
}

/** A worksheet part with its children in the order the schema requires. */
export function worksheetXml(w: WorksheetContent): string {
  const merged = w.merged?.length ? `<mergeCells count="${w.merged.length}">${w.merged.map((m) => `<mergeCell ref="${m}"/>`).join('')}</mergeCells>` : '';
  const tables = w.tableRelIds?.length
    ? `<tableParts count="${w.tableRelIds.length}">${w.tableRelIds.map((id) => `<tablePart r:id="${id}"/>`).join('')}</tableParts>`
    : '';
  return (
    XML_DECLARATION +
    `<worksheet xmlns="${NS.main}" xmlns:r="${NS.rel}">` +
    `<dimension ref="A1${w.lastRow > 1 || w.lastCol > 1 ? `:${columnLetters(Math.max(w.lastCol, 1))}${Math.max(w.lastRow, 1)}` : ''}"/>` +
    '<sheetViews><sheetView workbookViewId="0"/></sheetViews>' +
    '<sheetFormatPr defaultRowHeight="15"/>' +
    (w.cols?.length ? `<cols>${w.cols.join('')}</cols>` : '') +
    `<sheetData>${w.rows.join('')}</sheetData>` +
    merged +
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>' +
    tables +
    '</worksheet>'
  );
}

export interface TableContent {
  readonly id: number;
  readonly name: string;
  readonly area: Area;
  readonly headers: ReadonlyArray<string>;
  /** `<filterColumn>` elements of an active filter; none for a plain autoFilter. */
  readonly filterColumns?: string;
}

/** A table part: header row, filter buttons, a built-in table style. */
export function tableXml(t: TableContent): string {
  const ref = areaRef(t.area);
  const columns = t.headers.map((h, j) => `<tableColumn id="${j + 1}" name="${encodeSpreadsheetText(h)}"/>`);
  const filter = t.filterColumns ? `<autoFilter ref="${ref}">${t.filterColumns}</autoFilter>` : `<autoFilter ref="${ref}"/>`;
  return (
    XML_DECLARATION +
    `<table xmlns="${NS.main}" id="${t.id}" name="${escapeXml(t.name)}" displayName="${escapeXml(t.name)}" ref="${ref}" totalsRowShown="0">` +
    filter +
    `<tableColumns count="${columns.length}">${columns.join('')}</tableColumns>` +
    '<tableStyleInfo name="TableStyleMedium2" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/>' +
    '</table>'
  );
}

export interface RelationshipContent {
  readonly id: string;
  readonly type: string;
  readonly target: string;
}

export const relationshipXml = (r: RelationshipContent): string =>
  `<Relationship Id="${escapeXml(r.id)}" Type="${r.type}" Target="${escapeXml(r.target)}"/>`;

export const relationshipsXml = (rels: ReadonlyArray<RelationshipContent>): string =>
  `${XML_DECLARATION}<Relationships xmlns="${NS.packageRels}">${rels.map(relationshipXml).join('')}</Relationships>`;
