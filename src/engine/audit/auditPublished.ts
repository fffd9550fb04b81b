import { allocateYear } from "../allocateYear";
import type { Dec } from "../decimal";
import { issue, type Issue, type Where } from "../issue";
import { nameKey } from "../nameKey";
import { normalizeName } from "../normalizeName";
import { safePeriodTable } from "../periodTable";
import { ratFloor, ratToDec, type Rational } from "../rational";
import { BUILT_IN_MERGERS } from "../structure/builtInMergers";
import type { StructureRow } from "../structure/listedInYear";
import { mergerNames } from "../structure/mergerNames";
import { sumDec } from "../sumDec";
import { toDecimal } from "../toDecimal";
import { pushAll } from "../pushAll";
import { finding } from "./finding";
import { AUDIT_TABLES, type PublishedRow, type PublishedTables } from "./publishedTables";

/**
 * A printed amount follows from its inputs when it is a rounding of its exact value down or up
 * per year slice: between the sum of the slices' floors and the sum of their ceilings (one
 * slice for a year; a period amount is one rounding per slice). A figure not in whole euros has
 * its own finding and is not judged here.
 */
function follows(printed: Dec, slices: ReadonlyArray<Rational>): boolean {
  if (!printed.isInteger()) return true;
  const p = BigInt(printed.toFixed(0));
  const low = slices.reduce((s, x) => s + ratFloor(x), 0n);
  const high = slices.reduce((s, x) => s - ratFloor({ n: -x.n, d: x.d }), 0n);
  return low <= p && p <= high;
}

/** Reads every printed figure once; a figure it cannot read is a finding, and is left out. */
class Figures {
  readonly issues: Issue[] = [];

  /** A P-budget: any number, or blank for a municipality in a merger (not listed that year). */
  budget(value: unknown, where: Where, name: string): Dec | undefined {
    return this.blankMayBe(value, name) ? undefined : this.read(value, where);
  }

  /**
   * A lump-sum amount as the tables print it, in whole euros: anything else is a finding (and
   * the figure still counts in its column's sum, as printed). Blank as a budget may be.
   */
  euros(value: unknown, where: Where, name = ""): Dec | undefined {
    if (this.blankMayBe(value, name)) return undefined;
    const x = this.read(value, where);
    if (x && !x.isInteger())
      this.issues.push(issue("AUDIT_NOT_WHOLE_EUROS", "error", where, { printed: x.toString() }));
    return x;
  }

  private blankMayBe(value: unknown, name: string): boolean {
    return (
      toDecimal(value as string | number | undefined).kind === "missing" &&
      mergerNames(BUILT_IN_MERGERS).has(nameKey(name))
    );
  }

  private read(value: unknown, where: Where): Dec | undefined {
    const c = toDecimal(value as string | number | undefined);
    if (c.kind === "ok") return c.value;
    if (c.kind === "out-of-range") {
      this.issues.push(issue("NUMBER_OUT_OF_RANGE", "error", where, { value: c.text }));
      return undefined;
    }
    // A blank is missing, never zero; text is no amount: the workbook's own findings say so.
    this.issues.push(
      c.kind === "missing"
        ? issue("AMOUNT_BLANK", "error", where)
        : issue("AMOUNT_NOT_NUMBER", "error", where, { value: c.text })
    );
    return undefined;
  }
}

/** Rows whose name came before (nameKey): each one a finding; the first keeps its place. */
function duplicates(table: string, names: ReadonlyArray<string>): Issue[] {
  const seen = new Set<string>();
  return names.flatMap((name) => {
    const key = nameKey(name);
    const again = seen.has(key);
    seen.add(key);
    return again ? [issue("AUDIT_ROW_DUPLICATE", "error", { table, row: name }, { name })] : [];
  });
}

function totalIsSum(
  table: string,
  column: string,
  rows: ReadonlyArray<Dec>,
  printed: Dec | undefined
): Issue[] {
  const sum = sumDec(rows);
  return printed && !printed.eq(sum)
    ? [finding("AUDIT_TOTAL_NOT_SUM", "warning", { table, row: "Totaal", column }, printed, sum)]
    : [];
}

