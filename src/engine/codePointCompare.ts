/**
 * Orders strings by Unicode code point. JavaScript's `<` compares UTF-16 code units, which
 * puts characters beyond U+FFFF before U+E000–U+FFFF; the tie-break rule says code points.
 */
export function codePointCompare(a: string, b: string): number {
  const x = Array.from(a);
  const y = Array.from(b);
  const n = Math.min(x.length, y.length);
  for (let i = 0; i < n; i++) {
    const d = (x[i] as string).codePointAt(0)! - (y[i] as string).codePointAt(0)!;
    if (d !== 0) return d;
  }
  return x.length - y.length;
}
