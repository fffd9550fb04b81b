/**
 * How `after` differs from `before` when the only allowed edits are insertions of whole
 * entries at the end of a list (just before a closing tag) and updates of `count` and
 * `fullCalcOnLoad` attributes. Token-level, independent of the adapter's own XML code.
 */
export function appendedOnly(
  before: string,
  after: string
): { missing: string[]; misplaced: string[][]; inserted: string[][] } {
  const tokens = (xml: string): string[] =>
    (xml.match(/<[^>]*>|[^<]+/g) ?? []).map((t) =>
      t.replace(/ count="\d+"/, ' count="#"').replace(' fullCalcOnLoad="1"', "")
    );
  const a = tokens(before);
  const b = tokens(after);
  const inserted: string[][] = [];
  const misplaced: string[][] = [];
  let run: string[] = [];
  let i = 0;
  for (const token of b) {
    if (i < a.length && token === a[i]) {
      if (run.length) {
        inserted.push(run);
        if (!/^<\//.test(token)) misplaced.push(run);
        run = [];
      }
      i++;
    } else run.push(token);
  }
  if (run.length) misplaced.push(run);
  return { missing: a.slice(i), misplaced, inserted };
}
