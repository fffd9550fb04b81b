import { EngineError } from "../../engine/engineError";
import type { Cell } from "../../ports/cell";
import { encodeSpreadsheetText, escapeXml } from "./xmlEscape";

/** The lexical form of a number the file format accepts (xsd:double without INF/NaN). */
export const NUMBER_TEXT = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;

/** How string values are stored: inline in the cell, or as an index into the shared strings. */
export type StringStore = "inline" | ((text: string) => number);

/**
 * One `<c>` element, or '' for a blank cell without a formula. Inline strings keep the shared
 * strings part untouched when the adapter writes; text is always a string value, so a name that
 * starts with '=', '+', '-' or '@' is never taken for a formula.
 */
export function cellXml(
  ref: string,
  cell: Cell,
  style: number,
  strings: StringStore,
  formula?: string
): string {
  const s = style ? ` s="${style}"` : "";
  const f = formula === undefined ? "" : `<f>${escapeXml(formula)}</f>`;
  switch (cell.t) {
    case "blank":
      return f || s ? `<c r="${ref}"${s}>${f}</c>` : "";
    case "n":
      if (!NUMBER_TEXT.test(cell.v))
        throw new EngineError("CELL_NOT_NUMBER", `${ref}: "${cell.v}" is not a number`);
      return `<c r="${ref}"${s}>${f}<v>${cell.v}</v></c>`;
    case "b":
      return `<c r="${ref}"${s} t="b">${f}<v>${cell.v ? 1 : 0}</v></c>`;
    case "e":
      return `<c r="${ref}"${s} t="e">${f}<v>${escapeXml(cell.v)}</v></c>`;
    case "s":
      if (f) return `<c r="${ref}"${s} t="str">${f}<v>${encodeSpreadsheetText(cell.v)}</v></c>`;
      if (strings === "inline")
        return `<c r="${ref}"${s} t="inlineStr"><is><t xml:space="preserve">${encodeSpreadsheetText(cell.v)}</t></is></c>`;
      return `<c r="${ref}"${s} t="s"><v>${strings(cell.v)}</v></c>`;
  }
}
