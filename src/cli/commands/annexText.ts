import { outputCellText } from "../../app/outputCellText";
import { messageText } from "../../engine/formatIssue";
import type { Issue } from "../../engine/issue";
import type { Lang } from "../../engine/messages";
import type { OutputTable } from "../../ports/workbookPort";
import { oneLine } from "../terminalSafe";
import { textTable } from "../textTable";

/** An output table for the terminal, with the columns `keep` chooses and its totals row. */
export function outputTableText(
  table: OutputTable,
  lang: Lang,
  keep: (header: string) => boolean = () => true
): string {
  const columns = table.columns.map((c, i) => ({ ...c, i })).filter((c) => keep(c.header));
  const rows = [...table.rows, ...(table.totalsRow ? [table.totalsRow] : [])].map((row) =>
    columns.map((c) => outputCellText(row[c.i]!, c.format, lang))
  );
  return textTable(
    columns.map((c) => c.header),
    rows,
    columns.map((c) => (c.format === "text" ? "l" : "r"))
  );
}

/** The checks of Controle, one a line with their status. */
export const checksText = (checks: ReadonlyArray<Issue>, lang: Lang): string =>
  checks
    .map((c) => `  ${c.severity === "error" ? "✗" : "✓"} ${oneLine(messageText(c, lang))}\n`)
    .join("");