/** The columns of a printed table: the years its total and its rows name. */
const columnsOf = (rows: ReadonlyArray<PublishedRow>, totals: object): string[] =>
  [...new Set([...Object.keys(totals), ...rows.flatMap((r) => Object.keys(r))])]
    .filter((k) => k !== "gemeente")
    .sort();

/**
 * Recomputes the published P-budget, per-year lump-sum and period tables from their own
 * inputs (the printed P-budgets and the printed lump-sum totals) and says, cell by cell, what
 * does not follow. Every printed figure is read once: amounts must be whole euros and follow
 * (within one euro of exact), totals must be the sum of their rows, a municipality listed
 * twice is an error, and a table that cannot be checked (no P-budgets, a year without them)
 * says so — never silence. A municipality of the 2022 mergers may be blank in a year it did
 * not exist. The projection has its own audit (projection/auditProjection).
 */
export function auditPublished(tables: PublishedTables): Issue[] {
  const pb = tables.participatiebudget_nieuwe_doelgroepen;
  if (!pb) {
    return [
      ...(tables.lumpsum_per_year ? [AUDIT_TABLES.lumpsum] : []),
      ...(tables.lumpsum_first_period ? [AUDIT_TABLES.period] : []),
    ].map((table) => issue("AUDIT_FIGURES_UNCHECKED", "error", { table }, { table }));
  }
  const figures = new Figures();
  const years = pb.years.map(String);
  const table = AUDIT_TABLES.pbudget;
  const twice = duplicates(
    table,
    pb.rows.map((r) => r.gemeente)
  );
  const issues: Issue[] = [...twice];
  const rows: StructureRow[] = pb.rows.map((row) => ({
    name: row.gemeente,
    weights: Object.fromEntries(
      years.flatMap((y) => {
        const v = figures.budget(row[y], { table, row: row.gemeente, column: y }, row.gemeente);
        return v ? [[Number(y), v]] : [];
      })
    ),
  }));
  for (const y of years) {
    const printed = pb.printed_total?.[y];
    const total =
      printed === undefined
        ? undefined
        : figures.budget(printed, { table, row: "Totaal", column: y }, "");
    issues.push(
      ...totalIsSum(table, y, rows.flatMap((r) => r.weights[Number(y)] ?? []) as Dec[], total)
    );
  }
  // With a name twice, which budget is right is not known: nothing is recomputed from it.
  const usable = twice.length === 0 ? rows : [];
  pushAll(issues, auditLumpsum(tables, years, usable, figures));
  pushAll(issues, auditPeriod(tables, usable, figures));
  // A P-budget the per-year and the period recomputation both stumble on is said once.
  const said = new Set<string>();
  return [...figures.issues, ...issues].filter((i) => {
    const key = JSON.stringify([i.code, i.where?.table, i.where?.row, i.where?.column]);
    if (said.has(key)) return false;
    said.add(key);
    return true;
  });
}

function unmatched(
  table: string,
  names: ReadonlyArray<string>,
  known: ReadonlySet<string>
): Issue[] {
  return names
    .filter((n) => !known.has(nameKey(n)))
    .map((name) => issue("AUDIT_ROW_UNMATCHED", "warning", { table, row: name }, { name }));
}

