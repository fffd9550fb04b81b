import { Dec } from "../engine/decimal";
import { formatWhere, messageText } from "../engine/formatIssue";
import { daysInYear } from "../engine/isoDate";
import type { Issue } from "../engine/issue";
import type { IssueCode, Lang } from "../engine/messages";
import { decDigits, ratToText, type Rational } from "../engine/rational";
import { BLANK, num, text, type Cell } from "../ports/cell";
import type { OutFormat, OutputTable } from "../ports/workbookPort";
import type { AnnexComputation } from "./computeAnnex";
import { unitText } from "./euroText";
import { OUTPUT } from "./outputNames";
import type { AnnexInputs } from "./readAnnex";

/** What every caption states besides the table's own title and rule. */
export interface Provenance {
  readonly runTime: string;
  readonly toolVersion: string;
  readonly lang: Lang;
}

// Shares and percentages as numbers with 12 places: exact far below the 4 shown, and few
// enough digits that every host's double keeps the same value.
const SHARE_PLACES = 12;

const say = (code: IssueCode, lang: Lang, params: Record<string, string | number> = {}): string =>
  messageText({ code, severity: "info", params }, lang);

const amountFormat = (decimals: number): OutFormat => (decimals === 0 ? "eur0" : "eur2");
const amountCell = (x: Dec, decimals: number): Cell => num(x.toFixed(decimals));
const ratioCell = (x: Rational): Cell => num(ratToText(x, SHARE_PLACES));

/**
 * amount / budget exactly, for a percentage on display: from the digits and not reduced, since
 * rounding it to SHARE_PLACES needs no gcd and the gcds cost more than the rest of the cell.
 * The budget is positive (negative ones are rejected, zero ones show no percentage).
 */
function perBudget(amount: Dec, budget: Dec): Rational {
  const a = decDigits(amount);
  const b = decDigits(budget);
  return { n: a.digits * 10n ** BigInt(b.places), d: b.digits * 10n ** BigInt(a.places) };
}

function sourceLines(inputs: AnnexInputs, p: Provenance): string[] {
  const totals =
    inputs.totalsSource.kind === "table"
      ? "Lumpsum"
      : say("TOTALS_FROM_PROJECTION", p.lang, { scenario: inputs.totalsSource.scenario });
  return [
    say("CAPTION_SOURCE", p.lang, {
      source: inputs.budgets.source,
      address: inputs.budgets.address,
      totals,
    }),
    say("CAPTION_RUN", p.lang, { time: p.runTime, version: p.toolVersion }),
  ];
}

/** The lump sum per municipality and year: P-budget, share, amount and % of the P-budget. */
export function perYearTable(
  inputs: AnnexInputs,
  computed: AnnexComputation,
  p: Provenance
): OutputTable {
  const { budgets } = inputs;
  const decimals = [...computed.perYear.values()][0]!.decimals;
  const budgetFormat: OutFormat = budgets.rows.every((r) =>
    computed.years.every((y) => r.weights[y]!.isInteger())
  )
    ? "eur0"
    : "eur2";
  const columns: OutputTable["columns"] = [
    { header: "Gemeente", format: "text" },
    ...(budgets.hasArea ? [{ header: "Uitvoeringsgebied", format: "text" as const }] : []),
    ...computed.years.flatMap((y) => [
      { header: `P-budget ${y}`, format: budgetFormat },
      { header: `Aandeel ${y}`, format: "pct4" as const },
      { header: `Lumpsum ${y}`, format: amountFormat(decimals) },
      { header: `% P-budget ${y}`, format: "pct" as const },
    ]),
  ];
  const rows = budgets.rows.map((row, i) => [
    text(row.name),
    ...(budgets.hasArea ? [row.area ? text(row.area) : BLANK] : []),
    ...computed.years.flatMap((y) => {
      const a = computed.perYear.get(y)!.rows[i]!;
      return [
        num(a.weight.toString()),
        ratioCell(a.share),
        amountCell(a.amount, decimals),
        a.weight.isZero() ? BLANK : ratioCell(perBudget(a.amount, a.weight)),
      ];
    }),
  ]);
  const totalsRow = [
    text("Totaal"),
    ...(budgets.hasArea ? [BLANK] : []),
    ...computed.years.flatMap((y) => {
      const alloc = computed.perYear.get(y)!;
      const sum = alloc.rows.reduce((s, r) => s.plus(r.weight), new Dec(0));
      return [
        num(sum.toString()),
        num("1"),
        amountCell(alloc.total, decimals),
        ratioCell(perBudget(alloc.total, sum)),
      ];
    }),
  ];
  return {
    ...OUTPUT.perYear,
    caption: [
      say("CAPTION_PER_YEAR", p.lang),
      say("CAPTION_RULE_ALLOCATION", p.lang, { unit: unitText(decimals, p.lang) }),
      ...sourceLines(inputs, p),
    ],
    columns,
    rows,
    totalsRow,
  };
}

