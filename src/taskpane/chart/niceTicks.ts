/**
 * Round tick values (steps of 1, 2 or 5 × a power of ten) from at or below `min` to at or
 * above `max`, for a chart axis. Pixel positions only: the figures a user reads come from the
 * engine as exact text.
 */
export function niceTicks(min: number, max: number, count = 4): number[] {
  const lo = Math.min(min, max);
  const hi = Math.max(min, max);
  // A flat line still gets an axis, and no step is finer than a millionth of the values, so
  // every tick differs from the next in its printed digits.
  const span = Math.max(
    hi - lo || Math.abs(hi) || 1,
    Math.abs(lo) * 1e-6,
    Math.abs(hi) * 1e-6,
    1e-9
  );
  const raw = span / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power;
  const at = (k: number) => Number((k * step).toPrecision(15));
  let k = Math.floor(lo / step);
  while (at(k) > lo) k--;
  const ticks = [at(k)];
  while (ticks[ticks.length - 1]! < hi || ticks.length < 2) ticks.push(at(++k));
  return ticks;
}
