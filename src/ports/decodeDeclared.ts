import { normalizeName } from "../engine/normalizeName";
import type { Declared } from "./decodeBudgets";
import { cellWhere } from "./rangeWhere";
import { cellText } from "./readYearCell";
import type { RangeData } from "./workbookPort";

/** The municipalities a workbook declares: the first column of its table Gemeenten, below the header. */
export const decodeDeclared = (range: RangeData): Declared[] =>
  range.cells.flatMap((row, r) => {
    const name = r === 0 ? "" : normalizeName(cellText(row[0] ?? { t: "blank" }));
    return name ? [{ name, where: cellWhere(range, r, 0) }] : [];
  });