function auditLumpsum(
  tables: PublishedTables,
  years: ReadonlyArray<string>,
  budgets: ReadonlyArray<StructureRow>,
  figures: Figures
): Issue[] {
  const ls = tables.lumpsum_per_year;
  if (!ls) return [];
  const table = AUDIT_TABLES.lumpsum;
  const names = ls.rows.map((r) => r.gemeente);
  const issues = [...duplicates(table, names), ...unmatched(table, names, keysOf(budgets))];
  for (const y of columnsOf(ls.rows, ls.printed_total)) {
    const printedTotal =
      ls.printed_total[y] === undefined
        ? undefined
        : figures.euros(ls.printed_total[y], { table, row: "Totaal", column: y });
    // Each printed figure once, in the order printed; a blank where the year does not list the name (a merger) is no figure.
    const printed = ls.rows.map((r) => ({
      name: r.gemeente,
      value: figures.euros(r[y], { table, row: r.gemeente, column: y }, r.gemeente),
    }));
    issues.push(
      ...totalIsSum(
        table,
        y,
        printed.flatMap((p) => p.value ?? []),
        printedTotal
      )
    );
    if (!printedTotal || !years.includes(y) || budgets.length === 0) {
      if (budgets.length > 0)
        issues.push(issue("AUDIT_FIGURES_UNCHECKED", "error", { table, column: y }, { table }));
      continue;
    }
    const recomputed = allocateYear(budgets, BUILT_IN_MERGERS, Number(y), printedTotal, 0);
    if (!recomputed.ok) {
      pushAll(issues, inputFindings(recomputed.issues));
      continue;
    }
    const exact = new Map(recomputed.value.rows.map((r) => [nameKey(r.name), r.exact]));
    for (const p of printed) {
      const x = exact.get(nameKey(p.name));
      if (p.value && x && !follows(p.value, [x]))
        issues.push(
          finding(
            "AUDIT_AMOUNT_NOT_FOLLOWING",
            "error",
            { table, row: p.name, column: y },
            p.value,
            ratToDec(x, 0)
          )
        );
    }
  }
  return issues;
}

const keysOf = (rows: ReadonlyArray<StructureRow>): Set<string> =>
  new Set(rows.map((r) => nameKey(r.name)));

/**
 * Why the P-budgets cannot be recomputed, as the engine says it (a missing budget, a merger no
 * name of which is listed …), placed in the P-budget table: the finding is about the input.
 */
const inputFindings = (issues: ReadonlyArray<Issue>): Issue[] =>
  issues.map((i) => ({ ...i, where: { ...i.where, table: AUDIT_TABLES.pbudget } }));

function auditPeriod(
  tables: PublishedTables,
  budgets: ReadonlyArray<StructureRow>,
  figures: Figures
): Issue[] {
  const pt = tables.lumpsum_first_period;
  if (!pt) return [];
  const table = AUDIT_TABLES.period;
  const column = `${pt.period.start} – ${pt.period.end}`;
  const names = pt.rows.map((r) => r.gemeente);
  const issues = [...duplicates(table, names), ...unmatched(table, names, keysOf(budgets))];
  const printed = pt.rows.map((r) => ({
    name: normalizeName(r.gemeente),
    value: figures.euros(r.amount, { table, row: r.gemeente, column }),
  }));
  const printedTotal =
    pt.printed_total === undefined
      ? undefined
      : figures.euros(pt.printed_total, { table, row: "Totaal", column });
  issues.push(
    ...totalIsSum(
      table,
      column,
      printed.flatMap((p) => p.value ?? []),
      printedTotal
    )
  );
  const totals = tables.lumpsum_per_year?.printed_total;
  if (!totals || budgets.length === 0) {
    if (budgets.length > 0)
      issues.push(issue("AUDIT_FIGURES_UNCHECKED", "error", { table, column }, { table }));
    return issues;
  }
  const recomputed = safePeriodTable({
    rows: budgets,
    yearTotals: Object.fromEntries(Object.entries(totals).map(([y, v]) => [Number(y), v])),
    period: pt.period,
    mergers: BUILT_IN_MERGERS,
  });
  if (!recomputed.ok) return [...issues, ...inputFindings(recomputed.issues)];
  const rows = new Map(recomputed.value.rows.map((r) => [nameKey(r.name), r]));
  for (const p of printed) {
    const r = rows.get(nameKey(p.name));
    if (p.value && r && !follows(p.value, Object.values(r.exactSlices)))
      issues.push(
        finding(
          "AUDIT_AMOUNT_NOT_FOLLOWING",
          "error",
          { table, row: p.name, column },
          p.value,
          ratToDec(r.exact, 0)
        )
      );
  }
  if (printedTotal && !printedTotal.eq(recomputed.value.total)) {
    issues.push(
      finding(
        "AUDIT_PERIOD_TOTAL_NOT_FOLLOWING",
        "warning",
        { table, row: "Totaal", column },
        printedTotal,
        recomputed.value.total
      )
    );
  }
  return issues;
}
