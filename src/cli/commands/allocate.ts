import { safeAllocate, type Allocation } from "../../engine/allocate";
import { formatAmount } from "../../engine/formatAmount";
import { hasErrors, issue, type Issue } from "../../engine/issue";
import type { Lang } from "../../engine/messages";
import { Dec } from "../../engine/decimal";
import { ratPercent, ratToFixed } from "../../engine/rational";
import { toDecimal } from "../../engine/toDecimal";
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
import { textTableLines } from "../textTable";
import { pushAll } from "../../engine/pushAll";

/** Places for the exact share and amount in the JSON: enough to see every tie-break. */
export const EXACT_PLACES = 12;

export const allocateCommand: Command = async (argv, io) => {
  const { values, positionals } = parseCommand(argv, {
    total: { type: "string" },
    decimals: { type: "string" },
  });
  const lang = langOf(values.lang);
  const decimals = decimalsOf(values.decimals);
  if (positionals.length !== 1) throw new UsageError("allocate takes one budgets CSV file");
  if (values.total === undefined) throw new UsageError("--total is required");
  const file = positionals[0]!;
  const total = toDecimal(values.total);
  if (total.kind === "missing" || total.kind === "invalid")
    throw new UsageError(
      `--total must be a number like 2246325 or 2246325.50, not "${values.total}"`
    );
  if (total.kind === "out-of-range")
    return finish(
      io,
      { json: !!values.json, lang },
      [optionOutOfRange("--total", total.text)],
      undefined,
      {
        json: allocationJson,
        text: (a) => allocationText(a, lang),
      }
    );

  const { chunks, issues: readIssues } = streamInput(io, file);
  const issues: Issue[] = [...readIssues];
  let allocation: Allocation | undefined;
  if (chunks) {
    const csv = await readBudgetCsv(chunks, file);
    pushAll(issues, csv.issues);
    if (csv.ok && csv.value.headers.length < 2)
      issues.push(issue("CSV_TOO_FEW_COLUMNS", "error", { file, row: 1 }));
    if (csv.ok && !hasErrors(issues)) {
      const result = safeAllocate({
        rows: csv.value.rows.map((r) => ({ name: r.name, weight: r.values[0] })),
        total: total.value,
        decimals,
      });
      pushAll(issues, atCsvLines(result.issues, file, csv.value.rows, csv.value.headers[1]));
      if (result.ok) allocation = result.value;
    }
  }
  return finish(io, { json: !!values.json, lang }, issues, allocation, {
    json: allocationJson,
    text: (a) => allocationText(a, lang),
  });
};

const allocationJson = (a: Allocation) => ({
  total: a.total.toFixed(a.decimals),
  rows: lazily(a.rows, (r) => ({
    name: r.name,
    weight: r.weight.toString(),
    share: ratToFixed(r.share, EXACT_PLACES),
    exact: ratToFixed(r.exact, EXACT_PLACES),
    amount: r.amount.toFixed(a.decimals),
  })),
});

function allocationText(a: Allocation, lang: Lang): Iterable<string> {
  const h =
    lang === "nl"
      ? ["Gemeente", "P-budget", "Aandeel", "Lumpsum"]
      : ["Municipality", "P-budget", "Share", "Lump sum"];
  const rows = a.rows.map((r) => [
    r.name,
    formatAmount(r.weight, r.weight.decimalPlaces(), lang),
    `${formatAmount(ratPercent(r.share, 2), 2, lang)}%`,
    formatAmount(r.amount, a.decimals, lang),
  ]);
  const sumW = a.rows.reduce((s, r) => s.plus(r.weight), new Dec(0));
  rows.push([
    lang === "nl" ? "Totaal" : "Total",
    formatAmount(sumW, sumW.decimalPlaces(), lang),
    `${formatAmount(new Dec(100), 2, lang)}%`,
    formatAmount(a.total, a.decimals, lang),
  ]);
  return textTableLines(h, rows, ["l", "r", "r", "r"]);
}
