import { REQUEST_LIMIT } from "../../../src/adapters/office/applyWrite";
import { OfficeWorkbook } from "../../../src/adapters/office/officeWorkbook";
import {
  decodeOwnedRecord,
  encodeOwnedRecord,
  OWNED_RECORD_NAMESPACE,
} from "../../../src/adapters/xlsx/ownedRecord";
import { ANNEX_READS } from "../../../src/ports/annexLayout";
import { num, text, type Cell } from "../../../src/ports/cell";
import type { OutputTable, WorkbookPort } from "../../../src/ports/workbookPort";
import { inputSpec } from "../../contract/workbookPortContract";
import { EXCEL_WEB_REQUEST_LIMIT, ExcelMock } from "./excelMock";
import { MockWorkbook } from "./mockWorkbook";

const SETTINGS = '{"source":"PBudget"}';

function setup() {
  const mock = new ExcelMock(MockWorkbook.fromSpec(inputSpec));
  return { mock, wb: mock.workbook, port: new OfficeWorkbook(mock.run) };
}

/** Syncs one port call takes. */
async function syncsOf(mock: ExcelMock, call: () => Promise<unknown>): Promise<number> {
  const before = mock.syncs;
  await call().catch(() => undefined);
  return mock.syncs - before;
}

const perYear = (municipalities: number, years: number): OutputTable => ({
  sheet: "Lumpsum per jaar",
  table: "LumpsumPerJaar",
  caption: ["Lumpsum per jaar", "Verdeeld naar P-budget"],
  columns: [
    { header: "Gemeente", format: "text" },
    ...Array.from({ length: years }, (_, y) => ({
      header: `Lumpsum ${2021 + y}`,
      format: "eur0" as const,
    })),
  ],
  rows: Array.from({ length: municipalities }, (_, m) => [
    text(`Gemeente ${m + 1}`),
    ...Array.from({ length: years }, (_, y) => num(String(1000 * m + y))),
  ]),
  totalsRow: [text("Totaal"), ...Array.from({ length: years }, () => num("0"))],
});
const controle: OutputTable = {
  sheet: "Controle",
  table: "Controle",
  caption: [],
  columns: [{ header: "Controle", format: "text" }],
  rows: [[text("OK")]],
};

describe("a fixed number of syncs, whatever the size", () => {
  test("every read, and a snapshot of all a refresh reads, takes at most two syncs", async () => {
    const { mock, wb, port } = setup();
    wb.selection = {
      sheet: "P-budget",
      range: { start: { row: 1, col: 0 }, end: { row: 3, col: 2 } },
    };
    const reads: Array<() => Promise<unknown>> = [
      () => port.read({ kind: "table", name: "PBudget" }),
      () => port.read({ kind: "table", name: "Lumpsum" }),
      () => port.read({ kind: "sheet", name: "P-budget" }),
      () => port.read({ kind: "name", name: "PeriodeStart" }),
      () => port.read({ kind: "selection" }),
      () => port.readName("PeriodeEinde"),
      () => port.readSettings(),
      () => port.snapshot(ANNEX_READS),
    ];
    for (const read of reads) expect(await syncsOf(mock, read)).toBeLessThanOrEqual(2);
  });

  test.each([
    [11, 2],
    [600, 10],
  ])(
    "a refresh of %i municipalities × %i years writes in three syncs",
    async (municipalities, years) => {
      const { mock, port } = setup();
      expect(
        await syncsOf(mock, () => port.write([perYear(municipalities, years), controle], SETTINGS))
      ).toBe(3);
      expect(
        await syncsOf(mock, () => port.write([perYear(municipalities, years)], SETTINGS))
      ).toBe(3);
      expect(mock.requests.every((size) => size < REQUEST_LIMIT)).toBe(true);
    }
  );

  test("a write beyond the request limit is split below Excel on the web’s 5 MB, one sync per part", async () => {
    const { mock, port, wb } = setup();
    const big = perYear(60_000, 4);
    const before = mock.requests.length;
    await port.write([big], SETTINGS);
    const sent = mock.requests.slice(before);
    expect(Math.max(...sent)).toBeLessThan(EXCEL_WEB_REQUEST_LIMIT);
    expect(sent.reduce((a, b) => a + b, 0)).toBeGreaterThan(2 * REQUEST_LIMIT);
    expect(sent.length).toBe(2 + Math.ceil(sent.reduce((a, b) => a + b, 0) / REQUEST_LIMIT));
    expect(wb.table("LumpsumPerJaar").ref.end.row).toBe(3 + 60_000 + 1);
  }, 60_000);
});

