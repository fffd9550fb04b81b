import { MemoryWorkbook } from "../../src/adapters/memory/memoryWorkbook";
import { ibnExampleSpec } from "../../src/demo/ibnExample";
import { ANNEX_READS } from "../../src/ports/annexLayout";
import type { SourceRef, WorkbookPort } from "../../src/ports/workbookPort";
import { choicePort } from "../../src/taskpane/state/choicePort";
import { DEFAULT_CHOICES } from "../../src/taskpane/state/paneChoices";
import { progressPort, type RefreshStep } from "../../src/taskpane/write/progressPort";

/** A workbook whose host loads in batches, as the Office.js adapter does: it records each batch. */
function batchingWorkbook() {
  const batches: SourceRef[][] = [];
  const memory = MemoryWorkbook.fromSpec(ibnExampleSpec("en"));
  const port: WorkbookPort = {
    read: (ref) => memory.read(ref),
    readName: (name) => memory.readName(name),
    readSettings: () => memory.readSettings(),
    write: (outputs, settings) => memory.write(outputs, settings),
    snapshot: async (refs) => {
      batches.push([...refs]);
      return port;
    },
  };
  return { port, batches };
}

test("the pane’s wrappers pass the one-batch read on, so a refresh in Excel stays at two read syncs", async () => {
  const { port, batches } = batchingWorkbook();
  const steps: RefreshStep[] = [];
  const wrapped = progressPort(choicePort(port, DEFAULT_CHOICES, undefined, "Pane"), (s) =>
    steps.push(s)
  );
  const view = await wrapped.snapshot!(ANNEX_READS);
  expect(batches).toEqual([[...ANNEX_READS]]);
  expect(steps).toEqual([{ kind: "snapshot", sources: ANNEX_READS.length }]);
  expect(await view.read({ kind: "table", name: "PBudget" })).toEqual(
    await port.read({ kind: "table", name: "PBudget" })
  );
});

test("with the selection as source, the batch loads the selection in place of the PBudget table", async () => {
  const { port, batches } = batchingWorkbook();
  await choicePort(port, { ...DEFAULT_CHOICES, source: "selection" }, undefined, "Pane").snapshot!(
    ANNEX_READS
  );
  expect(batches[0]).toContainEqual({ kind: "selection" });
  expect(batches[0]).not.toContainEqual({ kind: "table", name: "PBudget" });
});

test("a host without batches gets none", () => {
  const memory = MemoryWorkbook.fromSpec(ibnExampleSpec("en"));
  expect(
    progressPort(choicePort(memory, DEFAULT_CHOICES, undefined, "Pane"), () => undefined).snapshot
  ).toBeUndefined();
});
