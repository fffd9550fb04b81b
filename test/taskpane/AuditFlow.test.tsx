/** @jest-environment jsdom */
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { AuditFlow } from "../../src/taskpane/audit/AuditFlow";
import { exampleSpec, PUBLISHED_SHEET, PUBLISHED_TABLE } from "../e2e/exampleWorkbook";
import { memoryHost, renderPane } from "./renderPane";

const codes = (list: HTMLElement) =>
  within(list)
    .getAllByRole("listitem")
    .map((li) => li.getAttribute("data-code"));

describe("audit flow", () => {
  test("the published per-year table: its 2022 total is not the sum of its rows, at the cell that prints it", async () => {
    const user = userEvent.setup();
    const host = memoryHost(exampleSpec("en"));
    renderPane(<AuditFlow />, { host });
    await user.type(
      screen.getByRole("textbox", { name: "Name of the table or sheet" }),
      PUBLISHED_TABLE
    );
    await user.click(screen.getByRole("button", { name: "Recompute" }));
    const findings = await screen.findByRole("list", {
      name: `What does not follow in ${PUBLISHED_TABLE}`,
    });
    // 22 amounts and 2 totals were held against the P-budgets; every amount follows, one total does not.
    expect(
      screen.getByText(`${PUBLISHED_TABLE}: 24 printed figures recomputed; findings: 1.`)
    ).toBeTruthy();
    expect(codes(findings)).toEqual(["AUDIT_TOTAL_NOT_SUM"]);
    expect(findings.textContent).toContain(
      "The printed total 2,483,650 is not the sum of the rows (2,483,651); difference -1."
    );
    await user.click(
      within(findings).getByRole("button", { name: `Go to ${PUBLISHED_SHEET}!C13` })
    );
    expect(host.shown).toEqual([{ sheet: PUBLISHED_SHEET, cell: "C13" }]);
  });

  test("a name that is not in the workbook is said in Dutch, with where to look", async () => {
    const user = userEvent.setup();
    renderPane(<AuditFlow />, { lang: "nl", host: memoryHost(exampleSpec("nl")) });
    await user.type(
      screen.getByRole("textbox", { name: "Naam van de tabel of het blad" }),
      "Bijlage3{Enter}"
    );
    expect(
      await screen.findByText(/Er is geen tabel of blad "Bijlage3" in de werkmap/)
    ).toBeTruthy();
  });

  test("output tables not yet written are reported, and the published projection is recomputed row by row", async () => {
    const user = userEvent.setup();
    renderPane(<AuditFlow />, { host: memoryHost(exampleSpec("en")) });
    await user.click(screen.getByRole("button", { name: "Compare" }));
    const outputs = await screen.findByRole("list", { name: "Are the output tables current?" });
    expect(codes(outputs)).toEqual([
      "OUTPUT_ABSENT",
      "OUTPUT_ABSENT",
      "OUTPUT_ABSENT",
      "OUTPUT_ABSENT",
    ]);
    await user.click(screen.getByRole("button", { name: "Recompute the projection" }));
    const projection = await screen.findByRole("list", {
      name: "The published projection 2021–2025",
    });
    const notFollowing = within(projection)
      .getAllByRole("listitem")
      .filter((li) => li.getAttribute("data-code") === "PROJECTION_NOT_FROM_INPUTS");
    expect(notFollowing.map((li) => li.textContent)).toEqual(
      expect.arrayContaining([expect.stringContaining("PW share of extra costs, column 2021")])
    );
  });
});
