import { safeAllocate } from "../allocate";
import { Dec } from "../decimal";
import { issue, type Issue } from "../issue";
import { normalizeName } from "../normalizeName";
import { safePeriodTable } from "../periodTable";
import { ratAbs, ratCmp, ratFromDec, ratSub, ratToDec, rat, type Rational } from "../rational";
import { toDecimal } from "../toDecimal";
import { sumDec } from "../sumDec";
import { finding } from "./finding";
import { AUDIT_TABLES, type PublishedRow, type PublishedTables } from "./publishedTables";

const ONE = rat(1n);

/** A printed amount follows from its inputs when it is its exact value rounded down or up. */
const follows = (printed: Dec, exact: Rational): boolean =>
  ratCmp(ratAbs(ratSub(ratFromDec(printed), exact)), ONE) < 0;

function number(
  value: string | number | undefined,
  table: string,
  row: string,
  column: string,
  issues: Issue[]
): Dec | undefined {
  const c = toDecimal(value);
  if (c.kind === "ok") return c.value;
  if (c.kind === "out-of-range") {
    issues.push(issue("NUMBER_OUT_OF_RANGE", "error", { table, row, column }, { value: c.text }));
    return undefined;
  }
  issues.push(
    issue(
      "AUDIT_INPUT_INVALID",
      "error",
      { table, row, column },
      { reason: c.kind === "missing" ? "blank" : `"${c.text}"` }
    )
  );
  return undefined;
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

/**
 * Recomputes the published P-budget, per-year lump-sum and period tables from their own
 * inputs (the printed P-budgets and the printed lump-sum totals) and says, cell by cell, what
 * does not follow. Amounts printed in whole euros follow when within one euro of exact; totals
 * must be the sum of their rows. The projection has its own audit (projection/auditProjection).
 */
export function auditPublished(tables: PublishedTables): Issue[] {
  const issues: Issue[] = [];
  const pb = tables.participatiebudget_nieuwe_doelgroepen;
  if (!pb) return issues;
  const years = pb.years.map(String);
  const budgets = new Map<string, Record<string, Dec>>();
  for (const row of pb.rows) {
    const values: Record<string, Dec> = {};
    for (const y of years) {
      const v = number(row[y], AUDIT_TABLES.pbudget, row.gemeente, y, issues);
      if (v) values[y] = v;
    }
    budgets.set(normalizeName(row.gemeente), values);
  }
  for (const y of years) {
    const printed = pb.printed_total?.[y];
    const rows = [...budgets.values()].flatMap((b) => (b[y] ? [b[y]] : []));
    issues.push(
      ...totalIsSum(
        AUDIT_TABLES.pbudget,
        y,
        rows,
        printed === undefined
          ? undefined
          : number(printed, AUDIT_TABLES.pbudget, "Totaal", y, issues)
      )
    );
  }
  const weightRows = (y: string) =>
    [...budgets.entries()].map(([name, b]) => ({ name, weight: b[y] }));
  issues.push(...auditLumpsum(tables, years, weightRows), ...auditPeriod(tables, budgets));
  return issues;
}

function unmatched(
  table: string,
  rows: ReadonlyArray<PublishedRow | { gemeente: string }>,
  known: ReadonlySet<string>
): Issue[] {
  return rows
    .filter((r) => !known.has(normalizeName(r.gemeente)))
    .map((r) =>
      issue("AUDIT_ROW_UNMATCHED", "warning", { table, row: r.gemeente }, { name: r.gemeente })
    );
}

function auditLumpsum(
  tables: PublishedTables,
  years: ReadonlyArray<string>,
  weightRows: (y: string) => { name: string; weight: Dec | undefined }[]
): Issue[] {
  const ls = tables.lumpsum_per_year;
  if (!ls) return [];
  const issues: Issue[] = [];
  const table = AUDIT_TABLES.lumpsum;
  const names = new Set(weightRows(years[0] ?? "").map((r) => r.name));
  issues.push(...unmatched(table, ls.rows, names));
  for (const y of Object.keys(ls.printed_total)) {
    const printedTotal = number(ls.printed_total[y], table, "Totaal", y, issues);
    const printedRows = new Map(
      ls.rows.map((r) => [normalizeName(r.gemeente), number(r[y], table, r.gemeente, y, issues)])
    );
    issues.push(
      ...totalIsSum(
        table,
        y,
        [...printedRows.values()].filter((v): v is Dec => !!v),
        printedTotal
      )
    );
    if (!printedTotal || !years.includes(y)) continue;
    const recomputed = safeAllocate({ rows: weightRows(y), total: printedTotal });
    if (!recomputed.ok) {
      issues.push(
        issue(
          "AUDIT_INPUT_INVALID",
          "error",
          { table, column: y },
          { reason: recomputed.issues.map((i) => i.code).join(", ") }
        )
      );
      continue;
    }
    for (const row of recomputed.value.rows) {
      const printed = printedRows.get(row.name);
      if (printed && !follows(printed, row.exact)) {
        issues.push(
          finding(
            "AUDIT_AMOUNT_NOT_FOLLOWING",
            "error",
            { table, row: row.name, column: y },
            printed,
            ratToDec(row.exact, 0)
          )
        );
      }
    }
  }
  return issues;
}

function auditPeriod(
  tables: PublishedTables,
  budgets: ReadonlyMap<string, Record<string, Dec>>
): Issue[] {
  const pt = tables.lumpsum_first_period;
  const totals = tables.lumpsum_per_year?.printed_total;
  if (!pt || !totals) return [];
  const issues: Issue[] = [];
  const table = AUDIT_TABLES.period;
  const column = `${pt.period.start} – ${pt.period.end}`;
  issues.push(...unmatched(table, pt.rows, new Set(budgets.keys())));
  const printedRows = new Map(
    pt.rows.map((r) => [
      normalizeName(r.gemeente),
      number(r.amount, table, r.gemeente, column, issues),
    ])
  );
  const printedTotal =
    pt.printed_total === undefined
      ? undefined
      : number(pt.printed_total, table, "Totaal", column, issues);
  issues.push(
    ...totalIsSum(
      table,
      column,
      [...printedRows.values()].filter((v): v is Dec => !!v),
      printedTotal
    )
  );
  const recomputed = safePeriodTable({
    rows: [...budgets.entries()].map(([name, b]) => ({
      name,
      weights: Object.fromEntries(Object.entries(b).map(([y, v]) => [Number(y), v])),
    })),
    yearTotals: Object.fromEntries(Object.entries(totals).map(([y, v]) => [Number(y), v])),
    period: pt.period,
  });
  if (!recomputed.ok) {
    return [
      ...issues,
      issue(
        "AUDIT_INPUT_INVALID",
        "error",
        { table, column },
        { reason: recomputed.issues.map((i) => i.code).join(", ") }
      ),
    ];
  }
  for (const row of recomputed.value.rows) {
    const printed = printedRows.get(row.name);
    if (printed && !follows(printed, row.exact)) {
      issues.push(
        finding(
          "AUDIT_AMOUNT_NOT_FOLLOWING",
          "error",
          { table, row: row.name, column },
          printed,
          ratToDec(row.exact, 0)
        )
      );
    }
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
