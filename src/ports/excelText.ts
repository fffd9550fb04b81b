/** Excel holds at most this many characters in a cell; a longer text is cut or makes a file Excel repairs. */
export const EXCEL_CELL_TEXT_MAX = 32_767;

/**
 * How a text cell is written so that Excel keeps exactly that text: the Text number format
 * ('@'), under which Excel takes '=SUM(A1)', '+31', '-1+2', '@x', '007' or '1-2' as typed;
 * except a leading apostrophe, which Excel drops as its "this is text" prefix whatever the
 * format, so such a text goes in General with one more apostrophe in front (Excel keeps the
 * rest, and marks the cell quote-prefixed). The .xlsx writer stores the same cell as text
 * with the quote-prefix style.
 */
export function textCellWriting(text: string): {
  value: string;
  format: "@" | "General";
  quotePrefix: boolean;
} {
  return text.startsWith("'")
    ? { value: `'${text}`, format: "General", quotePrefix: true }
    : { value: text, format: "@", quotePrefix: false };
}

/** A sentence for a cell, cut to what a cell holds (a finding quoting a very long name). */
export const clipCellText = (text: string): string =>
  text.length <= EXCEL_CELL_TEXT_MAX ? text : `${text.slice(0, EXCEL_CELL_TEXT_MAX - 1)}…`;
