import type { Dec } from "./decimal";
import type { Lang } from "./messages";

const formatters = new Map<string, Intl.NumberFormat>();

/**
 * Thousands separators in the user's convention: "2.246.325" (nl) or "2,246,325" (en).
 * Intl formats the decimal TEXT exactly (NumberFormat v3 takes strings), so no amount passes
 * through a double on its way to the screen.
 */
export function formatAmount(value: Dec, decimals: number, lang: Lang): string {
  const key = `${lang}:${decimals}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat(lang === "nl" ? "nl-NL" : "en-GB", {
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
      useGrouping: true,
    });
    formatters.set(key, f);
  }
  return f.format(value.toFixed(decimals) as unknown as number);
}
