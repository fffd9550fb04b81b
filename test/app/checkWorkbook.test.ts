import { MemoryWorkbook } from "../../src/adapters/memory/memoryWorkbook";
import { checkWorkbook } from "../../src/app/checkWorkbook";
import { refreshWorkbook } from "../../src/app/refreshWorkbook";
import { ibnExampleSpec } from "../../src/demo/ibnExample";
import { num, text } from "../../src/ports/cell";
import type { WorkbookSpec } from "../../src/ports/workbookSpec";

const options = { runTime: "2025-01-31T09:00:00Z", toolVersion: "test" };

describe("checkWorkbook", () => {
  it("on a workbook never refreshed: the checks hold, the outputs are reported missing, nothing is written", async () => {
    const port = MemoryWorkbook.fromSpec(ibnExampleSpec("nl"));
    const report = await checkWorkbook(port, options);
    expect(report.checks[0]!.code).toBe("CHECK_ALL_PASSED");
    expect(report.issues.map((i) => [i.code, i.params?.table])).toEqual([
      ["OUTPUT_ABSENT", "LumpsumPerJaar"],
      ["OUTPUT_ABSENT", "LumpsumPeriode"],
      ["OUTPUT_ABSENT", "LumpsumNaHerindeling"],
      ["OUTPUT_ABSENT", "Controle"],
    ]);
    expect(port.sheetNames).toEqual(["P-budget", "Lumpsum"]);
    expect(await port.readSettings()).toBeUndefined();
  });

  it("after a refresh, at another time: nothing to report", async () => {
    const port = MemoryWorkbook.fromSpec(ibnExampleSpec("nl"));
    await refreshWorkbook(port, options);
    expect(
      (await checkWorkbook(port, { ...options, runTime: "2026-01-01T00:00:00Z" })).issues
    ).toEqual([]);
  });

  it("when a P-budget changed since the refresh: the outputs are stale", async () => {
    const spec = ibnExampleSpec("nl");
    const port = MemoryWorkbook.fromSpec(spec);
    await refreshWorkbook(port, options);
    const changed: WorkbookSpec = {
      ...spec,
      sheets: [
        {
          ...spec.sheets[0]!,
          cells: spec.sheets[0]!.cells.map((r, i) =>
            i === 11 ? [text("Oss"), num("2000000"), ...r.slice(2)] : r
          ),
        },
        spec.sheets[1]!,
      ],
    };
    const stale = MemoryWorkbook.fromSpec(changed);
    await stale.write((await checkWorkbook(port, options)).tables, (await port.readSettings())!);
    const report = await checkWorkbook(stale, options);
    expect(report.issues.map((i) => [i.code, i.params?.table])).toEqual([
      ["OUTPUT_STALE", "LumpsumPerJaar"],
      ["OUTPUT_STALE", "LumpsumPeriode"],
      ["OUTPUT_STALE", "LumpsumNaHerindeling"],
      ["OUTPUT_STALE", "Controle"],
    ]);
  });

  it("reports input errors like a refresh and makes no tables", async () => {
    const spec = ibnExampleSpec("nl");
    const broken: WorkbookSpec = {
      ...spec,
      tables: spec.tables!.filter((t) => t.name !== "Lumpsum"),
    };
    const report = await checkWorkbook(MemoryWorkbook.fromSpec(broken), options);
    expect(report.ok).toBe(false);
    expect(report.issues.map((i) => i.code)).toEqual(["TOTALS_MISSING"]);
    expect(report.tables).toEqual([]);
  });
});
