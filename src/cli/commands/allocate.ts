import { safeAllocate, type Allocation } from "../../engine/allocate";
import { allocateYear } from "../../engine/allocateYear";
import { mergersInForce } from "../../engine/structure/mergersInForce";
import { formatAmount } from "../../engine/formatAmount";
import { hasErrors, issue, type Issue } from "../../engine/issue";
import type { Lang } from "../../engine/messages";
import { Dec } from "../../engine/decimal";
import { ratPercent, ratToFixed } from "../../engine/rational";
import { toDecimal } from "../../engine/toDecimal";
import type { Command } from "../cliIo";
import { decimalsOf, optionOutOfRange, parseCommand, streamInput } from "../commonArgs";
import { decimalsOption, mergersOption, outputOptions, type CommandSpec } from "../commandSpec";
import { usageError } from "../usageError";
import { atCsvLines, finish } from "../issueOutput";
import { readBudgetCsv } from "../readBudgetCsv";
import { readMergersFile } from "../readMergersFile";
import { lazily } from "../jsonText";
import { textTableLines } from "../textTable";
import { pushAll } from "../../engine/pushAll";

/** Places for the exact share and amount in the JSON: enough to see every tie-break. */
export const EXACT_PLACES = 12;

const EXAMPLE = "lumpsum allocate data/examples/p-budget-2021.csv --total 2246325";

export const allocateSpec = {
  name: "allocate",
  brief: {
    nl: "een jaartotaal verdelen naar P-budget",
    en: "share one year’s total out by P-budget",
  },
  summary: {
    nl: "Verdeelt het lumpsumtotaal van één jaar over de gemeenten naar rato van hun P-budget, exact: de bedragen tellen precies op tot het totaal.",
    en: "Shares one year's lump-sum total out over the municipalities in proportion to their P-budget, exactly: the amounts add up to the total.",
  },
  files: "one",
  args: { nl: "<p-budgetten.csv>", en: "<budgets.csv>" },
  argsHelp: {
    nl: "een CSV met een kopregel en dan per regel een gemeente en haar P-budget. Met ; als scheidingsteken is de komma het decimaalteken (zoals Nederlandse Excel opslaat), met , de punt. Een lege cel, PM, een foutwaarde of een totaalregel (Totaal, Eindtotaal …) is een fout, nooit nul; staat er een jaar in de kop (P-budget 2022), dan mag een gemeente uit een fusie leeg zijn in een jaar dat ze niet bestond.",
    en: "a CSV with a header row, then one municipality and its P-budget per line. With ; as delimiter the comma is the decimal separator (as Dutch Excel saves it); with , the point is. A blank, PM, an error value or a totals line (Totaal, Grand total …) is an error, never zero; with a year in the header (P-budget 2022), a municipality in a merger may be blank in a year it did not exist.",
  },
  options: {
    total: {
      type: "string",
      required: true,
      value: { nl: "<bedrag>", en: "<amount>" },
      help: {
        nl: "Het lumpsumtotaal van het jaar: een gewoon getal, punt als decimaalteken, zonder duizendtallen; negatief voor een terugbetaling.",
        en: "The year's lump-sum total: a plain number, point as decimal separator, no thousands separators; negative for a refund.",
      },
      example: "lumpsum allocate data/examples/p-budget-2021.csv --total -98765",
    },
    decimals: decimalsOption(EXAMPLE),
    mergers: mergersOption(EXAMPLE),
    ...outputOptions(EXAMPLE),
  },
  example: EXAMPLE,
} as const satisfies CommandSpec;

export const allocateCommand: Command = async (argv, io) => {
  const { values, positionals, lang } = parseCommand(argv, allocateSpec);
  const decimals = decimalsOf(values.decimals);
  const file = positionals[0]!;
  const total = toDecimal(values.total!);
  if (total.kind === "missing" || total.kind === "invalid")
    throw usageError("invalidValue", {
      option: "--total",
      expected: {
        nl: "een getal zoals 2246325, 2246325.50 of -98765",
        en: "a number such as 2246325, 2246325.50 or -98765",
      },
      value: values.total!,
    });
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
  const declared = readMergersFile(io, values.mergers);
  const inForce = mergersInForce(declared.mergers ?? []);
  const issues: Issue[] = [...readIssues, ...declared.issues, ...inForce.issues];
  let allocation: Allocation | undefined;
  if (chunks) {
    const csv = await readBudgetCsv(chunks, file);
    pushAll(issues, csv.issues);
    if (csv.ok && csv.value.headers.length < 2)
      issues.push(issue("CSV_TOO_FEW_COLUMNS", "error", { file, row: 1 }));
    if (csv.ok && !hasErrors(issues)) {
      const rows = csv.value.rows.map((r) => ({ name: r.name, weight: r.values[0] }));
      // A budget column headed by its year ("P-budget 2022") is read with the mergers of that
      // year: a merged municipality's blank is "not listed". Without a year every blank is missing.
      const year = /\b(19|2\d)\d\d\b/.exec(csv.value.headers[1] ?? "")?.[0];
      const result = year
        ? allocateYear(
            rows.map((r) => ({ name: r.name, weights: { [year]: r.weight } })),
            inForce.mergers,
            Number(year),
            total.value,
            decimals
          )
        : safeAllocate({ rows, total: total.value, decimals });
      pushAll(
        issues,
        atCsvLines(result.issues, file, csv.value.rows, {
          name: csv.value.headers[0],
          amount: csv.value.headers[1],
        })
      );
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
  const sumW = a.rows.reduce((s, r) => s.plus(r.weight), new Dec(0));
  function* rows(): Generator<string[]> {
    for (const r of a.rows)
      yield [
        r.name,
        formatAmount(r.weight, r.weight.decimalPlaces(), lang),
        `${formatAmount(ratPercent(r.share, 2), 2, lang)}%`,
        formatAmount(r.amount, a.decimals, lang),
      ];
    yield [
      lang === "nl" ? "Totaal" : "Total",
      formatAmount(sumW, sumW.decimalPlaces(), lang),
      `${formatAmount(new Dec(100), 2, lang)}%`,
      formatAmount(a.total, a.decimals, lang),
    ];
  }
  return textTableLines(h, rows, ["l", "r", "r", "r"]);
}
