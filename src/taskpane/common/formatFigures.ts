import type { Dec } from "../../engine/decimal";
import { formatAmount } from "../../engine/formatAmount";
import type { Lang } from "../../engine/messages";

/** A fraction as a percentage with `places` decimals, in the user's convention: "50,58%". */
export const formatPercent = (fraction: Dec, places: number, lang: Lang): string =>
  `${formatAmount(fraction.times(100), places, lang)}%`;

/** A value with the places it was given (a P-budget or a typed total), grouped in the user's convention. */
export const formatAsGiven = (value: Dec, lang: Lang): string =>
  formatAmount(value, value.decimalPlaces(), lang);
