import { buildXlsx } from "../../../src/adapters/xlsx/buildXlsx";
import { XlsxWorkbook } from "../../../src/adapters/xlsx/xlsxWorkbook";
import { Dec } from "../../../src/engine/decimal";
import { num, text } from "../../../src/ports/cell";
import { CSV_EVERY_SHEET, LibreOffice } from "../../fixtures/libreOffice";
import { preservationWorkbook } from "../../fixtures/preservationWorkbook";
import { checkOutput, FIGURES_A, FIGURES_B, perYearOutput } from "../../fixtures/sampleOutputs";

async function refreshed(bytes: Uint8Array, figures: typeof FIGURES_A): Promise<Uint8Array> {
  const workbook = XlsxWorkbook.fromBytes(bytes, "bijlage.xlsm");
  await workbook.write([perYearOutput(figures), checkOutput], "{}");
  return workbook.toBytes();
}

describe("LibreOffice Calc opens refreshed workbooks and reads our values", () => {
  let lo: LibreOffice;
  const sheetCsv = (file: string, sheet: string) => lo.sheetCsv(file, sheet);

  beforeAll(async () => {
    lo = new LibreOffice();
    const original = preservationWorkbook();
    lo.put("original.xlsm", original);
    lo.put("refreshed.xlsm", await refreshed(await refreshed(original, FIGURES_A), FIGURES_B));
    lo.convert(CSV_EVERY_SHEET, ["original.xlsm", "refreshed.xlsm"]);
  }, 180_000);

  afterAll(() => lo.remove());

  it("reads the amounts, shares, dates and totals of the output table as we wrote them", () => {
    const rows = sheetCsv("refreshed", "Lumpsum per jaar");
    expect(rows[0]![0]).toBe("Lumpsum per jaar");
    expect(rows[3]).toEqual(["Gemeente", "Bedrag", "Aandeel", "Peildatum"]);
    const body = rows.slice(4, 4 + FIGURES_B.length);
    body.forEach((row, i) => {
      const [name, amount, share] = FIGURES_B[i]!;
      expect(row[0]).toBe(name);
      expect(new Dec(row[1]!).eq(amount)).toBe(true);
      expect(new Dec(row[2]!.replace("%", "")).div(100).eq(share)).toBe(true);
      expect(row[3]).toBe("2021-07-01");
    });
    expect(rows[4 + FIGURES_B.length]!.slice(0, 2)).toEqual(["Totaal", "1482991"]);
  });

  it("keeps names that look like formulas as text", () => {
    const rows = sheetCsv("refreshed", "Controle");
    expect(rows.slice(3).map((row) => row.slice(0, 2))).toEqual([
      ["Rijen tellen op tot het totaal", "OK"],
      ["=1+1", "+31"],
      ["-min", "@user"],
    ]);
  });

  it("recomputes formulas elsewhere that read the output table, after two refreshes", () => {
    expect(sheetCsv("refreshed", "Analyse")).toEqual([
      ["Som lumpsum", "1482991"],
      ["Eerste bedrag", "1049325"],
    ]);
  });

  it("opens the fixture before and after with the same input, pivot table and formula on the input table", () => {
    for (const sheet of ["Invoer", "Draaitabel"])
      expect(sheetCsv("refreshed", sheet)).toEqual(sheetCsv("original", sheet));
    expect(sheetCsv("refreshed", "Invoer")[0]).toEqual([
      "Gemeente",
      "2021",
      "2022",
      "",
      "Totaal 2021",
      "2440796",
    ]);
  });

  it("reads a workbook made by buildXlsx as built", () => {
    lo.put(
      "built.xlsx",
      buildXlsx({
        sheets: [
          {
            name: "P-budget",
            cells: [
              [text("Gemeente"), text("2021")],
              [text("Oss"), num("1883249.5")],
              [text("Uden"), num("557447")],
            ],
            formulas: { B4: "SUM(B2:B3)" },
          },
        ],
        tables: [{ name: "PBudget", sheet: "P-budget", ref: "A1:B3" }],
      })
    );
    lo.convert(CSV_EVERY_SHEET, ["built.xlsx"]);
    expect(sheetCsv("built", "P-budget")).toEqual([
      ["Gemeente", "2021"],
      ["Oss", "1883249.5"],
      ["Uden", "557447"],
      ["", "2440696.5"],
    ]);
  }, 120_000);

  it("makes real .xls and .ods files that the adapter refuses with their own findings", () => {
    lo.convert("xls", ["refreshed.xlsm"]);
    lo.convert("ods", ["refreshed.xlsm"]);
    const open = (name: string) => () => XlsxWorkbook.fromBytes(lo.output(name), name);
    expect(open("refreshed.xls")).toThrow(
      expect.objectContaining({
        issue: expect.objectContaining({ code: "PKG_XLS", where: { file: "refreshed.xls" } }),
      })
    );
    expect(open("refreshed.ods")).toThrow(
      expect.objectContaining({ issue: expect.objectContaining({ code: "PKG_ODS" }) })
    );
  }, 120_000);
});
