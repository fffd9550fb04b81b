import { parseSheetAddress, type SheetRange } from "../adapters/office/sheetAddress";
import { Dec } from "../engine/decimal";
import { decInBounds } from "../engine/numberBounds";
import { formatIsoDate, parseIsoDate } from "../engine/isoDate";
import { issue, type Issue, type Where } from "../engine/issue";
import type { IssueCode, Lang } from "../engine/messages";
import { offsetA1 } from "../ports/a1";
import type { Cell } from "../ports/cell";
import { serialToIso } from "../ports/readDateCell";
import { cellText, readYearCell } from "../ports/readYearCell";
import { argCell } from "./argCell";
import dutch from "./functions.nl.json";

/** Bad arguments: the findings that become the #VALUE! tooltip. */
export class FunctionRejected extends Error {
  constructor(readonly issues: ReadonlyArray<Issue>) {
    super(issues.map((i) => i.code).join(", "));
    this.name = "FunctionRejected";
  }
}

/** One cell of a one-row or one-column argument, with the place to name in messages. */
export interface LineCell {
  readonly cell: Cell;
  readonly where: Where | undefined;
}

export interface Line {
  readonly cells: ReadonlyArray<LineCell>;
  /** The range ran along a row: results spill the same way. */
  readonly across: boolean;
}

type DutchMetadata = Record<string, { parameters: Record<string, { name: string }> }>;

/**
 * Reads the arguments of one call: every bad value becomes an issue naming the argument (as
 * Excel shows it in the user's language) and its cell, all of them collected before failing,
 * so one tooltip lists everything to repair. Blank is missing, never zero.
 */
export class FunctionArgs {
  private readonly issues: Issue[] = [];
  private readonly parsed: (SheetRange | undefined)[] = [];

  constructor(
    private readonly id: string,
    private readonly params: ReadonlyArray<string>,
    readonly lang: Lang,
    private readonly addresses?: ReadonlyArray<string>
  ) {}

  /** The parameter's name as the function wizard shows it. */
  name(i: number): string {
    const param = this.params[i] ?? "";
    return this.lang === "nl"
      ? ((dutch as DutchMetadata)[this.id]?.parameters[param]?.name ?? param)
      : param;
  }

  /** Where argument i came from, when Excel told (functions with @requiresParameterAddresses). */
  address(i: number): SheetRange | undefined {
    // Parsed once per call: every cell of a range argument asks where it is.
    if (!(i in this.parsed)) {
      const text = this.addresses?.[i];
      this.parsed[i] = text ? parseSheetAddress(text) : undefined;
    }
    return this.parsed[i];
  }

  reject(
    code: IssueCode,
    i: number,
    where?: Where,
    params: Record<string, string | number> = {}
  ): undefined {
    this.issues.push(issue(code, "error", where, { arg: this.name(i), ...params }));
    return undefined;
  }

  /** Ends the call with the findings collected so far and `more` (from the engine). */
  fail(more: ReadonlyArray<Issue> = []): never {
    throw new FunctionRejected([...this.issues, ...more]);
  }

  /** A number, reported as missing, text, TRUE/FALSE or error otherwise. */
  number(i: number, x: unknown, opts: { nonNegative?: boolean } = {}): Dec | undefined {
    return this.numberCell(i, argCell(x), this.scalarWhere(i), opts);
  }

  /** An optional number: omitted or blank gives the default. */
  optionalNumber(
    i: number,
    x: unknown,
    fallback: Dec,
    opts: { nonNegative?: boolean } = {}
  ): Dec | undefined {
    const cell = argCell(x);
    return cell.t === "blank" ? fallback : this.numberCell(i, cell, this.scalarWhere(i), opts);
  }

  /** A range of one row or one column. */
  line(i: number, x: unknown): Line | undefined {
    const shape = lineShape(x);
    if (!shape) {
      const rows = matrix(x);
      return this.reject("ARG_NOT_LINE", i, undefined, {
        rows: rows.length,
        // A fold, not Math.max(...spread): a whole-column range has a million rows.
        columns: rows.reduce((most, r) => Math.max(most, r.length), 0),
      });
    }
    const { across, values } = shape;
    return {
      across,
      cells: values.map((v, k) => ({
        cell: argCell(v),
        where: this.cellWhere(i, across ? 0 : k, across ? k : 0),
      })),
    };
  }

  /** A line of numbers; undefined (with every bad cell reported) unless all are numbers. */
  numbers(i: number, line: Line, opts: { nonNegative?: boolean } = {}): Dec[] | undefined {
    const values = line.cells.map((c) => this.numberCell(i, c.cell, c.where, opts));
    return values.every((v): v is Dec => v !== undefined) ? values : undefined;
  }

