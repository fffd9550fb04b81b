import type { Lang } from "../../engine/messages";

/**
 * The pane speaks Dutch when the user's interface does (Office's display language inside
 * Excel, the browser's in file mode) and English otherwise: most users are Dutch controllers,
 * the rest read English more easily than Dutch.
 */
export const paneLang = (displayLanguage: string | undefined): Lang =>
  displayLanguage?.trim().toLowerCase().startsWith("nl") ? "nl" : "en";