describe("writing changes nothing it does not own, and nothing at all when it refuses", () => {
  const refusals: Array<[string, (wb: MockWorkbook) => void, string]> = [
    [
      "a protected output sheet",
      (wb) => (wb.sheet("Lumpsum per jaar").protected = true),
      "SHEET_PROTECTED",
    ],
    [
      "a protected workbook structure",
      (wb) => (wb.structureProtected = true),
      "WORKBOOK_PROTECTED",
    ],
    [
      "an active filter on an output table",
      (wb) => (wb.table("LumpsumPerJaar").filtered = true),
      "OUTPUT_FILTERED",
    ],
    [
      "a user’s note beside the output table",
      (wb) =>
        wb.setValues(
          wb.sheet("Lumpsum per jaar").id,
          { start: { row: 0, col: 7 }, end: { row: 0, col: 7 } },
          [["mijn notitie"]]
        ),
      "OUTPUT_CELLS_IN_THE_WAY",
    ],
  ];

  test.each(refusals)(
    "%s stops the refresh with a clear finding before anything changes",
    async (_what, arrange, code) => {
      const { mock, wb, port } = setup();
      await port.write([perYear(11, 2), controle], SETTINGS);
      arrange(wb);
      const before = JSON.stringify(wb.snapshot());
      const syncs = await syncsOf(mock, () =>
        expect(port.write([perYear(11, 3)], '{"later":true}')).rejects.toHaveProperty(
          "issue.code",
          code
        )
      );
      expect(syncs).toBe(2);
      expect(JSON.stringify(wb.snapshot())).toBe(before);
    }
  );

  test("the calculation mode is manual while writing and restored after, with the screen held", async () => {
    const { mock, wb, port } = setup();
    const modes: string[] = [];
    let mode = wb.calculationMode;
    Object.defineProperty(wb, "calculationMode", {
      get: () => mode,
      set: (m: string) => modes.push((mode = m)),
    });
    await port.write([perYear(11, 2)], SETTINGS);
    expect(modes).toEqual(["Manual", "Automatic"]);
    expect(mock.screenHeld).toBe(1);
  });

  test("a sync failing at any operation leaves no half-written table: the workbook is as before, or wholly written", async () => {
    const probe = setup();
    await probe.port.write([perYear(11, 2), controle], SETTINGS);
    await probe.port.write([perYear(5, 3)], '{"second":true}');
    const ops = probe.mock.opsPerSync[2]!;
    expect(ops).toBeGreaterThan(15);
    for (let op = 0; op < ops; op++) {
      const { mock, wb, port } = setup();
      await port.write([perYear(11, 2), controle], SETTINGS);
      const before = JSON.stringify(wb.snapshot());
      mock.failAt = { sync: 3, op };
      const outcome = await port.write([perYear(5, 3)], '{"second":true}').then(
        () => "written",
        (e: { issue?: { code: string } }) => e.issue?.code
      );
      if (outcome === "written") {
        expect(await port.readSettings()).toBe('{"second":true}');
        expect(wb.sheets.map((s) => s.name)).toEqual([
          "P-budget",
          "Lumpsum tabel",
          "Lumpsum per jaar",
        ]);
      } else {
        expect(outcome).toBe("OUTPUT_WRITE_FAILED");
        expect(JSON.stringify(wb.snapshot())).toBe(before);
      }
    }
  });
});

