// Characters that show nothing: zero-width space, non-joiner and joiner, word joiner, byte-order
// mark, soft hyphen. A name pasted from a web page or a PDF often carries one, unseen.
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
// \s covers the no-break spaces (U+00A0, U+202F) and the other Unicode spaces too.
const SPACES = /\s+/g;

/**
 * A name as shown: Unicode NFC, invisible characters dropped, every run of white space (no-break
 * spaces included) one plain space, trimmed. "Oss\u00A0", " Oss" and "Oss" are one name.
 */
export const normalizeName = (name: string): string =>
  name.normalize("NFC").replace(INVISIBLE, "").replace(SPACES, " ").trim();
