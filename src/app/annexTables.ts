import { Dec } from "../engine/decimal";
import { formatWhere, messageText } from "../engine/formatIssue";
import { daysInYear } from "../engine/isoDate";
import type { Issue } from "../engine/issue";
import { nameKey } from "../engine/nameKey";
import type { IssueCode, Lang } from "../engine/messages";
import { rollUpYears } from "../engine/structure/rollUpYears";
import { sumDec } from "../engine/sumDec";
import { decDigits, ratToText, type Rational } from "../engine/rational";
import { BLANK, num, text, type Cell } from "../ports/cell";
import { clipCellText } from "../ports/excelText";
import type { OutFormat, OutputTable } from "../ports/workbookPort";
import type { AnnexComputation } from "./computeAnnex";
import { footerCode, type PageFooter } from "../ports/footerCode";
import { columnHeader, OWNED_NAMES, TOTAL_LABEL } from "../ports/ownedNames";
import { unitText } from "./euroText";
import { runDateText } from "./runDateText";
import type { AnnexInputs } from "./readAnnex";

/** What every caption states besides the table's own title and rule, and the workbook's language. */
export interface Provenance {
  /** When the refresh ran, an ISO instant; captions and footers show it in Dutch local time. */
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
    say("CAPTION_RUN", p.lang, { time: runDateText(p.runTime, p.lang), version: p.toolVersion }),
  ];
}

/** Every printed page's foot: the sheet, page x of y, and when the figures were computed. */
const pageFooter = (sheet: string, p: Provenance): PageFooter => ({
  left: footerCode(sheet),
  center: footerCode(say("FOOTER_PAGE", p.lang, { page: "{page}", pages: "{pages}" })),
  right: footerCode(runDateText(p.runTime, p.lang)),
});

/** The lump sum per municipality and year: P-budget, share, amount and % of the P-budget. */
export function perYearTable(
  inputs: AnnexInputs,
  computed: AnnexComputation,
  p: Provenance
): OutputTable {
  const { budgets } = inputs;
  const decimals = [...computed.perYear.values()][0]!.decimals;
  const budgetFormat: OutFormat = budgets.rows.every((r) =>
    computed.years.every((y) => r.weights[y]?.isInteger() ?? true)
  )
    ? "eur0"
    : "eur2";
  const columns: OutputTable["columns"] = [
    { header: columnHeader("municipality", p.lang), format: "text" },
    ...(budgets.hasArea ? [{ header: columnHeader("area", p.lang), format: "text" as const }] : []),
    ...computed.years.flatMap((y) => [
      { header: columnHeader("budget", p.lang, y), format: budgetFormat },
      { header: columnHeader("share", p.lang, y), format: "pct4" as const },
      { header: columnHeader("amount", p.lang, y), format: amountFormat(decimals) },
      { header: columnHeader("perBudget", p.lang, y), format: "pct" as const },
    ]),
  ];
  // A municipality a year does not list (before or after its merger) has blank cells that year.
  const byKey = new Map(
    computed.years.map((y) => [
      y,
      new Map(computed.perYear.get(y)!.rows.map((r) => [nameKey(r.name), r])),
    ])
  );
  const rows = budgets.rows.map((row) => [
    text(row.name),
    ...(budgets.hasArea ? [row.area ? text(row.area) : BLANK] : []),
    ...computed.years.flatMap((y) => {
      const a = byKey.get(y)!.get(nameKey(row.name));
      if (!a) return [BLANK, BLANK, BLANK, BLANK];
      return [
        num(a.weight.toString()),
        ratioCell(a.share),
        amountCell(a.amount, decimals),
        a.weight.isZero() ? BLANK : ratioCell(perBudget(a.amount, a.weight)),
      ];
    }),
  ]);
  const totalsRow = [
    text(TOTAL_LABEL[p.lang]),
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
    ...OWNED_NAMES.perYear[p.lang],
    footer: pageFooter(OWNED_NAMES.perYear[p.lang].sheet, p),
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
  const areaOf = new Map(budgets.rows.map((r) => [nameKey(r.name), r.area]));
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
    ...OWNED_NAMES.period[p.lang],
    footer: pageFooter(OWNED_NAMES.period[p.lang].sheet, p),
    caption: [
      say("CAPTION_PERIOD", p.lang, { start: table.period.start, end: table.period.end, slices }),
      say("CAPTION_RULE_PERIOD", p.lang, { basis, unit: unitText(table.decimals, p.lang) }),
      ...sourceLines(inputs, p),
    ],
    columns: [
      { header: columnHeader("municipality", p.lang), format: "text" },
      ...(budgets.hasArea
        ? [{ header: columnHeader("area", p.lang), format: "text" as const }]
        : []),
      ...table.slices.map((s) => ({ header: columnHeader("amount", p.lang, s.year), format })),
      { header: columnHeader("periodTotal", p.lang), format },
    ],
    rows: table.rows.map((row) => {
      const area = areaOf.get(nameKey(row.name));
      const slice = (year: number) => row.slices[year];
      return [
        text(row.name),
        ...(budgets.hasArea ? [area ? text(area) : BLANK] : []),
        ...table.slices.map((s) => {
          const x = slice(s.year);
          return x ? amountCell(x, table.decimals) : BLANK;
        }),
        amountCell(row.amount, table.decimals),
      ];
    }),
    totalsRow: [
      text(TOTAL_LABEL[p.lang]),
      ...(budgets.hasArea ? [BLANK] : []),
      ...table.slices.map((s) => amountCell(s.total, table.decimals)),
      amountCell(table.total, table.decimals),
    ],
  };
}

