/** @jest-environment jsdom */
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { ibnExampleSpec } from "../../src/demo/ibnExample";
import { issue } from "../../src/engine/issue";
import { PortError } from "../../src/ports/portError";
import type { WorkbookPort } from "../../src/ports/workbookPort";
import { PreviewFlow } from "../../src/taskpane/preview/PreviewFlow";
import { StatusBadge } from "../../src/taskpane/status/StatusBadge";
import { ref } from "../golden/reference";
import { memoryHost, renderPane } from "./renderPane";

const euros = (n: number) => `€\u00a0${n.toLocaleString("en-GB")}`;

describe("preview flow", () => {
  test("shows every check holding and the tables as they will be written, with the published 2021 amounts", async () => {
    renderPane(<PreviewFlow />, { host: memoryHost(ibnExampleSpec("en")) });
    expect(
      await screen.findByText("Every check holds. 4 tables are ready to be written.")
    ).toBeTruthy();
    const checks = screen.getByRole("list", { name: "Checks" });
    const items = within(checks).getAllByRole("listitem");
    expect(items.every((li) => li.getAttribute("data-holds") === "true")).toBe(true);
    expect(items.map((li) => li.getAttribute("data-code"))).toEqual(
      expect.arrayContaining([
        "CHECK_YEAR_ADDS_UP",
        "CHECK_YEAR_SAME_PERCENT",
        "CHECK_YEAR_WITHIN_UNIT",
        "CHECK_INPUTS_COMPLETE",
      ])
    );
    const perYear = screen.getByRole("table", { name: /Lump sum per municipality and year/ });
    for (const row of ref.lumpsum_per_year.rows) {
      expect(
        within(perYear).getByRole("row", { name: new RegExp(`^${row.gemeente}`) }).textContent
      ).toContain(euros(row["2021"]));
    }
    const period = screen.getByRole("table", {
      name: /Lump sum over the period 2021-07-01 to 2022-12-31/,
    });
    const uden = within(period).getByRole("row", { name: /^Uden/ });
    expect(
      within(uden)
        .getAllByRole("cell")
        .map((c) => c.textContent)
    ).toEqual(["Maashorst", euros(140989), euros(311574), euros(452563)]);
  });

  test("nothing is written until the user confirms; cancel writes nothing, confirm writes the four sheets", async () => {
    const user = userEvent.setup();
    const host = memoryHost(ibnExampleSpec("en"));
    renderPane(
      <>
        <StatusBadge />
        <PreviewFlow />
      </>,
      { host }
    );
    await screen.findByText(/Every check holds/);
    expect(screen.getByText("Nothing written yet")).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Write 4 tables…" }));
    // jsdom: tabster's modalizer may leave the open surface aria-hidden here, and its name unread
    // (not in Chromium, where the end-to-end test finds the dialog by name and its buttons by role).
    const dialog = await screen.findByRole("dialog", { hidden: true });
    expect(within(dialog).getByRole("heading", { hidden: true }).textContent).toBe(
      "Write the tables?"
    );
    // A workbook never written before gets the pane's language.
    expect(dialog.textContent).toContain(
      '"Lump sum per year", "Lump sum period", "Lump sum after mergers", "Checks"'
    );
    await user.click(within(dialog).getByRole("button", { name: "Cancel", hidden: true }));
    expect(await host.port.readSettings()).toBeUndefined();

    await user.click(screen.getByRole("button", { name: "Write 4 tables…" }));
    await user.click(
      within(await screen.findByRole("dialog", { hidden: true })).getByRole("button", {
        name: "Write",
        hidden: true,
      })
    );
    // The one status of the pane follows the write: in Excel, written to the workbook.
    expect(await screen.findByText("Written to the workbook")).toBeTruthy();
    const written = await host.port.read({ kind: "table", name: "LumpSumPeriod" });
    expect(
      written?.cells.find((row) => row[0]?.t === "s" && row[0].v === "Uden")?.at(-1)
    ).toMatchObject({ t: "n", v: "452563" });
  });

  test("a write refused for a person's cells in the way lists them, and writes over them only after a second confirmation", async () => {
    const user = userEvent.setup();
    const base = memoryHost(ibnExampleSpec("en"));
    const writes: boolean[] = [];
    const port: WorkbookPort = {
      read: (ref) => base.port.read(ref),
      readName: (name) => base.port.readName(name),
      readSettings: () => base.port.readSettings(),
      write: async (outputs, settings, options) => {
        writes.push(options?.force === true);
        if (!options?.force)
          throw new PortError(
            issue(
              "OUTPUT_CELLS_IN_THE_WAY",
              "error",
              { sheet: "Lumpsum per jaar", cell: "A19" },
              { sheet: "Lumpsum per jaar", range: "A19" }
            )
          );
        return base.port.write(outputs, settings);
      },
    };
    renderPane(
      <>
        <StatusBadge />
        <PreviewFlow />
      </>,
      { host: { ...base, port } }
    );
    await screen.findByText(/Every check holds/);
    await user.click(screen.getByRole("button", { name: "Write 4 tables…" }));
    await user.click(
      within(await screen.findByRole("dialog", { hidden: true })).getByRole("button", {
        name: "Write",
        hidden: true,
      })
    );
    expect(
      await screen.findAllByText(/holds data in A19 that the tool did not write/)
    ).not.toHaveLength(0);
    await user.click(screen.getByRole("button", { name: "Write anyway…" }));
    const title = await screen.findByText("Write anyway?");
    await user.click(
      within(title.closest("[role=dialog]") as HTMLElement).getByRole("button", {
        name: "Write anyway",
        hidden: true,
      })
    );
    expect(await screen.findByText("Written to the workbook")).toBeTruthy();
    expect(writes).toEqual([false, true]);
  });

  test("inputs with errors block the write and say what to fix", async () => {
    renderPane(<PreviewFlow />, { host: memoryHost({ sheets: [] }) });
    expect(
      await screen.findByText("These tables cannot be written: fix the errors below first.")
    ).toBeTruthy();
    expect(screen.getByRole("list", { name: "Findings" }).textContent).toContain(
      'No P-budgets found: add a table "PBudget"'
    );
    expect(
      (screen.getByRole("button", { name: "Write 0 tables…" }) as HTMLButtonElement).disabled
    ).toBe(true);
  });
});
