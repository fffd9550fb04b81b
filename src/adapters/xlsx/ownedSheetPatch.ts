import { parseA1 } from "../../ports/a1";
import { inExtent, type LaidOutTable, type OutputExtent } from "../../ports/outputLayout";
import { inEither, patchSheetPrint } from "./ownedSheetPrint";
import { outputCells, outputColumns, rowHeightAttributes, type StyleIndex } from "./outputSheetXml";
import { dimensionRef } from "./partXml";
import {
  startTagAttributes,
  xmlOutline,
  applySplices,
  prefixOf,
  type Splice,
  type XmlElement,
} from "./xmlOutline";
import { editWorksheet, type WorksheetEdit } from "./worksheetFormulas";
import { pushAll } from "../../engine/pushAll";

const ROW_ATTRIBUTES_DROPPED = new Set(["r", "spans"]);

/**
 * A `<row>` start tag's attributes other than its number and spans (height, hidden, style).
 * `height` says what becomes of a stored height: kept; dropped when Excel worked it out ("auto":
 * it is worked out again for the new text); dropped whatever it is ("all").
 */
function rowAttributes(xml: string, row: XmlElement, height: "keep" | "auto" | "all"): string {
  const attributes = startTagAttributes(xml, row);
  const custom = attributes.get("customHeight")?.value;
  const dropHeight = height === "all" || (height === "auto" && custom !== "1" && custom !== "true");
  return [...attributes]
    .filter(
      ([name]) =>
        !ROW_ATTRIBUTES_DROPPED.has(name) &&
        !(dropHeight && (name === "ht" || name === "customHeight"))
    )
    .map(([name, a]) => ` ${name}="${a.value}"`)
    .join("");
}

/** `<col>` elements outside columns first..last, clipped where they reach into them. */
function colsOutside(
  xml: string,
  cols: XmlElement | undefined,
  first: number,
  last: number
): Array<[number, string]> {
  return (cols?.children ?? []).flatMap((col): Array<[number, string]> => {
    const attributes = startTagAttributes(xml, col);
    const min = Number(attributes.get("min")?.value) - 1;
    const max = Number(attributes.get("max")?.value) - 1;
    const text = xml.slice(col.start, col.end);
    const piece = (from: number, to: number): [number, string] => [
      from,
      text.replace(/\bmin="\d+"/, `min="${from + 1}"`).replace(/\bmax="\d+"/, `max="${to + 1}"`),
    ];
    if (max < first || min > last) return [[min, text]];
    return [
      ...(min < first ? [piece(min, first - 1)] : []),
      ...(max > last ? [piece(last + 1, max)] : []),
    ];
  });
}

/**
 * An owned sheet rewritten in place: the same part, so everything else it holds stays (views,
 * frozen panes, drawings and charts, comments, conditional formats and validation, a person's
 * notes, merges and links beside the table). Within `sheetData` the cells of the new layout
 * replace the tool's old ones; the cells outside the old and new extent (`before`, `after`)
 * are a person's and stay as they were, with `edit` applied to their formulas and to the
 * rules' cells. Widths are set for the table's columns only; the caption rows and the rows with
 * wrapped text get the heights of the new layout, the table's other rows lose the heights Excel
 * worked out for the old text. The print setup is the new layout's (ownedSheetPrint).
 */
export function patchOwnedSheet(
  original: string,
  laid: LaidOutTable,
  styles: StyleIndex,
  before: OutputExtent,
  after: OutputExtent,
  edit: WorksheetEdit
): string {
  const kept = (r: number, c: number) => !inExtent(before, r, c) && !inExtent(after, r, c);
  const captionRows = Math.max(laid.captionRows, (before.caption?.end.row ?? -1) + 1);
  const height = (r: number): "keep" | "auto" | "all" =>
    r < captionRows || laid.print.rowHeights.has(r)
      ? "all"
      : r <= Math.max(laid.ref.end.row, before.table.end.row)
        ? "auto"
        : "keep";
  const xml = editWorksheet(original, { ...edit, unshareAll: true }) ?? original;
  const root = xmlOutline(xml, 3);
  const find = (local: string) => root.children.find((c) => c.local === local);
  const sheetData = find("sheetData")!;
  const p = prefixOf(sheetData);
  const ours = outputCells(laid, styles);
  const rows = new Map<number, { attributes: string; cells: Array<[number, string]> }>();
  let usedRows = laid.cells.length;
  let usedCols = laid.ref.end.col + 1;
  let r = -1;
  for (const row of sheetData.children) {
    const number = startTagAttributes(xml, row).get("r")?.value;
    r = number === undefined ? r + 1 : Number(number) - 1;
    const cells: Array<[number, string]> = [];
    let c = -1;
    for (const cell of row.children) {
      const ref = startTagAttributes(xml, cell).get("r")?.value;
      c = (ref !== undefined ? parseA1(ref)?.col : undefined) ?? c + 1;
      if (!kept(r, c)) continue;
      cells.push([c, xml.slice(cell.start, cell.end)]);
      usedRows = Math.max(usedRows, r + 1);
      usedCols = Math.max(usedCols, c + 1);
    }
    const attributes = rowAttributes(xml, row, height(r));
    if (cells.length || attributes) rows.set(r, { attributes, cells });
  }
  const number = (r: number) => String(r + 1);
  for (const [r, cells] of ours) {
    const row = rows.get(r) ?? { attributes: "", cells: [] };
    pushAll(row.cells, cells);
    rows.set(r, { ...row, attributes: row.attributes + rowHeightAttributes(laid, r) });
  }
  const body = [...rows.entries()]
    .sort(([a], [b]) => a - b)
    .map(([r, row]) => {
      const cells = row.cells
        .sort(([a], [b]) => a - b)
        .map(([, text]) => text)
        .join("");
      return cells
        ? `<${p}row r="${number(r)}"${row.attributes}>${cells}</${p}row>`
        : `<${p}row r="${number(r)}"${row.attributes}/>`;
    })
    .join("");
  const splices: Splice[] = [
    {
      at: sheetData.start,
      remove: sheetData.end - sheetData.start,
      insert: `<${sheetData.name}>${body}</${sheetData.name}>`,
    },
  ];
  const dimension = find("dimension");
  if (dimension) {
    const ref = startTagAttributes(xml, dimension).get("ref");
    if (ref)
      splices.push({
        at: ref.start,
        remove: ref.end - ref.start,
        insert: dimensionRef(usedRows, usedCols),
      });
  }
  const cols = find("cols");
  const allCols = [
    ...colsOutside(xml, cols, laid.ref.start.col, laid.ref.end.col),
    ...outputColumns(laid).map((text, k): [number, string] => [
      laid.ref.start.col + k,
      text.replace(/^<col/, `<${p}col`),
    ]),
  ]
    .sort(([a], [b]) => a - b)
    .map(([, text]) => text)
    .join("");
  const colsElement = `<${p}cols>${allCols}</${p}cols>`;
  splices.push(
    cols
      ? { at: cols.start, remove: cols.end - cols.start, insert: colsElement }
      : // Schema order: <cols> comes right before <sheetData>.
        { at: sheetData.start, insert: colsElement }
  );
  pushAll(splices, patchSheetPrint(xml, root, laid, inEither(before, after)));
  return applySplices(xml, splices);
}
