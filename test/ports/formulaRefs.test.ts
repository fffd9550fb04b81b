import fc from "fast-check";
import { formulaRefs, type FormulaRef } from "../../src/ports/formulaRefs";
import { columnLetters, quoteSheet } from "../../src/ports/a1";

/** Each reference as text a person reads: kind, sheet, what it selects. */
function show(ref: FormulaRef): string {
  switch (ref.kind) {
    case "area": {
      const corner = (c: { row?: number; col?: number; rowAbs: boolean; colAbs: boolean }) =>
        `${c.col === undefined ? "" : (c.colAbs ? "$" : "") + columnLetters(c.col)}${c.row === undefined ? "" : (c.rowAbs ? "$" : "") + String(c.row + 1)}`;
      const sheet =
        ref.sheet === undefined
          ? ""
          : `${ref.external ? "ext:" : ""}${ref.sheet}${ref.sheetTo ? ":" + ref.sheetTo : ""}!`;
      return `area ${sheet}${corner(ref.from)}:${corner(ref.to)}`;
    }
    case "structured":
      return `table ${ref.table ?? "(this)"} [${ref.items.join(",")}|${ref.columns.join(ref.span ? ":" : ",")}]`;
    case "name":
      return `name ${ref.sheet ? ref.sheet + "!" : ""}${ref.name}`;
  }
}

const refsOf = (formula: string) => formulaRefs(formula).map(show);

describe("formulaRefs finds every reference a formula makes, and nothing else", () => {
  test.each<[string, string[]]>([
    ["='Lumpsum per jaar'!D7", ["area Lumpsum per jaar!D7:D7"]],
    ["=SUM(LumpsumPerJaar[Lumpsum 2021])", ["table LumpsumPerJaar [|Lumpsum 2021]"]],
    ['=VLOOKUP("Uden",LumpsumPerJaar,4,FALSE)', ["name LumpsumPerJaar"]],
    [
      "=INDEX(LumpsumPeriode[Totaal periode],MATCH(A2,LumpsumPeriode[Gemeente],0))",
      ["table LumpsumPeriode [|Totaal periode]", "area A2:A2", "table LumpsumPeriode [|Gemeente]"],
    ],
    ["=LumpsumPerJaar[[#Totals],[Lumpsum 2022]]", ["table LumpsumPerJaar [#totals|Lumpsum 2022]"]],
    ["=SUM(T[[Lumpsum 2021]:[Lumpsum 2022]])", ["table T [|Lumpsum 2021:Lumpsum 2022]"]],
    ["=[@Bedrag]*2", ["table (this) [#this row|Bedrag]"]],
    ["=T[@[% P-budget 2021]]", ["table T [#this row|% P-budget 2021]"]],
    ["=T[#All]", ["table T [#all|]"]],
    ["=T[]", ["table T [|]"]],
    ["=T[Col '[x']]", ["table T [|Col [x]]"]],
    ["=SUM($B$2:B10)+Sheet2!$C:$C+1:3", ["area $B$2:B10", "area Sheet2!$C:$C", "area 1:3"]],
    ["='O''Brien'!A1", ["area O'Brien!A1:A1"]],
    ["=Sheet1:Sheet3!A1", ["area Sheet1:Sheet3!A1:A1"]],
    ["=[1]Sheet1!A1+'C:\\x\\[Book.xlsx]S'!B2", ["area ext:Sheet1!A1:A1", "area ext:S!B2:B2"]],
    ['="=A1 &""B2"""&A3', ["area A3:A3"]],
    ["=SUM({1,2;3,4})+LOG10(A1)+Sheet1!MyName", ["area A1:A1", "name Sheet1!MyName"]],
    ["=#REF!+Sheet1!#REF!+TRUE", []],
    ["=XFD1048576+XFE1+A1048577", ["area XFD1048576:XFD1048576", "name XFE1", "name A1048577"]],
    ["=1.5E+3*Scenario_2", ["name Scenario_2"]],
    [
      "=_xlfn.XLOOKUP(A1,T[Gemeente],T[Totaal])",
      ["area A1:A1", "table T [|Gemeente]", "table T [|Totaal]"],
    ],
    ["'Lumpsum periode'!$B$5:$B$15", ["area Lumpsum periode!$B$5:$B$15"]],
  ])("%s", (formula, expected) => {
    expect(refsOf(formula)).toEqual(expected);
  });

  test("offsets cover each reference exactly, so it can be replaced", () => {
    const f = "=SUM('Lumpsum per jaar'!D7:D9)+T[X]";
    const [a, b] = formulaRefs(f);
    expect(f.slice(a!.start, a!.end)).toBe("'Lumpsum per jaar'!D7:D9");
    expect(f.slice(b!.start, b!.end)).toBe("T[X]");
  });

  test("property: a reference written between operators is found with its sheet and corners", () => {
    const sheet = fc.stringMatching(/^[A-Za-z][A-Za-z0-9 ']{0,12}$/);
    const corner = fc.record({ row: fc.nat(1_048_575), col: fc.nat(16_383) });
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.option(sheet, { nil: undefined }), corner, corner), {
          minLength: 1,
          maxLength: 5,
        }),
        fc.constantFrom("+", "-", "*", ",", "&"),
        (cells, op) => {
          const texts = cells.map(([s, a, b]) => {
            const [from, to] = [a, b].sort((x, y) => x.row - y.row || x.col - y.col);
            const range = `${columnLetters(from!.col)}${from!.row + 1}:${columnLetters(to!.col)}${to!.row + 1}`;
            return s === undefined ? range : `${quoteSheet(s)}!${range}`;
          });
          const formula = `=SUM(${texts.join(op)})`;
          const found = formulaRefs(formula);
          expect(found).toHaveLength(cells.length);
          found.forEach((ref, k) => {
            expect(ref.kind).toBe("area");
            expect(formula.slice(ref.start, ref.end)).toBe(texts[k]);
            if (ref.kind === "area") expect(ref.sheet).toBe(cells[k]![0]);
          });
        }
      )
    );
  });

  test("property: never throws, and every reference lies inside the text in order", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom(..."=A1:$[]#'\"!@,.()T xyz{}0123456789") }),
        (f) => {
          let last = 0;
          for (const ref of formulaRefs(f)) {
            expect(ref.start).toBeGreaterThanOrEqual(last);
            expect(ref.end).toBeGreaterThan(ref.start);
            expect(ref.end).toBeLessThanOrEqual(f.length);
            last = ref.end;
          }
        }
      )
    );
  });
});
