import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { buildXlsx } from "../src/adapters/xlsx/buildXlsx";
import { ibnExampleSpec } from "../src/demo/ibnExample";
import type { WorkbookSpec } from "../src/ports/workbookSpec";
import { plannedTables } from "./excelJsSameJob";
import { figure, type Figure } from "./figure";
import { paired, pairedInChildren, type ChildJob } from "./measure";
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
  /** Child processes per side, runs timed in each, untimed runs before them (the JIT compiles the code). */
  readonly rounds: number;
  readonly runs: number;
  readonly warmup: number;
}

async function measureAnnex(dir: string, annex: Annex, slug: string): Promise<Figure[]> {
  const file = join(dir, `${slug}.xlsx`);
  await writeFile(file, buildXlsx(annex.spec));
  const tables = await plannedTables(file);
  const job = (name: string, out: string): ChildJob => ({
    job: name,
    args: [file, join(dir, out)],
  });
  const refresh = job("refresh", `${slug}-refreshed.xlsx`);
  const sameJob = await pairedInChildren(refresh, job("exceljs", `${slug}-exceljs.xlsx`), annex);
  const bareCopy = await pairedInChildren(refresh, job("copy", `${slug}-copy.xlsx`), annex);
  const child = await paired(
    {
      run: () =>
        run(process.execPath, [CLI, "refresh", file, "--out", join(dir, `${slug}-cli.xlsx`)], {
          cwd: dir,
        }),
    },
    {
      run: () =>
        run(process.execPath, ["-e", EXCELJS_SCRIPT, file, join(dir, `${slug}-exceljs-cli.xlsx`)], {
          cwd: ROOT,
        }),
    },
    3,
    0
  );
  const cells = tables.reduce((n, t) => n + (t.rows.length + 2) * t.columns.length, 0);
  return [
    figure(
      `refresh ${annex.label} (baseline: ExcelJS reads it, writes the same ${cells.toLocaleString("en")} output cells and flushes the file)`,
      sameJob.subject,
      "ms",
      sameJob.baseline,
      { max: annex.maxMs, maxRatio: 1 }
    ),
    figure(
      `refresh ${annex.label} (information: ExcelJS bare copy, writing none of them)`,
      bareCopy.subject,
      "ms",
      bareCopy.baseline
    ),
    figure(
      `refresh ${annex.label}, whole command with Node's start-up (information: node + ExcelJS bare copy)`,
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
 * Each side is timed in a process of its own (see pairedInChildren).
 */
export async function refreshBench(): Promise<Figure[]> {
  const dir = await mkdtemp(join(tmpdir(), "lumpsum-bench-"));
  try {
    const annexes: Annex[] = [
      {
        label: "11-municipality annex",
        spec: ibnExampleSpec("nl"),
        maxMs: 1000,
        rounds: 4,
        runs: 15,
        warmup: 10,
      },
      {
        label: "342 × 12 annex",
        spec: syntheticAnnex(342, 12, 34212),
        maxMs: 2000,
        rounds: 4,
        runs: 8,
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
