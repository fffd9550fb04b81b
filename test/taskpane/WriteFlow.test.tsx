/** @jest-environment jsdom */
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { refreshWorkbook } from "../../src/app/refreshWorkbook";
import { ibnExampleSpec } from "../../src/demo/ibnExample";
import { issue } from "../../src/engine/issue";
import { PortError } from "../../src/ports/portError";
import type { WorkbookPort } from "../../src/ports/workbookPort";
import { WriteFlow } from "../../src/taskpane/write/WriteFlow";
import { memoryHost, renderPane } from "./renderPane";

/** Undo asks first: the button opens a dialog whose own button undoes. */
async function confirmUndo(user: ReturnType<typeof userEvent.setup>, word: string) {
  await user.click(screen.getByRole("button", { name: `${word}…` }));
  // jsdom: tabster may leave the open surface aria-hidden (see PreviewFlow.test).
  const dialog = await screen.findByRole("dialog", { hidden: true });
  await user.click(within(dialog).getByRole("button", { name: word, hidden: true }));
}

describe("write flow", () => {
  test("refresh all recomputes from the stored settings and writes every output", async () => {
    const user = userEvent.setup();
    const host = memoryHost(ibnExampleSpec("en"));
    renderPane(<WriteFlow />, { host });
    await screen.findByText(/Every check holds/);
    await user.click(screen.getByRole("button", { name: "Refresh all" }));
    expect(await screen.findByText("4 tables refreshed; every check holds.")).toBeTruthy();
    // No settings were stored before: months, whole euros, and the workbook gets the pane's language.
    expect(JSON.parse((await host.port.readSettings())!)).toMatchObject({
      basis: "months",
      decimals: 0,
      sheetLang: "en",
      source: "PBudget",
      totals: "Lumpsum",
    });
  });

  test("shows the workbook's language whatever the pane's, and says what choosing another renames before writing", async () => {
    const user = userEvent.setup();
    const host = memoryHost(ibnExampleSpec("nl"));
    await refreshWorkbook(host.port, {
      runTime: "2026-12-05T22:38:40Z",
      toolVersion: "t",
      lang: "nl",
    });
    renderPane(<WriteFlow />, { host });
    await screen.findByText(/Every check holds/);
    const group = screen.getByRole("radiogroup", { name: "Language of the sheets" });
    expect(within(group).getByRole("radio", { name: "Nederlands (Dutch)" })).toHaveProperty(
      "checked",
      true
    );
    expect(screen.queryByText(/Writing makes the workbook/)).toBeNull();
    await user.click(within(group).getByRole("radio", { name: "English" }));
    expect(
      await screen.findByText(
        /^Writing makes the workbook English\. Renamed: sheet 'Lumpsum per jaar' → 'Lump sum per year', table LumpsumPerJaar → LumpSumPerYear, column LumpsumPerJaar\[Gemeente\] → \[Municipality\]/
      )
    ).toBeTruthy();
    await user.click(within(group).getByRole("radio", { name: "Nederlands (Dutch)" }));
    await screen.findByText(/Every check holds/);
    expect(screen.queryByText(/Writing makes the workbook/)).toBeNull();
  });

  test("while refresh all waits on the workbook, the step it is on is named beside a progress bar", async () => {
    const user = userEvent.setup();
    const base = memoryHost(ibnExampleSpec("en"));
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    // Every read after the preview's waits for the gate, as a slow Excel would.
    let open = true;
    const port: WorkbookPort = {
      read: async (ref) => {
        if (!open) await gate;
        return base.port.read(ref);
      },
      readName: (name) => base.port.readName(name),
      readSettings: () => base.port.readSettings(),
      write: (outputs, settings) => base.port.write(outputs, settings),
    };
    renderPane(<WriteFlow />, { host: { ...base, port } });
    await screen.findByText(/Every check holds/);
    open = false;
    await user.click(screen.getByRole("button", { name: "Refresh all" }));
    expect(await screen.findByRole("progressbar", { name: "Reading PBudget…" })).toBeTruthy();
    release();
    expect(await screen.findByText("4 tables refreshed; every check holds.")).toBeTruthy();
  });

  test("refused only for a formula that reads what goes: the place is listed, and a second confirmation writes anyway", async () => {
    const user = userEvent.setup();
    const base = memoryHost(ibnExampleSpec("en"));
    const forced: boolean[] = [];
    const port: WorkbookPort = {
      ...base.port,
      read: (ref) => base.port.read(ref),
      readName: (name) => base.port.readName(name),
      readSettings: () => base.port.readSettings(),
      write: async (outputs, settings, options) => {
        forced.push(options?.force === true);
        if (!options?.force)
          throw new PortError(
            issue(
              "REF_WOULD_BREAK",
              "error",
              { sheet: "Overzicht", cell: "B5" },
              {
                place: "'Overzicht'!B5",
                target: "'Lumpsum periode'",
              }
            )
          );
        return base.port.write(outputs, settings);
      },
    };
    renderPane(<WriteFlow />, { host: { ...base, port } });
    await screen.findByText(/Every check holds/);
    await user.click(screen.getByRole("button", { name: "Refresh all" }));
    expect(
      await screen.findByText(
        "Cell 'Overzicht'!B5 refers to 'Lumpsum periode', which this refresh removes; change the reference, or confirm (it then becomes #REF!)."
      )
    ).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Write anyway…" }));
    const dialog = await screen.findByRole("dialog", { hidden: true });
    expect(dialog.textContent).toContain("#REF!");
    await user.click(within(dialog).getByRole("button", { name: "Write anyway", hidden: true }));
    expect(await screen.findByText("4 tables refreshed; every check holds.")).toBeTruthy();
    expect(forced).toEqual([false, true]);
  });

  test("an undo the host refuses is said in a sentence that says why", async () => {
    const user = userEvent.setup();
    const host = {
      ...memoryHost(ibnExampleSpec("nl")),
      undoLastRefresh: async () => Promise.reject(new PortError(issue("UNDO_NOTHING", "error"))),
    };
    renderPane(<WriteFlow />, { lang: "nl", host });
    await confirmUndo(user, "Ongedaan maken");
    expect(await screen.findByText("Er is geen verversing om ongedaan te maken.")).toBeTruthy();
  });

  test("an unexpected failure says nothing was written and what to do, without a stack trace", async () => {
    const user = userEvent.setup();
    const host = {
      ...memoryHost(ibnExampleSpec("en")),
      undoLastRefresh: async () => Promise.reject(new TypeError("sync failed")),
    };
    renderPane(<WriteFlow />, { host });
    await confirmUndo(user, "Undo");
    const message = await screen.findByText(
      /Something went wrong that the add-in did not expect \(sync failed\)\. Nothing was written\./
    );
    expect(message.textContent).not.toMatch(/\bat \w+ \(/);
  });
});
