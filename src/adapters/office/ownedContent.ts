import type { RangeRef } from "../../ports/a1";
import { BLANK, type Cell } from "../../ports/cell";
import { NUMBER_FORMAT_CODE } from "../../ports/numberFormatCode";
import type { PageFooter } from "../../ports/footerCode";
import type { ProvenOutput } from "../../ports/ownership";
import type { OutFormat, OutputTable } from "../../ports/workbookPort";
import { cellFromExcel } from "./cellFromExcel";
import { readSliced, type Block } from "./readSliced";
import { parseSheetAddress } from "./sheetAddress";

/** What an owned output holds now: its caption lines and its table, header to totals row. */
export interface OwnedContent {
  readonly proven: ProvenOutput;
  readonly caption: ReadonlyArray<Cell>;
  readonly table: ReadonlyArray<ReadonlyArray<Cell>>;
  readonly showTotals: boolean;
  /** The sheet's footer as Excel has it (its codes as they are). */
  readonly footer: PageFooter;
}

/** Characters a loaded cell costs in the response (value, type and format as JSON), for budgeting reads. */
const CELL_RESPONSE_CHARS = 48;

/** The cells of `blocks` as the host has them, read under the response limit. */
async function readBlocks(
  context: Excel.RequestContext,
  blocks: ReadonlyArray<Block>
): Promise<Cell[][][]> {
  const slices = await readSliced(
    context,
    blocks,
    "values, valueTypes, numberFormat",
    CELL_RESPONSE_CHARS
  );
  return slices.map((list) =>
    list.flatMap(({ range }) =>
      range.values.map((row, r) =>
        row.map((v, c) =>
          cellFromExcel(
            v,
            range.valueTypes[r]?.[c],
            range.numberFormat[r]?.[c] as string | undefined
          )
        )
      )
    )
  );
}

/** "'S'!A1:B2,'S'!D4" (an areas address) → its blocks. */
const areaBlocks = (address: string): RangeRef[] =>
  address
    .split(",")
    .map((a) => parseSheetAddress(a.trim())?.range)
    .filter((r): r is RangeRef => r !== undefined);

/**
 * What the owned outputs hold now (cells and footer), and the blocks of cells holding a value or formula on their
 * sheets (getSpecialCells: addresses, never values), for a person's cells in the way, and the
 * merged areas there (ExcelApi 1.13), which a caption line is not merged over. They ride in the
 * first request of the content.
 */
export async function readOwned(
  context: Excel.RequestContext,
  owned: ReadonlyArray<{ proven: ProvenOutput; showTotals: boolean }>
): Promise<{ content: OwnedContent[]; occupied: SheetBlocks; merged: SheetBlocks }> {
  const sheets = [...new Set(owned.map((o) => o.proven.sheet.name))];
  const special = sheets.map((name) => {
    const used = context.workbook.worksheets.getItem(name).getUsedRangeOrNullObject();
    return {
      cells: (["Constants", "Formulas"] as const).map((kind) =>
        used.getSpecialCellsOrNullObject(kind).load("address")
      ),
      merged: used.getMergedAreasOrNullObject().load("address"),
    };
  });
  const content = await readOwnedContent(context, owned);
  if (owned.length === 0 && sheets.length) await context.sync();
  const blocks = (list: ReadonlyArray<{ isNullObject: boolean; address: string }>) =>
    list.flatMap((a) => (a.isNullObject ? [] : areaBlocks(a.address)));
  const bySheet = (pick: (k: number) => RangeRef[]): SheetBlocks =>
    new Map(sheets.map((name, k) => [name.toLowerCase(), pick(k)]));
  return {
    content,
    occupied: bySheet((k) => blocks(special[k]!.cells)),
    merged: bySheet((k) => blocks([special[k]!.merged])),
  };
}

/** Blocks of cells per sheet, by lower-case sheet name. */
export type SheetBlocks = ReadonlyMap<string, ReadonlyArray<RangeRef>>;

/** The caption cells and table of each owned output, as they are now. */
export async function readOwnedContent(
  context: Excel.RequestContext,
  owned: ReadonlyArray<{ proven: ProvenOutput; showTotals: boolean }>
): Promise<OwnedContent[]> {
  const blocks = owned.flatMap(({ proven }) => {
    const ref = proven.table.ref;
    const captionRows = proven.output.captionRows ?? Math.max(0, ref.start.row - 1);
    const caption: Block[] =
      captionRows > 0
        ? [
            {
              sheet: proven.sheet.name,
              range: {
                start: { row: 0, col: ref.start.col },
                end: { row: captionRows - 1, col: ref.start.col },
              },
            },
          ]
        : [];
    return [...caption, { sheet: proven.sheet.name, range: ref }];
  });
  // The footers ride in the first request of the cells.
  const footers = owned.map(({ proven }) =>
    context.workbook.worksheets
      .getItem(proven.sheet.name)
      .pageLayout.headersFooters.defaultForAllPages.load("leftFooter, centerFooter, rightFooter")
  );
  const cells = await readBlocks(context, blocks);
  let k = 0;
  return owned.map(({ proven, showTotals }, n) => {
    const ref = proven.table.ref;
    const captionRows = proven.output.captionRows ?? Math.max(0, ref.start.row - 1);
    const caption = captionRows > 0 ? cells[k++]!.map((row) => row[0] ?? BLANK) : [];
    const f = footers[n]!;
    const footer = { left: f.leftFooter, center: f.centerFooter, right: f.rightFooter };
    return { proven, caption, table: cells[k++]!, showTotals, footer };
  });
}

const FORMAT_OF_CODE = new Map(
  (Object.entries(NUMBER_FORMAT_CODE) as Array<[OutFormat, string]>).map(([format, code]) => [
    code,
    format,
  ])
);

/**
 * An owned output as an OutputTable again (what undo writes back): numbers by their format code,
 * text as text, the footer as it was.
 */
export function contentAsOutput(content: OwnedContent): OutputTable {
  const [header = [], ...body] = content.table;
  const rows = content.showTotals ? body.slice(0, -1) : body;
  const format = (c: number): OutFormat => {
    const cell = rows.find((r) => r[c]?.t === "n")?.[c];
    return cell?.t === "n" ? (FORMAT_OF_CODE.get(cell.fmt ?? "") ?? "decimal") : "text";
  };
  const plain = (cell: Cell): Cell => (cell.t === "n" ? { t: "n", v: cell.v } : cell);
  return {
    sheet: content.proven.sheet.name,
    table: content.proven.table.name,
    caption: content.caption.map((c) => (c.t === "blank" ? "" : String(c.v))),
    columns: header.map((h, c) => ({
      header: h.t === "blank" ? "" : String(h.v),
      format: format(c),
    })),
    rows: rows.map((r) => r.map(plain)),
    footer: content.footer,
    ...(content.showTotals ? { totalsRow: body[body.length - 1]!.map(plain) } : {}),
  };
}

/** The content placed from A1 as the write laid it out, for comparing with the hash the record keeps. */
export function contentFromA1(content: OwnedContent): Cell[][] {
  const ref = content.proven.table.ref;
  const rows: Cell[][] = [];
  const put = (r: number, c: number, cell: Cell) => {
    while (rows.length <= r) rows.push([]);
    const row = rows[r]!;
    while (row.length < c) row.push(BLANK);
    row[c] = cell;
  };
  content.caption.forEach((cell, r) => put(r, ref.start.col, cell));
  content.table.forEach((row, r) =>
    row.forEach((cell, c) => put(ref.start.row + r, ref.start.col + c, cell))
  );
  return rows;
}
