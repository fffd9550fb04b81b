import { Dec } from "../engine/decimal";
import { formatAmount } from "../engine/formatAmount";
import type { Lang } from "../engine/messages";
import type { Cell } from "../ports/cell";
import { serialToIso } from "../ports/readDateCell";
import { cellText } from "../ports/readYearCell";
import type { OutFormat } from "../ports/workbookPort";
import { euroText } from "./euroText";

/**
 * An output cell as Excel shows it with its column's number format, in the user's convention
 * ("€ 2.246.325", "50,58%"): for previews and the terminal, never written to a workbook.
 */
export function outputCellText(cell: Cell, format: OutFormat, lang: Lang): string {
  if (cell.t !== "n") return cellText(cell);
  const x = new Dec(cell.v);
  switch (format) {
    case "eur0":
      return euroText(x, 0, lang);
    case "eur2":
      return euroText(x, 2, lang);
    case "pct":
      return `${formatAmount(x.times(100), 2, lang)}%`;
    case "pct4":
      return `${formatAmount(x.times(100), 4, lang)}%`;
    case "date":
      return serialToIso(cell.v) ?? cell.v;
    default:
      return cell.v;
  }
}