/**
 * The per-year and period amounts restated under the municipalities as they stand in the last
 * year shown (Land van Cuijk for Boxmeer … Sint Anthonis), added up, never rounded again.
 * Only when a merger joins rows of the tables; otherwise there is nothing to restate.
 */
export function restatedTable(
  inputs: AnnexInputs,
  computed: AnnexComputation,
  p: Provenance
): OutputTable | undefined {
  const period = computed.period;
  const asOf = Math.max(...computed.years, ...(period?.slices.map((s) => s.year) ?? []));
  const listed = new Map<string, { name: string; values: Record<number, Dec> }>();
  for (const y of computed.years) {
    for (const r of computed.perYear.get(y)!.rows) {
      const entry = listed.get(nameKey(r.name)) ?? { name: r.name, values: {} };
      entry.values[y] = r.amount;
      listed.set(nameKey(r.name), entry);
    }
  }
  const perYear = rollUpYears(
    inputs.budgets.rows.flatMap((row) => listed.get(nameKey(row.name)) ?? []),
    inputs.mergers,
    asOf
  );
  if (!perYear.some((r) => r.from.length > 0)) return undefined;
  const inPeriod = new Map(
    rollUpYears(
      (period?.rows ?? []).map((r) => ({ name: r.name, values: r.slices })),
      inputs.mergers,
      asOf
    ).map((r) => [nameKey(r.name), r.values])
  );
  const decimals = [...computed.perYear.values()][0]!.decimals;
  const format = amountFormat(decimals);
  const amount = (x: Dec | undefined) => (x ? amountCell(x, decimals) : BLANK);
  const periodCells = (values: Readonly<Record<number, Dec>> | undefined) =>
    period
      ? [
          ...period.slices.map((s) => amount(values?.[s.year])),
          values ? amountCell(sumDec(Object.values(values)), decimals) : BLANK,
        ]
      : [];
  const sumOf = (pick: (r: (typeof perYear)[number]) => Dec | undefined) =>
    amountCell(sumDec(perYear.flatMap((r) => pick(r) ?? [])), decimals);
  const merged = inputs.mergers
    .filter((m) => perYear.some((r) => nameKey(r.name) === nameKey(m.name) && r.from.length > 0))
    .map((m) => `${m.name} (${m.from.join(", ")}, ${m.effective})`)
    .join("; ");
  return {
    ...OWNED_NAMES.restated[p.lang],
    footer: pageFooter(OWNED_NAMES.restated[p.lang].sheet, p),
    caption: [
      say("CAPTION_RESTATED", p.lang, { year: asOf }),
      say("CAPTION_RULE_RESTATED", p.lang, { mergers: merged }),
      ...sourceLines(inputs, p),
    ],
    columns: [
      { header: columnHeader("municipality", p.lang), format: "text" },
      { header: columnHeader("formedFrom", p.lang), format: "text" },
      ...computed.years.map((y) => ({ header: columnHeader("amount", p.lang, y), format })),
      ...(period
        ? [
            ...period.slices.map((s) => ({
              header: columnHeader("slice", p.lang, s.year),
              format,
            })),
            { header: columnHeader("periodTotal", p.lang), format },
          ]
        : []),
    ],
    rows: perYear.map((r) => [
      text(r.name),
      r.from.length > 0 ? text(r.from.join(", ")) : BLANK,
      ...computed.years.map((y) => amount(r.values[y])),
      ...periodCells(inPeriod.get(nameKey(r.name))),
    ]),
    totalsRow: [
      text(TOTAL_LABEL[p.lang]),
      BLANK,
      ...computed.years.map((y) => sumOf((r) => r.values[y])),
      ...(period
        ? [
            ...period.slices.map((s) => amountCell(s.total, decimals)),
            amountCell(period.total, decimals),
          ]
        : []),
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
    ...OWNED_NAMES.controle[p.lang],
    footer: pageFooter(OWNED_NAMES.controle[p.lang].sheet, p),
    caption: [say("CAPTION_CONTROLE", p.lang), ...sourceLines(inputs, p)],
    columns: [
      { header: columnHeader("check", p.lang), format: "text" },
      { header: columnHeader("status", p.lang), format: "text" },
      { header: columnHeader("place", p.lang), format: "text" },
    ],
    rows: [...checks, ...warnings].map((i) => [
      text(clipCellText(messageText(i, p.lang))),
      text(status(i)),
      i.where ? text(clipCellText(formatWhere(i.where, p.lang))) : BLANK,
    ]),
  };
}
