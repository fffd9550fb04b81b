import { proveOwnership, type OwnershipFacts } from "../../src/ports/ownership";

const ref = { start: { row: 5, col: 0 }, end: { row: 17, col: 9 } };
const facts = (over: Partial<OwnershipFacts> = {}): OwnershipFacts => ({
  sheets: [
    { name: "P-budget", fileId: 1 },
    { name: "Lumpsum per jaar", fileId: 3 },
  ],
  tables: [
    { name: "PBudget", sheet: "P-budget", ref, columns: ["Gemeente"], fileId: 1 },
    { name: "LumpsumPerJaar", sheet: "Lumpsum per jaar", ref, columns: ["Gemeente"], fileId: 3 },
  ],
  names: [{ name: "PeriodeStart", formula: "='P-budget'!$E$1" }],
  record: {
    outputs: [
      { sheet: "Lumpsum per jaar", table: "LumpsumPerJaar", fileSheetId: 3, fileTableId: 3 },
    ],
  },
  ...over,
});
const provenSheets = (f: OwnershipFacts) => proveOwnership(f).proven.map((p) => p.sheet.name);

describe("the one ownership rule", () => {
  test("a table of the recorded name on the sheet of the recorded name, with the file's ids agreeing, is the tool's", () => {
    expect(provenSheets(facts())).toEqual(["Lumpsum per jaar"]);
  });

  test("names compare as Excel compares them, and a host without file ids (Office.js) proves by the names", () => {
    expect(
      provenSheets(
        facts({
          sheets: [{ name: "LUMPSUM PER JAAR" }],
          tables: [{ name: "lumpsumperjaar", sheet: "lumpsum per jaar", ref, columns: [] }],
        })
      )
    ).toEqual(["LUMPSUM PER JAAR"]);
  });

  test.each<[string, Partial<OwnershipFacts>]>([
    ["a sheet of that name without the table", { tables: [] }],
    [
      "the table made again (another table id)",
      {
        tables: [
          { name: "LumpsumPerJaar", sheet: "Lumpsum per jaar", ref, columns: [], fileId: 9 },
        ],
      },
    ],
    [
      "the sheet made again (another sheetId)",
      { sheets: [{ name: "Lumpsum per jaar", fileId: 8 }] },
    ],
    [
      "the table on another sheet (the sheet renamed)",
      { tables: [{ name: "LumpsumPerJaar", sheet: "Mijn jaar", ref, columns: [], fileId: 3 }] },
    ],
  ])("not the tool's: %s", (_what, over) => {
    expect(provenSheets(facts(over))).toEqual([]);
  });

  test("a version-1 record (sheet names only) proves a sheet that holds exactly one table", () => {
    const v1 = { outputs: [{ sheet: "Lumpsum per jaar" }] };
    expect(provenSheets(facts({ record: v1 }))).toEqual(["Lumpsum per jaar"]);
    const two = facts().tables.concat([
      { name: "Mijn", sheet: "Lumpsum per jaar", ref, columns: [] },
    ]);
    expect(provenSheets(facts({ record: v1, tables: two }))).toEqual([]);
  });

  test.each([["P-budget"], ["p-budget"]])(
    "a record that names a sheet the refresh reads (%s) is refused, never trusted",
    (sheet) => {
      const found = proveOwnership(facts({ record: { outputs: [{ sheet, table: "PBudget" }] } }));
      expect(found.proven).toEqual([]);
      expect(found.refusals.map((r) => r.code)).toEqual(["RECORD_NAMES_INPUT"]);
    }
  );
});
