import { messageText } from "../engine/formatIssue";
import type { Lang } from "../engine/messages";
import { headerIn, OWNED_NAMES, roleOf } from "../ports/ownedNames";
import type { OutputTable, WorkbookPort } from "../ports/workbookPort";

/** One name a change of the workbook's language changes; a column's names its table as it is now. */
export type Rename =
  | { readonly kind: "sheet" | "table"; readonly from: string; readonly to: string }
  | { readonly kind: "column"; readonly table: string; readonly from: string; readonly to: string };

const same = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

/**
 * What writing `tables` (in `to`) renames in a workbook now in `from`: each owned sheet and table that
 * stands under its name in that language, and each of its columns whose header is the same
 * column in the new one (a year's column keeps its year). The port renames them in place, so
 * the references to them follow (ports/planOwnedWrite); this says which, before it happens.
 */
export async function languageRenames(
  port: WorkbookPort,
  tables: ReadonlyArray<OutputTable>,
  from: Lang,
  to: Lang
): Promise<Rename[]> {
  const renames: Rename[] = [];
  for (const table of tables) {
    const role = roleOf(table.sheet, table.table);
    const old = role && OWNED_NAMES[role][from];
    const existing = old && (await port.read({ kind: "table", name: old.table }));
    if (!old || !existing || !same(existing.sheet, old.sheet)) continue;
    if (!same(old.sheet, table.sheet))
      renames.push({ kind: "sheet", from: old.sheet, to: table.sheet });
    if (!same(old.table, table.table))
      renames.push({ kind: "table", from: old.table, to: table.table });
    for (const cell of existing.cells[0] ?? []) {
      if (cell.t !== "s") continue;
      const header = headerIn(cell.v, to);
      if (header && !same(header, cell.v))
        renames.push({ kind: "column", table: old.table, from: cell.v, to: header });
    }
  }
  return renames;
}

/** The renames in words, one after the other: "sheet 'Lumpsum per jaar' → 'Lump sum per year', …". */
export const renamesText = (renames: ReadonlyArray<Rename>, lang: Lang): string =>
  renames
    .map((r) =>
      messageText(
        {
          code:
            r.kind === "sheet"
              ? "RENAMED_SHEET"
              : r.kind === "table"
                ? "RENAMED_TABLE"
                : "RENAMED_COLUMN",
          severity: "info",
          params: { from: r.from, to: r.to, ...(r.kind === "column" ? { table: r.table } : {}) },
        },
        lang
      )
    )
    .join(", ");
