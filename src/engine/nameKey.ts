// Characters that show nothing: zero-width space, non-joiner and joiner, word joiner, byte-order
// mark, soft hyphen. A name pasted from a web page or a PDF often carries one, unseen.
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
// \s covers the no-break spaces (U+00A0, U+202F), tabs, line breaks and the other Unicode spaces.
const SPACES = /\s+/g;

// A refresh compares the same few hundred names thousands of times (every year, every table,
// the audit); normalising each once is a fifth of the refresh's name work.
const KEYS = new Map<string, string>();
const MAX_KEYS = 65_536;

/**
 * How every input compares names — CSV, workbook, task pane, worksheet functions and the audit,
 * for duplicates, declared lists, mergers and totals rows: Unicode NFC, invisible characters
 * dropped, every run of white space (no-break spaces included) one space, trimmed, no case. So
 * "OSS", "Oss\u00A0", "Sint  Anthonis" and "Sint Anthonis" are each one municipality.
 */
export function nameKey(name: string): string {
  let key = KEYS.get(name);
  if (key === undefined) {
    key = name.normalize("NFC").replace(INVISIBLE, "").replace(SPACES, " ").trim().toLowerCase();
    // Bounded, so a million-row run does not keep every name twice; refilled as it goes.
    if (KEYS.size >= MAX_KEYS) KEYS.clear();
    KEYS.set(name, key);
  }
  return key;
}
