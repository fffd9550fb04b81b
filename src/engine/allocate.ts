import { apportion } from "./apportion";
import { checkDecimals } from "./checkDecimals";
import { Dec } from "./decimal";
import { EngineError } from "./engineError";
import { hasErrors, issue, type Issue } from "./issue";
import { largerWeightFirst } from "./largerWeightFirst";
import { nameKey } from "./nameKey";
import { normalizeName } from "./normalizeName";
import { decFromUnits, decScaled, ratRoundHalfAway, type Rational, ratFromDec } from "./rational";
import { fail, ok, type Result } from "./result";
import { toDecimal, type DecimalInput } from "./toDecimal";

export interface AllocationInput {
  readonly rows: ReadonlyArray<{ readonly name: string; readonly weight: DecimalInput }>;
  readonly total: DecimalInput;
  /** Places to round to: 0 = whole euros (the default, as published), 2 = cents. */
  readonly decimals?: number;
}

export interface AllocationRow {
  readonly name: string;
  readonly weight: Dec;
  /**
   * weight / Σ weights, exactly and unreduced: `n` is the weight at the allocation's one integer
   * scale and `d` the sum of them all, so shares compare by numerator (slices of the year do).
   */
  readonly share: Rational;
  /** total × share in euros, exactly; every row's over the same denominator, unreduced. */
  readonly exact: Rational;
  /** exact rounded by largest remainder so that the amounts add up to `total`. */
  readonly amount: Dec;
}

export interface Allocation {
  readonly decimals: number;
  /** The total rounded half away from zero to `decimals` places: what the rows add up to. */
  readonly total: Dec;
  readonly exactTotal: Rational;
  /** In input order. */
  readonly rows: ReadonlyArray<AllocationRow>;
}

interface Valid {
  names: string[];
  weights: Dec[];
  total: Dec;
  decimals: number;
}

function validate(input: AllocationInput): { valid?: Valid; issues: Issue[] } {
  const decimals = input.decimals ?? 0;
  const issues: Issue[] = checkDecimals(decimals);
  const total = toDecimal(input.total);
  if (total.kind === "missing") issues.push(issue("TOTAL_MISSING", "error"));
  if (total.kind === "invalid")
    issues.push(issue("TOTAL_NOT_NUMBER", "error", undefined, { value: total.text }));
  if (total.kind === "out-of-range")
    issues.push(issue("NUMBER_OUT_OF_RANGE", "error", undefined, { value: total.text }));
  if (input.rows.length === 0) issues.push(issue("NO_ROWS", "error"));

  const seen = new Set<string>();
  const names: string[] = [];
  const weights: Dec[] = [];
  input.rows.forEach((row, i) => {
    const name = normalizeName(row.name);
    const label = name || `#${i + 1}`;
    const where = { row: label };
    const key = nameKey(name);
    if (!name) issues.push(issue("NAME_MISSING", "error", where));
    else if (seen.has(key)) issues.push(issue("NAME_DUPLICATE", "error", where, { name }));
    seen.add(key);
    const w = toDecimal(row.weight);
    if (w.kind === "missing") issues.push(issue("WEIGHT_MISSING", "error", where, { name: label }));
    else if (w.kind === "invalid")
      issues.push(issue("WEIGHT_NOT_NUMBER", "error", where, { name: label, value: w.text }));
    else if (w.kind === "out-of-range")
      issues.push(issue("NUMBER_OUT_OF_RANGE", "error", where, { value: w.text }));
    else {
      if (w.value.isNegative() && !w.value.isZero())
        issues.push(
          issue("WEIGHT_NEGATIVE", "error", where, { name: label, value: w.value.toString() })
        );
      // Only a weight that was read: a row without one has added its error, so none is used.
      weights.push(w.value);
    }
    names.push(name);
  });
  if (!hasErrors(issues) && weights.every((w) => w.isZero()))
    issues.push(issue("WEIGHTS_ALL_ZERO", "error"));
  // Stryker disable next-line ConditionalExpression: a total not read has added its error; this only narrows its type
  if (hasErrors(issues) || total.kind !== "ok") return { issues };
  return { valid: { names, weights, total: total.value, decimals }, issues };
}

/** Validates user data at the entry; bad data comes back as issues, never as an exception. */
export function safeAllocate(input: AllocationInput): Result<Allocation> {
  const { valid, issues } = validate(input);
  return valid ? ok(unsafeAllocate(valid), issues) : fail(issues);
}

/** For callers whose input is already checked: broken preconditions throw an EngineError. */
export function allocate(input: AllocationInput): Allocation {
  const { valid, issues } = validate(input);
  if (!valid)
    throw new EngineError(
      "ALLOCATE_INPUT",
      `invalid allocation input: ${issues.map((i) => i.code).join(", ")}`
    );
  return unsafeAllocate(valid);
}

function unsafeAllocate({ names, weights, total, decimals }: Valid): Allocation {
  // Bring every weight to one integer scale so shares are integer ratios Wᵢ/ΣW, and every
  // exact amount in units shares one denominator: (T·U·Wᵢ) / (Td·ΣW).
  // A fold, not Math.max(...spread): spreading some 125,000 arguments overflows the stack.
  const places = weights.reduce((p, x) => Math.max(p, x.decimalPlaces()), 0);
  const w = weights.map((x) => decScaled(x, places));
  const sumW = w.reduce((a, b) => a + b, 0n);
  const t = ratFromDec(total);
  const unit = 10n ** BigInt(decimals);
  const denominator = t.d * sumW;
  const numerators = w.map((wi) => t.n * unit * wi);
  const targetUnits = ratRoundHalfAway({ n: t.n * unit, d: t.d });
  const exactDenominator = denominator * unit;
  const units = apportion(numerators, denominator, targetUnits, largerWeightFirst(w, names));
  return {
    decimals,
    total: decFromUnits(targetUnits, decimals),
    exactTotal: t,
    rows: names.map((name, i) => ({
      name,
      weight: weights[i] as Dec,
      // Unreduced on purpose: a gcd per row would cost more than the apportionment itself.
      share: { n: w[i] as bigint, d: sumW },
      exact: { n: numerators[i] as bigint, d: exactDenominator },
      amount: decFromUnits(units[i] as bigint, decimals),
    })),
  };
}
