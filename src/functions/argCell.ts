import { excelNumberText } from "../adapters/office/excelNumberText";
import { BLANK, type Cell } from "../ports/cell";

/**
 * One argument value as Excel passes it to a custom function, as a Cell. A blank cell arrives
 * as null (undefined for an omitted optional argument, "" from a formula); with
 * `allowErrorForDataTypeAny` an error value arrives as an object carrying its code ('#N/A').
 */
export function argCell(x: unknown): Cell {
  if (x === null || x === undefined || x === "") return BLANK;
  if (typeof x === "number")
    return Number.isFinite(x) ? { t: "n", v: excelNumberText(x) } : { t: "e", v: "#NUM!" };
  if (typeof x === "string") return { t: "s", v: x };
  if (typeof x === "boolean") return { t: "b", v: x };
  const code = typeof x === "object" ? (x as { code?: unknown }).code : undefined;
  return { t: "e", v: typeof code === "string" ? code : "#VALUE!" };
}
