import { existsSync } from "node:fs";
import { join } from "node:path";
import { demoCommand } from "../../src/cli/commands/demo";
import { refreshCommand } from "../../src/cli/commands/refresh";
import { open, run, sheetCells, tempDir } from "./annexCli";

const SHEETS = ["P-budget", "Lumpsum", "Lumpsum per jaar", "Lumpsum periode", "Controle"];

describe("lumpsum demo", () => {
  it("writes the example annex to demo-output, refreshes it and prints both tables with thousands separators", async () => {
    const dir = tempDir();
    const { code, stdout, stderr } = await run(demoCommand, dir);
    expect(code).toBe(0);
    expect(stderr).toBe("");
    const file = join(dir, "demo-output", "ibn-bijlage-2021-2022.xlsx");
    expect(existsSync(file)).toBe(true);
    expect(stdout).toMatch(/^Totaal\s+€\u00a02\.246\.325\s+50,58%\s+€\u00a02\.483\.650\s+50,81%$/m);
    expect(stdout).toMatch(/^Uden\s+€\u00a0140\.989\s+€\u00a0311\.574\s+€\u00a0452\.563$/m);
    expect(stdout).toMatch(
      /^Totaal\s+€\u00a01\.123\.163\s+€\u00a02\.483\.650\s+€\u00a03\.606\.813$/m
    );
    expect(stdout).toContain("✓ Eindcontrole: alle 10 controles kloppen.");
    expect(await open(file).read({ kind: "table", name: "LumpsumPeriode" })).toBeDefined();
  });

  it("speaks English with --lang en, into the folder --out names", async () => {
    const dir = tempDir();
    const { code, stdout } = await run(demoCommand, dir, "--lang", "en", "--out", "voorbeeld");
    expect(code).toBe(0);
    expect(stdout).toContain(
      "Example annex IBN 2021–2022 written and refreshed: voorbeeld/ibn-annex-2021-2022.xlsx"
    );
    expect(stdout).toMatch(/^Total\s+€\u00a02,246,325\s+50\.58%\s+€\u00a02,483,650\s+50\.81%$/m);
    expect(stdout).toMatch(/^Municipality\s+Lump sum 2021\s+% of P-budget 2021/m);
    expect(existsSync(join(dir, "voorbeeld", "ibn-annex-2021-2022.xlsx"))).toBe(true);
  });

  it("round trip: refreshing the demo annex again changes nothing but the run time", async () => {
    const dir = tempDir();
    await run(demoCommand, dir);
    const file = join(dir, "demo-output", "ibn-bijlage-2021-2022.xlsx");
    const first = await sheetCells(file, SHEETS);
    const settings = await open(file).readSettings();
    expect(
      (await run(refreshCommand, dir, join("demo-output", "ibn-bijlage-2021-2022.xlsx"))).code
    ).toBe(0);
    const second = await sheetCells(file, SHEETS);
    const changed = SHEETS.flatMap((sheet) =>
      second[sheet]!.flatMap((row, r) =>
        row.flatMap((cell, c) =>
          JSON.stringify(cell) === JSON.stringify(first[sheet]![r]?.[c])
            ? []
            : [`${sheet}!${r}:${c}`]
        )
      )
    );
    // The run time is to the minute: the run lines change only when the minute has.
    const runLines = ["Lumpsum per jaar!3:0", "Lumpsum periode!3:0", "Controle!2:0"];
    expect(changed.filter((c) => !runLines.includes(c))).toEqual([]);
    expect(SHEETS.every((s) => second[s]!.length === first[s]!.length)).toBe(true);
    expect(await open(file).readSettings()).toBe(settings);
  });
});
