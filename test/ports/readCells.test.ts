import fc from "fast-check";
import { a1, parseA1, parseRange, parseSheetRange } from "../../src/ports/a1";
import { num, text } from "../../src/ports/cell";
import { readAmountCell } from "../../src/ports/readAmountCell";
import { isDateFormat, isoToSerial, readDateCell, serialToIso } from "../../src/ports/readDateCell";
import { readYearCell } from "../../src/ports/readYearCell";

describe("A1 addresses", () => {
  it.each([
    ["A1", 0, 0],
    ["Z9", 8, 25],
    ["AA10", 9, 26],
    ["XFD1048576", 1048575, 16383],
  ])("%s is row %i, column %i", (address, row, col) => {
    expect(parseA1(address)).toEqual({ row, col });
    expect(a1({ row, col })).toBe(address);
  });

  it("round-trips every cell of a sheet", () => {
    fc.assert(
      fc.property(fc.nat(1048575), fc.nat(16383), (row, col) =>
        expect(parseA1(a1({ row, col }))).toEqual({ row, col })
      )
    );
  });

  it("reads sheet references as defined names hold them", () => {
    expect(parseSheetRange("'Mijn ''blad'''!$B$1:$C$4")).toEqual({
      sheet: "Mijn 'blad'",
      range: parseRange("B1:C4"),
    });
    expect(parseSheetRange("Lumpsum!$E$2")).toEqual({ sheet: "Lumpsum", range: parseRange("E2") });
    expect(parseSheetRange("#REF!")).toBeUndefined();
    expect(parseRange("C4:B1")).toBeUndefined();
  });
});

describe("date cells", () => {
  it.each([
    ["1", "1900-01-01"],
    ["59", "1900-02-28"],
    ["61", "1900-03-01"],
    ["44378", "2021-07-01"],
    ["44926", "2022-12-31"],
    ["2958465", "9999-12-31"],
  ])("serial %s is %s", (serial, iso) => {
    expect(serialToIso(serial)).toBe(iso);
    expect(isoToSerial(iso)).toBe(serial);
  });

  it.each(["0", "60", "2958466", "44378.5", "-1"])("serial %s is no date", (serial) =>
    expect(serialToIso(serial)).toBeUndefined()
  );

  it("converts every date from 1900 to 9999 to its serial and back", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2958465 }).filter((n) => n !== 60),
        (n) => {
          const iso = serialToIso(String(n))!;
          expect(isoToSerial(iso)).toBe(String(n));
        }
      ),
      { numRuns: 2000 }
    );
  });

  it.each([
    ["yyyy-mm-dd", true],
    ["d-m-yyyy", true],
    ["[$-413]d mmmm yyyy", true],
    ['"€" #,##0', false],
    ["0.00%", false],
    ["h:mm", false],
    ["General", false],
  ])("format %s is a date format: %s", (fmt, date) => expect(isDateFormat(fmt)).toBe(date));

  it("reads a date cell, a date typed as ISO text, and refuses the rest", () => {
    expect(readDateCell(num("44378", "d-m-yyyy"))).toEqual({ kind: "ok", iso: "2021-07-01" });
    expect(readDateCell(text("2021-07-01"))).toEqual({
      kind: "ok",
      iso: "2021-07-01",
      text: "2021-07-01",
    });
    expect(readDateCell(num("44378"))).toMatchObject({
      kind: "refused",
      code: "DATE_NOT_FORMATTED",
    });
    expect(readDateCell(text("1-7-2021"))).toMatchObject({ kind: "refused", code: "DATE_INVALID" });
    expect(readDateCell({ t: "e", v: "#N/B" })).toMatchObject({
      kind: "refused",
      code: "CELL_ERROR",
    });
  });
});

describe("year and amount cells", () => {
  it.each([
    [num("2021"), 2021],
    [text(" 2022 "), 2022],
    [text("2022a"), undefined],
    [num("2021.5"), undefined],
    [text("20221"), undefined],
    [num("1899"), undefined],
  ])("%j as a year is %s", (cell, year) => expect(readYearCell(cell)).toBe(year));

  it("reads numbers exactly, text with a note, and refuses booleans and errors", () => {
    expect(readAmountCell(num("1883249.5"))).toMatchObject({ kind: "ok" });
    expect(readAmountCell(text("1.883.249"))).toMatchObject({ kind: "ok", text: "1.883.249" });
    expect(readAmountCell({ t: "b", v: true })).toEqual({
      kind: "refused",
      code: "AMOUNT_NOT_NUMBER",
      params: { value: "TRUE" },
    });
    expect(readAmountCell({ t: "e", v: "#WAARDE!" })).toEqual({
      kind: "refused",
      code: "CELL_ERROR",
      params: { value: "#WAARDE!" },
    });
    expect(readAmountCell(text("1.234"))).toEqual({
      kind: "refused",
      code: "AMOUNT_AMBIGUOUS",
      params: { value: "1.234", nl: "1234", en: "1.234" },
    });
    expect(readAmountCell(text(""))).toEqual({ kind: "blank" });
  });
});
