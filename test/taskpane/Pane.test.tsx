/** @jest-environment jsdom */
import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { ibnExampleSpec } from "../../src/demo/ibnExample";
import { Pane } from "../../src/taskpane/Pane";
import { memoryHost, renderPane } from "./renderPane";

const step = () => screen.getByRole("combobox", { name: "Step" }) as HTMLSelectElement;
const heading = () => screen.getByRole("heading", { level: 2 }).textContent;
const arrow = (name: RegExp) => screen.getByRole("button", { name }) as HTMLButtonElement;

describe("the pane's steps", () => {
  test("back and next walk the seven steps in order; the list jumps to any of them", async () => {
    const user = userEvent.setup();
    renderPane(<Pane />, { host: memoryHost(ibnExampleSpec("en")) });
    expect(heading()).toBe("Source");
    expect(arrow(/first step/).disabled).toBe(true);
    const seen = [heading()];
    for (let k = 1; k < 7; k++) {
      await user.click(arrow(/^Next step: /));
      seen.push((await screen.findByRole("heading", { level: 2 })).textContent);
    }
    expect(seen).toEqual([
      "Source",
      "Totals and period",
      "Projection",
      "Preview",
      "Write",
      "Audit",
      "Structure and fairness",
    ]);
    expect(arrow(/last step/).disabled).toBe(true);
    expect(step().value).toBe("structure");
    expect(arrow(/^Previous step: Audit$/).disabled).toBe(false);
    await user.selectOptions(step(), "2/7 Totals and period");
    expect(
      await screen.findByRole("heading", { level: 2, name: "Totals and period" })
    ).toBeTruthy();
  });

  test("the header names the write status and links to the guide in the pane's language", () => {
    renderPane(<Pane />, { lang: "nl", host: memoryHost(ibnExampleSpec("nl")) });
    expect(screen.getByText("Nog niets geschreven")).toBeTruthy();
    expect(screen.getByRole("link", { name: "Hulp" }).getAttribute("href")).toBe("help.html#nl");
  });
});
