import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { buildXlsx } from "../../src/adapters/xlsx/buildXlsx";
import { XlsxWorkbook } from "../../src/adapters/xlsx/xlsxWorkbook";
import { checkCommand } from "../../src/cli/commands/check";
import { refreshCommand } from "../../src/cli/commands/refresh";
import { UsageError } from "../../src/cli/usageError";
import { ibnExampleSpec } from "../../src/demo/ibnExample";
import { staleOutput } from "../fixtures/staleOutput";
import { run, tempDir, writeAnnex } from "./annexCli";

const example = ibnExampleSpec("nl");

describe("lumpsum check", () => {
  it("validates and audits without writing a byte; missing outputs make it stale (exit 3)", async () => {
    const dir = tempDir();
    const path = writeAnnex(dir, "bijlage.xlsx", example);
    const before = readFileSync(path);
    const { code, stdout } = await run(checkCommand, dir, "bijlage.xlsx");
    expect(code).toBe(3);
    expect(stdout).toContain("[1/1] bijlage.xlsx: verouderd:");
    expect(stdout).toContain("✓ Eindcontrole: alle 10 controles kloppen.");
    expect(stdout).toContain("0 van 1 bestand actueel, 1 verouderd, 0 met fouten.");
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  it("says stale and exits 3 when a P-budget changed since the last refresh", async () => {
    const dir = tempDir();
    const changed = await staleOutput(example, (spec) =>
      XlsxWorkbook.fromBytes(buildXlsx(spec), "bijlage.xlsx")
    );
    writeFileSync(join(dir, "bijlage.xlsx"), changed.toBytes());
    const nl = await run(checkCommand, dir, "bijlage.xlsx");
    expect(nl.code).toBe(3);
    expect(nl.stdout).toContain("[1/1] bijlage.xlsx: verouderd:");
    expect(nl.stdout).toContain("0 van 1 bestand actueel, 1 verouderd, 0 met fouten.");
    expect(nl.stderr).toContain("wijkt af van een nieuwe berekening");
    const en = await run(checkCommand, dir, "bijlage.xlsx", "--lang", "en", "--json");
    expect(en.code).toBe(3);
    const json = JSON.parse(en.stdout);
    expect(json.files[0]).toMatchObject({ ok: true, stale: true, written: false });
    expect(json.summary).toEqual({ files: 1, ok: 1, failed: 0, stale: 1 });
    await run(refreshCommand, dir, "bijlage.xlsx");
    const fresh = await run(checkCommand, dir, "bijlage.xlsx", "--lang", "en");
    expect([fresh.code, fresh.stdout.trim().split("\n").pop()]).toEqual([
      0,
      "1 of 1 file current, 0 stale, 0 with errors.",
    ]);
  });

  it("finds nothing to say about a freshly refreshed annex", async () => {
    const dir = tempDir();
    writeAnnex(dir, "bijlage.xlsx", example);
    await run(refreshCommand, dir, "bijlage.xlsx");
    const { code, stdout, stderr } = await run(checkCommand, dir, "bijlage.xlsx", "--lang", "en");
    expect(code).toBe(0);
    expect(stderr).toBe("");
    expect(stdout).toContain("[1/1] bijlage.xlsx: 0 errors, 0 warnings.");
  });

  it("exits 1 on an input error, naming file, sheet and cell, in JSON too", async () => {
    const dir = tempDir();
    const sheets = [
      {
        ...example.sheets[0]!,
        cells: example.sheets[0]!.cells.map((r, i) =>
          i === 2 ? r.map((c, j) => (j === 2 ? { t: "s" as const, v: "2022 (raming)" } : c)) : r
        ),
      },
      example.sheets[1]!,
    ];
    const path = writeAnnex(dir, "kop.xlsx", { ...example, sheets });
    const before = readFileSync(path);
    const { code, stdout } = await run(checkCommand, dir, "kop.xlsx", "--json");
    expect(code).toBe(1);
    const json = JSON.parse(stdout);
    expect(json.files[0].ok).toBe(false);
    expect(json.files[0].issues[0]).toMatchObject({
      code: "YEAR_INVALID",
      where: { file: "kop.xlsx", sheet: "P-budget", cell: "C3" },
      params: { value: "2022 (raming)" },
    });
    expect(readFileSync(join(dir, "kop.xlsx")).equals(before)).toBe(true);
  });

  it("is a usage error without files", async () => {
    await expect(run(checkCommand, tempDir())).rejects.toBeInstanceOf(UsageError);
  });
});
