import fc from "fast-check";
import { formulaRefs, type FormulaRef } from "../../src/ports/formulaRefs";
import { stringifyStructRef } from "@borgar/fx/xlsx";
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

/** Each reference as `show` says it, with whether it is another workbook's and the text it covers. */
const read = (formula: string) =>
  formulaRefs(formula).map(
    (ref) => `${show(ref)}${ref.external ? " (ext)" : ""} @ ${formula.slice(ref.start, ref.end)}`
  );

describe("where @borgar/fx 5.1.3 reads otherwise than Excel, Excel's reading holds", () => {
  test.each<[string, string[]]>([
    // fx refuses a quoted prefix with a colon before '[' and reads the cell as this sheet's.
    [
      "='C:\\Data\\[Begroting.xlsx]Blad1'!A1",
      ["area ext:Blad1!A1:A1 (ext) @ 'C:\\Data\\[Begroting.xlsx]Blad1'!A1"],
    ],
    [
      "=SUM('https://oss.sharepoint.com/sites/fin/Gedeeld/[Begroting.xlsx]Blad1'!$B$2:$B$9)",
      [
        "area ext:Blad1!$B$2:$B$9 (ext) @ 'https://oss.sharepoint.com/sites/fin/Gedeeld/[Begroting.xlsx]Blad1'!$B$2:$B$9",
      ],
    ],
    [
      "='C:\\O''Brien\\[B.xlsx]Jan:Dec'!C3+'D:\\[B.xlsx]S'!Rente",
      [
        "area ext:Jan:Dec!C3:C3 (ext) @ 'C:\\O''Brien\\[B.xlsx]Jan:Dec'!C3",
        "name S!Rente (ext) @ 'D:\\[B.xlsx]S'!Rente",
      ],
    ],
    // fx takes the path's colon for a 3-D prefix, which a name or a table cannot have.
    [
      "='C:\\Data\\Begroting.xlsx'!Rente*'C:\\Data\\Begroting.xlsx'!T[X]",
      [
        "name Rente (ext) @ 'C:\\Data\\Begroting.xlsx'!Rente",
        "table T [|X] (ext) @ 'C:\\Data\\Begroting.xlsx'!T[X]",
      ],
    ],
    // fx reads '[Jan]:' as a workbook prefix and T as a bare name.
    [
      "=SUM(T[@Jan]:T[@Dec])",
      ["table T [#this row|Jan] @ T[@Jan]", "table T [#this row|Dec] @ T[@Dec]"],
    ],
    [
      "=[@Jan]:[@Dec]",
      ["table (this) [#this row|Jan] @ [@Jan]", "table (this) [#this row|Dec] @ [@Dec]"],
    ],
    ["=[@C]:Blad1!A1", ["table (this) [#this row|C] @ [@C]", "area Blad1!A1:A1 @ Blad1!A1"]],
    // fx takes a structured reference that a space and a name follow (Excel's intersection) for unknown text.
    ["=T[Col] 7:7", ["table T [|Col] @ T[Col]", "area 7:7 @ 7:7"]],
    [
      "=SUM(LumpsumPerJaar[[Gemeente]:[Lumpsum 2022]] B:B)",
      [
        "table LumpsumPerJaar [|Gemeente:Lumpsum 2022] @ LumpsumPerJaar[[Gemeente]:[Lumpsum 2022]]",
        "area B:B @ B:B",
      ],
    ],
    ["=T[#Totals] Naam", ["table T [#totals|] @ T[#Totals]", "name Naam @ Naam"]],
    // What Excel leaves of a reference into a deleted sheet points at nothing, not at this sheet.
    ["=#REF!A1+SUM(#REF!B2:C3)+D4", ["area D4:D4 @ D4"]],
  ])("%s", (formula, expected) => {
    expect(read(formula)).toEqual(expected);
  });
});

