import { Dec } from "../../engine/decimal";
import type { Lang } from "../../engine/messages";
import { parseAmountText } from "../../ports/parseAmountText";

/** 'unit': the value as is; 'percent': a fraction typed as a percentage (0.5 shown as 50). */
export type DecimalScale = "unit" | "percent";

const CANONICAL = /^-?\d+(\.\d+)?$/;
const HUNDRED = new Dec(100);

/** Canonical decimal text as a user types it: "1548,8" in Dutch, "1548.8" in English, no grouping. */
export function showDecimal(canonical: string, lang: Lang, scale: DecimalScale = "unit"): string {
  if (!CANONICAL.test(canonical)) return canonical;
  const scaled = scale === "percent" ? new Dec(canonical).times(HUNDRED).toFixed() : canonical;
  return lang === "nl" ? scaled.replace(".", ",") : scaled;
}

/**
 * What a user typed, in the pane's convention, as canonical decimal text; text that does not
 * read comes back unchanged, so the engine reports it with the parameter's name.
 */
export function readDecimal(typed: string, lang: Lang, scale: DecimalScale = "unit"): string {
  const r = parseAmountText(typed, lang);
  if (!r.ok) return typed.trim();
  return (scale === "percent" ? r.value.div(HUNDRED) : r.value).toFixed();
}
