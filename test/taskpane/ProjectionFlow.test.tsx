/** @jest-environment jsdom */
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { project } from "../../src/engine/projection/project";
import { publishedParams } from "../../src/engine/projection/publishedParams";
import { ProjectionFlow } from "../../src/taskpane/projection/ProjectionFlow";
import { renderPane } from "./renderPane";

const chartTable = (name: RegExp) => screen.getByRole("table", { name });
const cellOf = (table: HTMLElement, year: string, column: number) =>
  within(
    within(table).getByRole("rowheader", { name: year }).closest("tr") as HTMLElement
  ).getAllByRole("cell")[column]?.textContent;

describe("projection flow", () => {
  test("scenario II is selected and shows the published total lump sum per year", () => {
    renderPane(<ProjectionFlow />);
    expect((screen.getByRole("radio", { name: "Scenario II" }) as HTMLInputElement).checked).toBe(
      true
    );
    const totals = chartTable(/Total lump sum per year/);
    // Columns 0, I, II, III. 2021 as published (seed 002); later years as the engine recomputes
    // them, since the printed 2022–2025 totals do not all follow from their inputs.
    expect(cellOf(totals, "2021", 2)).toBe("2,246,325");
    const engine = project(publishedParams()).rows.find((r) => r.key === "totaalLumpsum")!.values;
    expect(cellOf(totals, "2025", 2)).toBe(Number(engine[4]!.toFixed(0)).toLocaleString("en-GB"));
    expect(cellOf(chartTable(/% of the P-budget/), "2021", 2)).toBe("50.6%");
  });

  test("typing a parameter recomputes every scenario derived from II", async () => {
    const user = userEvent.setup();
    renderPane(<ProjectionFlow />, { lang: "nl" });
    const totals = () => chartTable(/Totale lumpsum per jaar/);
    const before = { ii: cellOf(totals(), "2023", 2), zero: cellOf(totals(), "2023", 0) };
    expect(before.ii).toBe("2.630.368");
    await user.selectOptions(
      screen.getByRole("combobox", { name: "Parameter" }),
      "Kosten participatie"
    );
    const field = screen.getByRole("textbox", { name: "Kosten participatie 2023" });
    await user.clear(field);
    await user.type(field, "970908");
    // €100,000 more participation costs is €100,000 more lump sum, in II and in 0 derived from it.
    expect(cellOf(totals(), "2023", 2)).toBe("2.730.368");
    expect(cellOf(totals(), "2023", 0)).not.toBe(before.zero);
  });

  test("a value that does not read is named with its parameter and year", async () => {
    const user = userEvent.setup();
    renderPane(<ProjectionFlow />);
    await user.selectOptions(screen.getByRole("combobox", { name: "Parameter" }), "P-budget");
    const field = screen.getByRole("textbox", { name: "P-budget 2024" });
    await user.clear(field);
    await user.type(field, "PM");
    expect(screen.getByRole("list", { name: "Findings" }).textContent).toContain(
      'Parameter P-budget 2024 is not a number: "PM".'
    );
  });
});