/** The invoice schedule over the period: per municipality the amount per year slice and in total. */
export function periodOutputTable(
  inputs: AnnexInputs,
  computed: AnnexComputation,
  p: Provenance
): OutputTable | undefined {
  const table = computed.period;
  if (!table) return undefined;
  const { budgets } = inputs;
  const format = amountFormat(table.decimals);
  // As the council documents write it: 6/12 of 2021, not the reduced 1/2.
  const slices = table.slices
    .map((s) => {
      const of = BigInt(table.basis === "months" ? 12 : daysInYear(s.year));
      return `${s.year}: ${(s.fraction.n * of) / s.fraction.d}/${of}`;
    })
    .join(", ");
  const basis = say(table.basis === "months" ? "BASIS_MONTHS" : "BASIS_DAYS", p.lang);
  return {
    ...OUTPUT.period,
    caption: [
      say("CAPTION_PERIOD", p.lang, { start: table.period.start, end: table.period.end, slices }),
      say("CAPTION_RULE_PERIOD", p.lang, { basis, unit: unitText(table.decimals, p.lang) }),
      ...sourceLines(inputs, p),
    ],
    columns: [
      { header: "Gemeente", format: "text" },
      ...(budgets.hasArea ? [{ header: "Uitvoeringsgebied", format: "text" as const }] : []),
      ...table.slices.map((s) => ({ header: `Lumpsum ${s.year}`, format })),
      { header: "Totaal periode", format },
    ],
    rows: table.rows.map((row, i) => [
      text(row.name),
      ...(budgets.hasArea ? [budgets.rows[i]!.area ? text(budgets.rows[i]!.area!) : BLANK] : []),
      ...table.slices.map((s) => amountCell(row.slices[s.year]!, table.decimals)),
      amountCell(row.amount, table.decimals),
    ]),
    totalsRow: [
      text("Totaal"),
      ...(budgets.hasArea ? [BLANK] : []),
      ...table.slices.map((s) => amountCell(s.total, table.decimals)),
      amountCell(table.total, table.decimals),
    ],
  };
}

/** Every check with its status, the master check first, then every warning with where it is. */
export function controleTable(
  checks: ReadonlyArray<Issue>,
  warnings: ReadonlyArray<Issue>,
  inputs: AnnexInputs,
  p: Provenance
): OutputTable {
  const status = (i: Issue) =>
    say(
      i.severity === "error"
        ? "STATUS_FAILED"
        : i.severity === "warning"
          ? "STATUS_WARNING"
          : "STATUS_OK",
      p.lang
    );
  return {
    ...OUTPUT.controle,
    caption: [say("CAPTION_CONTROLE", p.lang), ...sourceLines(inputs, p)],
    columns: [
      { header: "Controle", format: "text" },
      { header: "Status", format: "text" },
      { header: "Plaats", format: "text" },
    ],
    rows: [...checks, ...warnings].map((i) => [
      text(messageText(i, p.lang)),
      text(status(i)),
      i.where ? text(formatWhere(i.where, p.lang)) : BLANK,
    ]),
  };
}
