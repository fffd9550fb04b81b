import { issue } from "../../engine/issue";
import type { Cell } from "../../ports/cell";
import { contentHash } from "../../ports/contentHash";
import { inExtent } from "../../ports/outputLayout";
import { proveOwnership, type ProvenOutput } from "../../ports/ownership";
import { PortError } from "../../ports/portError";
import type {
  OutputTable,
  RangeData,
  SourceRef,
  WorkbookPort,
  WriteOptions,
} from "../../ports/workbookPort";
import { applyWrite } from "./applyWrite";
import { inTwoSyncs } from "./inTwoSyncs";
import { findOfficeReferences } from "./officeReferences";
import {
  contentAsOutput,
  contentFromA1,
  readOwned,
  readOwnedContent,
  type OwnedContent,
} from "./ownedContent";
import { planOfficeWrite, type OfficeWritePlan } from "./planWrite";
import { lookupIn, nameCellRead, readBeside, readSelection, sourceRead } from "./readSource";
import { recoverWrite } from "./recoverWrite";
import { REQUEST_BUDGET } from "./requestBudget";
import { SnapshotPort } from "./snapshotPort";
import { encodeUndoParts, undoState } from "./undoPayload";
import {
  officeWriteFacts,
  readWorkbookState,
  recordRead,
  type WorkbookState,
} from "./workbookState";

/**
 * Excel.run, or a stand-in with the same shape (tests run the adapter under an Excel mock). The
 * adapter always asks Excel to wait while a person is editing a cell (delayForCellEdit,
 * ExcelApi 1.11) instead of failing the batch.
 */
export type ExcelRun = <T>(
  options: { readonly delayForCellEdit: boolean },
  batch: (context: Excel.RequestContext) => Promise<T>
) => Promise<T>;

const RUN = { delayForCellEdit: true } as const;

const reason = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/**
 * The workbook port on Office.js, for the open workbook. Reading takes two syncs, and so does
 * a snapshot of every block a use case reads. Writing rewrites the owned sheets and tables in
 * place (see applyWrite): two syncs to look, one to read what it replaces, one for the undo
 * part, one per request of new figures, plus the syncs of the reference scan when something
 * goes. All or nothing; never touches what the tool does not own; the record keeps the
 * settings and the run id, the undo parts what the last refresh replaced.
 */
export class OfficeWorkbook implements WorkbookPort {
  constructor(private readonly run: ExcelRun = (options, batch) => Excel.run(options, batch)) {}

  read(ref: SourceRef): Promise<RangeData | undefined> {
    if (ref.kind === "selection")
      return this.run(RUN, (context) => readSelection(lookupIn(context)));
    return readBeside((beside) =>
      this.run(RUN, (context) => inTwoSyncs(context, sourceRead(lookupIn(context, beside), ref)))
    );
  }

  readName(name: string): Promise<Cell | undefined> {
    return this.run(RUN, (context) => inTwoSyncs(context, nameCellRead(lookupIn(context), name)));
  }

  readSettings(): Promise<string | undefined> {
    return this.run(
      RUN,
      async (context) => (await inTwoSyncs(context, recordRead(context))).record?.settings
    );
  }

  /**
   * The blocks and the settings in one batch of two syncs, however many references (a second
   * batch only when a table touches the sheet's edge: readBeside).
   */
  async snapshot(refs: ReadonlyArray<SourceRef>): Promise<WorkbookPort> {
    const loaded = await readBeside((beside) => this.snapshotBatch(refs, beside));
    return new SnapshotPort(this, loaded);
  }

  private snapshotBatch(refs: ReadonlyArray<SourceRef>, beside: boolean) {
    return this.run(RUN, (context) => {
      const lookup = lookupIn(context, beside);
      const record = recordRead(context);
      // The selection is not loaded with the rest (readSelection has syncs of its own): it is read when asked.
      const blocks = refs.flatMap((ref) =>
        ref.kind === "selection" ? [] : [[ref, sourceRead(lookup, ref)] as const]
      );
      return inTwoSyncs(context, () => {
        const settings = record();
        const answers = blocks.map(([ref, block]) => [ref, block()] as const);
        return () => ({
          blocks: answers.map(([ref, answer]) => [ref, answer()] as const),
          settings: settings().record?.settings,
        });
      });
    });
  }

  write(
    outputs: ReadonlyArray<OutputTable>,
    settings: string,
    options: WriteOptions = {}
  ): Promise<void> {
    return this.run(RUN, async (context) => {
      const state = await readWorkbookState(context).catch(unchanged);
      await writeOwned(context, state, outputs, settings, options, true);
    });
  }

