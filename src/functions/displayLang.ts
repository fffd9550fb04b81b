import type { Lang } from "../engine/messages";

/**
 * The language of Excel's user interface: messages in a #VALUE! tooltip follow it. Dutch is
 * the default, as in the manifest, for hosts that do not say (and for calls outside Office).
 */
export function displayLang(): Lang {
  const language = typeof Office === "undefined" ? undefined : Office.context?.displayLanguage;
  return language && !language.toLowerCase().startsWith("nl") ? "en" : "nl";
}
