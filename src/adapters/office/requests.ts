import { formatRange, type RangeRef } from "../../ports/a1";
import type { Cell } from "../../ports/cell";
import { cellToExcel } from "./cellFromExcel";
import { REQUEST_BUDGET, utf8Length } from "./requestBudget";

/**
 * Operations queued on a context in requests under Excel on the web's limit: each operation
 * says how many bytes it sends, and a sync goes out before one would take the request past
 * REQUEST_BUDGET. Every request starts by holding the screen and the recalculation of what it
 * writes until it is done (never by setting the calculation mode, which is every open
 * workbook's).
 */
export class Requests {
  private spent = 0;
  private queued = 0;
  /** Syncs sent so far by this queue. */
  syncs = 0;

  constructor(private readonly context: Excel.RequestContext) {}

  async add(bytes: number, queue: () => void): Promise<void> {
    if (this.queued > 0 && this.spent + bytes > REQUEST_BUDGET) await this.flush();
    if (this.queued === 0) {
      this.context.application.suspendScreenUpdatingUntilNextSync();
      this.context.application.suspendApiCalculationUntilNextSync();
    }
    queue();
    this.spent += bytes;
    this.queued++;
  }

  async flush(): Promise<void> {
    if (this.queued === 0) return;
    [this.spent, this.queued] = [0, 0];
    this.syncs++;
    await this.context.sync();
  }
}

/**
 * Writes `rows` (each padded to `width`) from (top, left) on `sheet`: values and the number
 * formats that keep them what they are, formats first, in slabs of rows that each fit a request.
 */
export async function writeCells(
  requests: Requests,
  sheet: Excel.Worksheet,
  top: number,
  left: number,
  rows: ReadonlyArray<ReadonlyArray<Cell>>,
  width: number
): Promise<void> {
  let slab: { values: Array<Array<string | number | boolean>>; formats: string[][] } = {
    values: [],
    formats: [],
  };
  let first = top;
  let bytes = 0;
  const emit = async (): Promise<void> => {
    if (!slab.values.length) return;
    const { values, formats } = slab;
    const range: RangeRef = {
      start: { row: first, col: left },
      end: { row: first + values.length - 1, col: left + width - 1 },
    };
    await requests.add(bytes, () => {
      const target = sheet.getRange(formatRange(range));
      // Formats first: under the Text format Excel keeps "=SUM(A1)" or "007" as written.
      target.numberFormat = formats;
      target.values = values;
    });
    first += values.length;
    slab = { values: [], formats: [] };
    bytes = 0;
  };
  for (const row of rows) {
    const cells = Array.from({ length: width }, (_, c) => cellToExcel(row[c] ?? { t: "blank" }));
    const values = cells.map((x) => x.value);
    const formats = cells.map((x) => x.format);
    const size = utf8Length(JSON.stringify(values)) + utf8Length(JSON.stringify(formats));
    if (slab.values.length && bytes + size > REQUEST_BUDGET / 2) await emit();
    slab.values.push(values);
    slab.formats.push(formats);
    bytes += size;
  }
  await emit();
}
