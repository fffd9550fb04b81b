import { buildXlsx } from "../../src/adapters/xlsx/buildXlsx";
import { XlsxWorkbook } from "../../src/adapters/xlsx/xlsxWorkbook";
import { checkWorkbook } from "../../src/app/checkWorkbook";
import { ibnExampleSpec } from "../../src/demo/ibnExample";
import type { Lang } from "../../src/engine/messages";
import { num, text } from "../../src/ports/cell";
import type { WorkbookSpec } from "../../src/ports/workbookSpec";
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
export function placeholderWorkbook(lang: Lang): Uint8Array {
  const spec = ibnExampleSpec(lang);
  const sheets = spec.sheets.map((s) =>
    s.name === "P-budget"
      ? {
          ...s,
          cells: s.cells.map((row) =>
            row[0]?.t === "s" && row[0].v === "Boekel" ? [row[0], text("PM"), ...row.slice(2)] : row
          ),
        }
      : s
  );
  return buildXlsx({ ...spec, sheets });
}

/**
 * The example refreshed, then Oss's 2021 P-budget changed (a new circular): its output tables are
 * those of the old P-budgets, so the pane must say it is out of date.
 */
export async function staleWorkbook(lang: Lang): Promise<Uint8Array> {
  const spec = exampleSpec(lang);
  const old = await checkWorkbook(XlsxWorkbook.fromBytes(buildXlsx(spec), "old.xlsx"), {
    runTime: "2025-01-31T09:00:00Z",
    toolVersion: "test",
  });
  const changed = XlsxWorkbook.fromBytes(
    buildXlsx({
      ...spec,
      sheets: spec.sheets.map((s) =>
        s.name === "P-budget"
          ? {
              ...s,
              cells: s.cells.map((row) =>
                row[0]?.t === "s" && row[0].v === "Oss"
                  ? [row[0], num("2000000"), ...row.slice(2)]
                  : row
              ),
            }
          : s
      ),
    }),
    "stale.xlsx"
  );
  await changed.write(old.tables, old.settings);
  return changed.toBytes();
}
