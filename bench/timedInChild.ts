import type { CliIo } from "../src/cli/cliIo";
import { refreshCommand } from "../src/cli/commands/refresh";
import { excelJsCopy, excelJsSameJob, plannedTables } from "./excelJsSameJob";

/**
 * `timedInChild.ts <job> <input> <output> <warm-up> <runs>`: does one job on the annex `input`
 * `warm-up` times untimed, then `runs` times timed, and prints the times (ms) as JSON. A job runs
 * in a process of its own so that neither side of a comparison pays for the other's garbage or
 * shares its compiled code. Jobs: `refresh` (the whole command, --out), `exceljs` (ExcelJS doing
 * the refresh's file work, handed the tables), `copy` (ExcelJS reading and writing the file).
 */
async function main(): Promise<void> {
  const [job, input, output, warmup, runs] = process.argv.slice(2) as [
    string,
    string,
    string,
    string,
    string,
  ];
  const tables = await plannedTables(input);
  const io: CliIo = { stdout: () => undefined, stderr: () => undefined, cwd: process.cwd() };
  const once: () => Promise<unknown> = {
    refresh: async () => {
      const code = await refreshCommand([input, "--out", output], io);
      if (code !== 0) throw new Error(`refresh exited ${code}`);
    },
    exceljs: () => excelJsSameJob(input, output, tables),
    copy: () => excelJsCopy(input, output),
  }[job]!;
  for (let i = 0; i < Number(warmup); i++) await once();
  const times: number[] = [];
  for (let i = 0; i < Number(runs); i++) {
    const started = performance.now();
    await once();
    times.push(performance.now() - started);
  }
  process.stdout.write(JSON.stringify(times));
}

void main();
