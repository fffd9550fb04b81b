import { issue, type Issue } from "../../engine/issue";
import { contentHash } from "../../ports/contentHash";
import { ownedOutput, planOwnedWrite, type OwnedWritePlan } from "../../ports/planOwnedWrite";
import type { OutputTable } from "../../ports/workbookPort";
import { encodeOwnedRecord } from "../xlsx/ownedRecord";
import type { SheetBlocks } from "./ownedContent";
import { officeWriteFacts, type WorkbookState } from "./workbookState";

const same = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

export interface OfficeWritePlan extends OwnedWritePlan {
  /** The record the write leaves (undefined: none, after undoing the first refresh), and its run id. */
  readonly recordXml?: string;
  readonly run: string;
}

/** What Excel would stop part-way: protected owned sheets, filtered owned tables, a locked structure. */
function hostRefusals(state: WorkbookState, plan: OwnedWritePlan): Issue[] {
  const found: Issue[] = [];
  const owned = [
    ...plan.outputs.flatMap((o) => (o.existing ? [o.existing.proven] : [])),
    ...plan.retired,
  ];
  for (const { sheet, table } of owned) {
    if (state.sheets.find((s) => same(s.name, sheet.name))?.protected)
      found.push(issue("SHEET_PROTECTED", "error", { sheet: sheet.name }, { sheet: sheet.name }));
    if (state.tables.find((t) => same(t.name, table.name))?.filtered)
      found.push(
        issue(
          "OUTPUT_FILTERED",
          "error",
          { sheet: sheet.name, table: table.name },
          { table: table.name }
        )
      );
  }
  if (
    state.structureProtected &&
    (plan.retired.length > 0 || plan.outputs.some((o) => !o.existing))
  )
    found.push(issue("WORKBOOK_PROTECTED", "error"));
  return found;
}

/**
 * The write on Office.js: planOwnedWrite (the rule every host applies) and what Excel itself
 * would refuse, with the record the write leaves: every output's place, columns and hash of
 * its cells, the settings, and the run id derived from them.
 */
export function planOfficeWrite(
  state: WorkbookState,
  cells: { readonly occupied: SheetBlocks; readonly merged: SheetBlocks },
  outputs: ReadonlyArray<OutputTable>,
  settings: string | undefined
): { plan: OfficeWritePlan } | { refused: Issue[] } {
  const owned = planOwnedWrite(outputs, officeWriteFacts(state, cells.occupied, cells.merged));
  const refused = [...owned.refusals, ...hostRefusals(state, owned)];
  if (refused.length) return { refused };
  const recordXml =
    outputs.length === 0 && settings === undefined
      ? undefined
      : encodeOwnedRecord({
          outputs: owned.outputs.map((o) => ({
            ...ownedOutput(o),
            hash: contentHash(o.laid.cells),
          })),
          ...(settings === undefined ? {} : { settings }),
        });
  const run = recordXml ? /run="([^"]+)"/.exec(recordXml)![1]! : "none";
  return { plan: { ...owned, ...(recordXml ? { recordXml } : {}), run } };
}
