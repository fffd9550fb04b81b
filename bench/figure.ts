/** One line of bench/results.json: a figure, its baseline from the same run, and its goal. */
export interface Figure {
  readonly name: string;
  readonly value: number;
  readonly unit: string;
  /** The same work done the plain way, measured in the same process run; null when there is none. */
  readonly baseline: number | null;
  /** value / baseline. */
  readonly ratio: number | null;
  /** The goal from issue 6 as text; null for a figure that is reported, not judged. */
  readonly goal: string | null;
  readonly ok: boolean | null;
}

export interface Limits {
  /** The most the figure may be, in its unit. */
  readonly max?: number;
  /** The most value / baseline may be. */
  readonly maxRatio?: number;
  /** How the goal reads, e.g. "≤ 20 ms". */
  readonly text?: string;
}

const round = (x: number): number =>
  Math.abs(x) >= 100 ? Math.round(x) : Number(x.toPrecision(3));

/** A figure judged against its limits (both must hold), or reported only when there are none. */
export function figure(
  name: string,
  value: number,
  unit: string,
  baseline: number | null,
  limits: Limits = {}
): Figure {
  const ratio = baseline === null || baseline === 0 ? null : value / baseline;
  const goals = [
    limits.max !== undefined ? `≤ ${limits.max} ${unit}` : "",
    limits.maxRatio !== undefined ? `≤ ${limits.maxRatio}× baseline` : "",
  ].filter(Boolean);
  const judged = limits.max !== undefined || limits.maxRatio !== undefined;
  const ok = !judged
    ? null
    : (limits.max === undefined || value <= limits.max) &&
      (limits.maxRatio === undefined || (ratio !== null && ratio <= limits.maxRatio));
  return {
    name,
    value: round(value),
    unit,
    baseline: baseline === null ? null : round(baseline),
    ratio: ratio === null ? null : round(ratio),
    goal: limits.text ?? (judged ? goals.join(", ") : null),
    ok,
  };
}
