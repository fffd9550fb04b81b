import type { Dec } from "../engine/decimal";
import { hasErrors, issue, type Issue, type Where } from "../engine/issue";
import { nameKey } from "../engine/nameKey";
import { normalizeName } from "../engine/normalizeName";
import { a1, parseRange, rangesOverlap, parseA1 } from "./a1";
import { ANNEX, headerIs, TOTALS_LABEL } from "./annexLayout";
import type { Cell } from "./cell";
import type { Merger } from "../engine/structure/merger";
import { mergerNames } from "../engine/structure/mergerNames";
import { isKnownMunicipality } from "./knownMunicipalities";
import { blockAddress, cellWhere, isBlankRow, sheetRow } from "./rangeWhere";
import { readAmountCell } from "./readAmountCell";
import { cellText, readYearCell } from "./readYearCell";
import type { RangeData } from "./workbookPort";
import { pushAll } from "../engine/pushAll";
import { EXCEL_CELL_TEXT_MAX } from "./excelText";

export interface BudgetRow {
  readonly name: string;
  readonly area?: string;
  /**
   * Per year; a year is absent only where a merger participant is blank (not listed that year,
   * as a sheet gives the old names for 2021 and the new one for 2022). Any other blank is an error.
   */
  readonly weights: Readonly<Record<number, Dec>>;
  /** Where each year's budget cell is, so findings the engine makes by name and year can name it. */
  readonly places?: Readonly<Record<number, Where>>;
}

export interface Budgets {
  /** The table name (PBudget) or sheet name (P-budget) the budgets came from. */
  readonly source: string;
  /** The block read, e.g. "'P-budget'!A1:D12", for the provenance line. */
  readonly address: string;
  /** Ascending. */
  readonly years: ReadonlyArray<number>;
  readonly hasArea: boolean;
  readonly rows: ReadonlyArray<BudgetRow>;
}

/** A municipality a workbook declares in its table "Gemeenten", with where it is declared. */
export interface Declared {
  readonly name: string;
  readonly where: Where;
}

interface Columns {
  years: Map<number, number>;
  area?: number;
}

/**
 * Decodes the P-budget block (table PBudget, or sheet P-budget from its first row), checking
 * it cell by cell. Every problem is a finding naming sheet and cell; the budgets come back
 * only when there is no error, so nothing is computed from input that is not understood.
 * A sheet's data ends at its first blank row: notes or a printed total below it are not read.
 * `mergers` (validated): whose blank means "not listed that year".
 */
export function decodeBudgets(
  range: RangeData,
  declared?: ReadonlyArray<Declared>,
  mergers: ReadonlyArray<Merger> = []
): { budgets?: Budgets; issues: Issue[] } {
  const issues: Issue[] = [];
  const isTable = range.tableName !== undefined;
  const first = isTable ? 0 : range.cells.findIndex((row) => !isBlankRow(row));
  const header = range.cells[first];
  if (first < 0 || !header) return { issues: [issue("NO_ROWS", "error", { sheet: range.sheet })] };
  let last = range.cells.length - 1;
  if (!isTable) {
    const blank = range.cells.findIndex((row, r) => r > first && isBlankRow(row));
    const rest = blank < 0 ? -1 : range.cells.findIndex((row, r) => r > blank && !isBlankRow(row));
    if (blank >= 0) last = blank - 1;
    if (rest >= 0)
      issues.push(
        issue("ROWS_AFTER_BLANK_IGNORED", "warning", cellWhere(range, rest, 0), {
          row: sheetRow(range, rest),
        })
      );
  }
  pushAll(issues, mergedIssues(range, first, last));
  pushAll(issues, adjacentIssues(range));
  const columns = decodeHeader(range, first, header, issues);
  if (range.filtered)
    issues.push(
      issue(
        "SOURCE_FILTERED",
        "warning",
        { sheet: range.sheet, cell: range.origin },
        { source: range.tableName ?? range.sheet }
      )
    );

  const rows: BudgetRow[] = [];
  const seen = new Set<string>();
  const declaredKeys = declared && new Set(declared.map((d) => nameKey(d.name)));
  const hidden = new Set(range.hiddenRows);
  const participants = mergerNames(mergers);
  const unknown: Declared[] = [];
  for (let r = first + 1; r <= last; r++) {
    const cells = range.cells[r] ?? [];
    if (isBlankRow(cells)) continue;
    const row = decodeRow(range, r, cells, columns, participants, issues);
    if (!row) continue;
    const key = nameKey(row.name);
    if (seen.has(key))
      issues.push(
        issue("NAME_DUPLICATE", "error", cellWhere(range, r, 0, { row: row.name }), {
          name: row.name,
        })
      );
    else if (declaredKeys && !declaredKeys.has(key)) {
      issues.push(
        issue("NAME_UNDECLARED", "error", cellWhere(range, r, 0, { row: row.name }), {
          name: row.name,
        })
      );
    } else if (!declaredKeys && !isKnownMunicipality(row.name))
      unknown.push({ name: row.name, where: cellWhere(range, r, 0, { row: row.name }) });
    seen.add(key);
    if (hidden.has(r))
      issues.push(
        issue("ROW_HIDDEN", "warning", cellWhere(range, r, 0, { row: row.name }), {
          row: sheetRow(range, r),
          name: row.name,
        })
      );
    rows.push(row);
  }
  pushAll(issues, unknownIssues(unknown, rows.length));
  for (const d of declared ?? []) {
    if (!seen.has(nameKey(d.name)))
      issues.push(issue("MUNICIPALITY_ABSENT", "error", d.where, { name: d.name }));
  }
  if (rows.length === 0 && !hasErrors(issues))
    issues.push(issue("NO_ROWS", "error", cellWhere(range, first, 0)));
  if (hasErrors(issues)) return { issues };
  return {
    issues,
    budgets: {
      source: range.tableName ?? range.sheet,
      address: blockAddress(range),
      years: [...columns.years.keys()].sort((a, b) => a - b),
      hasArea: columns.area !== undefined,
      rows,
    },
  };
}

