import { stringifyStructRef } from "@borgar/fx/xlsx";
import fc from "fast-check";
import { columnLetters } from "../../src/ports/a1";
import { formulaRefs } from "../../src/ports/formulaRefs";
import {
  editFormula,
  editsNothing,
  translateFormula,
  reaches,
  type Removal,
  type TableShape,
} from "../../src/ports/referenceEdits";

// 'Lumpsum periode': caption A1:A4, header row 6 (index 5), Gemeente | Lumpsum 2021 | Lumpsum 2022 | Totaal periode, 11 rows + totals.
const period: TableShape = {
  name: "LumpsumPeriode",
  sheet: "Lumpsum periode",
  headerRow: 5,
  firstCol: 0,
  rows: { first: 5, last: 17 },
  columns: ["Gemeente", "Lumpsum 2021", "Lumpsum 2022", "Totaal periode"],
};
const dropped2021: Removal = {
  sheets: [],
  tables: [],
  columns: [{ table: period, column: "Lumpsum 2021" }],
};
const periodGone: Removal = { sheets: ["Lumpsum periode"], tables: [period], columns: [] };

const reach = (formula: string, removal: Removal, host = "Mijn blad") =>
  formulaRefs(formula)
    .map((r) => reaches(r, host, removal))
    .filter((x) => x !== undefined);

describe("what a reference reaches of what a refresh removes", () => {
  test.each<[string, Removal, string[]]>([
    ["='Lumpsum periode'!B7", dropped2021, ["LumpsumPeriode[Lumpsum 2021]"]],
    ["='Lumpsum periode'!C7", dropped2021, []],
    ["=SUM('Lumpsum periode'!A7:C7)", dropped2021, ["LumpsumPeriode[Lumpsum 2021]"]],
    // Below the table, the column's cells are not the table's: nothing of it goes.
    ["='Lumpsum periode'!B30", dropped2021, []],
    ["=SUM('Lumpsum periode'!B:B)", dropped2021, ["LumpsumPeriode[Lumpsum 2021]"]],
    ["=SUM(LumpsumPeriode[Lumpsum 2021])", dropped2021, ["LumpsumPeriode[Lumpsum 2021]"]],
    ["=SUM(lumpsumperiode[lumpsum 2021])", dropped2021, ["LumpsumPeriode[Lumpsum 2021]"]],
    ["=SUM(LumpsumPeriode[Totaal periode])", dropped2021, []],
    [
      "=SUM(LumpsumPeriode[[Gemeente]:[Lumpsum 2022]])",
      dropped2021,
      ["LumpsumPeriode[Lumpsum 2021]"],
    ],
    ['=VLOOKUP("Uden",LumpsumPeriode,4,FALSE)', dropped2021, ["LumpsumPeriode[Lumpsum 2021]"]],
    ["=LumpsumPeriode[[#Totals],[Totaal periode]]", dropped2021, []],
    ["='Lumpsum periode'!D7", periodGone, ["'Lumpsum periode'"]],
    ["=SUM(LumpsumPeriode[Totaal periode])", periodGone, ["LumpsumPeriode"]],
    ["='Lumpsum periode'!PeriodName", periodGone, ["'Lumpsum periode'"]],
    ["='[1]Lumpsum periode'!D7", periodGone, []],
    ["=B7", dropped2021, []],
    // Another workbook's sheet or table of the same name, by index, path or name: not ours.
    ["=[1]!LumpsumPeriode[Lumpsum 2021]+[1]!LumpsumPeriode", dropped2021, []],
    ["='C:\\Data\\[Annex.xlsx]Lumpsum periode'!B7", periodGone, []],
    // What Excel leaves of a reference into a deleted sheet.
    ["=#REF!B7", dropped2021, []],
    [
      "=SUM(LumpsumPeriode[@Gemeente]:LumpsumPeriode[@[Lumpsum 2021]])",
      dropped2021,
      ["LumpsumPeriode[Lumpsum 2021]"],
    ],
    ["=LumpsumPeriode[Lumpsum 2021] 7:7", dropped2021, ["LumpsumPeriode[Lumpsum 2021]"]],
  ])("%s", (formula, removal, expected) => {
    expect(reach(formula, removal)).toEqual(expected);
  });

  test("an unqualified reference points at the sheet its formula lives on", () => {
    expect(reach("=B7", dropped2021, "Lumpsum periode")).toEqual(["LumpsumPeriode[Lumpsum 2021]"]);
  });
});