  /**
   * Puts back the output and settings the last refresh replaced: once, and only while that
   * refresh's output is still as it wrote it (a later edit would otherwise be lost unseen).
   */
  undoLastRefresh(options: WriteOptions = {}): Promise<void> {
    return this.run(RUN, async (context) => {
      const state = await readWorkbookState(context).catch(unchanged);
      const run = state.record?.run;
      const previous = run
        ? undoState(
            state.undoParts.map((p) => p.undo),
            run
          )
        : undefined;
      if (!previous) throw new PortError(issue("UNDO_NOTHING", "error"));
      const now = await readOwnedContent(
        context,
        withTotals(state, proveOwnership(officeWriteFacts(state)).proven)
      );
      const changed = now.filter((c) => c.proven.output.hash !== contentHash(contentFromA1(c)));
      if (changed.length)
        throw new PortError(
          changed.map((c) =>
            issue(
              "UNDO_OUTPUT_CHANGED",
              "error",
              { sheet: c.proven.sheet.name },
              { sheet: c.proven.sheet.name }
            )
          )
        );
      await writeOwned(context, state, previous.outputs, previous.settings, options, false);
    });
  }
}

/** A read that failed before anything changed: the write failed, the workbook is as it was. */
const unchanged = (e: unknown): never => {
  if (e instanceof PortError) throw e;
  throw new PortError(issue("OUTPUT_WRITE_FAILED", "error", undefined, { reason: reason(e) }));
};

/** The outputs the record can prove are the tool's (the rule does not look at occupied cells). */
const proven = (state: WorkbookState): ReadonlyArray<ProvenOutput> =>
  proveOwnership(officeWriteFacts(state)).proven;

/** Owned outputs with whether each table shows a totals row, as readOwnedContent wants them. */
const withTotals = (state: WorkbookState, proven: ReadonlyArray<ProvenOutput>) =>
  proven.map((p) => ({
    proven: p,
    showTotals:
      state.tables.find((t) => t.name.toLowerCase() === p.table.name.toLowerCase())?.showTotals ??
      false,
  }));

/**
 * One write of the owned output, for a refresh or an undo: plan and refuse before anything
 * changes (with the references to what goes, one finding each, unless forced), read what it
 * replaces, keep that as the undo of this run (`keepUndo`), write, and on a failed sync put
 * everything back, or finish, by what the record says.
 */
async function writeOwned(
  context: Excel.RequestContext,
  state: WorkbookState,
  outputs: ReadonlyArray<OutputTable>,
  settings: string | undefined,
  options: WriteOptions,
  keepUndo: boolean
): Promise<void> {
  const read = await readOwned(context, withTotals(state, proven(state))).catch(unchanged);
  const planned = planOfficeWrite(state, read, outputs, settings);
  if ("refused" in planned) throw new PortError(planned.refused);
  const plan = planned.plan;
  const overwritten = new Map(
    plan.outputs.flatMap((o) =>
      o.existing
        ? [
            [
              o.existing.proven.sheet.name.toLowerCase(),
              (r: number, c: number) =>
                inExtent(o.existing!.extent, r, c) || inExtent(o.extent, r, c),
            ] as const,
          ]
        : []
    )
  );
  const removes = plan.removal.sheets.length + plan.removal.columns.length > 0;
  const references = removes
    ? await findOfficeReferences(context, state, plan.removal, {
        retired: plan.removal.sheets,
        overwritten,
      }).catch(unchanged)
    : [];
  const confirm = [...plan.confirmable, ...references];
  if (confirm.length && !options.force) throw new PortError(confirm);
  const before = read.content;
  const undoXml = keepUndo
    ? encodeUndoParts(
        plan.run,
        {
          ...(state.record?.settings === undefined ? {} : { settings: state.record.settings }),
          outputs: before.map(contentAsOutput),
        },
        REQUEST_BUDGET / 2
      )
    : [];
  try {
    await applyWrite(context, state, plan, undoXml);
  } catch (failure) {
    await recover(context, plan, before, failure);
  }
}

async function recover(
  context: Excel.RequestContext,
  plan: OfficeWritePlan,
  before: ReadonlyArray<OwnedContent>,
  failure: unknown
): Promise<void> {
  let stands: boolean;
  try {
    stands = await recoverWrite(context, plan, before);
  } catch (recovery) {
    const sheets = plan.outputs.map((o) => `"${o.laid.sheet}"`).join(", ");
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
