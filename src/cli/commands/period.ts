import type { Dec } from "../../engine/decimal";
import { formatAmount } from "../../engine/formatAmount";
import { hasErrors, issue, type Issue } from "../../engine/issue";
import type { Lang } from "../../engine/messages";
import { safePeriodTable, type PeriodTable } from "../../engine/periodTable";
import { ratToFixed } from "../../engine/rational";
import type { DecimalInput } from "../../engine/toDecimal";
import { toDecimal } from "../../engine/toDecimal";
import { isBasis } from "../../engine/yearSlices";
import type { Merger } from "../../engine/structure/merger";
import { mergersInForce } from "../../engine/structure/mergersInForce";
import { rollUpYears, type RolledUpYears } from "../../engine/structure/rollUpYears";
import { sumDec } from "../../engine/sumDec";
import type { Command } from "../cliIo";
import { decimalsOf, optionOutOfRange, parseCommand, streamInput } from "../commonArgs";
import { decimalsOption, mergersOption, outputOptions, type CommandSpec } from "../commandSpec";
import { usageError } from "../usageError";
import { atCsvLines, finish } from "../issueOutput";
import { readBudgetCsv } from "../readBudgetCsv";
import { readMergersFile } from "../readMergersFile";
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
    if (!m || value?.kind !== "ok" || Number(m[1]) in totals)
      throw usageError("totalsPair", { value: part });
    totals[Number(m[1])] = value.value;
  }
  return { totals, issues };
}

const EXAMPLE =
  "lumpsum period data/examples/p-budget-2021-2022.csv --totals 2021=2246325,2022=2483650 --from 2021-07-01 --to 2022-12-31";

export const periodSpec = {
  name: "period",
  brief: {
    nl: "bedragen over een periode, als optellend schema",
    en: "amounts over a period, as an additive schedule",
  },
  summary: {
    nl: "Rekent per gemeente het bedrag over een periode uit: per jaar het deel van het jaar dat de periode beslaat, exact opgeteld en één keer afgerond, als schema gemeente × jaar dat precies optelt.",
    en: "Computes each municipality's amount over a period: per year the part of the year the period covers, added exactly and rounded once, as a municipality × year schedule that adds up exactly.",
  },
  files: "one",
  args: { nl: "<p-budgetten.csv>", en: "<budgets.csv>" },
  argsHelp: {
    nl: "een CSV met de gemeente in de eerste kolom en dan een kolom per jaar, met het jaartal als kop. De oude namen voor 2021 en de nieuwe voor 2022 mogen in één bestand staan, leeg waar een gemeente niet bestond.",
    en: "a CSV with the municipality in the first column, then one column per year headed by the year. The old names for 2021 and the new ones for 2022 may share one file, blank where a municipality did not exist.",
  },
  options: {
    totals: {
      type: "string",
      required: true,
      value: { nl: "<jaar=bedrag,…>", en: "<year=amount,…>" },
      help: {
        nl: "Het lumpsumtotaal van elk jaar dat de periode raakt, als jaar=bedrag, gescheiden door komma's; bedragen als gewoon getal met een punt als decimaalteken.",
        en: "The lump-sum total of every year the period touches, as year=amount separated by commas; amounts as plain numbers with a point as decimal separator.",
      },
      example: EXAMPLE,
    },
    from: {
      type: "string",
      required: true,
      value: { nl: "<JJJJ-MM-DD>", en: "<YYYY-MM-DD>" },
      help: { nl: "De eerste dag van de periode.", en: "The first day of the period." },
      example: EXAMPLE,
    },
    to: {
      type: "string",
      required: true,
      value: { nl: "<JJJJ-MM-DD>", en: "<YYYY-MM-DD>" },
      help: {
        nl: "De laatste dag van de periode (telt mee).",
        en: "The last day of the period (included).",
      },
      example: EXAMPLE,
    },
    basis: {
      type: "string",
      value: { nl: "months|days", en: "months|days" },
      help: {
        nl: "Hoe een deel van een jaar telt: in hele kalendermaanden (months, standaard en zoals gepubliceerd: 1 juli – 31 december is 6/12) of in dagen (days: de dagen in de periode gedeeld door 365 of 366).",
        en: "How a part of a year counts: in whole calendar months (months, the default and as published: 1 July – 31 December is 6/12) or in days (days: the days in the period divided by 365 or 366).",
      },
      example: `${EXAMPLE} --basis days`,
    },
    decimals: decimalsOption(EXAMPLE),
    mergers: mergersOption(EXAMPLE),
    ...outputOptions(EXAMPLE),
  },
  example: EXAMPLE,
} as const satisfies CommandSpec;

