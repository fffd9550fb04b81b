import { formatIssue } from "../../src/engine/formatIssue";
import type { Issue } from "../../src/engine/issue";
import { catalogue, type IssueCode, type Lang } from "../../src/engine/messages";
import { notInWords, rawNumbers } from "./findingsInWords";

const CODES = Object.keys(catalogue) as IssueCode[];
const LANGS: ReadonlyArray<Lang> = ["nl", "en"];
const PLACEHOLDER = /(["“]?)\{(\w+)(?::(\w+)|\|([^|{}]*)\|([^|{}]*))?\}(["”]?)/g;
/** Years and row numbers are shown as they are (formatIssue's AS_IS). */
const AS_IS = /^(year|years|baseYear|firstYear|lastYear|row|version|time)$/;

/**
 * Parameters as real findings carry them, for every placeholder of both templates: a key where
 * the template asks for words (`:term`), a count for a plural, text as typed where it is quoted,
 * and otherwise a number, so that one shown as a program writes it is caught.
 */
function paramsFor(code: IssueCode, count: number): Record<string, string | number> {
  const params: Record<string, string | number> = {};
  for (const lang of LANGS)
    for (const [, open, name, kind, one, , close] of catalogue[code][lang].matchAll(PLACEHOLDER)) {
      const key = name!;
      if (key in params) continue;
      if (one !== undefined) params[key] = count;
      else if (kind === "term" || kind === "keyterm")
        params[key] = /reason|recovery/.test(key) ? "ENOENT" : "aandeelPwInMeerkosten 2021";
      else if (kind === "terms" || kind === "keys")
        params[key] = "ontwikkelpotentieel_laag, kostenParticipatie";
      else if (open && close) params[key] = "PM";
      else if (AS_IS.test(key)) params[key] = 2024;
      else params[key] = count === 1 ? 1 : "1234567.5";
    }
  return params;
}

const render = (code: IssueCode, lang: Lang, count: number): string =>
  formatIssue(
    {
      code,
      severity: "error",
      where: { table: "parameters", row: "kostenParticipatie", column: "2024" },
      params: paramsFor(code, count),
    } as Issue,
    lang
  );

describe.each(LANGS)("every finding of the catalogue, in %s", (lang) => {
  test.each(CODES)("%s is said in words, its numbers as the reader writes them", (code) => {
    const text = render(code, lang, 1234567.5);
    expect({ code, found: notInWords(text) }).toEqual({ code, found: [] });
    expect({ code, raw: rawNumbers(text, lang) }).toEqual({ code, raw: [] });
    if (Object.values(paramsFor(code, 2)).includes("1234567.5"))
      expect(text).toContain(lang === "nl" ? "1.234.567,5" : "1,234,567.5");
  });

  test.each(CODES)("%s agrees in number with a count of one", (code) => {
    const text = render(code, lang, 1);
    const plurals =
      lang === "nl"
        ? /\b1 (fouten|waarschuwingen|bestanden|gemeenten|rijen|kolommen|delen|jaren|waarden|afwijkingen|decimalen|bronnen)\b/
        : /\b1 (errors|warnings|files|municipalities|rows|columns|parts|years|values|differences|decimals|sources)\b/;
    expect(text).not.toMatch(plurals);
  });
});

test("the checks catch what they are for", () => {
  expect(
    notInWords(
      "Parameter pBudget 2024 ontbreekt (WEIGHT_MISSING, ENOENT, wsw.values, beschut_werk {x})"
    )
  ).toEqual([
    "code: WEIGHT_MISSING",
    "errno: ENOENT",
    "key: pBudget",
    "key: beschut_werk",
    "key: wsw.values",
    "placeholder: {x}",
  ]);
  expect(notInWords('kies uit "pBudget" (P-budget)')).toEqual([]);
  expect(rawNumbers("verschil -96124 en 98.5, maar 1.375.417 en 2024", "nl")).toEqual([
    "-96124",
    "98.5",
  ]);
  expect(rawNumbers("difference 1,375,417 and 98,5", "en")).toEqual(["98,5"]);
});
