/** @jest-environment jsdom */
import { act, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { MemoryWorkbook } from "../../src/adapters/memory/memoryWorkbook";
import { XlsxWorkbook } from "../../src/adapters/xlsx/xlsxWorkbook";
import { checkWorkbook } from "../../src/app/checkWorkbook";
import { issue } from "../../src/engine/issue";
import { PortError } from "../../src/ports/portError";
import type { WorkbookPort } from "../../src/ports/workbookPort";
import { ibnExampleSpec } from "../../src/demo/ibnExample";
import { fileHost } from "../../src/taskpane/file/fileHost";
import { StaleBanner } from "../../src/taskpane/status/StaleBanner";
import { StatusBadge } from "../../src/taskpane/status/StatusBadge";
import { nextStatus, UNWRITTEN, type WriteEvent } from "../../src/taskpane/status/writeStatus";
import { TotalsFlow } from "../../src/taskpane/totals/TotalsFlow";
import { WriteFlow } from "../../src/taskpane/write/WriteFlow";
import { exampleWorkbook } from "../e2e/exampleWorkbook";
import { staleOutput } from "../fixtures/staleOutput";
import { memoryHost, renderPane } from "./renderPane";

type User = ReturnType<typeof userEvent.setup>;

/** A button inside the confirmation dialog (jsdom: tabster may leave the surface aria-hidden). */
async function confirm(user: User, opener: string, yes: string) {
  await user.click(screen.getByRole("button", { name: opener }));
  const dialog = await screen.findByRole("dialog", { hidden: true });
  await user.click(within(dialog).getByRole("button", { name: yes, hidden: true }));
}

const badge = () => screen.getAllByRole("status")[0]!.textContent;
const download = () =>
  screen.getByRole("button", { name: "Download the updated workbook" }) as HTMLButtonElement;

const fileModeHost = (bytes: Uint8Array) =>
  fileHost({
    name: "ibn.xlsx",
    bytes,
    open: (b, n) => XlsxWorkbook.fromBytes(b, n),
    peek: () => undefined,
  });

describe("the one write status", () => {
  test.each<[ReadonlyArray<WriteEvent>, string, number]>([
    [[], "unwritten", 0],
    [["written"], "written", 1],
    [["written", "downloaded"], "downloaded", 1],
    [["written", "written", "undone"], "undone", 1],
    [["written", "undone", "undone"], "undone", 0],
    [["written", "downloaded", "written"], "written", 2],
  ])("after %j it is %s, with %i writes not taken back", (events, state, writes) => {
    expect(events.reduce(nextStatus, UNWRITTEN)).toEqual({ state, writes });
  });

  test("file mode: not written → written, not downloaded → downloaded → undone → refreshed, one message at a time", async () => {
    const user = userEvent.setup();
    const saved: Blob[] = [];
    URL.createObjectURL = (blob: Blob) => (saved.push(blob), "blob:test");
    URL.revokeObjectURL = () => undefined;
    HTMLAnchorElement.prototype.click = () => undefined;
    renderPane(
      <>
        <StatusBadge />
        <WriteFlow />
      </>,
      { host: fileModeHost(exampleWorkbook("en")) }
    );
    await screen.findByText(/Every check holds/);
    expect(badge()).toBe("Nothing written yet");
    expect(download().disabled).toBe(true);
    expect(screen.getByText(/Nothing has been written to download yet/)).toBeTruthy();

    await confirm(user, "Write 4 tables…", "Write");
    expect(await screen.findByText("Written, not yet downloaded")).toBeTruthy();
    expect(
      screen.getByText(/not yet on your computer: download the updated workbook/)
    ).toBeTruthy();
    expect(download().disabled).toBe(false);

    await user.click(download());
    expect(await screen.findByText("Written and downloaded")).toBeTruthy();
    expect(saved).toHaveLength(1);

    await confirm(user, "Undo…", "Undo");
    expect(await screen.findByText("Last write undone")).toBeTruthy();
    // Back to the file as opened: nothing new to download.
    expect(download().disabled).toBe(true);

    await user.click(screen.getByRole("button", { name: "Refresh all" }));
    expect(await screen.findByText("4 tables refreshed; every check holds.")).toBeTruthy();
    expect(badge()).toBe("Written, not yet downloaded");
    // Only the latest action speaks: no undo message left above the refresh's.
    expect(screen.queryByText(/previous output is back/)).toBeNull();
    expect(screen.getAllByText(/tables refreshed/)).toHaveLength(1);
  });

  test("an undo is asked first: cancelling it undoes nothing", async () => {
    const user = userEvent.setup();
    const host = memoryHost(ibnExampleSpec("en"));
    let undone = 0;
    renderPane(<WriteFlow />, { host: { ...host, undoLastRefresh: async () => void undone++ } });
    await confirm(user, "Undo…", "Cancel");
    expect(undone).toBe(0);
    await confirm(user, "Undo…", "Undo");
    expect(undone).toBe(1);
  });

  test("while errors stand, neither write nor download: a blank typed total after a write", async () => {
    const user = userEvent.setup();
    URL.createObjectURL = () => "blob:test";
    renderPane(
      <>
        <TotalsFlow />
        <WriteFlow />
      </>,
      { host: fileModeHost(exampleWorkbook("en")) }
    );
    await screen.findByText(/Every check holds/);
    await confirm(user, "Write 4 tables…", "Write");
    await screen.findByText(/not yet on your computer/);
    expect(download().disabled).toBe(false);
    await user.click(screen.getByRole("radio", { name: "Typed in here" }));
    await user.clear(screen.getByRole("textbox", { name: "Total 2022" }));
    expect(await screen.findByText(/Not to be downloaded while there are errors/)).toBeTruthy();
    expect(download().disabled).toBe(true);
    expect(
      (screen.getByRole("button", { name: /^Write \d+ tables…$/ }) as HTMLButtonElement).disabled
    ).toBe(true);
  });
});

describe("the out-of-date banner", () => {
  const staleWorkbook = () => staleOutput(ibnExampleSpec("en"), MemoryWorkbook.fromSpec);

  test("says so when the workbook opens, and one click refreshes every output", async () => {
    const user = userEvent.setup();
    const port = await staleWorkbook();
    renderPane(
      <>
        <StatusBadge />
        <StaleBanner />
      </>,
      { host: { ...memoryHost(), port } }
    );
    expect(await screen.findByText("Output out of date")).toBeTruthy();
    expect(
      screen.getByText(
        /LumpsumPerJaar, LumpsumPeriode, LumpsumNaHerindeling, Controle no longer follow/
      )
    ).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Refresh now" }));
    expect(await screen.findByText("Written to the workbook")).toBeTruthy();
    expect(screen.queryByText("Output out of date")).toBeNull();
    expect(
      (await checkWorkbook(port, { runTime: "2025-01-31T09:00:00Z", toolVersion: "t" })).issues
    ).toEqual([]);
  });

  test("a refresh refused only for a formula that reads what goes lists the place, and writes anyway once confirmed", async () => {
    const user = userEvent.setup();
    const stale = await staleWorkbook();
    const forced: boolean[] = [];
    const port: WorkbookPort = {
      read: (ref) => stale.read(ref),
      readName: (name) => stale.readName(name),
      readSettings: () => stale.readSettings(),
      write: async (outputs, settings, options) => {
        forced.push(options?.force === true);
        if (!options?.force)
          throw new PortError(
            issue(
              "REF_WOULD_BREAK",
              "error",
              { sheet: "Overzicht", cell: "B5" },
              { place: "'Overzicht'!B5", target: "'Lumpsum periode'" }
            )
          );
        return stale.write(outputs, settings);
      },
    };
    renderPane(<StaleBanner />, { host: { ...memoryHost(), port } });
    await user.click(await screen.findByRole("button", { name: "Refresh now" }));
    expect(
      await screen.findByText(
        "Nothing was written: what this refresh removes or overwrites is used at the places below. Change them, or write anyway."
      )
    ).toBeTruthy();
    expect(screen.queryByText("Nothing was written: fix the errors below first.")).toBeNull();
    expect(screen.getByText(/Cell 'Overzicht'!B5 refers to 'Lumpsum periode'/)).toBeTruthy();
    await confirm(user, "Write anyway…", "Write anyway");
    await waitFor(() => expect(screen.queryByText("Output out of date")).toBeNull());
    expect(forced).toEqual([false, true]);
  });

  test("a refresh refused for what no confirmation overrides says to fix it, and offers no way past", async () => {
    const user = userEvent.setup();
    const stale = await staleWorkbook();
    const port: WorkbookPort = {
      read: (ref) => stale.read(ref),
      readName: (name) => stale.readName(name),
      readSettings: () => stale.readSettings(),
      write: async () => {
        throw new PortError(issue("PKG_SHEET_NOT_OWNED", "error", { sheet: "Lumpsum periode" }));
      },
    };
    renderPane(<StaleBanner />, { host: { ...memoryHost(), port } });
    await user.click(await screen.findByRole("button", { name: "Refresh now" }));
    expect(
      await screen.findByText("Nothing was written: fix the errors below first.")
    ).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Write anyway…" })).toBeNull();
    expect(screen.getByText("Output out of date")).toBeTruthy();
  });

  test.each([
    ["never refreshed", false],
    ["refreshed and current", true],
  ])("says nothing for a workbook %s", async (_, refreshed) => {
    const port = MemoryWorkbook.fromSpec(ibnExampleSpec("en"));
    if (refreshed) {
      const plan = await checkWorkbook(port, { runTime: "2025-01-31T09:00:00Z", toolVersion: "t" });
      await port.write(plan.tables, plan.settings);
    }
    // The comparison is done once it has read the three output tables.
    const outputs: string[] = [];
    const watched = {
      ...memoryHost(),
      port: {
        read: async (ref: Parameters<MemoryWorkbook["read"]>[0]) => {
          const block = await port.read(ref);
          if (
            ref.kind === "table" &&
            /^(Lumpsum|Controle)/.test(ref.name) &&
            ref.name !== "Lumpsum"
          )
            outputs.push(ref.name);
          return block;
        },
        readName: (name: string) => port.readName(name),
        readSettings: () => port.readSettings(),
        write: port.write.bind(port),
      },
    };
    renderPane(<StaleBanner />, { host: watched });
    await waitFor(() =>
      expect(outputs).toEqual([
        "LumpsumPerJaar",
        "LumpsumPeriode",
        "LumpsumNaHerindeling",
        "Controle",
      ])
    );
    await act(async () => undefined);
    expect(screen.queryByText("Output out of date")).toBeNull();
  });
});
