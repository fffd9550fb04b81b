import { Dec } from "../engine/decimal";
import { formatAmount } from "../engine/formatAmount";
import type { Lang } from "../engine/messages";

/**
 * "€ 2.246.325" (nl) or "€ 2,246,325" (en): amounts in captions and checks. The space after the
 * euro sign is a no-break space, so a line that wraps (a printed caption, a check on Controle,
 * the pane) never leaves "€" alone at its end.
 */
export const euroText = (x: Dec, decimals: number, lang: Lang): string =>
  `€\u00a0${formatAmount(x, decimals, lang)}`;

/** The rounding unit: "€ 1" for whole euros, "€ 0,01" for cents. */
export const unitText = (decimals: number, lang: Lang): string =>
  euroText(new Dec(1).div(new Dec(10).pow(decimals)), decimals, lang);
