import type { XCell } from "./mockWorkbook";

const NUMBER = /^[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?([eE][+-]?\d+)?%?$/;
const DATE = /^(\d{1,4})[-/](\d{1,2})([-/](\d{1,4}))?$/;
const ERRORS = new Set(["#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A"]);

/** Excel's serial of a day: days since 30 December 1899 (its 1900 system, past 1 March 1900). */
const serial = (y: number, m: number, d: number): number =>
  (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000;

/**
 * A value written through Range.values (or Range.formulas when `asFormulas`) as Excel stores it
 * in a cell with number format `format`, modelled on typing (en-US): numbers, booleans and
 * errors go in as they are; text under the Text format ('@') stays exactly that text; otherwise
 * a leading apostrophe is taken as the quote prefix and dropped, '=' (and '+', '-', '@' that do
 * not make a plain number) start a formula, and text that reads as a number, percentage,
 * boolean, error or date becomes that. Where Excel's behaviour is not documented — an
 * apostrophe written into a Text-formatted cell — the mock refuses instead of guessing, so no
 * adapter can pass by relying on it.
 */
export function typedInput(v: unknown, format: string, asFormulas: boolean): Omit<XCell, "format"> {
  if (v === null || v === undefined) return { value: "", type: "Empty" };
  if (typeof v === "boolean") return { value: v, type: "Boolean" };
  if (typeof v === "number") {
    if (!Number.isFinite(v)) throw new Error("InvalidArgument: not a finite number");
    return { value: v, type: "Double" };
  }
  const text = String(v);
  if (text === "") return { value: "", type: "Empty" };
  if (text.length > 32_767)
    throw new Error("InvalidArgument: a cell holds at most 32,767 characters");
  if (text.startsWith("'")) {
    if (format === "@" && !asFormulas)
      throw new Error(
        "MockUnverified: what Excel does with a leading apostrophe in a Text-formatted cell is not documented"
      );
    return { value: text.slice(1), type: "String", quotePrefix: true };
  }
  if (format === "@") return { value: text, type: "String" };
  if (NUMBER.test(text.trim())) {
    const t = text.trim();
    const n = Number(t.replace(/,/g, "").replace(/%$/, ""));
    return { value: t.endsWith("%") ? n / 100 : n, type: "Double" };
  }
  if (text.startsWith("=") || /^[+\-@]./.test(text))
    return { value: 0, type: "Double", formula: text.startsWith("=") ? text : `=${text}` };
  if (/^(true|false)$/i.test(text)) return { value: /^true$/i.test(text), type: "Boolean" };
  if (ERRORS.has(text.toUpperCase())) return { value: text.toUpperCase(), type: "Error" };
  const date = DATE.exec(text.trim());
  if (date) {
    const [a, b, c] = [
      Number(date[1]),
      Number(date[2]),
      date[4] === undefined ? undefined : Number(date[4]),
    ];
    const [y, m, d] = a > 31 ? [a, b, c ?? 1] : [c ?? 2025, a, b];
    if (m >= 1 && m <= 12 && d >= 1 && d <= 31) return { value: serial(y, m, d), type: "Double" };
  }
  return { value: text, type: "String" };
}
