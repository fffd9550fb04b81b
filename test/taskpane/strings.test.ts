import { fillMessage } from "../../src/engine/formatIssue";
import { STRINGS } from "../../src/taskpane/strings";

const KEYS = Object.keys(STRINGS) as Array<keyof typeof STRINGS>;
const counted = KEYS.filter((k) => /\{count[|}]/.test(STRINGS[k].nl + STRINGS[k].en));

/** Plural nouns a count of one must not stand before. */
const PLURAL_AFTER_ONE = {
  nl: /\b1 (tabellen|plaatsen|kolommen|gemeenten|bladen|bestanden|rijen|jaren)\b|\bde 1\b/i,
  en: /\b1 (tables|places|columns|municipalities|sheets|files|rows|years)\b|\bthe 1\b/i,
} as const;

describe.each(["nl", "en"] as const)("the pane's words with a count, in %s", (lang) => {
  test.each(counted)("%s agrees in number with a count of one", (key) => {
    const text = fillMessage(STRINGS[key][lang], { count: 1, sheets: "Controle", n: 1 }, lang);
    expect(text).not.toMatch(PLURAL_AFTER_ONE[lang]);
  });
});