describe("formulaRefs reads what fx reads as Excel does", () => {
  test.each<[string, string[]]>([
    // A table belongs to a workbook: a prefix before one names another workbook.
    [
      "=[1]!Rente+Begroting.xlsx!T[X]+[1]!T[X]+'C:\\x\\Book.xlsx'!T[X]",
      [
        "name Rente (ext) @ [1]!Rente",
        "table T [|X] (ext) @ Begroting.xlsx!T[X]",
        "table T [|X] (ext) @ [1]!T[X]",
        "table T [|X] (ext) @ 'C:\\x\\Book.xlsx'!T[X]",
      ],
    ],
    // Trim ranges (Excel 365): the range with the edges it trims.
    ["=SUM(A1:.B10)", ["area A1:B10 @ A1:.B10"]],
    // Corners in Excel's order, as Excel stores a range typed backwards.
    ["=SUM(B10:A1)+$C:A", ["area A1:B10 @ B10:A1", "area A:$C @ $C:A"]],
    [
      "='Blad 1:Blad 3'!A1+Überblick!B2",
      ["area Blad 1:Blad 3!A1:A1 @ 'Blad 1:Blad 3'!A1", "area Überblick!B2:B2 @ Überblick!B2"],
    ],
    ["=T[[#Headers],[#Data],[A]]", ["table T [#headers,#data|A] @ T[[#Headers],[#Data],[A]]"]],
    ["=LET(x,A1,x+1)", ["name x @ x", "area A1:A1 @ A1", "name x @ x"]],
  ])("%s", (formula, expected) => {
    expect(read(formula)).toEqual(expected);
  });

  test("fx's limit: a column whose name has ']' and then ':' or '!' is not read, its table counts whole", () => {
    // stringifyStructRef writes T[a']:b] for the column "a]:b"; fx's parseStructRef refuses it.
    expect(read("=SUM(T[a']:b])+Blad1!A1")).toEqual(["name T @ T", "area Blad1!A1:A1 @ Blad1!A1"]);
    expect(read("=T[[a']:b]:[c]]")).toEqual(["table T [|a]:b:c] @ T[[a']:b]:[c]]"]);
  });

  test("a trim range says which edges it trims", () => {
    expect(
      ["=A1:.B9", "=A1.:B9", "=A1.:.B9", "=A1:B9"].map((f) => {
        const [ref] = formulaRefs(f);
        return ref?.kind === "area" ? ref.trim : ref?.kind;
      })
    ).toEqual(["tail", "head", "both", undefined]);
  });

  test("property: a reference into a closed workbook by its path is one reference, of that workbook", () => {
    const word = fc.stringMatching(/^[A-Za-z0-9_][A-Za-z0-9 _.-]{0,8}$/);
    const path = fc.oneof(
      fc
        .tuple(fc.constantFrom("C", "D", "Z"), fc.array(word, { maxLength: 3 }))
        .map(([drive, dirs]) => `${drive}:\\${dirs.map((d) => d + "\\").join("")}`),
      fc
        .tuple(word, fc.array(word, { maxLength: 3 }))
        .map(
          ([host, dirs]) =>
            `https://${host.replace(/ /g, "")}.nl/${dirs.map((d) => d + "/").join("")}`
        )
    );
    const sheet = fc.stringMatching(/^[A-Za-z][A-Za-z0-9 ']{0,10}$/);
    fc.assert(
      fc.property(
        path,
        word,
        sheet,
        fc.constantFrom("A1", "$B$2:C9", "D:D"),
        (p, book, s, cells) => {
          const prefix = `'${`${p}[${book}.xlsx]${s}`.replace(/'/g, "''")}'!`;
          const formula = `=SUM(${prefix}${cells})+B2`;
          const [ref, local, ...rest] = formulaRefs(formula);
          expect(rest).toEqual([]);
          expect(ref).toMatchObject({ kind: "area", external: true, sheet: s });
          expect(formula.slice(ref!.start, ref!.end)).toBe(prefix + cells);
          expect(local).toMatchObject({ kind: "area", external: false });
          expect(formula.slice(local!.start, local!.end)).toBe("B2");
        }
      )
    );
  });

  test("property: structured references are found whole whatever operator follows them", () => {
    // No ']' with a ':' or '!' after it: fx cannot read those (the test before).
    const column = fc
      .string({ unit: fc.constantFrom(..."AbZ 9%'#[]@:!,_"), minLength: 1, maxLength: 8 })
      .filter((c) => !/\].*[:!]/.test(c));
    const structured = fc.record({
      columns: fc.oneof(fc.tuple(column), fc.tuple(column, column)),
      sections: fc.constantFrom<string[]>([], ["this row"], ["totals"], ["headers", "data"]),
    });
    fc.assert(
      fc.property(
        fc.array(structured, { minLength: 1, maxLength: 4 }),
        fc.constantFrom(":", " ", ",", "+", " A1:A3 "),
        (specs, op) => {
          const texts = specs.map((s) => stringifyStructRef({ table: "T", ...s }));
          const formula = `=SUM(${texts.join(op)})`;
          const found = formulaRefs(formula).filter((r) => r.kind === "structured");
          expect(found.map((r) => formula.slice(r.start, r.end))).toEqual(texts);
          found.forEach((ref, k) => {
            expect(ref).toMatchObject({ table: "T", columns: specs[k]!.columns });
            expect(ref.kind === "structured" && ref.items).toEqual(
              specs[k]!.sections.map((s) => `#${s}`)
            );
          });
        }
      )
    );
  });
});
