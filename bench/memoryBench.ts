import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { buildXlsx } from "../src/adapters/xlsx/buildXlsx";
import { figure, type Figure } from "./figure";
import { centsText, seededRandom } from "./seededRandom";
import { syntheticAnnex } from "./syntheticAnnex";

const run = promisify(execFile);
const MAIN = resolve(__dirname, "..", "lib", "src", "cli", "main.js");
/**
 * The command in a child process of its own, its output thrown away, reporting its wall time
 * and peak resident set size (getrusage's maxrss) to the file named by LUMPSUM_BENCH_OUT.
 */
const CHILD = `const started = Date.now();
require(${JSON.stringify(MAIN)}).main(process.argv.slice(1)).then((code) => {
  require("fs").writeFileSync(process.env.LUMPSUM_BENCH_OUT, JSON.stringify({ code, ms: Date.now() - started, maxRssKb: process.resourceUsage().maxRSS }));
});`;

interface Measured {
  readonly ms: number;
  readonly rssMb: number;
}

async function measured(dir: string, args: ReadonlyArray<string>): Promise<Measured> {
  const report = join(dir, "report.json");
  await run(process.execPath, ["-e", CHILD, ...args], {
    cwd: dir,
    env: { ...process.env, LUMPSUM_BENCH_OUT: report },
    maxBuffer: 1024 * 1024 * 1024,
  }).catch((e: { code?: number }) => {
    // Exit 1 with a finding is a result like any other; the report says which.
    if (e.code !== 1) throw e;
  });
  const { code, ms, maxRssKb } = JSON.parse(await readFile(report, "utf8"));
  if (code !== 0) throw new Error(`lumpsum ${args.join(" ")} exited ${code}`);
  return { ms, rssMb: maxRssKb / 1024 };
}

/** A budgets CSV of `rows` municipalities with P-budgets in cents, as `allocate` reads it. */
async function budgetsCsv(path: string, rows: number): Promise<void> {
  const random = seededRandom(rows);
  const lines = ["Gemeente,P-budget"];
  for (let i = 0; i < rows; i++)
    lines.push(`Gemeente ${i + 1},${centsText(random, 50_000, 3_000_000)}`);
  await writeFile(path, `${lines.join("\n")}\n`);
}

interface Case {
  readonly label: string;
  readonly rows: number;
  readonly output: "--json" | "text";
  readonly maxMs: number;
  readonly maxRssMb: number;
}

/**
 * Issue 12: the limits the README documents, measured in a child process so that the peak RSS
 * is the command's own: `allocate` over 100,000 and 1,000,000 rows (JSON and the text table,
 * which overflowed the stack above ~127,000 rows), and `refresh` of a 100,000-municipality annex.
 */
export async function memoryBench(): Promise<Figure[]> {
  const dir = await mkdtemp(join(tmpdir(), "lumpsum-memory-"));
  try {
    const cases: Case[] = [
      {
        label: "100,000 rows, --json",
        rows: 100_000,
        output: "--json",
        maxMs: 10_000,
        maxRssMb: 400,
      },
      {
        label: "1,000,000 rows, --json",
        rows: 1_000_000,
        output: "--json",
        maxMs: 60_000,
        maxRssMb: 1700,
      },
      {
        label: "1,000,000 rows, text table",
        rows: 1_000_000,
        output: "text",
        maxMs: 60_000,
        maxRssMb: 1700,
      },
    ];
    const figures: Figure[] = [];
    for (const c of cases) {
      const csv = join(dir, `budgets-${c.rows}.csv`);
      await budgetsCsv(csv, c.rows);
      const args = [
        "allocate",
        csv,
        "--total",
        "123456789.00",
        ...(c.output === "--json" ? ["--json"] : []),
      ];
      const m = await measured(dir, args);
      figures.push(
        figure(`allocate ${c.label}, child process: time`, m.ms, "ms", null, { max: c.maxMs }),
        figure(`allocate ${c.label}, child process: peak RSS`, m.rssMb, "MB", null, {
          max: c.maxRssMb,
        })
      );
    }
    const annex = join(dir, "annex-100000.xlsx");
    await writeFile(annex, buildXlsx(syntheticAnnex(100_000, 2, 100_000)));
    const refresh = await measured(dir, ["refresh", annex, "--out", join(dir, "out.xlsx")]);
    figures.push(
      figure(
        "refresh 100,000 municipalities × 2 years, child process: time",
        refresh.ms,
        "ms",
        null
      ),
      figure(
        "refresh 100,000 municipalities × 2 years, child process: peak RSS",
        refresh.rssMb,
        "MB",
        null
      )
    );
    return figures;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
