import { normalizeName } from "./normalizeName";

/**
 * How every input compares names — CSV, workbook, task pane and worksheet functions alike, for
 * duplicates, declared lists and mergers: the shown form (normalizeName) without case, so
 * "OSS", "Oss" and "Oss\u00A0" are one municipality.
 */
export const nameKey = (name: string): string => normalizeName(name).toLowerCase();
