import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { refreshCommand } from "../../src/cli/commands/refresh";
import { UsageError } from "../../src/cli/usageError";
import { ibnExampleSpec } from "../../src/demo/ibnExample";
import { num, text } from "../../src/ports/cell";
import type { WorkbookSpec } from "../../src/ports/workbookSpec";
import { open, run, tempDir, writeAnnex } from "./annexCli";

const example = ibnExampleSpec("nl");
const withBudgetCell = (row: number, col: number, cell: ReturnType<typeof text>): WorkbookSpec => ({
  ...example,
  sheets: [
    {
      ...example.sheets[0]!,
      cells: example.sheets[0]!.cells.map((r, i) =>
        i === row ? r.map((c, j) => (j === col ? cell : c)) : r
      ),
    },
    example.sheets[1]!,
  ],
});

describe("lumpsum refresh", () => {
  it("refreshes an annex in place: progress line, summary, the owned tables in the file", async () => {
    const dir = tempDir();
    writeAnnex(dir, "bijlage.xlsx", example);
    const { code, stdout, stderr } = await run(refreshCommand, dir, "bijlage.xlsx");
    expect(code).toBe(0);
    expect(stderr).toBe("");
    expect(stdout).toBe(
      "[1/1] bijlage.xlsx: ververst, geschreven naar bijlage.xlsx (0 waarschuwingen).\n1 van 1 bestand in orde, 0 met fouten.\n"
    );
    const port = open(join(dir, "bijlage.xlsx"));
    const totals = (await port.read({ kind: "table", name: "LumpsumPeriode" }))!.totalsRow!;
    expect(totals.at(-1)).toMatchObject({ t: "n", v: "3606813" });
  });

  it("with --out leaves the input byte for byte as it was", async () => {
    const dir = tempDir();
    const input = writeAnnex(dir, "in.xlsx", example);
    const before = readFileSync(input);
    const { code } = await run(refreshCommand, dir, "in.xlsx", "--out", "uit.xlsx");
    expect(code).toBe(0);
    expect(readFileSync(input).equals(before)).toBe(true);
    expect(
      await open(join(dir, "uit.xlsx")).read({ kind: "table", name: "LumpsumPerJaar" })
    ).toBeDefined();
  });

  it("goes on after a bad file, names file, sheet and cell, leaves bad files untouched and exits 1", async () => {
    const dir = tempDir();
    writeAnnex(dir, "a.xlsx", example);
    const bad = writeAnnex(dir, "b.xlsx", withBudgetCell(9, 1, { t: "e", v: "#VERW!" } as never));
    writeFileSync(join(dir, "c.xlsx"), "not a workbook");
    const badBytes = readFileSync(bad);
    const { code, stdout, stderr } = await run(
      refreshCommand,
      dir,
      "a.xlsx",
      "b.xlsx",
      "c.xlsx",
      "d.xlsx"
    );
    expect(code).toBe(1);
    expect(stdout.split("\n")).toEqual([
      "[1/4] a.xlsx: ververst, geschreven naar a.xlsx (0 waarschuwingen).",
      "[2/4] b.xlsx: niet ververst (1 fout); er is niets geschreven.",
      "[3/4] c.xlsx: niet ververst (1 fout); er is niets geschreven.",
      "[4/4] d.xlsx: niet ververst (1 fout); er is niets geschreven.",
      "1 van 4 bestanden in orde, 3 met fouten.",
      "",
    ]);
    expect(stderr).toContain(
      "fout: b.xlsx: 'P-budget'!B10: tabel PBudget, rij Meierijstad, Veghel, kolom 2021: De cel bevat de foutwaarde #VERW!"
    );
    expect(stderr).toMatch(/fout: c\.xlsx: .*(zip|Excel)/);
    expect(readFileSync(bad).equals(badBytes)).toBe(true);
    expect(await open(join(dir, "a.xlsx")).read({ kind: "table", name: "Controle" })).toBeDefined();
  });

  it("writes warnings to stderr and to Controle, and still refreshes", async () => {
    const dir = tempDir();
    writeAnnex(dir, "w.xlsx", withBudgetCell(11, 1, text("1.883.249")));
    const { code, stdout, stderr } = await run(refreshCommand, dir, "w.xlsx", "--lang", "en");
    expect(code).toBe(0);
    expect(stdout).toContain("(1 warning)");
    expect(stderr).toBe(
      "warning: w.xlsx: 'P-budget'!B12: table PBudget, row Oss, column 2021: Number stored as text: \"1.883.249\" was read as 1,883,249; make it a number.\n"
    );
    // A workbook refreshed for the first time is written in the run's language: its checks are in table Checks.
    const controle = (await open(join(dir, "w.xlsx")).read({ kind: "table", name: "Checks" }))!;
    expect(controle.cells.at(-1)!.map((c) => (c.t === "s" ? c.v : ""))).toEqual([
      'Number stored as text: "1.883.249" was read as 1,883,249; make it a number.',
      "Warning",
      "'P-budget'!B12: table PBudget, row Oss, column 2021",
    ]);
  });

  it("refuses while the workbook is open in Excel (lock file), and leaves it as it was", async () => {
    const dir = tempDir();
    const path = writeAnnex(dir, "open.xlsx", example);
    writeFileSync(join(dir, "~$open.xlsx"), "");
    const before = readFileSync(path);
    const { code, stderr } = await run(refreshCommand, dir, "open.xlsx");
    expect(code).toBe(1);
    expect(stderr).toContain("~$open.xlsx");
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  it("answers --json with one entry per file and a summary", async () => {
    const dir = tempDir();
    writeAnnex(dir, "a.xlsx", example);
    writeAnnex(dir, "b.xlsx", withBudgetCell(6, 2, num("-1")));
    const { code, stdout } = await run(refreshCommand, dir, "a.xlsx", "b.xlsx", "--json");
    expect(code).toBe(1);
    const json = JSON.parse(stdout);
    expect(json.summary).toEqual({ files: 2, ok: 1, failed: 1, stale: 0 });
    expect(json.files[0]).toMatchObject({ file: "a.xlsx", ok: true, written: true, out: "a.xlsx" });
    expect(json.files[0].tables.map((t: { table: string }) => t.table)).toEqual([
      "LumpsumPerJaar",
      "LumpsumPeriode",
      "LumpsumNaHerindeling",
      "Controle",
    ]);
    expect(json.files[0].tables[1].totals).toEqual([
      "Totaal",
      null,
      "1123163",
      "2483650",
      "3606813",
    ]);
    expect(json.files[0].checks[0]).toMatchObject({ code: "CHECK_ALL_PASSED", severity: "info" });
    expect(json.files[1]).toMatchObject({ ok: false, written: false, out: null, tables: [] });
    expect(json.files[1].issues[0]).toMatchObject({
      code: "WEIGHT_NEGATIVE",
      severity: "error",
      where: { file: "b.xlsx", sheet: "P-budget", cell: "C7" },
    });
  });

  it("is a usage error without files, or with --out for several", async () => {
    await expect(run(refreshCommand, tempDir())).rejects.toBeInstanceOf(UsageError);
    await expect(
      run(refreshCommand, tempDir(), "a.xlsx", "b.xlsx", "--out", "c.xlsx")
    ).rejects.toBeInstanceOf(UsageError);
  });
});