/**
 * Names outside the IBN list: each one a likely typo when most names are IBN's, but when most
 * are not, the workbook models another region and one finding says so instead of hundreds.
 */
function unknownIssues(unknown: ReadonlyArray<Declared>, rows: number): Issue[] {
  if (unknown.length * 2 <= rows)
    return unknown.map((u) => issue("NAME_UNKNOWN", "warning", u.where, { name: u.name }));
  return [
    issue("NAMES_NOT_IBN", "warning", unknown[0]!.where, { count: unknown.length, total: rows }),
  ];
}

/** The first cells of a list for a finding, and how many there are when that is not all of them. */
const someCells = (cells: ReadonlyArray<string>): string =>
  cells.length <= 10 ? cells.join(", ") : `${cells.slice(0, 10).join(", ")}, … (${cells.length})`;

/**
 * Data typed just below or beside a table is not part of it and would be left out unseen: a
 * warning naming the cells. A totals line right below (a sum the user keeps there) is expected.
 */
function adjacentIssues(range: RangeData): Issue[] {
  if (!range.adjacent || !range.tableName) return [];
  const origin = parseA1(range.origin) ?? { row: 0, col: 0 };
  const width = range.cells.reduce((w, row) => Math.max(w, row.length), 1);
  const bottom = range.cells.length + (range.totalsRow ? 1 : 0);
  const filled = (cells: ReadonlyArray<Cell>, at: (i: number) => string) =>
    cells.flatMap((cell, i) => (cellText(cell) === "" ? [] : [at(i)]));
  const below = filled(range.adjacent.below, (i) =>
    a1({ row: origin.row + bottom, col: origin.col + i })
  );
  const right = filled(range.adjacent.right, (i) =>
    a1({ row: origin.row + i, col: origin.col + width })
  );
  const isTotals = TOTALS_LABEL.test(nameKey(cellText(range.adjacent.below[0] ?? { t: "blank" })));
  const where = (cell: string) => ({ sheet: range.sheet, cell, table: range.tableName! });
  return [
    ...(below.length > 0 && !isTotals
      ? [
          issue("DATA_BELOW_TABLE", "warning", where(below[0]!), {
            table: range.tableName,
            cells: someCells(below),
          }),
        ]
      : []),
    ...(right.length > 0
      ? [
          issue("DATA_BESIDE_TABLE", "warning", where(right[0]!), {
            table: range.tableName,
            cells: someCells(right),
          }),
        ]
      : []),
  ];
}

/** Merged cells hide values in all but their first cell, so any merge in the data is an error. */
function mergedIssues(range: RangeData, first: number, last: number): Issue[] {
  const origin = parseA1(range.origin) ?? { row: 0, col: 0 };
  const width = range.cells.reduce((w, row) => Math.max(w, row.length), 1);
  const data = {
    start: { row: origin.row + first, col: origin.col },
    end: { row: origin.row + last, col: origin.col + width - 1 },
  };
  return range.merged.flatMap((text) => {
    const merged = parseRange(text);
    if (!merged || !rangesOverlap(merged, data)) return [];
    return [
      issue(
        "MERGED_CELLS",
        "error",
        {
          sheet: range.sheet,
          cell: text.split(":")[0]!,
          ...(range.tableName ? { table: range.tableName } : {}),
        },
        { range: text }
      ),
    ];
  });
}

