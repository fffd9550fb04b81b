/**
 * Excel on the web refuses a request, and a response, over 5 MB, custom XML included. Values,
 * formats and XML travel as JSON; staying under 4 million characters each way leaves room for
 * the rest of a batch and for text that takes more than one byte per character.
 */
export const REQUEST_BUDGET = 4_000_000;
export const RESPONSE_BUDGET = 4_000_000;

/** Bytes of a text in UTF-8, what the limit counts (a '€' is three). */
export function utf8Length(text: string): number {
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80) bytes += c >= 0x800 && (c < 0xd800 || c > 0xdfff) ? 2 : 1;
  }
  return bytes;
}
