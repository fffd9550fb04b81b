import { rat, ratAdd, ratFromDec, ratMul, ratSub, type Rational } from "../rational";
import type { VolumeSeries } from "./projectionParams";

/** The volume in each of `count` consecutive years, exactly (no rounding between years). */
export function volumeSeries(series: VolumeSeries, count: number): Rational[] {
  if (series.kind === "values") return series.values.slice(0, count).map(ratFromDec);
  const out: Rational[] = [ratFromDec(series.start)];
  const one = rat(1n);
  const step =
    series.kind === "rate"
      ? (v: Rational) => ratMul(v, ratAdd(one, ratFromDec(series.rate)))
      : (v: Rational) =>
          ratAdd(ratMul(v, ratSub(one, ratFromDec(series.outflowRate))), ratFromDec(series.inflow));
  while (out.length < count) out.push(step(out[out.length - 1] as Rational));
  return out;
}
