import { BLANK, num, text, type Cell } from "../../ports/cell";
import { textCellWriting } from "../../ports/excelText";
import { excelNumberText } from "./excelNumberText";

/**
 * One cell from what Excel loads: `values`, `valueTypes` and `numberFormat`. The kind comes
 * from the value type, never from the text: an error's text is localized ("#WAARDE!") and a
 * string may look like a number or an error. Number formats are Excel's invariant codes.
 */
export function cellFromExcel(
  value: unknown,
  type: string | undefined,
  format: string | undefined
): Cell {
  switch (type) {
    case "Empty":
      return BLANK;
    case "Integer":
    case "Double":
      return typeof value === "number"
        ? num(excelNumberText(value), format && format !== "General" ? format : undefined)
        : text(String(value));
    case "Boolean":
      return { t: "b", v: value === true };
    case "Error":
      return { t: "e", v: String(value) };
    default:
      // String, and a data type (RichValue) or anything newer: what the cell shows, as text.
      return text(String(value ?? ""));
  }
}

/**
 * How a Cell is written through Range.values: its value, and the number format that keeps it
 * what it is. Text follows textCellWriting (the Text format, or a quote prefix for a leading
 * apostrophe), so reading `values` or `formulas` back gives the same string.
 */
export function cellToExcel(cell: Cell): { value: string | number | boolean; format: string } {
  switch (cell.t) {
    case "blank":
      return { value: "", format: "General" };
    case "n":
      return { value: Number(cell.v), format: cell.fmt ?? "General" };
    case "b":
      return { value: cell.v, format: "General" };
    default: {
      const writing = textCellWriting(cell.v);
      return { value: writing.value, format: writing.format };
    }
  }
}
