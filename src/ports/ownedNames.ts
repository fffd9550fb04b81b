import type { Lang } from "../engine/messages";

/** The outputs a refresh owns, by what they are (whatever language their names are in). */
export type OutputRole = "perYear" | "period" | "restated" | "controle";

/**
 * The sheet and table of each output in each language a workbook can be written in. Formulas
 * elsewhere refer to them (=SUM(LumpsumPerJaar[Lumpsum 2022])), so they change only when a
 * workbook's language is changed on purpose, and then as renames that Excel follows.
 */
export const OWNED_NAMES: Readonly<
  Record<OutputRole, Readonly<Record<Lang, { readonly sheet: string; readonly table: string }>>>
> = {
  perYear: {
    nl: { sheet: "Lumpsum per jaar", table: "LumpsumPerJaar" },
    en: { sheet: "Lump sum per year", table: "LumpSumPerYear" },
  },
  period: {
    nl: { sheet: "Lumpsum periode", table: "LumpsumPeriode" },
    en: { sheet: "Lump sum period", table: "LumpSumPeriod" },
  },
  restated: {
    nl: { sheet: "Lumpsum na herindeling", table: "LumpsumNaHerindeling" },
    en: { sheet: "Lump sum after mergers", table: "LumpSumAfterMergers" },
  },
  controle: {
    nl: { sheet: "Controle", table: "Controle" },
    en: { sheet: "Checks", table: "Checks" },
  },
};

/**
 * The owned tables' column headers in each language, by key; `{year}` stands for a year. A
 * header is an identifier too (LumpsumPerJaar[Lumpsum 2022]): it is renamed only with its
 * workbook's language, and keeps its key across languages.
 */
const COLUMNS: ReadonlyArray<{ key: string; nl: string; en: string }> = [
  { key: "municipality", nl: "Gemeente", en: "Municipality" },
  { key: "area", nl: "Uitvoeringsgebied", en: "Execution area" },
  { key: "budget", nl: "P-budget {year}", en: "P-budget {year}" },
  { key: "share", nl: "Aandeel {year}", en: "Share {year}" },
  { key: "amount", nl: "Lumpsum {year}", en: "Lump sum {year}" },
  { key: "perBudget", nl: "% P-budget {year}", en: "% of P-budget {year}" },
  { key: "slice", nl: "Periode {year}", en: "Period {year}" },
  { key: "periodTotal", nl: "Totaal periode", en: "Period total" },
  { key: "formedFrom", nl: "Samengesteld uit", en: "Formed from" },
  { key: "check", nl: "Controle", en: "Check" },
  { key: "status", nl: "Status", en: "Status" },
  { key: "place", nl: "Plaats", en: "Place" },
];

/** The label of a table's totals row. */
export const TOTAL_LABEL: Readonly<Record<Lang, string>> = { nl: "Totaal", en: "Total" };

const LANGS: ReadonlyArray<Lang> = ["nl", "en"];
const same = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

/** The column's header in `lang`: columnHeader("amount", "en", 2022) → "Lump sum 2022". */
export function columnHeader(key: string, lang: Lang, year?: number): string {
  const column = COLUMNS.find((c) => c.key === key);
  if (!column) throw new RangeError(`no owned column ${key}`);
  return column[lang].replace("{year}", String(year ?? ""));
}

/** A header's key and year, in whichever language it is written; undefined for any other text. */
function parseHeader(header: string): { key: string; year?: number } | undefined {
  for (const c of COLUMNS)
    for (const lang of LANGS) {
      const [before, after] = c[lang].split("{year}") as [string, string | undefined];
      if (after === undefined) {
        if (same(header, before)) return { key: c.key };
        continue;
      }
      const rest = header.slice(before.length, header.length - after.length);
      if (
        header.length > before.length + after.length &&
        same(header.slice(0, before.length), before) &&
        same(header.slice(header.length - after.length), after) &&
        /^\d{4}$/.test(rest)
      )
        return { key: c.key, year: Number(rest) };
    }
  return undefined;
}

/** A header's column key ("amount" for "Lump sum 2022"), or undefined for a header that is not ours. */
export const columnKey = (header: string): string | undefined => parseHeader(header)?.key;

/** The same column in `lang` ("Lumpsum 2022" → "Lump sum 2022"), or undefined for a header that is not ours. */
export function headerIn(header: string, lang: Lang): string | undefined {
  const parsed = parseHeader(header);
  return parsed && columnHeader(parsed.key, lang, parsed.year);
}

/** The role of an owned sheet and table by their names in either language, if they are ours. */
export function roleOf(sheet: string, table: string): OutputRole | undefined {
  return (Object.keys(OWNED_NAMES) as OutputRole[]).find((role) =>
    LANGS.some(
      (lang) =>
        same(OWNED_NAMES[role][lang].sheet, sheet) && same(OWNED_NAMES[role][lang].table, table)
    )
  );
}
