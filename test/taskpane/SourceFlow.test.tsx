/** @jest-environment jsdom */
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { ibnExampleSpec } from "../../src/demo/ibnExample";
import { text } from "../../src/ports/cell";
import type { WorkbookSpec } from "../../src/ports/workbookSpec";
import { SourceFlow } from "../../src/taskpane/source/SourceFlow";
import { withBudget } from "../fixtures/staleOutput";
import { memoryHost, renderPane } from "./renderPane";

/** The example with Boekel's 2021 P-budget typed as "PM" (cell B5 of sheet P-budget). */
const withPlaceholder = (spec: WorkbookSpec): WorkbookSpec =>
  withBudget(spec, "Boekel", text("PM"));

describe("source flow", () => {
  test("shows the municipalities and years read from the PBudget table, in Dutch", async () => {
    renderPane(<SourceFlow />, { lang: "nl", host: memoryHost(ibnExampleSpec("nl")) });
    expect(
      await screen.findByText("Gelezen uit 'P-budget'!A3:D14: 11 gemeenten, jaren 2021, 2022.")
    ).toBeTruthy();
    const table = screen.getByRole("table", { name: "P-budgetten uit PBudget" });
    expect(within(table).getByRole("row", { name: /^Oss/ }).textContent).toContain("1.883.249");
    expect(screen.getByText("Geen bevindingen.")).toBeTruthy();
  });

  test("a finding names its cell, and its button asks the host to show that cell", async () => {
    const user = userEvent.setup();
    const host = memoryHost(withPlaceholder(ibnExampleSpec("en")));
    renderPane(<SourceFlow />, { host });
    const findings = await screen.findByRole("list", { name: "Findings about the P-budgets" });
    const item = within(findings)
      .getAllByRole("listitem")
      .find((li) => li.getAttribute("data-code") === "AMOUNT_PLACEHOLDER");
    expect(item?.textContent).toContain("'P-budget'!B5");
    await user.click(within(item!).getByRole("button", { name: "Go to P-budget!B5" }));
    expect(host.shown).toEqual([{ sheet: "P-budget", cell: "B5" }]);
  });

  test("taking the selection reads what the host says is selected, and says when nothing is", async () => {
    const user = userEvent.setup();
    renderPane(<SourceFlow />, { host: memoryHost(ibnExampleSpec("en")) });
    await screen.findByText(/11 municipalities/);
    await user.click(screen.getByRole("radio", { name: "The current selection" }));
    expect(await screen.findByText(/Nothing is selected/)).toBeTruthy();
  });
});
