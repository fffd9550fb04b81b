import { execFile } from "node:child_process";
import { join } from "node:path";
import { promisify } from "node:util";

/** What is timed: one run does the whole measured piece of work once. */
export interface Timed {
  readonly run: () => unknown | Promise<unknown>;
}

export interface Paired {
  /** Median milliseconds of one run. */
  readonly subject: number;
  readonly baseline: number;
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

async function time(t: Timed): Promise<number> {
  const start = performance.now();
  await t.run();
  return performance.now() - start;
}

/**
 * Subject and baseline alternate within one process, and which goes first alternates too, so
 * a burst of machine noise (two shared cores) or a garbage collection lands on both alike.
 * The warm-up runs let the JIT compile both before anything is counted.
 */
export async function paired(
  subject: Timed,
  baseline: Timed,
  runs: number,
  warmup = 2
): Promise<Paired> {
  for (let i = 0; i < warmup; i++) {
    await time(subject);
    await time(baseline);
  }
  const s: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < runs; i++) {
    if (i % 2 === 0) {
      s.push(await time(subject));
      b.push(await time(baseline));
    } else {
      b.push(await time(baseline));
      s.push(await time(subject));
    }
  }
  return { subject: median(s), baseline: median(b) };
}

const runChild = promisify(execFile);
const TIMED_IN_CHILD = join(__dirname, "timedInChild.ts");

/** One job for timedInChild.ts: its name and arguments after it (input, output). */
export interface ChildJob {
  readonly job: string;
  readonly args: ReadonlyArray<string>;
}

/**
 * Subject and baseline each timed in a Node process of its own (warm-up, then runs), so that
 * neither pays for the other's garbage collection; the two processes alternate, which goes
 * first alternating too, `rounds` times. The fastest run of each side: on two cores shared with
 * other work a 10 ms job's runs spread from 9 to 75 ms, and their median measures the other work;
 * the fastest is the job's own cost, met again and again.
 */
export async function pairedInChildren(
  subject: ChildJob,
  baseline: ChildJob,
  { rounds, runs, warmup }: { rounds: number; runs: number; warmup: number }
): Promise<Paired> {
  const timed = async (c: ChildJob): Promise<number[]> => {
    const args = [
      "--import",
      "tsx",
      TIMED_IN_CHILD,
      c.job,
      ...c.args,
      String(warmup),
      String(runs),
    ];
    const { stdout } = await runChild(process.execPath, args, { cwd: join(__dirname, "..") });
    return JSON.parse(stdout) as number[];
  };
  const s: number[] = [];
  const b: number[] = [];
  for (let round = 0; round < rounds; round++) {
    if (round % 2 === 0) {
      s.push(...(await timed(subject)));
      b.push(...(await timed(baseline)));
    } else {
      b.push(...(await timed(baseline)));
      s.push(...(await timed(subject)));
    }
  }
  return { subject: Math.min(...s), baseline: Math.min(...b) };
}
