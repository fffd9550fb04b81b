import type { Cell } from "./cell";
import type { PageFooter } from "./footerCode";

/** Where to read the input from; the layout is documented in the README. */
export type SourceRef =
  | { readonly kind: "table"; readonly name: string }
  | { readonly kind: "sheet"; readonly name: string }
  | { readonly kind: "name"; readonly name: string }
  | { readonly kind: "selection" };

/** A rectangular block of cells exactly as the host has it, with what hides or joins them. */
export interface RangeData {
  readonly sheet: string;
  /** A1 address of the top-left cell of `cells` (e.g. 'A1'), so findings can name any cell. */
  readonly origin: string;
  readonly cells: ReadonlyArray<ReadonlyArray<Cell>>;
  /** 0-based row offsets within `cells` that are hidden (by hand or by a filter). */
  readonly hiddenRows: ReadonlyArray<number>;
  /** A1 ranges of merged areas that overlap the block. */
  readonly merged: ReadonlyArray<string>;
  /** An active filter on the source table or sheet. */
  readonly filtered: boolean;
  readonly tableName?: string;
  /** Values typed in the task pane, standing in for the workbook's: no sheet or cell holds them. */
  readonly typed?: boolean;
  /**
   * The workbook counts dates from 1904 (workbookPr date1904): its date serials are 1,462 days
   * later than the same serials in the 1900 system. Absent: the 1900 system.
   */
  readonly date1904?: boolean;
  /**
   * For a table: what touches it from outside, so data typed just below or beside it is not
   * silently left out — the row just below it (below its totals row, if any) across its
   * columns and one more, and the column just right of it down its header and body.
   */
  readonly adjacent?: {
    readonly below: ReadonlyArray<Cell>;
    readonly right: ReadonlyArray<Cell>;
  };
  /**
   * A table's totals row (Excel's "Totaalrij"), never part of `cells`: the data body is what
   * the codec counts, so a SUM row Excel keeps below the data is not read as a municipality.
   */
  readonly totalsRow?: ReadonlyArray<Cell>;
}

/** How an output column is shown: numbers stay numbers, formatted by the host. */
export type OutFormat = "text" | "eur0" | "eur2" | "pct" | "pct4" | "int" | "decimal" | "date";

/** One table the tool owns, on a sheet of its own, rewritten in place on every refresh. */
export interface OutputTable {
  readonly sheet: string;
  readonly table: string;
  /** Lines above the table: title, rule, source, run time, tool version (provenance). */
  readonly caption: ReadonlyArray<string>;
  readonly columns: ReadonlyArray<{ readonly header: string; readonly format: OutFormat }>;
  readonly rows: ReadonlyArray<ReadonlyArray<Cell>>;
  /**
   * Written as the table's totals row, below the data body, so structured references such as
   * SUM(LumpsumPerJaar[Lumpsum 2021]) count every municipality once and never the total.
   */
  readonly totalsRow?: ReadonlyArray<Cell>;
  /** What prints at the foot of every page (title, page x of y, run date); absent: left as it is. */
  readonly footer?: PageFooter;
}

/** How a confirmed write goes ahead. */
export interface WriteOptions {
  /**
   * The user confirmed going ahead despite a refusal that protects existing content: references
   * to what the refresh removes (a column, a period sheet) become #REF! as in Excel, and cells a
   * person typed where the new table must go are overwritten. Never lets a write touch a sheet or
   * name the tool cannot prove it made, nor a protected sheet.
   */
  readonly force?: boolean;
}

/**
 * The one port between the use cases and a workbook host (Office.js, an .xlsx file, memory).
 * Plain data in and out; an implementation touches nothing but what it is asked to.
 */
export interface WorkbookPort {
  /**
   * The block behind a source reference, or undefined when there is no such table/sheet/name.
   * A table gives its header row and data body (its totals row apart, in `totalsRow`); a sheet
   * its used range; a defined name the range it refers to. Names compare case-insensitively.
   */
  read(ref: SourceRef): Promise<RangeData | undefined>;
  /** The single cell a defined name points at (e.g. PeriodeStart), or undefined. */
  readName(name: string): Promise<Cell | undefined>;
  /** The run settings stored by the last refresh (JSON text), if any. */
  readSettings(): Promise<string | undefined>;
  /**
   * Writes `outputs` into the owned sheets and tables in place (the same sheet and table
   * objects, so every formula, name and chart pointing at them reads the new figures), adds
   * the ones that are new, removes owned sheets no longer written, and stores `settings`; all
   * or nothing: on any failure the workbook is as it was. Refuses, with one finding per place,
   * to overwrite what it does not own and to remove what something refers to (unless forced).
   */
  write(
    outputs: ReadonlyArray<OutputTable>,
    settings: string,
    options?: WriteOptions
  ): Promise<void>;
  /**
   * Optional, for a host that pays per round trip (Office.js): the blocks behind `refs` and the
   * settings loaded together, as a port that answers those reads from that one load and passes
   * every other call on. Its answers are as old as the call: use it for one use case's reads,
   * then drop it (writing through it drops the load too).
   */
  snapshot?(refs: ReadonlyArray<SourceRef>): Promise<WorkbookPort>;
}
