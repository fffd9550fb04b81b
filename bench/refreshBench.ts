import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import ExcelJS from "exceljs";
import { buildXlsx } from "../src/adapters/xlsx/buildXlsx";
import { openXlsxFile } from "../src/adapters/xlsx/openXlsxFile";
import { planRefresh } from "../src/app/planRefresh";
import type { CliIo } from "../src/cli/cliIo";
import { refreshCommand } from "../src/cli/commands/refresh";
import { ibnExampleSpec } from "../src/demo/ibnExample";
import type { OutputTable } from "../src/ports/workbookPort";
import type { WorkbookSpec } from "../src/ports/workbookSpec";
import { excelJsSameJob } from "./excelJsSameJob";
import { figure, type Figure } from "./figure";
import { paired } from "./measure";
import { syntheticAnnex } from "./syntheticAnnex";

const run = promisify(execFile);
const ROOT = resolve(__dirname, "..");
const CLI = join(ROOT, "bin", "lumpsum.js");
// The bare copy as a program of its own: Node start-up, loading ExcelJS, reading and writing.
const EXCELJS_SCRIPT =
  "const E=require('exceljs');const w=new E.Workbook();w.xlsx.readFile(process.argv[1]).then(()=>w.xlsx.writeFile(process.argv[2]))";

interface Annex {
  readonly label: string;
  readonly spec: WorkbookSpec;
  readonly maxMs: number;
  readonly runs: number;
  /** Untimed runs of each first: the first few refreshes of a process compile the code (JIT). */
  readonly warmup: number;
}

async function refreshInProcess(dir: string, file: string, out: string): Promise<void> {
  const errors: string[] = [];
  const io: CliIo = { stdout: () => undefined, stderr: (t) => errors.push(t), cwd: dir };
  const code = await refreshCommand([file, "--out", out], io);
  if (code !== 0) throw new Error(`lumpsum refresh ${file} exited ${code}: ${errors.join("")}`);
}

/** The tables a refresh of `file` writes, planned once outside the timing for the ExcelJS baseline. */
async function plannedTables(path: string): Promise<ReadonlyArray<OutputTable>> {
  const plan = await planRefresh(await openXlsxFile(path), {
    runTime: "2025-01-31T09:00:00Z",
    toolVersion: "bench",
  });
  if (!plan.ok)
    throw new Error(`bench annex rejected: ${plan.issues.map((i) => i.code).join(", ")}`);
  return plan.tables;
}

async function excelJsReadWrite(dir: string, file: string, out: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(join(dir, file));
  await workbook.xlsx.writeFile(join(dir, out));
}

async function measureAnnex(dir: string, annex: Annex, slug: string): Promise<Figure[]> {
  const file = `${slug}.xlsx`;
  await writeFile(join(dir, file), buildXlsx(annex.spec));
  const tables = await plannedTables(join(dir, file));
  const refresh = { run: () => refreshInProcess(dir, file, `${slug}-refreshed.xlsx`) };
  const sameJob = await paired(
    refresh,
    { run: () => excelJsSameJob(join(dir, file), join(dir, `${slug}-exceljs.xlsx`), tables) },
    annex.runs,
    annex.warmup
  );
  const bareCopy = await paired(
    refresh,
    { run: () => excelJsReadWrite(dir, file, `${slug}-copy.xlsx`) },
    annex.runs
  );
  const child = await paired(
    {
      run: () =>
        run(process.execPath, [CLI, "refresh", file, "--out", `${slug}-cli.xlsx`], { cwd: dir }),
    },
    {
      run: () =>
        run(
          process.execPath,
          ["-e", EXCELJS_SCRIPT, join(dir, file), join(dir, `${slug}-exceljs-cli.xlsx`)],
          { cwd: ROOT }
        ),
    },
    3,
    0
  );
  const cells = tables.reduce((n, t) => n + (t.rows.length + 2) * t.columns.length, 0);
  return [
    figure(
      `refresh ${annex.label}, in process (baseline: ExcelJS reads it and writes the same ${cells.toLocaleString("en")} output cells)`,
      sameJob.subject,
      "ms",
      sameJob.baseline,
      { max: annex.maxMs, maxRatio: 1 }
    ),
    figure(
      `refresh ${annex.label}, in process (information: ExcelJS bare copy, writing none of them)`,
      bareCopy.subject,
      "ms",
      bareCopy.baseline
    ),
    figure(
      `refresh ${annex.label}, child process (information: node + ExcelJS bare copy)`,
      child.subject,
      "ms",
      child.baseline
    ),
  ];
}

/**
 * The whole `lumpsum refresh` command (open, read, decode, compute, check, write the owned
 * sheets, save atomically) against ExcelJS doing the same job to the file — reading it and
 * writing the same output cells, tables and number formats, handed ready-made — which carries
 * the goal (≤ 1×). A bare ExcelJS copy of the file, which writes none of our cells, is kept as
 * information, and so is the command as a child process (Node's start-up and module loading).
 */
export async function refreshBench(): Promise<Figure[]> {
  const dir = await mkdtemp(join(tmpdir(), "lumpsum-bench-"));
  try {
    const annexes: Annex[] = [
      {
        label: "11-municipality annex",
        spec: ibnExampleSpec("nl"),
        maxMs: 1000,
        runs: 15,
        warmup: 10,
      },
      {
        label: "342 × 12 annex",
        spec: syntheticAnnex(342, 12, 34212),
        maxMs: 2000,
        runs: 7,
        warmup: 3,
      },
    ];
    const figures: Figure[] = [];
    for (const [k, annex] of annexes.entries())
      figures.push(...(await measureAnnex(dir, annex, `annex${k + 1}`)));
    return figures;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
