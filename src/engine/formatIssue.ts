import type { Issue, Where } from "./issue";
import { catalogue, type Lang } from "./messages";
import { termText } from "./messages/terms";

type Params = Readonly<Record<string, string | number>>;

/** Parameters that hold numbers to be shown as they are: years and row numbers are never grouped. */
const AS_IS: ReadonlySet<string> = new Set([
  "year",
  "years",
  "baseYear",
  "firstYear",
  "lastYear",
  "row",
  "version",
  "time",
]);

const CANONICAL = /^-?\d+(?:\.\d+)?$/;

/**
 * A number in the reader's convention (nl 1.234.567,5; en 1,234,567.5), every digit kept: the
 * digits are grouped as text, so no size or number of places is too much (a finding may quote a
 * number far out of bounds) and nothing is rounded.
 */
function numberText(value: string | number, lang: Lang): string {
  const [, sign = "", whole = "", places] = /^(-?)(\d+)(?:\.(\d+))?$/.exec(String(value)) ?? [];
  const [group, point] = lang === "nl" ? [".", ","] : [",", "."];
  const grouped = whole.replace(/\B(?=(\d{3})+$)/g, group);
  return `${sign}${grouped}${places === undefined ? "" : point + places}`;
}

/** `pBudget 2024` as `P-budget ("pBudget") 2024`: for findings about the parameter file itself. */
function keyTerm(value: string, lang: Lang): string {
  const [, key = value, year] = /^(\S+?)(?: (\d{4}))?$/.exec(value) ?? [];
  const words = termText(key, lang);
  return `${words === key ? `"${key}"` : `${words} ("${key}")`}${year ? ` ${year}` : ""}`;
}

const plurals = new Map<Lang, Intl.PluralRules>();
const plural = (n: number, lang: Lang): Intl.LDMLPluralRule => {
  let rules = plurals.get(lang);
  if (!rules) plurals.set(lang, (rules = new Intl.PluralRules(lang === "nl" ? "nl-NL" : "en-GB")));
  return rules.select(n);
};

/**
 * `{name}`: the parameter; a number (a JS number or canonical decimal text) in the reader's
 * convention, unless the template quotes it ("{value}" is what the user typed) or it is a year
 * or a row. `{name:term}`: a key in words (see TERMS); `{name:keyterm}` the words with the key
 * a file author types (`P-budget ("pBudget") 2024`); `{name:terms}` a list of keys in words;
 * `{name:keys}` a list of keys as a file author types them, each with its words.
 * `{name|one|other}`: the form for the count, `#` standing for it ("1 fout", "2 fouten").
 */
const PLACEHOLDER = /(["“]?)\{(\w+)(?::(\w+)|\|([^|{}]*)\|([^|{}]*))?\}(["”]?)/g;

export function fillMessage(template: string, params: Params = {}, lang: Lang): string {
  return template.replace(
    PLACEHOLDER,
    (
      whole,
      open: string,
      name: string,
      kind?: string,
      one?: string,
      other?: string,
      close = ""
    ) => {
      if (!(name in params)) return whole;
      const value = params[name]!;
      const quoted = open !== "" && close !== "";
      const shown = (v: string | number): string =>
        !quoted && !AS_IS.has(name) && CANONICAL.test(String(v)) ? numberText(v, lang) : String(v);
      const list = () => String(value).split(/,\s*/).filter(Boolean);
      let text: string;
      if (one !== undefined && other !== undefined)
        text = (plural(Number(value), lang) === "one" ? one : other).replace(/#/g, shown(value));
      else if (kind === "term") text = termText(String(value), lang);
      else if (kind === "keyterm") text = keyTerm(String(value), lang);
      else if (kind === "terms")
        text = list()
          .map((k) => termText(k, lang))
          .join(", ");
      else if (kind === "keys")
        text = list()
          .map((k) => `"${k}" (${termText(k, lang)})`)
          .join(", ");
      else text = shown(value);
      return `${open}${text}${close}`;
    }
  );
}

/**
 * `file: Sheet!B10` / `tabel parameters, rij P-budget, kolom 2024`: the place a user can go and
 * look, keys in words. A value typed in the task pane is said to be so: it has no cell.
 */
export function formatWhere(where: Where | undefined, lang: Lang): string {
  if (!where) return "";
  const parts: string[] = [];
  if (where.file) parts.push(where.file);
  if (where.option) parts.push(where.option);
  if (where.typed) parts.push(lang === "nl" ? "ingetypt in het deelvenster" : "typed in the pane");
  else if (where.sheet || where.cell) {
    const sheet = where.sheet
      ? /[^A-Za-z0-9_]/.test(where.sheet)
        ? `'${where.sheet}'`
        : where.sheet
      : "";
    parts.push(where.cell ? (sheet ? `${sheet}!${where.cell}` : where.cell) : sheet);
  }
  const words =
    lang === "nl"
      ? { table: "tabel", row: "rij", column: "kolom" }
      : { table: "table", row: "row", column: "column" };
  const tableBits: string[] = [];
  if (where.table && !where.typed) tableBits.push(`${words.table} ${termText(where.table, lang)}`);
  if (where.row !== undefined)
    tableBits.push(
      `${words.row} ${typeof where.row === "number" ? where.row : termText(where.row, lang)}`
    );
  if (where.column) tableBits.push(`${words.column} ${termText(where.column, lang)}`);
  if (tableBits.length) parts.push(tableBits.join(", "));
  return parts.join(": ");
}

/** The finding as a sentence in the user's language, prefixed with where it is. */
export function formatIssue(issue: Issue, lang: Lang): string {
  const text = messageText(issue, lang);
  const where = formatWhere(issue.where, lang);
  return where ? `${where}: ${text}` : text;
}

export function messageText(issue: Issue, lang: Lang): string {
  return fillMessage(catalogue[issue.code][lang], issue.params, lang);
}
