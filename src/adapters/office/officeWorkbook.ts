import { issue } from "../../engine/issue";
import type { Cell } from "../../ports/cell";
import { PortError } from "../../ports/portError";
import type { OutputTable, RangeData, SourceRef, WorkbookPort } from "../../ports/workbookPort";
import { applyWrite } from "./applyWrite";
import { encodeOfficeRecord, type PreviousState } from "./officeRecord";
import { planWrite } from "./planWrite";
import { inTwoSyncs } from "./inTwoSyncs";
import { lookupIn, nameCellRead, sourceRead } from "./readSource";
import { recoverWrite } from "./recoverWrite";
import { SnapshotPort } from "./snapshotPort";
import { readWorkbookState, recordRead, type WorkbookState } from "./workbookState";

/** Excel.run, or a stand-in with the same shape (tests run the adapter under office-addin-mock). */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

const reason = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/**
 * The workbook port on Office.js, for the open workbook. Reading takes two syncs, and so does
 * a snapshot of every block a use case reads; writing three (two to look, one to write) for
 * any output up to the request limit. Writes are all or nothing and never touch what the tool
 * does not own; the record in the workbook keeps the settings and what the last refresh
 * replaced, so it can be undone.
 */
export class OfficeWorkbook implements WorkbookPort {
  constructor(private readonly run: ExcelRun = (batch) => Excel.run(batch)) {}

  read(ref: SourceRef): Promise<RangeData | undefined> {
    return this.run((context) => inTwoSyncs(context, sourceRead(lookupIn(context), ref)));
  }

  readName(name: string): Promise<Cell | undefined> {
    return this.run((context) => inTwoSyncs(context, nameCellRead(lookupIn(context), name)));
  }

  readSettings(): Promise<string | undefined> {
    return this.run(
      async (context) => (await inTwoSyncs(context, recordRead(context))).record?.settings
    );
  }

  /** The blocks and the settings in one batch of two syncs, however many references. */
  async snapshot(refs: ReadonlyArray<SourceRef>): Promise<WorkbookPort> {
    const loaded = await this.run((context) => {
      const lookup = lookupIn(context);
      const record = recordRead(context);
      const blocks = refs.map((ref) => [ref, sourceRead(lookup, ref)] as const);
      return inTwoSyncs(context, () => {
        const settings = record();
        const answers = blocks.map(([ref, block]) => [ref, block()] as const);
        return () => ({
          blocks: answers.map(([ref, answer]) => [ref, answer()] as const),
          settings: settings().record?.settings,
        });
      });
    });
    return new SnapshotPort(this, loaded);
  }

  write(outputs: ReadonlyArray<OutputTable>, settings: string): Promise<void> {
    return this.run(async (context) => {
      const state = await readWorkbookState(context);
      // Undo restores what this write replaces: nothing on a first refresh, the tables the
      // add-in last wrote otherwise; a record written by the command does not say, so no undo.
      const { record } = state;
      const previous: PreviousState | undefined = !record
        ? { outputs: [] }
        : record.written
          ? {
              outputs: record.written,
              ...(record.settings === undefined ? {} : { settings: record.settings }),
            }
          : undefined;
      await replaceOutput(context, state, outputs, settings, previous);
    });
  }

  /** Puts back the output and settings the last refresh replaced; once, then there is nothing to undo. */
  undoLastRefresh(): Promise<void> {
    return this.run(async (context) => {
      const state = await readWorkbookState(context);
      const previous = state.record?.previous;
      if (!previous) throw new PortError(issue("UNDO_NOTHING", "error"));
      await replaceOutput(context, state, previous.outputs, previous.settings, undefined);
    });
  }
}

async function replaceOutput(
  context: Excel.RequestContext,
  state: WorkbookState,
  outputs: ReadonlyArray<OutputTable>,
  settings: string | undefined,
  previous: PreviousState | undefined
): Promise<void> {
  const planned = planWrite(state, outputs, settings, previous);
  if ("refused" in planned) throw new PortError(planned.refused[0]!);
  const xml = encodeOfficeRecord(planned.plan.record);
  try {
    await applyWrite(context, state, planned.plan, xml);
  } catch (failure) {
    let stands: boolean;
    try {
      stands = await recoverWrite(context, state, planned.plan, xml);
    } catch (recovery) {
      const sheets = planned.plan.outputs.map((o) => `"${o.table.sheet}"`).join(", ");
      throw new PortError(
        issue("WRITE_NOT_UNDONE", "error", undefined, {
          reason: reason(failure),
          recovery: reason(recovery),
          sheets,
        })
      );
    }
    if (!stands)
      throw new PortError(
        issue("OUTPUT_WRITE_FAILED", "error", undefined, { reason: reason(failure) })
      );
  }
}
