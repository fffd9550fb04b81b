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
