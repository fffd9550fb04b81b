import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import ExcelJS from "exceljs";
import { buildXlsx } from "../src/adapters/xlsx/buildXlsx";
import type { CliIo } from "../src/cli/cliIo";
import { refreshCommand } from "../src/cli/commands/refresh";
import { ibnExampleSpec } from "../src/demo/ibnExample";
import type { WorkbookSpec } from "../src/ports/workbookSpec";
import { figure, type Figure } from "./figure";
import { paired } from "./measure";
import { syntheticAnnex } from "./syntheticAnnex";

const run = promisify(execFile);
const ROOT = resolve(__dirname, "..");
const CLI = join(ROOT, "bin", "lumpsum.js");
// The baseline as a program of its own: Node start-up, loading ExcelJS, reading and writing.
const EXCELJS_SCRIPT =
  "const E=require('exceljs');const w=new E.Workbook();w.xlsx.readFile(process.argv[1]).then(()=>w.xlsx.writeFile(process.argv[2]))";

interface Annex {
  readonly label: string;
  readonly spec: WorkbookSpec;
  readonly maxMs: number;
  readonly runs: number;
}

async function refreshInProcess(dir: string, file: string, out: string): Promise<void> {
  const errors: string[] = [];
  const io: CliIo = { stdout: () => undefined, stderr: (t) => errors.push(t), cwd: dir };
  const code = await refreshCommand([file, "--out", out], io);
  if (code !== 0) throw new Error(`lumpsum refresh ${file} exited ${code}: ${errors.join("")}`);
}

async function excelJsReadWrite(dir: string, file: string, out: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(join(dir, file));
  await workbook.xlsx.writeFile(join(dir, out));
}

async function measureAnnex(dir: string, annex: Annex, slug: string): Promise<Figure[]> {
  const file = `${slug}.xlsx`;
  await writeFile(join(dir, file), buildXlsx(annex.spec));
  const inProcess = await paired(
    { run: () => refreshInProcess(dir, file, `${slug}-refreshed.xlsx`) },
    { run: () => excelJsReadWrite(dir, file, `${slug}-exceljs.xlsx`) },
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
  return [
    figure(
      `refresh ${annex.label}, in process (baseline: ExcelJS read+write)`,
      inProcess.subject,
      "ms",
      inProcess.baseline,
      { max: annex.maxMs, maxRatio: 1.3 }
    ),
    figure(
      `refresh ${annex.label}, child process (baseline: node + ExcelJS)`,
      child.subject,
      "ms",
      child.baseline
    ),
  ];
}

/**
 * Issue 6, figure 3: the whole `lumpsum refresh` command (open, read, decode, compute, check,
 * write the owned sheets, save atomically) against a bare ExcelJS read and write of the same
 * file, which does none of the work and keeps less of the file. In process is the use case
 * and carries the goal; as a child process both include Node's start-up and module loading.
 */
export async function refreshBench(): Promise<Figure[]> {
  const dir = await mkdtemp(join(tmpdir(), "lumpsum-bench-"));
  try {
    const annexes: Annex[] = [
      { label: "11-municipality annex", spec: ibnExampleSpec("nl"), maxMs: 1000, runs: 9 },
      { label: "342 × 12 annex", spec: syntheticAnnex(342, 12, 34212), maxMs: 2000, runs: 5 },
    ];
    const figures: Figure[] = [];
    for (const [k, annex] of annexes.entries())
      figures.push(...(await measureAnnex(dir, annex, `annex${k + 1}`)));
    return figures;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
