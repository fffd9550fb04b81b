import { formatAmount } from "../../engine/formatAmount";
import { hasErrors, issue, type Issue } from "../../engine/issue";
import type { Lang } from "../../engine/messages";
import { safePeriodTable, type PeriodTable } from "../../engine/periodTable";
import { ratToFixed } from "../../engine/rational";
import type { DecimalInput } from "../../engine/toDecimal";
import { toDecimal } from "../../engine/toDecimal";
import { isBasis } from "../../engine/yearSlices";
import type { Command } from "../cliIo";
import {
  decimalsOf,
  langOf,
  optionOutOfRange,
  parseCommand,
  streamInput,
  UsageError,
} from "../commonArgs";
import { atCsvLines, finish } from "../issueOutput";
import { readBudgetCsv } from "../readBudgetCsv";
import { lazily } from "../jsonText";
import { oneLine } from "../terminalSafe";
import { textTableLines } from "../textTable";
import { EXACT_PLACES } from "./allocate";
import { pushAll } from "../../engine/pushAll";

/**
 * "--totals 2021=2246325,2022=2483650": canonical decimals, so ',' can separate the years. A
 * malformed list is a usage error; a total beyond NUMBER_BOUNDS an input finding.
 */
function parseTotals(text: string): { totals: Record<number, DecimalInput>; issues: Issue[] } {
  const totals: Record<number, DecimalInput> = {};
  const issues: Issue[] = [];
  for (const part of text.split(",")) {
    const m = /^\s*(\d{4})\s*=\s*(\S+)\s*$/.exec(part);
    const value = m ? toDecimal(m[2]) : undefined;
    if (m && value?.kind === "out-of-range") {
      issues.push(optionOutOfRange(`--totals ${m[1]}`, value.text));
      continue;
    }
    if (!m || value?.kind !== "ok" || Number(m[1]) in totals) {
      throw new UsageError(
        `--totals takes year=amount pairs such as 2021=2246325,2022=2483650; "${part}" is not one (or repeats a year)`
      );
    }
    totals[Number(m[1])] = value.value;
  }
  return { totals, issues };
}

export const periodCommand: Command = async (argv, io) => {
  const { values, positionals } = parseCommand(argv, {
    totals: { type: "string" },
    from: { type: "string" },
    to: { type: "string" },
    basis: { type: "string" },
    decimals: { type: "string" },
  });
  const lang = langOf(values.lang);
  const decimals = decimalsOf(values.decimals);
  const basis = values.basis ?? "months";
  if (!isBasis(basis)) throw new UsageError(`--basis must be months or days, not "${basis}"`);
  if (positionals.length !== 1) throw new UsageError("period takes one budgets CSV file");
  if (!values.totals || !values.from || !values.to)
    throw new UsageError("--totals, --from and --to are required");
  const { totals: yearTotals, issues: totalsIssues } = parseTotals(values.totals);
  const file = positionals[0]!;

  const { chunks, issues: readIssues } = hasErrors(totalsIssues)
    ? { issues: totalsIssues }
    : streamInput(io, file);
  const issues: Issue[] = [...readIssues];
  let table: PeriodTable | undefined;
  if (chunks) {
    const csv = await readBudgetCsv(chunks, file);
    pushAll(issues, csv.issues);
    if (csv.ok) {
      const years = csv.value.headers.slice(1).map((h, c) => {
        const where = { file, row: 1, column: h };
        if (!/^\d{4}$/.test(h)) issues.push(issue("YEAR_INVALID", "error", where, { value: h }));
        else if (csv.value.headers.indexOf(h) !== c + 1)
          issues.push(issue("YEAR_DUPLICATE", "error", where, { year: h }));
        return Number(h);
      });
      if (!hasErrors(issues)) {
        const result = safePeriodTable({
          rows: csv.value.rows.map((r) => ({
            name: r.name,
            weights: Object.fromEntries(years.map((y, c) => [y, r.values[c]])),
          })),
          yearTotals,
          period: { start: values.from, end: values.to },
          basis,
          decimals,
        });
        pushAll(issues, atCsvLines(result.issues, file, csv.value.rows));
        if (result.ok) table = result.value;
      }
    }
  }
  return finish(io, { json: !!values.json, lang }, issues, table, {
    json: periodJson,
    text: (t) => periodText(t, lang),
  });
};

const periodJson = (t: PeriodTable) => ({
  total: t.total.toFixed(t.decimals),
  slices: t.slices.map((s) => ({
    year: s.year,
    fraction: ratToFixed(s.fraction, EXACT_PLACES),
    fraction_exact: `${s.fraction.n}/${s.fraction.d}`,
    start: s.start,
    end: s.end,
    total: s.total.toFixed(t.decimals),
  })),
  rows: lazily(t.rows, (r) => ({
    name: r.name,
    exact: ratToFixed(r.exact, EXACT_PLACES),
    amount: r.amount.toFixed(t.decimals),
    slices: Object.fromEntries(
      t.slices.map((s) => [String(s.year), r.slices[s.year]!.toFixed(t.decimals)])
    ),
  })),
});

function* periodText(t: PeriodTable, lang: Lang): Generator<string> {
  const slice = (s: PeriodTable["slices"][number]) => `${s.year} (${s.fraction.n}/${s.fraction.d})`;
  const headers = [
    lang === "nl" ? "Gemeente" : "Municipality",
    ...t.slices.map(slice),
    lang === "nl" ? "Periode" : "Period",
  ];
  const fmt = (d: Parameters<typeof formatAmount>[0]) => formatAmount(d, t.decimals, lang);
  const rows = t.rows.map((r) => [
    r.name,
    ...t.slices.map((s) => fmt(r.slices[s.year]!)),
    fmt(r.amount),
  ]);
  rows.push([
    lang === "nl" ? "Totaal" : "Total",
    ...t.slices.map((s) => fmt(s.total)),
    fmt(t.total),
  ]);
  const title = `${lang === "nl" ? "Periode" : "Period"} ${t.period.start} – ${t.period.end} (${t.basis === "months" ? (lang === "nl" ? "hele maanden" : "whole months") : lang === "nl" ? "dagen" : "days"})`;
  yield oneLine(title) + "\n";
  yield* textTableLines(
    headers,
    rows,
    headers.map((_, i) => (i === 0 ? "l" : "r"))
  );
}
