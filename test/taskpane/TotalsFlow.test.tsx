/** @jest-environment jsdom */
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { ibnExampleSpec } from "../../src/demo/ibnExample";
import { TotalsFlow } from "../../src/taskpane/totals/TotalsFlow";
import { memoryHost, renderPane } from "./renderPane";

const yearRow = (table: HTMLElement, year: number) =>
  within(table).getByRole("row", { name: new RegExp(`^${year}`) }).textContent;

describe("totals and period flow", () => {
  test("reads the totals and the period from the workbook", async () => {
    renderPane(<TotalsFlow />, { host: memoryHost(ibnExampleSpec("en")) });
    const table = await screen.findByRole("table", { name: "Totals that will be used" });
    expect(yearRow(table, 2021)).toContain("2,246,325");
    expect(yearRow(table, 2022)).toContain("2,483,650");
    expect(screen.getByText("Period: 2021-07-01 to 2022-12-31 inclusive.")).toBeTruthy();
    expect(
      (screen.getByRole("radio", { name: "in whole months (as published)" }) as HTMLInputElement)
        .checked
    ).toBe(true);
  });

  test("typed totals start from the workbook, and a blank one is missing, never zero", async () => {
    const user = userEvent.setup();
    renderPane(<TotalsFlow />, { lang: "nl", host: memoryHost(ibnExampleSpec("nl")) });
    await screen.findByRole("table", { name: "Totalen die gebruikt worden" });
    await user.click(screen.getByRole("radio", { name: "Hier ingetypt" }));
    const field = screen.getByRole("textbox", { name: "Totaal 2022" }) as HTMLInputElement;
    expect(field.value).toBe("2483650");
    await user.clear(field);
    const findings = await screen.findByRole("list", { name: "Bevindingen over de totalen" });
    const item = within(findings).getByRole("listitem");
    expect(item.getAttribute("data-code")).toBe("TOTAL_MISSING");
    // Typed, not in a cell: the place says so, and there is no cell to go to.
    expect(item.textContent).toContain("ingetypt in het deelvenster: rij 2022");
    expect(item.textContent).not.toMatch(/![A-Z]+\d/);
    expect(within(item).queryByRole("button")).toBeNull();
  });

  test("totals from the projection are scenario II for the years with P-budgets", async () => {
    const user = userEvent.setup();
    renderPane(<TotalsFlow />, { host: memoryHost(ibnExampleSpec("en")) });
    await screen.findByRole("table", { name: "Totals that will be used" });
    await user.click(screen.getByRole("radio", { name: "From the projection (scenario II)" }));
    const table = await screen.findByRole("table", { name: "Totals that will be used" });
    expect(within(table).getAllByRole("row")).toHaveLength(3);
    expect(yearRow(table, 2021)).toContain("2,246,325");
  });

  test("a typed period that ends before it starts is refused with both dates", async () => {
    const user = userEvent.setup();
    renderPane(<TotalsFlow />, { host: memoryHost(ibnExampleSpec("en")) });
    await screen.findByText("Period: 2021-07-01 to 2022-12-31 inclusive.");
    await user.click(screen.getByRole("radio", { name: "Entered here" }));
    const end = screen.getByLabelText("To (inclusive)");
    await user.clear(end);
    await user.type(end, "2021-01-31");
    const findings = await screen.findByRole("list", { name: "Findings about the period" });
    expect(within(findings).getByRole("listitem").getAttribute("data-code")).toBe(
      "PERIOD_END_BEFORE_START"
    );
  });
});
