import fc from "fast-check";
import { columnEdits } from "../../src/ports/columnEdits";

const apply = (before: string[], after: string[]) => {
  const edits = columnEdits(before, after);
  const out = [...before];
  for (const i of edits.deleted) out.splice(i, 1);
  for (const j of edits.inserted) out.splice(j, 0, after[j]!);
  return { out, edits };
};

describe("columnEdits: columns that stay are never renamed", () => {
  test("a year dropped in front and one added at the end", () => {
    const before = ["Gemeente", "Lumpsum 2021", "Lumpsum 2022", "Totaal periode"];
    const after = ["Gemeente", "Lumpsum 2022", "Lumpsum 2023", "Totaal periode"];
    const { out, edits } = apply(before, after);
    expect(out).toEqual(after);
    expect(edits).toEqual({ deleted: [1], inserted: [2] });
  });

  test("headers compare case-insensitively, as Excel's do", () => {
    expect(columnEdits(["Gemeente", "TOTAAL"], ["gemeente", "Totaal"])).toEqual({
      deleted: [],
      inserted: [],
    });
  });

  test("property: applying the edits gives the new headers, and keeps as many old ones as any order allows", () => {
    const headers = fc.uniqueArray(fc.constantFrom(..."ABCDEFGHIJ"), { maxLength: 8 });
    fc.assert(
      fc.property(headers, headers, (before, after) => {
        const { out, edits } = apply(before, after);
        expect(out).toEqual(after);
        const common = before.filter((h) => after.includes(h)).length;
        // Kept columns never exceed the common ones, and with one order for both, all common ones stay.
        expect(before.length - edits.deleted.length).toBeLessThanOrEqual(common);
        const sameOrder =
          before.filter((h) => after.includes(h)).join() ===
          after.filter((h) => before.includes(h)).join();
        if (sameOrder) expect(before.length - edits.deleted.length).toBe(common);
      })
    );
  });
});
