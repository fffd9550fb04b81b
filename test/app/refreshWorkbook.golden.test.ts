import { MemoryWorkbook } from "../../src/adapters/memory/memoryWorkbook";
import { refreshWorkbook } from "../../src/app/refreshWorkbook";
import { Dec } from "../../src/engine/decimal";
import { ibnExampleSpec } from "../../src/demo/ibnExample";
import type { Cell } from "../../src/ports/cell";
import type { RangeData } from "../../src/ports/workbookPort";
import { ours, publishedLumpsum, publishedTotal, ref, YEARS } from "../golden/reference";

const options = { runTime: "2025-01-31T09:00:00Z", toolVersion: "9.9.9" };

/** A table read back as records keyed by its header, numbers as Dec. */
function records(range: RangeData): Array<Record<string, string>> {
  const [header, ...rows] = range.cells;
  const value = (c: Cell) =>
    c.t === "n" ? new Dec(c.v).toString() : c.t === "blank" ? "" : String(c.v);
  return rows.map((row) => Object.fromEntries(header!.map((h, i) => [value(h), value(row[i]!)])));
}

describe("refreshing the IBN 2021–2022 example annex", () => {
  let port: MemoryWorkbook;
  beforeAll(async () => {
    port = MemoryWorkbook.fromSpec(ibnExampleSpec("nl"));
    const result = await refreshWorkbook(port, options);
    expect(result.issues).toEqual([]);
    expect(result.written).toBe(true);
  });

  it.each(YEARS)(
    "gives the published lump sum per municipality for %s (or the listed €1 off it), and the printed total exactly",
    async (year) => {
      const table = await port.read({ kind: "table", name: "LumpsumPerJaar" });
      const rows = records(table!);
      expect(rows).toHaveLength(11);
      for (const row of rows) {
        const printed = publishedLumpsum(year).get(row.Gemeente!);
        expect(new Dec(row[`Lumpsum ${year}`]!).toString()).toBe(
          ours(year, row.Gemeente!, printed!)
        );
      }
      const header = table!.cells[0]!.map((c) => (c.t === "s" ? c.v : ""));
      const totals = table!.totalsRow!;
      expect(totals[header.indexOf(`Lumpsum ${year}`)]).toMatchObject({
        t: "n",
        v: publishedTotal(year),
      });
    }
  );

  it("shows every municipality paying the same percentage of its P-budget, 50.58% in 2021", async () => {
    const rows = records((await port.read({ kind: "table", name: "LumpsumPerJaar" }))!);
    for (const row of rows) expect(new Dec(row["% P-budget 2021"]!).toFixed(4)).toBe("0.5058");
  });

  it("gives Uden 140,989 for the second half of 2021 and 311,574 for 2022: 452,563 (seed 001)", async () => {
    const rows = records((await port.read({ kind: "table", name: "LumpsumPeriode" }))!);
    expect(rows.find((r) => r.Gemeente === "Uden")).toMatchObject({
      "Lumpsum 2021": "140989",
      "Lumpsum 2022": "311574",
      "Totaal periode": "452563",
    });
  });

  it("gives the published period amounts (or the listed €1 off them), and the printed period total", async () => {
    const table = (await port.read({ kind: "table", name: "LumpsumPeriode" }))!;
    const printed = new Map(ref.lumpsum_first_period.rows.map((r) => [r.gemeente, r.amount]));
    for (const row of records(table))
      expect(new Dec(row["Totaal periode"]!).toString()).toBe(
        ours("period", row.Gemeente!, printed.get(row.Gemeente!)!)
      );
    // H2 2021: 1,123,162.5 → 1,123,163 (half away from zero), plus 2,483,650: as printed.
    expect(table.totalsRow!.at(-1)).toMatchObject({
      t: "n",
      v: String(ref.lumpsum_first_period.printed_total),
    });
  });

  it("lists every check as holding on Controle, the master check first", async () => {
    const rows = records((await port.read({ kind: "table", name: "Controle" }))!);
    expect(rows[0]!.Controle).toBe("Eindcontrole: alle 10 controles kloppen.");
    expect(rows.every((r) => r.Status === "OK")).toBe(true);
  });
});
