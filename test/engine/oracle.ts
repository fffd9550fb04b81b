/**
 * An independent statement of the money rules, for property tests: plain BigInt fractions read
 * from the decimal texts, a full sort instead of the engine's selection, its own code-point
 * order. It shares no code with src/engine, so a wrong exact value or a changed tie-break in
 * the engine cannot pass by agreeing with itself.
 */
export interface Frac {
  readonly n: bigint;
  /** > 0 */
  readonly d: bigint;
}

/** "123.45", "-0.5", "7" as an exact fraction. */
export function frac(text: string | number | bigint): Frac {
  const m = /^(-?)(\d*)(?:\.(\d*))?$/.exec(String(text).trim());
  if (!m) throw new Error(`oracle: not a plain decimal: ${String(text)}`);
  const places = (m[3] ?? "").length;
  const digits = BigInt(`${m[2] || "0"}${m[3] ?? ""}`);
  return { n: m[1] ? -digits : digits, d: 10n ** BigInt(places) };
}

export const mul = (a: Frac, b: Frac): Frac => ({ n: a.n * b.n, d: a.d * b.d });
export const add = (a: Frac, b: Frac): Frac => ({ n: a.n * b.d + b.n * a.d, d: a.d * b.d });
export const cmp = (a: Frac, b: Frac): number => {
  const l = a.n * b.d;
  const r = b.n * a.d;
  return l < r ? -1 : l > r ? 1 : 0;
};

/** Largest integer ≤ x. */
export function floor(x: Frac): bigint {
  const q = x.n / x.d;
  return x.n < 0n && q * x.d !== x.n ? q - 1n : q;
}

/** Excel's ROUND to an integer: halves away from zero. */
export function roundHalfAway(x: Frac): bigint {
  const twice = floor({ n: 2n * (x.n < 0n ? -x.n : x.n) + x.d, d: 2n * x.d });
  return x.n < 0n ? -twice : twice;
}

/** total × wᵢ / Σw for every row: the exact amounts of the allocation rule. */
export function exactAmounts(weights: ReadonlyArray<Frac>, total: Frac): Frac[] {
  const sum = weights.reduce(add, { n: 0n, d: 1n });
  return weights.map((w) => ({ n: total.n * w.n * sum.d, d: total.d * w.d * sum.n }));
}

const codePoints = (a: string, b: string): number => {
  const x = [...a].map((c) => c.codePointAt(0)!);
  const y = [...b].map((c) => c.codePointAt(0)!);
  for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i]! - y[i]!;
  return x.length - y.length;
};

/**
 * Largest remainder in units: each exact value (in units) toward zero, then one more unit
 * outward for the rows first by (remainder descending, weight descending, name by code point),
 * as many as the target leaves. Mirrored when the exact sum is negative.
 */
export function hamilton(
  exact: ReadonlyArray<Frac>,
  weights: ReadonlyArray<Frac>,
  names: ReadonlyArray<string>,
  target: bigint
): bigint[] {
  const sum = exact.reduce(add, { n: 0n, d: 1n });
  const sign = sum.n < 0n || (sum.n === 0n && target < 0n) ? -1n : 1n;
  const m = exact.map((x) => ({ n: x.n * sign, d: x.d }));
  const base = m.map(floor);
  const rest = m.map((x, i) => add(x, { n: -base[i]!, d: 1n }));
  const order = m
    .map((_, i) => i)
    .sort(
      (i, j) =>
        cmp(rest[j]!, rest[i]!) || cmp(weights[j]!, weights[i]!) || codePoints(names[i]!, names[j]!)
    );
  let left = target * sign - base.reduce((a, b) => a + b, 0n);
  for (const i of order) {
    if (left <= 0n) break;
    base[i] = base[i]! + 1n;
    left--;
  }
  return base.map((b) => b * sign);
}

/** The allocation of `total` over `weights` to `decimals` places, in units: the whole rule. */
export function allocationUnits(
  names: ReadonlyArray<string>,
  weights: ReadonlyArray<string>,
  total: Frac,
  decimals: number
): bigint[] {
  const unit = { n: 10n ** BigInt(decimals), d: 1n };
  const w = weights.map(frac);
  return hamilton(exactAmounts(w, mul(total, unit)), w, names, roundHalfAway(mul(total, unit)));
}

/** Units as the decimal text the engine prints with toFixed(decimals). */
export function unitsText(units: bigint, decimals: number): string {
  const neg = units < 0n;
  const digits = (neg ? -units : units).toString().padStart(decimals + 1, "0");
  const whole = digits.slice(0, digits.length - decimals);
  const part = decimals > 0 ? `.${digits.slice(digits.length - decimals)}` : "";
  return `${neg ? "-" : ""}${whole}${part}`;
}
