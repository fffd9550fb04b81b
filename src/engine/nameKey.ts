// Characters that show nothing: zero-width space, non-joiner and joiner, word joiner, byte-order
// mark, soft hyphen. A name pasted from a web page or a PDF often carries one, unseen.
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
// \s covers the no-break spaces (U+00A0, U+202F), tabs, line breaks and the other Unicode spaces.
const SPACES = /\s+/g;
// Printable ASCII words with single spaces between them: NFC, the invisible characters and the
// white-space rule change nothing there, so only the case is left. Almost every municipality is
// spelled so, and a refresh compares each name many times (every year, every table, the audit);
// a memo of keys instead thrashed above its bound and tripled the name work of 100,000 rows.
const PLAIN = /^[!-~]+(?: [!-~]+)*$/;

/**
 * How every input compares names — CSV, workbook, task pane, worksheet functions and the audit,
 * for duplicates, declared lists, mergers and totals rows: Unicode NFC, invisible characters
 * dropped, every run of white space (no-break spaces included) one space, trimmed, no case. So
 * "OSS", "Oss\u00A0", "Sint  Anthonis" and "Sint Anthonis" are each one municipality.
 */
export const nameKey = (name: string): string =>
  PLAIN.test(name)
    ? name.toLowerCase()
    : name.normalize("NFC").replace(INVISIBLE, "").replace(SPACES, " ").trim().toLowerCase();
