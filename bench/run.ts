import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { join, resolve } from "node:path";
import { allocationBench } from "./allocationBench";
import { figure, type Figure } from "./figure";
import { functionsBench } from "./functionsBench";
import { fuzzBench } from "./fuzzBench";
import { memoryBench } from "./memoryBench";
import { paneBench } from "./paneBench";
import { refreshBench } from "./refreshBench";
import { resultTable } from "./resultTable";
import { syncCallsBench } from "./syncCallsBench";

const ROOT = resolve(__dirname, "..");

const sections: ReadonlyArray<[string, () => Promise<Figure[]>]> = [
  ["allocation", allocationBench],
  ["worksheet functions", functionsBench],
  ["refresh", refreshBench],
  ["fuzzing", fuzzBench],
  ["memory", memoryBench],
  ["Office.js syncs", syncCallsBench],
  ["task pane", paneBench],
];

/**
 * `npm run bench`: every figure beside its baseline from the same run, as a table and as
 * bench/results.json. A section that cannot run (no Chromium, say) is reported as a missed
 * figure with its reason, and the others still run; the exit code is 1 if any goal is missed.
 * `npm run bench -- refresh memory` runs only those sections and leaves results.json alone.
 */
async function main(): Promise<void> {
  const cpu = cpus();
  const machine = `${cpu[0]?.model.trim() ?? "unknown CPU"}, ${cpu.length} cores, Node ${process.version}`;
  const load = loadavg()[0]!.toFixed(1);
  process.stdout.write(`${machine}; load average ${load} at start\n`);
  // The child-process refresh runs bin/lumpsum.js, which loads the compiled CLI: build it from this tree.
  execFileSync(
    process.execPath,
    [require.resolve("typescript/bin/tsc"), "-p", "tsconfig.cli.json"],
    { cwd: ROOT, stdio: "inherit" }
  );
  const only = process.argv.slice(2);
  const chosen = only.length ? sections.filter(([name]) => only.includes(name)) : sections;
  const figures: Figure[] = [];
  for (const [name, section] of chosen) {
    const started = performance.now();
    try {
      figures.push(...(await section()));
    } catch (e) {
      process.stderr.write(`${name}: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
      figures.push({ ...figure(`${name}: could not run (see stderr)`, 0, "", null), ok: false });
    }
    process.stdout.write(`${name}: ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
  }
  process.stdout.write(
    `\n${resultTable(figures)}\n\nload average ${loadavg()[0]!.toFixed(1)} at the end; figures measured on a busy machine are slower, ratios less so\n`
  );
  if (chosen.length === sections.length)
    writeFileSync(
      join(__dirname, "results.json"),
      `${JSON.stringify({ machine, loadAverageAtStart: Number(load), results: figures }, null, 2)}\n`
    );
  if (figures.some((f) => f.ok === false)) process.exitCode = 1;
}

void main();
