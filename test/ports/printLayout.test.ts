import fc from "fast-check";
import { MemoryWorkbook } from "../../src/adapters/memory/memoryWorkbook";
import { planRefresh } from "../../src/app/planRefresh";
import { ibnExampleSpec } from "../../src/demo/ibnExample";
import { footerCode } from "../../src/ports/footerCode";
import { freshLayout } from "../../src/ports/outputLayout";
import { captionRoom, placeTarget, textWidth, wrappedLines } from "../../src/ports/printLayout";

const words = fc.array(fc.stringMatching(/^[A-Za-z0-9€%.,]{1,12}$/), {
  minLength: 1,
  maxLength: 40,
});

describe("wrappedLines", () => {
  it("takes one line exactly when the text fits, no fewer lines as the room narrows, and room for every character", () => {
    fc.assert(
      fc.property(words, fc.integer({ min: 4, max: 120 }), (ws, room) => {
        const text = ws.join(" ");
        const lines = wrappedLines(text, room);
        const fill = room * 0.97;
        expect(lines === 1).toBe(textWidth(text) <= fill);
        expect(wrappedLines(text, room + 10)).toBeLessThanOrEqual(lines);
        const letters = ws.reduce((sum, w) => sum + textWidth(w), 0);
        expect(lines * fill + 1e-9).toBeGreaterThanOrEqual(letters);
        expect(lines).toBeLessThanOrEqual(ws.length + Math.ceil(letters / fill));
      })
    );
  });

  it("counts Calibri's narrow and wide letters apart from digits", () => {
    expect(textWidth("0123456789")).toBe(10);
    expect(textWidth("iiii")).toBeLessThan(textWidth("mmmm") / 2);
    expect(textWidth("€ 1.883.249", true)).toBeGreaterThan(textWidth("€ 1.883.249"));
  });

  it("adds up its characters' widths, a character beyond U+FFFF counting once", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 30 }), (s) => {
        const each = [...s].reduce((sum, ch) => sum + textWidth(ch), 0);
        expect(textWidth(s)).toBeCloseTo(each, 9);
      })
    );
    expect(textWidth("😀")).toBe(1);
    expect(textWidth("\u{1D400}\u00a0")).toBeCloseTo(1.45, 9);
    expect(textWidth("\ud800")).toBe(1);
    expect(textWidth("Ω€")).toBe(2);
  });
});

describe("placeTarget", () => {
  it.each([
    ["'P-budget'!B10", "'P-budget'!B10"],
    ["'P-budget'!B10: tabel PBudget, rij Oss, kolom 2021", "'P-budget'!B10"],
    ["Lumpsum!A1:B3", "Lumpsum!A1:B3"],
    ["'O''Brien'!$C$4", "'O''Brien'!$C$4"],
    ["bijlage.xlsx: 'P-budget'!B10", undefined],
    ["Oss", undefined],
    ["tabel parameters, rij P-budget", undefined],
    ["'P-budget'!B10x", undefined],
  ])("%s → %s", (text, target) => expect(placeTarget(text)).toBe(target));
});

describe("footerCode", () => {
  it("doubles an ampersand and turns {page} and {pages} into Excel's codes", () => {
    expect(footerCode("Pagina {page} van {pages} & meer")).toBe("Pagina &P van &N && meer");
  });
});

describe("printLayout of the example's tables", () => {
  const tables = async () =>
    (
      await planRefresh(MemoryWorkbook.fromSpec(ibnExampleSpec("nl")), {
        runTime: "2026-12-05T22:38:40Z",
        toolVersion: "test",
      })
    ).tables.map((t) => ({ table: t, laid: freshLayout(t) }));

  it("turns the wide tables to landscape, repeats the header row and wraps Controle's checks", async () => {
    const laid = await tables();
    expect(laid.map(({ table, laid: l }) => [table.sheet, l.print.landscape])).toEqual([
      ["Lumpsum per jaar", true],
      ["Lumpsum periode", false],
      ["Lumpsum na herindeling", true],
      ["Controle", false],
    ]);
    for (const { laid: l } of laid) expect(l.print.titleRow).toBe(l.ref.start.row);
    const controle = laid[3]!.laid.print;
    expect(controle.wrapped).toEqual([true, false, false]);
    // A check's row is as high as its lines: the long period check takes more than one.
    expect(Math.max(...controle.rowHeights.values())).toBeGreaterThan(15);
    expect(laid[0]!.laid.print.numeric).toEqual([false, false, ...Array(8).fill(true)]);
  });

  it("merges caption lines across the table, and only up to a person's cell or merge beside them", async () => {
    const { laid } = (await tables())[0]!;
    expect(laid.print.caption.map((c) => c.range.end.col)).toEqual([9, 9, 9, 9]);
    const room = captionRoom(laid, [
      { start: { row: 1, col: 2 }, end: { row: 1, col: 2 } },
      { start: { row: 2, col: 4 }, end: { row: 2, col: 5 } },
      { start: { row: 8, col: 0 }, end: { row: 8, col: 9 } },
    ]);
    expect(room.print.caption.map((c) => c.range.end.col)).toEqual([9, 1, 3, 9]);
    // The rule line wraps in the two columns left to it: a taller row, never above Excel's 409 points.
    expect(room.print.caption[1]!.height).toBeGreaterThan(laid.print.caption[1]!.height);
    for (const c of room.print.caption) expect(c.height).toBeLessThanOrEqual(409);
    expect(captionRoom(laid, [])).toBe(laid);
  });
});
