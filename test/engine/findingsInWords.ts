/**
 * What no finding a user reads may contain: a code from the catalogue or a parser
 * (WEIGHT_MISSING, CSV_QUOTE_NOT_CLOSED), an operating-system error code (ENOENT), an internal
 * key (aandeelPwInMeerkosten, wsw.values, ontwikkelpotentieel_laag) outside quotes, or a
 * placeholder left unfilled. A key in quotes is what a file author types, and may stand.
 */
export function notInWords(text: string): string[] {
  const unquoted = text.replace(/"[^"]*"/g, '""');
  const found: string[] = [];
  const add = (what: string, re: RegExp) => {
    for (const m of unquoted.matchAll(re)) found.push(`${what}: ${m[0]}`);
  };
  add("code", /\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\b/g);
  add("errno", /\bE[A-Z]{3,}\b/g);
  add("key", /\b[a-z]+[A-Z][A-Za-z]*\b/g);
  add("key", /\b[a-z]+(?:_[a-z]+)+\b/g);
  add("key", /\b[a-z]{2,}\.[a-z]{2,}[A-Za-z]*\b/g);
  add("placeholder", /\{\w+[^}]*\}/g);
  return found;
}

/** A number written as a program writes it, not as a reader in `lang` does: `98.5` or `-96124` in Dutch text. */
export function rawNumbers(text: string, lang: "nl" | "en"): string[] {
  // Years (four digits) stand as they are; so do cell addresses and dates. Punctuation after a
  // number ("98.5, maar") is no part of it; a separator between digits is.
  const bare = /(?<![\w-]|\d[.,])-?\d{5,}(?!\d|[.,]\d)/g;
  const point =
    lang === "nl"
      ? /(?<!\w|\d[.,])-?\d+\.\d{1,2}(?!\d|[.,]\d)/g
      : /(?<!\w|\d[.,])-?\d+,\d{1,2}(?!\d|[.,]\d)/g;
  return [...text.matchAll(bare), ...text.matchAll(point)].map((m) => m[0]);
}