describe("undo and the record in the workbook", () => {
  const values = async (port: WorkbookPort, table: string) =>
    (await port.read({ kind: "table", name: table }))?.cells.map((r) => r.map(showCell));
  const showCell = (c: Cell) => (c.t === "blank" ? "" : String(c.v));

  test("undo puts back the output and settings the last refresh replaced, once", async () => {
    const { port } = setup();
    await port.write([perYear(3, 1), controle], SETTINGS);
    const first = await values(port, "LumpsumPerJaar");
    await port.write([perYear(4, 2)], '{"second":true}');
    await port.undoLastRefresh();
    expect(await values(port, "LumpsumPerJaar")).toEqual(first);
    expect(await values(port, "Controle")).toEqual([["Controle"], ["OK"]]);
    expect(await port.readSettings()).toBe(SETTINGS);
    await expect(port.undoLastRefresh()).rejects.toHaveProperty("issue.code", "UNDO_NOTHING");
  });

  test("undoing the first refresh removes its output and its settings", async () => {
    const { port, wb } = setup();
    const before = JSON.stringify({ sheets: wb.sheets.map((s) => s.name) });
    await port.write([perYear(3, 1)], SETTINGS);
    await port.undoLastRefresh();
    expect(JSON.stringify({ sheets: wb.sheets.map((s) => s.name) })).toBe(before);
    expect(await port.readSettings()).toBeUndefined();
  });

  test("the record is the one the xlsx adapter keeps: each reads what the other wrote", async () => {
    const { port, wb } = setup();
    await port.write([perYear(3, 1)], SETTINGS);
    const part = wb.parts.find((p) => p.namespace === OWNED_RECORD_NAMESPACE)!;
    expect(decodeOwnedRecord(part.xml)).toEqual({
      owned: ["Lumpsum per jaar"],
      settings: SETTINGS,
    });
    // A refresh by the command rewrites the record without the add-in's extras: no undo then.
    part.xml = encodeOwnedRecord({ owned: ["Lumpsum per jaar"], settings: '{"cli":true}' });
    expect(await port.readSettings()).toBe('{"cli":true}');
    await port.write([perYear(4, 1)], SETTINGS);
    await expect(port.undoLastRefresh()).rejects.toHaveProperty("issue.code", "UNDO_NOTHING");
  });
});

describe("reading what Excel holds", () => {
  test("cells are classified by value type, never by their text", async () => {
    const { wb, port } = setup();
    const sheet = wb.sheet("P-budget");
    sheet.cells.set("2,1", { value: "#N/A", type: "String", format: "@" });
    sheet.cells.set("3,1", { value: "#WAARDE!", type: "Error", format: "General" });
    sheet.cells.set("2,2", { value: 0.1 + 0.2, type: "Double", format: "#,##0.00" });
    const cells = (await port.read({ kind: "table", name: "PBudget" }))!.cells;
    expect(cells[1]![1]).toEqual({ t: "s", v: "#N/A" });
    expect(cells[2]![1]).toEqual({ t: "e", v: "#WAARDE!" });
    // The shortest text that round-trips the double, with the cell's format.
    expect(cells[1]![2]).toEqual({ t: "n", v: "0.30000000000000004", fmt: "#,##0.00" });
  });

  test("the selection is widened to whole merged areas, and hidden rows are reported", async () => {
    const { wb, port } = setup();
    wb.selection = {
      sheet: "P-budget",
      range: { start: { row: 2, col: 2 }, end: { row: 5, col: 3 } },
    };
    const range = (await port.read({ kind: "selection" }))!;
    expect(range.origin).toBe("C3");
    expect(range.cells[0]).toHaveLength(3); // C:E, because D6:E6 is merged
    expect(range.merged).toEqual(["D6:E6"]);
    expect(range.hiddenRows).toEqual([1]);
  });

  test("the mock holds the adapter to Office.js rules: a property read before load and sync throws", async () => {
    const { mock } = setup();
    await expect(
      mock.run(async (context) => {
        const range = context.workbook.worksheets.getItem("P-budget").getRange("A1");
        range.load("values");
        return range.values;
      })
    ).rejects.toThrow(/PropertyNotLoaded/);
  });
});
