/** @jest-environment jsdom */
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { ibnExampleSpec } from "../../src/demo/ibnExample";
import { StructureFlow } from "../../src/taskpane/structure/StructureFlow";
import { ref } from "../golden/reference";
import { memoryHost, renderPane } from "./renderPane";

const amount = (row: HTMLElement, column: number) =>
  Number(within(row).getAllByRole("cell")[column]!.textContent!.replace(/,/g, ""));

describe("structure and fairness flow", () => {
  test("2022 as the municipalities stand after the mergers: each merged line is the sum of its predecessors", async () => {
    renderPane(<StructureFlow />, { host: memoryHost(ibnExampleSpec("en")) });
    const table = await screen.findByRole("table", {
      name: "Lump sum 2022 as the municipalities stand in 2022",
    });
    const line = within(table).getByRole("row", {
      name: /^Land van Cuijk \(from 5 municipalities\)/,
    });
    const predecessors = ["Boxmeer", "Cuijk", "Grave", "Mill en Sint Hubert", "Sint Anthonis"].map(
      (name) => within(table).getByRole("row", { name: new RegExp(`^${name}`) })
    );
    expect(amount(line, 1)).toBe(predecessors.reduce((sum, row) => sum + amount(row, 1), 0));
    expect(within(table).getByRole("row", { name: /^Total/ }).textContent).toContain("2,483,650");
  });

  test("2021 stands as listed, and the execution areas add up to the year total", async () => {
    const user = userEvent.setup();
    renderPane(<StructureFlow />, { host: memoryHost(ibnExampleSpec("en")) });
    await user.selectOptions(await screen.findByRole("combobox", { name: "Year" }), "2021");
    const mergers = await screen.findByRole("table", {
      name: "Lump sum 2021 as the municipalities stand in 2021",
    });
    expect(within(mergers).queryByRole("row", { name: /from \d municipalities/ })).toBeNull();
    const areas = screen.getByRole("table", { name: "Lump sum 2021 per execution area" });
    const rows = within(areas).getAllByRole("row").slice(1, -1);
    expect(rows.reduce((sum, row) => sum + amount(row, 2), 0)).toBe(
      ref.lumpsum_per_year.printed_total["2021"]
    );
  });

  test("placements typed for a municipality are set beside its contribution at the old tariffs", async () => {
    const user = userEvent.setup();
    renderPane(<StructureFlow />, { host: memoryHost(ibnExampleSpec("en")) });
    // One category at a time: the pane has no room for four columns of fields.
    const category = await screen.findByRole("combobox", { name: "Placements in the category" });
    await user.selectOptions(category, "Sheltered work");
    await user.type(screen.getByRole("textbox", { name: "Uden: Sheltered work" }), "10");
    await user.selectOptions(category, "Low development potential");
    await user.type(
      screen.getByRole("textbox", { name: "Uden: Low development potential" }),
      "2.5"
    );
    const result = screen.getByRole("table", { name: "Contribution and use in 2022" });
    const uden = within(result).getByRole("row", { name: /^Uden/ });
    // 10 × €7,700 + 2.5 × €4,100 = €87,250 of use against Uden's €311,574 of lump sum.
    expect(
      within(uden)
        .getAllByRole("cell")
        .map((c) => c.textContent)
    ).toEqual(["311,574", "87,250", "224,324", "357%"]);
  });
});
