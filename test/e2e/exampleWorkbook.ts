import { buildXlsx } from "../../src/adapters/xlsx/buildXlsx";
import { XlsxWorkbook } from "../../src/adapters/xlsx/xlsxWorkbook";
import { ibnExampleSpec } from "../../src/demo/ibnExample";
import type { Lang } from "../../src/engine/messages";
import { num, text } from "../../src/ports/cell";
import type { WorkbookSpec } from "../../src/ports/workbookSpec";
import { staleOutput, withBudget } from "../fixtures/staleOutput";
import { ref } from "../golden/reference";

/** The published lump sum per year as the council proposal prints it, rows and printed total (seed 002). */
export const PUBLISHED_TABLE = "LumpsumGepubliceerd";
export const PUBLISHED_SHEET = "Gepubliceerd";

/**
 * The IBN 2021–2022 example annex (src/demo), plus a sheet with the published per-year table
 * for the audit: its 2022 rows add up to one euro more than its printed total.
 */
export function exampleSpec(lang: Lang): WorkbookSpec {
  const base = ibnExampleSpec(lang);
  const rows = ref.lumpsum_per_year.rows.map((r) => [
    text(r.gemeente),
    num(String(r["2021"])),
    num(String(r["2022"])),
  ]);
  const total = ref.lumpsum_per_year.printed_total;
  const published = {
    name: PUBLISHED_SHEET,
    cells: [
      [text("Gemeente"), text("2021"), text("2022")],
      ...rows,
      [text("Totaal"), num(String(total["2021"])), num(String(total["2022"]))],
    ],
  };
  return {
    ...base,
    sheets: [...base.sheets, published],
    tables: [
      ...(base.tables ?? []),
      {
        name: PUBLISHED_TABLE,
        sheet: PUBLISHED_SHEET,
        ref: `A1:C${rows.length + 2}`,
        totalsRow: true,
      },
    ],
  };
}

export const exampleWorkbook = (lang: Lang): Uint8Array => buildXlsx(exampleSpec(lang));

/** The example with Boekel's 2021 P-budget typed as "PM": a placeholder, not an amount. */
export const placeholderWorkbook = (lang: Lang): Uint8Array =>
  buildXlsx(withBudget(ibnExampleSpec(lang), "Boekel", text("PM")));

/** The example whose output is out of date: the pane must say so when it opens. */
export const staleWorkbook = async (lang: Lang): Promise<Uint8Array> =>
  (
    await staleOutput(exampleSpec(lang), (spec) =>
      XlsxWorkbook.fromBytes(buildXlsx(spec), "stale.xlsx")
    )
  ).toBytes();