function decodeHeader(
  range: RangeData,
  r: number,
  header: ReadonlyArray<Cell>,
  issues: Issue[]
): Columns {
  const columns: Columns = { years: new Map() };
  const nameHeader = cellText(header[0] ?? { t: "blank" });
  if (!headerIs(nameHeader, ANNEX.nameHeaders))
    issues.push(
      issue("NAME_HEADER_MISSING", "error", cellWhere(range, r, 0), { value: nameHeader })
    );
  header.forEach((cell, c) => {
    if (c === 0) return;
    const label = cellText(cell);
    const year = readYearCell(cell);
    const where = cellWhere(range, r, c, { column: label });
    const hasData = range.cells.some(
      (row, k) => k > r && cellText(row[c] ?? { t: "blank" }) !== ""
    );
    if (cell.t === "e") issues.push(issue("CELL_ERROR", "error", where, { value: label }));
    else if (year !== undefined) {
      if (columns.years.has(year)) issues.push(issue("YEAR_DUPLICATE", "error", where, { year }));
      else columns.years.set(year, c);
    } else if (headerIs(label, ANNEX.areaHeaders) && columns.area === undefined) columns.area = c;
    else if (/\d/.test(label) || (label === "" && hasData))
      issues.push(issue("YEAR_INVALID", "error", where, { value: label }));
    else if (label !== "") issues.push(issue("COLUMN_IGNORED", "warning", where, { value: label }));
  });
  if (columns.years.size === 0 && !hasErrors(issues))
    issues.push(issue("NO_YEAR_COLUMNS", "error", cellWhere(range, r, 0)));
  return columns;
}

function decodeRow(
  range: RangeData,
  r: number,
  cells: ReadonlyArray<Cell>,
  columns: Columns,
  participants: ReadonlySet<string>,
  issues: Issue[]
): BudgetRow | undefined {
  const nameCell = cells[0] ?? { t: "blank" };
  const name = normalizeName(cellText(nameCell));
  if (nameCell.t === "e") {
    issues.push(issue("CELL_ERROR", "error", cellWhere(range, r, 0), { value: name }));
    return undefined;
  }
  if (name === "") {
    issues.push(issue("NAME_MISSING", "error", cellWhere(range, r, 0)));
    return undefined;
  }
  if (name.length > EXCEL_CELL_TEXT_MAX) {
    issues.push(
      issue("CELL_TEXT_TOO_LONG", "error", cellWhere(range, r, 0), {
        length: name.length,
        max: EXCEL_CELL_TEXT_MAX,
      })
    );
    return undefined;
  }
  if (TOTALS_LABEL.test(nameKey(name))) {
    issues.push(
      issue("TOTALS_ROW_IN_DATA", "error", cellWhere(range, r, 0, { row: name }), { value: name })
    );
    return undefined;
  }
  const weights: Record<number, Dec> = {};
  const places: Record<number, Where> = {};
  // A merger participant's blank may mean "not listed that year": the engine decides, year by
  // year, against the other names of its merger (listedInYear).
  const mayBeBlank = participants.has(nameKey(name));
  const cellOf = (c: number) => cells[c] ?? { t: "blank" as const };
  for (const [year, c] of columns.years) {
    const where = cellWhere(range, r, c, { row: name, column: String(year) });
    places[year] = where;
    const read = readAmountCell(cellOf(c), range.date1904);
    if (read.kind === "blank") {
      if (!mayBeBlank) issues.push(issue("WEIGHT_MISSING", "error", where, { name }));
    } else if (read.kind === "refused")
      issues.push(issue(read.code, "error", where, { name, ...read.params }));
    else if (read.value.isNegative() && !read.value.isZero())
      issues.push(issue("WEIGHT_NEGATIVE", "error", where, { name, value: read.value.toString() }));
    else {
      if (read.text !== undefined)
        issues.push(
          issue("NUMBER_AS_TEXT", "warning", where, {
            value: read.text.trim(),
            read: read.value.toString(),
          })
        );
      weights[year] = read.value;
    }
  }
  const area =
    columns.area === undefined
      ? undefined
      : normalizeName(cellText(cells[columns.area] ?? { t: "blank" }));
  if (area && area.length > EXCEL_CELL_TEXT_MAX) {
    issues.push(
      issue("CELL_TEXT_TOO_LONG", "error", cellWhere(range, r, columns.area!), {
        length: area.length,
        max: EXCEL_CELL_TEXT_MAX,
      })
    );
    return undefined;
  }
  return { name, weights, places, ...(area ? { area } : {}) };
}
