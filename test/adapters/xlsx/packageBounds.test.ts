import { closeSync, mkdtempSync, openSync, rmSync, writeFileSync, ftruncateSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { openXlsxFile } from "../../../src/adapters/xlsx/openXlsxFile";
import { XlsxWorkbook } from "../../../src/adapters/xlsx/xlsxWorkbook";
import { formatIssue } from "../../../src/engine/formatIssue";
import type { Issue } from "../../../src/engine/issue";
import {
  declaringSize,
  denseEntry,
  encryptedXlsx,
  odsFile,
  unknownCompoundFile,
  withEntryHeader,
  withWrongCrc,
  wordFile,
  workbookWithSheet,
  xlsbFile,
  xlsFile,
} from "../../fixtures/hostileFiles";
import { zipParts } from "../../fixtures/zipParts";

const FILE = "bijlage.xlsx";

function refusal(action: () => unknown): Issue {
  try {
    action();
  } catch (error) {
    const found = (error as { issue?: Issue }).issue;
    if (found) return found;
    throw error;
  }
  throw new Error("expected a refusal");
}

async function asyncRefusal(action: () => Promise<unknown>): Promise<Issue> {
  try {
    await action();
  } catch (error) {
    const found = (error as { issue?: Issue }).issue;
    if (found) return found;
    throw error;
  }
  throw new Error("expected a refusal");
}

const open = (bytes: Uint8Array) => () => XlsxWorkbook.fromBytes(bytes, FILE);
const readSheet = (bytes: Uint8Array) => () =>
  XlsxWorkbook.fromBytes(bytes, FILE).read({ kind: "sheet", name: "Blad1" });

describe("bounded, honest reading: what a file is instead of an xlsx", () => {
  it.each([
    ["plain text", new TextEncoder().encode("Gemeente;2021\nOss;1883249\n"), "PKG_NOT_ZIP"],
    ["an old .xls", xlsFile(), "PKG_XLS"],
    ["a password-protected .xlsx", encryptedXlsx(), "PKG_ENCRYPTED"],
    ["an unrecognised compound file", unknownCompoundFile(), "PKG_XLS_OR_ENCRYPTED"],
    ["an .xlsb", xlsbFile(), "PKG_XLSB"],
    ["an .ods", odsFile(), "PKG_ODS"],
    ["a Word document", wordFile(), "PKG_NOT_XLSX"],
    [
      "a zip without a package",
      zipParts([{ name: "readme.txt", content: "hello" }]),
      "PKG_NOT_XLSX",
    ],
    ["a truncated zip", workbookWithSheet("<sheetData/>").subarray(0, 200), "PKG_ZIP_CORRUPT"],
  ])(
    "refuses %s with its own finding, naming the file, in Dutch and English",
    (_what, bytes, code) => {
      const found = refusal(open(bytes));
      expect(found).toMatchObject({ code, severity: "error", where: { file: FILE } });
      for (const lang of ["nl", "en"] as const)
        expect(formatIssue(found, lang)).toMatch(/^bijlage\.xlsx: \S/);
      expect(formatIssue(found, "nl")).not.toBe(formatIssue(found, "en"));
    }
  );
});

describe("bounded, honest reading: zip bombs and lies", () => {
  it("refuses an entry that unpacks about a thousandfold, before inflating it", () => {
    expect(refusal(open(denseEntry()))).toMatchObject({
      code: "PKG_ZIP_BOMB",
      params: { part: "xl/media/padding.bin" },
    });
  });

  it("refuses a package that declares more than 256 MiB unpacked", () => {
    const bytes = declaringSize(
      workbookWithSheet("<sheetData/>"),
      "xl/worksheets/sheet1.xml",
      300 * 1024 * 1024
    );
    expect(refusal(open(bytes))).toMatchObject({ code: "PKG_ZIP_BOMB" });
  });

  it("stops inflating a part that unpacks beyond its declared size, and reports it damaged", async () => {
    const rows = Array.from(
      { length: 2000 },
      (_, r) => `<row r="${r + 1}"><c r="A${r + 1}"><v>${r}</v></c></row>`
    ).join("");
    const bytes = declaringSize(
      workbookWithSheet(`<sheetData>${rows}</sheetData>`),
      "xl/worksheets/sheet1.xml",
      100
    );
    expect(await asyncRefusal(readSheet(bytes))).toMatchObject({
      code: "PKG_PART_CORRUPT",
      params: { part: "xl/worksheets/sheet1.xml" },
    });
  });

  it("reports a part whose checksum does not match as damaged", async () => {
    const bytes = withWrongCrc(workbookWithSheet("<sheetData/>"), "xl/worksheets/sheet1.xml");
    expect(await asyncRefusal(readSheet(bytes))).toMatchObject({ code: "PKG_PART_CORRUPT" });
  });

  it.each([
    ["another compression method (bzip2)", { method: 12 }],
    ["zip encryption", { flags: 1 }],
  ])("refuses a part stored with %s", (_what, change) => {
    const bytes = withEntryHeader(
      workbookWithSheet("<sheetData/>"),
      "xl/worksheets/sheet1.xml",
      change
    );
    expect(refusal(open(bytes))).toMatchObject({
      code: "PKG_ZIP_UNSUPPORTED",
      params: { part: "xl/worksheets/sheet1.xml" },
    });
  });

  it("refuses more than 10,000 parts", () => {
    const parts = Array.from({ length: 10_001 }, (_, i) => ({ name: `x/${i}.txt`, content: "" }));
    expect(refusal(open(zipParts(parts)))).toMatchObject({
      code: "PKG_TOO_MANY_PARTS",
      params: { count: 10_001 },
    });
  });

  it("refuses a file over 256 MiB from its size alone, without reading it", async () => {
    const dir = mkdtempSync(join(tmpdir(), "lumpsum-big-"));
    const path = join(dir, "groot.xlsx");
    const fd = openSync(path, "w");
    ftruncateSync(fd, 300 * 1024 * 1024);
    closeSync(fd);
    try {
      expect(await asyncRefusal(() => openXlsxFile(path))).toMatchObject({
        code: "PKG_FILE_TOO_LARGE",
        where: { file: path },
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("reports a file that is not there as unreadable", async () => {
    expect(await asyncRefusal(() => openXlsxFile("/nonexistent/bijlage.xlsx"))).toMatchObject({
      code: "PKG_FILE_UNREADABLE",
      params: { reason: "ENOENT" },
    });
  });

  it("refuses a part that declares a DTD (entity expansion)", async () => {
    const doctype = '<!DOCTYPE worksheet [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;">]>';
    const bytes = workbookWithSheet("", [
      {
        name: "xl/worksheets/sheet1.xml",
        content: `${doctype}<worksheet><sheetData/></worksheet>`,
      },
    ]);
    expect(await asyncRefusal(readSheet(bytes))).toMatchObject({
      code: "PKG_PART_CORRUPT",
      params: { part: "xl/worksheets/sheet1.xml" },
    });
  });
});

describe("bounded, honest reading: the grid", () => {
  it("refuses a row beyond 1,048,576, naming the sheet and the cell", async () => {
    const bytes = workbookWithSheet(
      '<sheetData><row r="1048577"><c r="A1048577"><v>1</v></c></row></sheetData>'
    );
    expect(await asyncRefusal(readSheet(bytes))).toMatchObject({
      code: "PKG_TOO_MANY_ROWS",
      where: { file: FILE, sheet: "Blad1", cell: "A1048577" },
      params: { row: 1_048_577, max: 1_048_576 },
    });
  });

  it("refuses a column beyond XFD (16,384)", async () => {
    const bytes = workbookWithSheet(
      '<sheetData><row r="1"><c r="XFE1"><v>1</v></c></row></sheetData>'
    );
    expect(await asyncRefusal(readSheet(bytes))).toMatchObject({
      code: "PKG_TOO_MANY_COLUMNS",
      where: { cell: "XFE1" },
      params: { column: 16_385 },
    });
  });

  it("refuses to hand over a block of more than 20 million cells", async () => {
    const workbook =
      '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
      '<sheets><sheet name="Blad1" sheetId="1" r:id="rId1"/></sheets><definedNames><definedName name="Alles">Blad1!$A$1:$XFD$1048576</definedName></definedNames></workbook>';
    const bytes = workbookWithSheet("<sheetData/>", [
      { name: "xl/workbook.xml", content: workbook },
    ]);
    expect(
      await asyncRefusal(() =>
        XlsxWorkbook.fromBytes(bytes, FILE).read({ kind: "name", name: "Alles" })
      )
    ).toMatchObject({
      code: "PKG_RANGE_TOO_LARGE",
      where: { sheet: "Blad1", cell: "A1:XFD1048576" },
    });
  });
});

describe("openXlsxFile", () => {
  it("opens a file from disk and names it in findings", async () => {
    const dir = mkdtempSync(join(tmpdir(), "lumpsum-open-"));
    const path = join(dir, "bijlage.xlsx");
    writeFileSync(
      path,
      workbookWithSheet('<sheetData><row r="2" hidden="1"><c r="B2"><v>7</v></c></row></sheetData>')
    );
    try {
      const workbook = await openXlsxFile(path);
      expect(workbook.fileName).toBe(path);
      expect(await workbook.read({ kind: "sheet", name: "Blad1" })).toMatchObject({
        origin: "A1",
        hiddenRows: [1],
        cells: [
          [{ t: "blank" }, { t: "blank" }],
          [{ t: "blank" }, { t: "n", v: "7" }],
        ],
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
