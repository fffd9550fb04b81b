import { Dec } from "../engine/decimal";
import { decInBounds } from "../engine/numberBounds";
import { isErrorValue } from "./errorValues";

/** Dutch: 1.234.567,89 — English: 1,234,567.89. */
export type Convention = "nl" | "en";

export type AmountRejection =
  | "AMOUNT_BLANK"
  | "AMOUNT_PLACEHOLDER"
  | "CELL_ERROR"
  | "AMOUNT_AMBIGUOUS"
  | "AMOUNT_NOT_NUMBER"
  | "NUMBER_OUT_OF_RANGE";

export type AmountText =
  | {
      readonly ok: true;
      readonly value: Dec;
      /** Set when separators, a currency sign or odd spaces had to be interpreted. */
      readonly warning?: "AMOUNT_FORMATTED_TEXT";
    }
  | {
      readonly ok: false;
      readonly code: AmountRejection;
      /** For AMOUNT_AMBIGUOUS: what the text means in either convention. */
      readonly readings?: { readonly nl: Dec; readonly en: Dec };
    };

const PLACEHOLDERS = new Set([
  "pm",
  "p.m.",
  "n.v.t.",
  "n.v.t",
  "nvt",
  "n.b.",
  "nb",
  "n.n.b.",
  "nnb",
  "n/a",
  "na",
  "tbd",
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
]);

// Spaces that Excel, Intl and Word put inside amounts: no-break, figure, thin, narrow no-break.
const ODD_SPACES = /[\u00A0\u2007\u2009\u200A\u202F]/g;
const CANONICAL = /^[+-]?\d+(\.\d+)?$/;
/**
 * Longer than any amount within NUMBER_BOUNDS can be written (15 + 20 digits, separators,
 * sign, currency, spaces): refused before any pattern runs, so a megabyte of spaces costs one
 * length check instead of a backtracking match.
 */
const MAX_AMOUNT_TEXT = 80;
/** One character class, so it matches in one pass: what a long text must hold to be a number at all. */
const NUMBER_CHARACTERS = /^[\d.,\s+\-\u2212€eur]+$/i;
const SHAPE = /^([+\-\u2212])?\s*(€|eur)?\s*([+\-\u2212])?\s*(\d[\d., ]*?(?:,--?)?)\s*(€|eur)?$/i;

/**
 * Reads an amount typed or exported as text. With a convention the separators are fixed;
 * without one the text is read only when both conventions agree or only one accepts it:
 * "1.883.249" and "€ 1.234,56" are Dutch, "1,883,249.00" English, but "1.234" (1234 or
 * 1.234?) is AMOUNT_AMBIGUOUS — never a guess. Pure: shared by the workbook codec and the
 * CLI's CSV reader.
 */
export function parseAmountText(text: string, convention?: Convention): AmountText {
  const spaced = text.replace(ODD_SPACES, " ").trim();
  if (spaced === "") return { ok: false, code: "AMOUNT_BLANK" };
  if (spaced.length > MAX_AMOUNT_TEXT)
    return {
      ok: false,
      code:
        NUMBER_CHARACTERS.test(spaced) && /\d/.test(spaced)
          ? "NUMBER_OUT_OF_RANGE"
          : "AMOUNT_NOT_NUMBER",
    };
  if (isErrorValue(spaced)) return { ok: false, code: "CELL_ERROR" };
  if (PLACEHOLDERS.has(spaced.toLowerCase())) return { ok: false, code: "AMOUNT_PLACEHOLDER" };
  const shape = SHAPE.exec(spaced);
  if (!shape || (shape[1] && shape[3]) || (shape[2] && shape[5]))
    return { ok: false, code: "AMOUNT_NOT_NUMBER" };
  const signText = shape[1] ?? shape[3];
  const negative = signText === "-" || signText === "\u2212";
  const body = shape[4] as string;
  const nl = convention === "en" ? undefined : readBody(body, "nl");
  const en = convention === "nl" ? undefined : readBody(body, "en");
  if (nl && en && !nl.eq(en))
    return {
      ok: false,
      code: "AMOUNT_AMBIGUOUS",
      readings: { nl: sign(nl, negative), en: sign(en, negative) },
    };
  const magnitude = nl ?? en;
  if (!magnitude) return { ok: false, code: "AMOUNT_NOT_NUMBER" };
  // Cheap at this length; the bound keeps the exact arithmetic downstream cheap too.
  if (!decInBounds(magnitude)) return { ok: false, code: "NUMBER_OUT_OF_RANGE" };
  const value = sign(magnitude, negative);
  // "295.299" looks canonical but reads as 295299 in Dutch: only a reading equal to the
  // canonical one goes without a warning.
  const plain = text.trim();
  return CANONICAL.test(plain) && new Dec(plain).eq(value)
    ? { ok: true, value }
    : { ok: true, value, warning: "AMOUNT_FORMATTED_TEXT" };
}

const sign = (x: Dec, negative: boolean): Dec => (negative && !x.isZero() ? x.neg() : x);

const SEPARATORS: Readonly<Record<Convention, { group: string; point: string }>> = {
  nl: { group: ".", point: "," },
  en: { group: ",", point: "." },
};

/** The digits of `body` under one convention, or undefined when it does not follow it. */
function readBody(body: string, convention: Convention): Dec | undefined {
  const { group, point } = SEPARATORS[convention];
  let rest = body;
  // "€ 1.234,-" is Dutch for whole euros. SHAPE lets a "-" into the body only as that ending.
  const wholeEuros = /,--?/.test(rest);
  if (wholeEuros) {
    if (point !== ",") return undefined;
    rest = rest.replace(/,--?/, "");
  }
  const parts = rest.split(point);
  if (parts.length > 2) return undefined;
  const [whole, fraction] = parts as [string, string | undefined];
  if (fraction !== undefined && (wholeEuros || !/^\d+$/.test(fraction))) return undefined;
  const digits = readGroups(whole, group);
  if (digits === undefined) return undefined;
  return new Dec(fraction === undefined ? digits : `${digits}.${fraction}`);
}

/** "1.883.249" → "1883249": groups of three after a first group of one to three digits. */
function readGroups(whole: string, group: string): string | undefined {
  if (/^\d+$/.test(whole)) return whole;
  // SHAPE lets only digits, the two separators and spaces through, and the point is split off
  // already: whatever else is in `whole` is the group separator or a space, and mixing them
  // leaves a group that is not three digits.
  const groups = whole.split(whole.includes(" ") ? " " : group);
  const [first, ...others] = groups;
  if (!first || !/^\d{1,3}$/.test(first) || !others.every((g) => /^\d{3}$/.test(g)))
    return undefined;
  return groups.join("");
}