describe("editFormula: #REF! where the target goes, moved where Excel moves cells", () => {
  const shiftLeft = { sheet: "Lumpsum periode", rows: period.rows, at: 1, delta: -1 as const };

  test.each<[string, string | undefined]>([
    ["='Lumpsum periode'!D7", "='Lumpsum periode'!C7"],
    ["='Lumpsum periode'!$D$7+1", "='Lumpsum periode'!$C$7+1"],
    ["=SUM('Lumpsum periode'!A7:D7)", "=SUM('Lumpsum periode'!A7:C7)"],
    ["='Lumpsum periode'!B7", "=#REF!"],
    ["='Lumpsum periode'!A7", undefined],
    // Partly outside the table's rows: Excel does not move it.
    ["=SUM('Lumpsum periode'!D1:D7)", undefined],
    ["=SUM('Lumpsum periode'!D:D)", undefined],
    ["=SUM(LumpsumPeriode[Totaal periode])", undefined],
    // A trim range moves as a range and keeps its operator.
    ["=SUM('Lumpsum periode'!A7:.D7)", "=SUM('Lumpsum periode'!A7:.C7)"],
    ["=SUM('Lumpsum periode'!$C$7.:.D9)", "=SUM('Lumpsum periode'!$B$7.:.C9)"],
    // Into another workbook, closed (by its path) or open: never ours to move.
    ["='C:\\Data\\[Annex.xlsx]Lumpsum periode'!D7", undefined],
  ])("%s", (formula, expected) => {
    expect(editFormula(formula, "Mijn blad", { shifts: [shiftLeft] })).toBe(expected);
  });

  test("a removal turns each reaching reference into #REF! and leaves the rest", () => {
    expect(
      editFormula("=SUM(LumpsumPeriode[Lumpsum 2021])+'Lumpsum periode'!B7+Blad2!B7", "Mijn blad", {
        removal: dropped2021,
      })
    ).toBe("=SUM(#REF!)+#REF!+Blad2!B7");
    expect(editFormula("=1+2", "Mijn blad", { removal: periodGone })).toBeUndefined();
  });

  test("property: inserting a column and deleting it again gives the formula back", () => {
    const cell = fc.record({
      row: fc.integer({ min: 0, max: 40 }),
      col: fc.integer({ min: 0, max: 30 }),
    });
    fc.assert(
      fc.property(cell, cell, fc.integer({ min: 0, max: 30 }), fc.boolean(), (a, b, at, dollar) => {
        const [from, to] = [a, b].sort((x, y) => x.col - y.col);
        const d = dollar ? "$" : "";
        const formula = `=SUM('S'!${d}${columnLetters(from!.col)}${Math.min(a.row, b.row) + 1}:${columnLetters(to!.col)}${d}${Math.max(a.row, b.row) + 1})`;
        const rows = { first: 0, last: 40 };
        const inserted =
          editFormula(formula, "X", { shifts: [{ sheet: "S", rows, at, delta: 1 }] }) ?? formula;
        const back =
          editFormula(inserted, "X", { shifts: [{ sheet: "S", rows, at, delta: -1 }] }) ?? inserted;
        expect(back).toBe(formula);
      })
    );
  });
});

