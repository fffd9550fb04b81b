import type { RefreshOptions } from "../../app/planRefresh";
import type { Lang } from "../../engine/messages";
import { version } from "../../cli/version";
import type { PaneChoices } from "./paneChoices";

/** When and by which version: what every caption states. Used alone, the stored settings decide the rest. */
export const runStamp = (): RefreshOptions => ({
  runTime: new Date().toISOString().replace(/\.\d{3}Z$/, "Z"),
  toolVersion: version,
});

/**
 * The refresh as the pane runs it now: findings in the pane's language, the chosen convention
 * and rounding, the sheets in the workbook's language (or the one chosen for it).
 */
export const refreshOptions = (
  lang: Lang,
  choices: Pick<PaneChoices, "basis" | "decimals" | "sheetLang">
): RefreshOptions => ({
  ...runStamp(),
  lang,
  basis: choices.basis,
  decimals: choices.decimals,
  ...(choices.sheetLang ? { sheetLang: choices.sheetLang } : {}),
});