  /** The number in cell (row, col) of a block argument. */
  numberAt(
    i: number,
    x: unknown,
    row: number,
    col: number,
    opts: { nonNegative?: boolean } = {}
  ): Dec | undefined {
    return this.numberCell(i, argCell(x), this.cellWhere(i, row, col), opts);
  }

  /** The year in cell (row, col) of a block argument. */
  yearAt(i: number, x: unknown, row: number, col: number): number | undefined {
    const cell = argCell(x);
    return (
      readYearCell(cell) ?? this.rejectCell(i, cell, this.cellWhere(i, row, col), "ARG_NOT_YEAR")
    );
  }

  /** A line of distinct four-digit years. */
  years(i: number, line: Line): number[] | undefined {
    const seen = new Set<number>();
    const years = line.cells.map(({ cell, where }) => {
      const year = readYearCell(cell);
      if (year === undefined) return this.rejectCell(i, cell, where, "ARG_NOT_YEAR");
      return this.distinctYear(i, year, seen, where);
    });
    return years.every((y): y is number => y !== undefined) ? years : undefined;
  }

  /** `year`, unless `seen` already has it (then reported at `where`). */
  distinctYear(
    i: number,
    year: number,
    seen: Set<number>,
    where: Where | undefined
  ): number | undefined {
    if (seen.has(year)) return this.reject("ARG_YEAR_DUPLICATE", i, where, { year });
    seen.add(year);
    return year;
  }

  /** A date: Excel's date serial (1900 date system) or ISO text, as an ISO date. */
  date(i: number, x: unknown): string | undefined {
    const cell = argCell(x);
    const where = this.scalarWhere(i);
    const iso = cell.t === "n" ? serialToIso(cell.v) : cell.t === "s" ? isoText(cell.v) : undefined;
    return iso ?? this.rejectCell(i, cell, where, "ARG_NOT_DATE");
  }

  /** One of a closed set of words (case-insensitive), or the default when omitted. */
  option<T>(
    i: number,
    x: unknown,
    options: Readonly<Record<string, T>>,
    fallback: T
  ): T | undefined {
    const cell = argCell(x);
    if (cell.t === "blank") return fallback;
    const key = cellText(cell).toLowerCase();
    if (key in options) return options[key];
    return this.reject("ARG_UNKNOWN_OPTION", i, this.scalarWhere(i), {
      value: cellText(cell),
      options: Object.keys(options).join(", "),
    });
  }

  /** Where cell (row, col) of argument i is: its A1 address when known, else its row in the argument. */
  cellWhere(i: number, row: number, col: number): Where | undefined {
    const at = this.address(i);
    if (at) return { cell: offsetA1(at.range.start, row, col) };
    return row > 0 || col > 0 ? { row: Math.max(row, col) + 1 } : undefined;
  }

  private scalarWhere(i: number): Where | undefined {
    const at = this.address(i);
    return at ? { cell: offsetA1(at.range.start, 0, 0) } : undefined;
  }

  private numberCell(
    i: number,
    cell: Cell,
    where: Where | undefined,
    { nonNegative = false }
  ): Dec | undefined {
    if (cell.t !== "n") return this.rejectCell(i, cell, where, "ARG_NOT_NUMBER");
    const value = new Dec(cell.v);
    if (!decInBounds(value)) return this.reject("NUMBER_OUT_OF_RANGE", i, where, { value: cell.v });
    if (nonNegative && value.isNegative() && !value.isZero())
      return this.reject("ARG_NEGATIVE", i, where, { value: cell.v });
    return value;
  }

  /** The finding for a cell that is not what was asked: blank, text, error, or `code`. */
  private rejectCell(i: number, cell: Cell, where: Where | undefined, code: IssueCode): undefined {
    const value = cellText(cell);
    if (cell.t === "blank") return this.reject("ARG_MISSING", i, where);
    if (cell.t === "e") return this.reject("ARG_ERROR", i, where, { value });
    if (cell.t === "s" && code !== "ARG_NOT_DATE" && code !== "ARG_NOT_YEAR")
      return this.reject("ARG_TEXT", i, where, { value });
    return this.reject(code, i, where, { value });
  }
}

/** Excel passes a range as rows of values; a single value (or an omitted range) as itself. */
export const matrix = (x: unknown): ReadonlyArray<ReadonlyArray<unknown>> =>
  Array.isArray(x) ? x.map((r) => (Array.isArray(r) ? r : [r])) : [[x]];

/** The raw values of a range of one row or one column, in order; undefined for a block. */
export function lineShape(
  x: unknown
): { across: boolean; values: ReadonlyArray<unknown> } | undefined {
  const rows = matrix(x);
  const across = rows.length === 1;
  if (!across && rows.some((r) => r.length !== 1)) return undefined;
  return { across, values: across ? (rows[0] ?? []) : rows.map((r) => r[0]) };
}

function isoText(text: string): string | undefined {
  const date = parseIsoDate(text);
  return date ? formatIsoDate(date) : undefined;
}