describe("translateFormula: a shared formula as each cell reads it", () => {
  test.each<[string, number, number, string]>([
    ["SUM(A1:B2)", 2, 1, "SUM(B3:C4)"],
    ["$A1+A$1+$A$1", 3, 3, "$A4+D$1+$A$1"],
    ["'Lumpsum per jaar'!D7*T[X]+Naam", 1, 0, "'Lumpsum per jaar'!D8*T[X]+Naam"],
    ["SUM(B:B)+3:3", 1, 1, "SUM(C:C)+4:4"],
    ["A1", -1, 0, "#REF!"],
    ["SUM(A1:.B2)+Jan:Dec!C3", 1, 1, "SUM(B2:.C3)+Jan:Dec!D4"],
  ])("%s moved %i rows, %i columns", (formula, rows, cols, expected) => {
    expect(translateFormula(formula, rows, cols)).toBe(expected);
  });
});

describe("editFormula: renamed sheets, tables and columns written anew, as Excel rewrites them", () => {
  const renames = {
    sheets: [
      { from: "Lumpsum per jaar", to: "Lump sum per year" },
      { from: "Controle", to: "Checks" },
    ],
    tables: [{ from: "LumpsumPerJaar", to: "LumpSumPerYear" }],
    columns: [
      { table: "LumpsumPerJaar", from: "Lumpsum 2022", to: "Lump sum 2022" },
      { table: "LumpsumPerJaar", from: "Gemeente", to: "Municipality" },
    ],
  };
  it.each([
    ["='Lumpsum per jaar'!H17*2", "='Lump sum per year'!H17*2"],
    ["=SUM('lumpsum per jaar'!$B$7:$B$17)", "=SUM('Lump sum per year'!$B$7:$B$17)"],
    ["=Controle!A5", "=Checks!A5"],
    ["=SUM(LumpsumPerJaar[Lumpsum 2022])", "=SUM(LumpSumPerYear[Lump sum 2022])"],
    [
      '=INDEX(LumpsumPerJaar[[#Data],[Lumpsum 2022]],MATCH("Oss",LumpsumPerJaar[Gemeente],0))',
      '=INDEX(LumpSumPerYear[[#Data],[Lump sum 2022]],MATCH("Oss",LumpSumPerYear[Municipality],0))',
    ],
    [
      "=LumpsumPerJaar[[#Totals],[Gemeente]:[Lumpsum 2022]]",
      "=LumpSumPerYear[[#Totals],[Municipality]:[Lump sum 2022]]",
    ],
    ['=VLOOKUP("Oss",LumpsumPerJaar,3,FALSE)', '=VLOOKUP("Oss",LumpSumPerYear,3,FALSE)'],
    ["=LumpsumPerJaar[@Gemeente]", "=LumpSumPerYear[@Municipality]"],
    ['=SUM(Other[Lumpsum 2022])+"LumpsumPerJaar"', undefined],
    ["=[Book.xlsx]Controle!A1", undefined],
    ["=SUM('Lumpsum per jaar:Controle'!A1)", "=SUM('Lump sum per year:Checks'!A1)"],
    // Another workbook's table of the same name is that workbook's: Excel leaves it.
    ["=SUM([1]!LumpsumPerJaar[Lumpsum 2022])+Annex.xlsx!LumpsumPerJaar", undefined],
    ["=SUM('C:\\Data\\Annex.xlsx'!LumpsumPerJaar[Gemeente])", undefined],
    // Before the range operator and the intersection (a space), as everywhere.
    [
      "=SUM(LumpsumPerJaar[@Gemeente]:LumpsumPerJaar[@[Lumpsum 2022]] 7:7)",
      "=SUM(LumpSumPerYear[@Municipality]:LumpSumPerYear[@[Lump sum 2022]] 7:7)",
    ],
  ])("%s → %s", (formula, expected) =>
    expect(editFormula(formula, "Overzicht", { renames })).toBe(expected)
  );

  it("property: a column renamed to any name and back gives the formula back, read under each name", () => {
    const name = fc
      .string({ unit: fc.constantFrom(..."Ab 9%'#[]@,_-"), minLength: 1, maxLength: 10 })
      .filter((c) => c.trim() === c);
    const spec = fc.record({
      span: fc.boolean(),
      sections: fc.constantFrom<string[]>([], ["this row"], ["totals"], ["headers", "data"]),
    });
    fc.assert(
      fc.property(name, name, spec, (from, to, { span, sections }) => {
        fc.pre(from.toLowerCase() !== to.toLowerCase() && to.toLowerCase() !== "x");
        const ref = (c: string) =>
          stringifyStructRef({ table: "T", columns: span ? [c, "X"] : [c], sections });
        const rename = (a: string, b: string) => ({
          sheets: [],
          tables: [],
          columns: [{ table: "T", from: a, to: b }],
        });
        const formula = `=SUM(${ref(from)})*2`;
        const renamed = editFormula(formula, "S", { renames: rename(from, to) });
        expect(renamed).toBe(`=SUM(${ref(to)})*2`);
        expect(formulaRefs(renamed!)[0]).toMatchObject({
          table: "T",
          columns: span ? [to, "X"] : [to],
        });
        expect(editFormula(renamed!, "S", { renames: rename(to, from) })).toBe(formula);
      })
    );
  });

  it("still turns what goes into #REF! and moves what shifts, by the names things have now", () => {
    const table = {
      name: "LumpsumPerJaar",
      sheet: "Lumpsum per jaar",
      headerRow: 5,
      firstCol: 0,
      rows: { first: 5, last: 17 },
      columns: ["Gemeente", "Lumpsum 2021", "Lumpsum 2022"],
    };
    const removal = { sheets: [], tables: [], columns: [{ table, column: "Lumpsum 2021" }] };
    const shifts = [{ sheet: "Lumpsum per jaar", rows: table.rows, at: 1, delta: -1 as const }];
    expect(
      editFormula("=LumpsumPerJaar[Lumpsum 2021]+'Lumpsum per jaar'!C7", "Overzicht", {
        removal,
        shifts,
        renames,
      })
    ).toBe("=#REF!+'Lump sum per year'!B7");
  });
});

