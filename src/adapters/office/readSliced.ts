import { formatRange, type RangeRef } from "../../ports/a1";
import { RESPONSE_BUDGET } from "./requestBudget";

export interface Block {
  readonly sheet: string;
  readonly range: RangeRef;
}

/** A slice of a block, loaded: where it starts and the range with its properties. */
export interface Slice {
  readonly top: number;
  readonly left: number;
  readonly range: Excel.Range;
}

/**
 * Loads `properties` of every block in as few syncs as Excel on the web's response limit
 * allows: each block cut into slices of rows that `cellChars` (the characters one cell costs
 * in the response) keeps under RESPONSE_BUDGET, slices packed into syncs. Per block, its
 * slices from top to bottom.
 */
export async function readSliced(
  context: Excel.RequestContext,
  blocks: ReadonlyArray<Block>,
  properties: string,
  cellChars: number
): Promise<Slice[][]> {
  const out: Slice[][] = blocks.map(() => []);
  let spent = 0;
  let queued = 0;
  for (const [k, block] of blocks.entries()) {
    const { start, end } = block.range;
    const width = end.col - start.col + 1;
    const rows = Math.max(1, Math.floor(RESPONSE_BUDGET / (width * cellChars)));
    for (let top = start.row; top <= end.row; top += rows) {
      const bottom = Math.min(top + rows - 1, end.row);
      const cost = (bottom - top + 1) * width * cellChars;
      if (queued > 0 && spent + cost > RESPONSE_BUDGET) {
        await context.sync();
        [spent, queued] = [0, 0];
      }
      const slice = { start: { row: top, col: start.col }, end: { row: bottom, col: end.col } };
      const range = context.workbook.worksheets
        .getItem(block.sheet)
        .getRange(formatRange(slice))
        .load(properties);
      out[k]!.push({ top, left: start.col, range });
      spent += cost;
      queued++;
    }
  }
  if (queued > 0) await context.sync();
  return out;
}
