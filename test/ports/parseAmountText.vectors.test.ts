import { parseAmountText, type Convention } from "../../src/ports/parseAmountText";

/** The value read, or the code of the refusal: one line per vector. */
const read = (text: string, convention?: Convention) => {
  const r = parseAmountText(text, convention);
  return r.ok ? r.value.toString() : r.code;
};

// Digit groups: under either fixed convention a group separator is followed by exactly three
// digits and preceded by one to three, so a misplaced separator is never read as grouping.
test.each<[string, Convention | undefined, string]>([
  ["1234.567", "nl", "AMOUNT_NOT_NUMBER"],
  ["1.2345", "nl", "AMOUNT_NOT_NUMBER"],
  ["1.23", "nl", "AMOUNT_NOT_NUMBER"],
  ["1.234.56", "nl", "AMOUNT_NOT_NUMBER"],
  [".234", "nl", "AMOUNT_NOT_NUMBER"],
  ["1..234", "nl", "AMOUNT_NOT_NUMBER"],
  ["1.234.", "nl", "AMOUNT_NOT_NUMBER"],
  ["1.234,5,6", "nl", "AMOUNT_NOT_NUMBER"],
  ["1.234 567", "nl", "AMOUNT_NOT_NUMBER"],
  ["1.234,5x", "nl", "AMOUNT_NOT_NUMBER"],
  ["1.234,-", "nl", "1234"],
  ["1.234,--", "nl", "1234"],
  ["1.234,56,-", "nl", "AMOUNT_NOT_NUMBER"],
  ["1.234.567,89", "nl", "1234567.89"],
  ["123.456", "nl", "123456"],
  ["1234,567", "en", "AMOUNT_NOT_NUMBER"],
  ["1,2345", "en", "AMOUNT_NOT_NUMBER"],
  ["1,23", "en", "AMOUNT_NOT_NUMBER"],
  ["1,234,56", "en", "AMOUNT_NOT_NUMBER"],
  [",234", "en", "AMOUNT_NOT_NUMBER"],
  ["1,234.5.6", "en", "AMOUNT_NOT_NUMBER"],
  ["1,234,567.89", "en", "1234567.89"],
  ["1 234 567", "nl", "1234567"],
  ["1 234 567", "en", "1234567"],
  ["1 2345", undefined, "AMOUNT_NOT_NUMBER"],
  ["12 34", undefined, "AMOUNT_NOT_NUMBER"],
  ["1234 567", undefined, "AMOUNT_NOT_NUMBER"],
  ["1 234,5", undefined, "1234.5"],
  ["1 234.5", undefined, "1234.5"],
  ["1.234 ", "nl", "1234"],
  ["1234", "nl", "1234"],
  ["0,50", "nl", "0.5"],
  ["0.50", "en", "0.5"],
])("%j (%s) → %s", (text, convention, expected) => expect(read(text, convention)).toBe(expected));

// Every placeholder, in any case: a sign that the amount is not known yet, never a number.
test.each([
  "pm",
  "PM",
  "p.m.",
  "n.v.t.",
  "N.V.T",
  "nvt",
  "n.b.",
  "nb",
  "n.n.b.",
  "nnb",
  "n/a",
  "N/A",
  "na",
  "tbd",
  "TBD",
  "onbekend",
  "unknown",
  "-",
  "--",
  "—",
  "–",
  "?",
  "??",
  "???",
  "...",
  "…",
  "x",
  "xx",
])("placeholder %j", (text) => expect(read(` ${text} `)).toBe("AMOUNT_PLACEHOLDER"));

/** The value with "(formatted)" when separators or signs had to be interpreted, or the refusal. */
const readWarned = (text: string, convention?: Convention) => {
  const r = parseAmountText(text, convention);
  return r.ok ? `${r.value.toString()}${r.warning ? " (formatted)" : ""}` : r.code;
};

test.each<[string, Convention | undefined, string]>([
  ["1234.56", undefined, "1234.56"], // canonical: read as typed, no warning
  [" 1234 ", undefined, "1234"], // spaces around are no formatting
  ["-7", undefined, "-7"],
  ["1234.50", undefined, "1234.5"],
  ["1.234.567", undefined, "1234567 (formatted)"],
  ["295.299", "nl", "295299 (formatted)"], // looks canonical, reads Dutch: said
  ["1\u00a0234", undefined, "1234 (formatted)"], // a no-break space is a group separator
  ["1\u00a023", undefined, "AMOUNT_NOT_NUMBER"], // …of three digits, not a digit that vanishes
  ["1,234,-", undefined, "AMOUNT_NOT_NUMBER"], // ",-" is Dutch for whole euros only
  ["€ 1.234,-", undefined, "1234 (formatted)"],
  ["1.000.000.000.000.000", "nl", "NUMBER_OUT_OF_RANGE"], // 10^15: beyond the bounds
  ["999.999.999.999.999", "nl", "999999999999999 (formatted)"],
])("%j (%s) → %s", (text, convention, expected) =>
  expect(readWarned(text, convention)).toBe(expected)
);

// A text longer than any bounded amount is refused on its length, before any pattern runs.
test.each<[string, string]>([
  ["1".repeat(81), "NUMBER_OUT_OF_RANGE"],
  [`€ ${"1".repeat(79)}`, "NUMBER_OUT_OF_RANGE"],
  ["1 ".repeat(41), "NUMBER_OUT_OF_RANGE"],
  ["x".repeat(81), "AMOUNT_NOT_NUMBER"],
  [`${"1".repeat(40)}${"x".repeat(41)}`, "AMOUNT_NOT_NUMBER"],
  [`x${"1".repeat(80)}`, "AMOUNT_NOT_NUMBER"],
  ["-".repeat(81), "AMOUNT_NOT_NUMBER"],
  [`1${" ".repeat(78)}2`, "AMOUNT_NOT_NUMBER"], // 80 characters: read, and no amount
])("%j → %s", (text, expected) => expect(readWarned(text)).toBe(expected));