describe("an edit that changes nothing", () => {
  // Formulas of every kind of reference a workbook holds, joined by operators and functions.
  const piece = fc.constantFrom(
    "'Lumpsum periode'!B7",
    "'Lumpsum per jaar'!$D$7:$D$17",
    "LumpsumPeriode[Lumpsum 2021]",
    "LumpsumPerJaar[[#Totals],[Lumpsum 2022]]",
    "[@Gemeente]",
    "A1:.B9",
    "Blad1:Blad3!C2",
    "[1]Extern!A1",
    "'C:\\Data\\[B.xlsx]S'!A1",
    "MijnNaam",
    "#REF!",
    "1,5",
    '"Lumpsum periode"',
    "7:7",
    "C:C"
  );
  const formula = fc
    .array(fc.tuple(piece, fc.constantFrom("+", "-", "*", ":", " ", ",")), {
      minLength: 1,
      maxLength: 6,
    })
    .map((parts) => `=SUM(${parts.map(([p, op]) => p + op).join("")}1)`);
  const empty = [
    {},
    { removal: { sheets: [], tables: [], columns: [] } },
    { shifts: [] },
    { renames: { sheets: [], tables: [], columns: [] } },
  ];

  it("property: is told apart, and leaves every formula as it is (so a refresh may skip reading them)", () => {
    for (const edit of empty) expect(editsNothing(edit)).toBe(true);
    expect(editsNothing({ removal: dropped2021 })).toBe(false);
    expect(
      editsNothing({ shifts: [{ sheet: "S", rows: { first: 0, last: 9 }, at: 2, delta: -1 }] })
    ).toBe(false);
    expect(
      editsNothing({ renames: { sheets: [{ from: "A", to: "B" }], tables: [], columns: [] } })
    ).toBe(false);
    fc.assert(
      fc.property(
        formula,
        fc.constantFrom(...empty),
        fc.constantFrom("Lumpsum periode", "Overzicht"),
        (f, edit, host) => {
          expect(editFormula(f, host, edit)).toBeUndefined();
        }
      ),
      { numRuns: 500 }
    );
  });
});