export const periodCommand: Command = async (argv, io) => {
  const { values, positionals, lang } = parseCommand(argv, periodSpec);
  const decimals = decimalsOf(values.decimals);
  const basis = values.basis ?? "months";
  if (!isBasis(basis))
    throw usageError("invalidValue", {
      option: "--basis",
      expected: { nl: "months of days", en: "months or days" },
      value: basis,
    });
  const { totals: yearTotals, issues: totalsIssues } = parseTotals(values.totals!);
  const file = positionals[0]!;

  const { chunks, issues: readIssues } = hasErrors(totalsIssues)
    ? { issues: totalsIssues }
    : streamInput(io, file);
  const declared = readMergersFile(io, values.mergers);
  const inForce = mergersInForce(declared.mergers ?? []);
  const issues: Issue[] = [...readIssues, ...declared.issues, ...inForce.issues];
  let table: Schedule | undefined;
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
          period: { start: values.from!, end: values.to! },
          basis,
          decimals,
          mergers: inForce.mergers,
        });
        pushAll(
          issues,
          atCsvLines(result.issues, file, csv.value.rows, { name: csv.value.headers[0] })
        );
        if (result.ok)
          table = { ...result.value, restated: restate(result.value, inForce.mergers) };
      }
    }
  }
  return finish(io, { json: !!values.json, lang }, issues, table, {
    json: periodJson,
    text: (t) => periodText(t, lang),
  });
};

/** The schedule, and its rows under today's municipalities when a merger joins some of them. */
type Schedule = PeriodTable & { readonly restated?: ReadonlyArray<RolledUpYears> };

function restate(t: PeriodTable, mergers: ReadonlyArray<Merger>): RolledUpYears[] | undefined {
  const asOf = t.slices[t.slices.length - 1]!.year;
  const rows = rollUpYears(
    t.rows.map((r) => ({ name: r.name, values: r.slices })),
    mergers,
    asOf
  );
  return rows.some((r) => r.from.length > 0) ? rows : undefined;
}

/** Only the years a row is listed in: a merged municipality has no slice before or after. */
const sliceTexts = (values: Readonly<Record<number, Dec>>, decimals: number) =>
  Object.fromEntries(Object.entries(values).map(([y, v]) => [y, v.toFixed(decimals)]));

const periodJson = (t: Schedule) => ({
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
    slices: sliceTexts(r.slices, t.decimals),
  })),
  ...(t.restated
    ? {
        restated: lazily(t.restated, (r) => ({
          name: r.name,
          from: r.from,
          amount: sumDec(Object.values(r.values)).toFixed(t.decimals),
          slices: sliceTexts(r.values, t.decimals),
        })),
      }
    : {}),
});

function* periodText(t: Schedule, lang: Lang): Generator<string> {
  const slice = (s: PeriodTable["slices"][number]) => `${s.year} (${s.fraction.n}/${s.fraction.d})`;
  const headers = [
    lang === "nl" ? "Gemeente" : "Municipality",
    ...t.slices.map(slice),
    lang === "nl" ? "Periode" : "Period",
  ];
  const fmt = (d: Dec | undefined) => (d ? formatAmount(d, t.decimals, lang) : "");
  // A row per municipality (blank in a year it is not listed in), then the totals.
  const lines = (rows: ReadonlyArray<{ name: string; values: Readonly<Record<number, Dec>> }>) =>
    function* (): Generator<string[]> {
      for (const r of rows)
        yield [
          r.name,
          ...t.slices.map((s) => fmt(r.values[s.year])),
          fmt(sumDec(Object.values(r.values))),
        ];
      yield [
        lang === "nl" ? "Totaal" : "Total",
        ...t.slices.map((s) => fmt(s.total)),
        fmt(t.total),
      ];
    };
  const align = headers.map((_, i): "l" | "r" => (i === 0 ? "l" : "r"));
  const title = `${lang === "nl" ? "Periode" : "Period"} ${t.period.start} – ${t.period.end} (${t.basis === "months" ? (lang === "nl" ? "hele maanden" : "whole months") : lang === "nl" ? "dagen" : "days"})`;
  yield oneLine(title) + "\n";
  yield* textTableLines(
    headers,
    lines(t.rows.map((r) => ({ name: r.name, values: r.slices }))),
    align
  );
  if (!t.restated) return;
  const asOf = t.slices[t.slices.length - 1]!.year;
  yield lang === "nl"
    ? `\nZoals de gemeenten in ${asOf} bestaan:\n`
    : `\nAs the municipalities stand in ${asOf}:\n`;
  yield* textTableLines(headers, lines(t.restated), align);
}
