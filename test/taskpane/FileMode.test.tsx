/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { fireEvent, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FileMode } from "../../src/taskpane/file/FileMode";
import { LangProvider } from "../../src/taskpane/i18n/LangProvider";
import { exampleWorkbook } from "../e2e/exampleWorkbook";
import "./renderPane";

const renderFileMode = () =>
  render(
    <FluentProvider theme={webLightTheme}>
      <LangProvider initial="nl">
        <FileMode />
      </LangProvider>
    </FluentProvider>
  );

const xlsx = (bytes: Uint8Array, name: string) =>
  new File([bytes as Uint8Array<ArrayBuffer>], name);

describe("file mode", () => {
  test("a workbook dropped on the pane is opened and read like one in Excel", async () => {
    renderFileMode();
    fireEvent.drop(screen.getByText("of sleep een .xlsx-bestand hierheen"), {
      dataTransfer: { files: [xlsx(exampleWorkbook("nl"), "bijlage.xlsx")] },
    });
    expect(await screen.findByText("Werkmap: bijlage.xlsx")).toBeTruthy();
    expect(await screen.findByText(/11 gemeenten, jaren 2021, 2022/)).toBeTruthy();
    expect(screen.getByRole("heading", { level: 2 }).textContent).toBe("Bron");
    expect(screen.getByText("Nog niets geschreven")).toBeTruthy();
  });

  test("a file that is not a workbook is refused in a sentence, and the pane stays ready for another", async () => {
    // As a user who picks "All files" in the browser's dialog: the accept filter is only a hint.
    const user = userEvent.setup({ applyAccept: false });
    renderFileMode();
    await user.upload(
      screen.getByLabelText("Werkmap openen"),
      xlsx(new TextEncoder().encode("Gemeente;2021\nOss;1883249\n"), "p-budget.csv")
    );
    expect(
      await screen.findByText(
        "p-budget.csv: Dit is geen Excel-werkmap (.xlsx): het bestand is geen zip-pakket."
      )
    ).toBeTruthy();
    expect(screen.getByRole("button", { name: "Werkmap openen" })).toBeTruthy();
  });
});
