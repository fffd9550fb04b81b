import { OfficeWorkbook } from "../../../src/adapters/office/officeWorkbook";
import { REQUEST_BUDGET } from "../../../src/adapters/office/requestBudget";
import { UNDO_NAMESPACE } from "../../../src/adapters/office/undoPayload";
import {
  decodeOwnedRecord,
  encodeOwnedRecord,
  OWNED_RECORD_NAMESPACE,
  OWNED_RECORD_V1_NAMESPACE,
} from "../../../src/adapters/xlsx/ownedRecord";
import { parseRange } from "../../../src/ports/a1";
import { ANNEX_READS } from "../../../src/ports/annexLayout";
import { num, text, type Cell } from "../../../src/ports/cell";
import { cellText } from "../../../src/ports/readYearCell";
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

const perYear = (
  municipalities: number,
  years: number,
  name = (m: number) => `Gemeente ${m + 1}`
): OutputTable => ({
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
    text(name(m)),
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

const withinLimits = (mock: ExcelMock) =>
  expect(Math.max(...mock.requests, ...mock.responses)).toBeLessThan(EXCEL_WEB_REQUEST_LIMIT);

describe("a fixed number of syncs, every request and response under Excel on the web's 5 MB", () => {
  test("every read, and a snapshot of all a refresh reads, takes at most two syncs; the selection three", async () => {
    const { mock, wb, port } = setup();
    wb.selection = {
      sheet: "P-budget",
      ranges: [{ start: { row: 1, col: 0 }, end: { row: 3, col: 2 } }],
    };
    const reads: Array<() => Promise<unknown>> = [
      () => port.read({ kind: "table", name: "PBudget" }),
      () => port.read({ kind: "table", name: "Lumpsum" }),
      () => port.read({ kind: "sheet", name: "P-budget" }),
      () => port.read({ kind: "name", name: "PeriodeStart" }),
      () => port.readName("PeriodeEinde"),
      () => port.readSettings(),
      () => port.snapshot(ANNEX_READS),
    ];
    for (const read of reads) expect(await syncsOf(mock, read)).toBeLessThanOrEqual(2);
    expect(await syncsOf(mock, () => port.read({ kind: "selection" }))).toBe(3);
  });

  test.each([
    [11, 2],
    [600, 10],
  ])(
    "%i municipalities × %i years: a first write in four syncs, a write in place in five",
    async (municipalities, years) => {
      const { mock, port } = setup();
      expect(
        await syncsOf(mock, () => port.write([perYear(municipalities, years), controle], SETTINGS))
      ).toBe(4);
      expect(
        await syncsOf(mock, () => port.write([perYear(municipalities, years), controle], SETTINGS))
      ).toBe(5);
      withinLimits(mock);
    }
  );

  test("a write beyond the request limit is split below 5 MB, and so is reading what it replaces", async () => {
    const { mock, port, wb } = setup();
    await port.write([perYear(60_000, 4)], SETTINGS);
    const first = mock.requests.length;
    await port.write([perYear(60_000, 4, (m) => `Plaats ${m}`)], SETTINGS);
    withinLimits(mock);
    const sent = mock.requests.slice(first);
    const received = mock.responses.slice(first);
    expect(sent.reduce((a, b) => a + b, 0)).toBeGreaterThan(2 * REQUEST_BUDGET);
    expect(received.reduce((a, b) => a + b, 0)).toBeGreaterThan(REQUEST_BUDGET);
    expect(wb.table("LumpsumPerJaar").ref.end.row).toBe(3 + 60_000 + 1);
    expect(wb.valueOf(wb.sheet("Lumpsum per jaar"), 4, 0)).toBe("Plaats 0");
  }, 120_000);
});

describe("writing in place", () => {
  test("the same sheet and table objects are rewritten: a user's references keep reading them, and the note beside the table stays", async () => {
    const { wb, port } = setup();
    await port.write([perYear(3, 2), controle], SETTINGS);
    const sheet = wb.sheet("Lumpsum per jaar");
    const table = wb.table("LumpsumPerJaar");
    const user = wb.addSheet("Mijn blad", wb.newId());
    wb.setValues(user.id, { start: { row: 0, col: 0 }, end: { row: 0, col: 1 } }, [
      ["=SUM(LumpsumPerJaar[Lumpsum 2022])", "='Lumpsum per jaar'!C5"],
    ]);
    wb.setValues(sheet.id, { start: { row: 0, col: 6 }, end: { row: 0, col: 6 } }, [["nagekeken"]]);
    await port.write([perYear(4, 3), controle], '{"second":true}');
    expect(wb.sheet("Lumpsum per jaar")).toBe(sheet);
    expect(wb.table("LumpsumPerJaar")).toBe(table);
    expect(table.columns).toEqual(["Gemeente", "Lumpsum 2021", "Lumpsum 2022", "Lumpsum 2023"]);
    expect(wb.valueOf(user, 0, 0)).toBe(1 + 1001 + 2001 + 3001);
    expect(wb.valueOf(user, 0, 1)).toBe(1);
    expect(wb.cell(user, 0, 0).formula).toBe("=SUM(LumpsumPerJaar[Lumpsum 2022])");
    expect(wb.valueOf(sheet, 0, 6)).toBe("nagekeken");
  });

  test("what it would remove that a formula reads is refused, one finding per place; confirmed, it becomes #REF! there only", async () => {
    const { wb, port } = setup();
    await port.write([perYear(3, 3), controle], SETTINGS);
    const user = wb.addSheet("Mijn blad", wb.newId());
    wb.setValues(user.id, { start: { row: 0, col: 0 }, end: { row: 2, col: 0 } }, [
      ["=SUM(LumpsumPerJaar[Lumpsum 2021])"],
      ["='Lumpsum per jaar'!D5"],
      ["=SUM(Controle[Controle])"],
    ]);
    const before = JSON.stringify(wb.snapshot());
    // 2021 goes (D5, Lumpsum 2023, moves to C5), and so does Controle.
    const later = {
      ...perYear(3, 3),
      columns: perYear(3, 3).columns.filter((c) => c.header !== "Lumpsum 2021"),
    };
    const next: OutputTable = {
      ...later,
      rows: later.rows.map((r) => [r[0]!, ...r.slice(2)]),
      totalsRow: [text("Totaal"), num("0"), num("0")],
    };
    const refused = await port
      .write([next], SETTINGS)
      .catch((e: { issues: Array<{ code: string; params: Record<string, string> }> }) => e.issues);
    expect(refused).toEqual([
      expect.objectContaining({
        code: "REF_WOULD_BREAK",
        params: { place: "'Mijn blad'!A1", target: "LumpsumPerJaar[Lumpsum 2021]" },
      }),
      expect.objectContaining({
        code: "REF_WOULD_BREAK",
        params: { place: "'Mijn blad'!A3", target: "Controle" },
      }),
    ]);
    expect(JSON.stringify(wb.snapshot())).toBe(before);
    await port.write([next], SETTINGS, { force: true });
    expect(wb.cell(user, 0, 0).formula).toBe("=SUM(#REF!)");
    expect(wb.cell(user, 1, 0).formula).toBe("='Lumpsum per jaar'!C5");
    expect(wb.valueOf(user, 1, 0)).toBe(2);
    expect(wb.cell(user, 2, 0).formula).toBe("=SUM(#REF!)");
  });

  test.each<[string, string]>([
    ["'s-Hertogenbosch", "a leading apostrophe (a municipality's name)"],
    ['=HYPERLINK("https://ibn.nl","IBN")', "a formula"],
    ["-1+2", "a sum"],
    ["+31 6", "a phone number"],
    ["@Uden", "a mention"],
    ["007", "leading zeros"],
    ["1-2", "what reads as a date"],
    ["TRUE", "a boolean"],
    ["#N/A", "an error value"],
    ["1.234,56", "a Dutch number"],
  ])("%s (%s) arrives as exactly that text, through values and formulas", async (name) => {
    const { wb, port } = setup();
    await port.write([{ ...controle, rows: [[text(name)]] }], SETTINGS);
    const sheet = wb.sheet("Controle");
    const cell = wb.cell(sheet, 1, 0);
    expect(cell.formula).toBeUndefined();
    expect(wb.valueOf(sheet, 1, 0)).toBe(name);
    const read = await port.read({ kind: "table", name: "Controle" });
    expect(read!.cells[1]![0]).toEqual(text(name));
  });
});

describe("writing changes nothing it does not own, and nothing at all when it refuses", () => {
  const refusals: Array<[string, (wb: MockWorkbook) => void, string]> = [
    [
      "a protected output sheet",
      (wb) => (wb.sheet("Lumpsum per jaar").protected = true),
      "SHEET_PROTECTED",
    ],
    [
      "a protected workbook structure, when a sheet would go",
      (wb) => (wb.structureProtected = true),
      "WORKBOOK_PROTECTED",
    ],
    [
      "an active filter on an output table",
      (wb) => (wb.table("LumpsumPerJaar").filtered = true),
      "OUTPUT_FILTERED",
    ],
    [
      "a person's note where the grown table must go",
      (wb) =>
        wb.setValues(
          wb.sheet("Lumpsum per jaar").id,
          { start: { row: 16, col: 0 }, end: { row: 16, col: 0 } },
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
        expect(
          port.write(
            [perYear(12, 3), ...(code === "WORKBOOK_PROTECTED" ? [] : [controle])],
            '{"later":true}'
          )
        ).rejects.toHaveProperty("issue.code", code)
      );
      expect(syncs).toBe(3);
      expect(JSON.stringify(wb.snapshot())).toBe(before);
    }
  );

  test("no calculation mode is set (it is every open workbook's); the screen and the recalculation are held per request", async () => {
    const { mock, wb, port } = setup();
    await port.write([perYear(11, 2)], SETTINGS);
    expect(wb.calculationMode).toBe("Automatic");
    expect(mock.screenHeld).toBeGreaterThan(0);
  });

  test("every batch waits while a person edits a cell, instead of failing", async () => {
    const { mock, wb, port } = setup();
    wb.editingCell = true;
    await port.write([perYear(3, 1)], SETTINGS);
    expect(await port.readSettings()).toBe(SETTINGS);
    expect(mock.runs.every((r) => r.delayForCellEdit === true)).toBe(true);
  });

  test("a selection of several areas is refused with a finding, not an error of Excel's", async () => {
    const { wb, port } = setup();
    wb.selection = {
      sheet: "P-budget",
      ranges: [
        { start: { row: 1, col: 0 }, end: { row: 3, col: 1 } },
        { start: { row: 1, col: 3 }, end: { row: 3, col: 3 } },
      ],
    };
    await expect(port.read({ kind: "selection" })).rejects.toHaveProperty(
      "issue.code",
      "SELECTION_MULTI_AREA"
    );
  });

  test("a sync failing at any operation leaves the workbook as it was, or wholly written", async () => {
    const write = (port: OfficeWorkbook) =>
      port.write([perYear(5, 3, (m) => `Plaats ${m}`)], '{"second":true}');
    const probe = setup();
    await probe.port.write([perYear(11, 2), controle], SETTINGS);
    const start = probe.mock.syncs;
    await write(probe.port);
    const syncs = probe.mock.syncs - start;
    const ops = [...probe.mock.opsPerSync];
    expect(ops.length).toBe(syncs);
    let tried = 0;
    for (let sync = 1; sync <= syncs; sync++)
      for (let op = 0; op < ops[sync - 1]!; op++) {
        const { mock, wb, port } = setup();
        await port.write([perYear(11, 2), controle], SETTINGS);
        const before = JSON.stringify(wb.snapshot());
        mock.failAt = { sync, op };
        const outcome = await write(port).then(
          () => "written",
          (e: { issue?: { code: string } }) => e.issue?.code
        );
        tried++;
        if (outcome === "written") {
          expect(await port.readSettings()).toBe('{"second":true}');
          expect(wb.sheets.map((s) => s.name)).toEqual([
            "P-budget",
            "Lumpsum tabel",
            "Lumpsum per jaar",
          ]);
          expect(wb.valueOf(wb.sheet("Lumpsum per jaar"), 4, 0)).toBe("Plaats 0");
        } else {
          expect(outcome).toBe("OUTPUT_WRITE_FAILED");
          expect(JSON.stringify(wb.snapshot())).toBe(before);
        }
      }
    expect(tried).toBeGreaterThan(30);
  }, 120_000);
});

describe("undo and the record in the workbook", () => {
  const values = async (port: WorkbookPort, table: string) =>
    (await port.read({ kind: "table", name: table }))?.cells.map((r) => r.map(showCell));
  const showCell = (c: Cell) => (c.t === "blank" ? "" : String(c.v));

  test("undo puts back the output and settings the last refresh replaced, once", async () => {
    const { port } = setup();
    await port.write([perYear(3, 1), controle], SETTINGS);
    const first = await values(port, "LumpsumPerJaar");
    await port.write([perYear(4, 2)], '{"second":true}', { force: true });
    await port.undoLastRefresh();
    expect(await values(port, "LumpsumPerJaar")).toEqual(first);
    expect(await values(port, "Controle")).toEqual([["Controle"], ["OK"]]);
    expect(await port.readSettings()).toBe(SETTINGS);
    await expect(port.undoLastRefresh()).rejects.toHaveProperty("issue.code", "UNDO_NOTHING");
  });

  test("undoing the first refresh removes its output and its settings", async () => {
    const { port, wb } = setup();
    const before = wb.sheets.map((s) => s.name);
    await port.write([perYear(3, 1)], SETTINGS);
    await port.undoLastRefresh();
    expect(wb.sheets.map((s) => s.name)).toEqual(before);
    expect(await port.readSettings()).toBeUndefined();
  });

  test("undo refuses when the output changed after the refresh: it would erase that change unseen", async () => {
    const { port, wb } = setup();
    await port.write([perYear(3, 1)], SETTINGS);
    await port.write([perYear(3, 1, (m) => `Plaats ${m}`)], SETTINGS);
    wb.setValues(
      wb.sheet("Lumpsum per jaar").id,
      { start: { row: 4, col: 1 }, end: { row: 4, col: 1 } },
      [[42]]
    );
    await expect(port.undoLastRefresh()).rejects.toHaveProperty(
      "issue.code",
      "UNDO_OUTPUT_CHANGED"
    );
  });

  test("the record is small, has no XML declaration, and is the one the command keeps: each reads what the other wrote", async () => {
    const { port, wb } = setup();
    await port.write([perYear(342, 12)], SETTINGS);
    const part = wb.parts.find((p) => p.namespace === OWNED_RECORD_NAMESPACE)!;
    expect(part.xml.startsWith("<lumpsum ")).toBe(true);
    expect(part.xml.length).toBeLessThan(2_000);
    expect(decodeOwnedRecord(part.xml)).toMatchObject({
      outputs: [{ sheet: "Lumpsum per jaar", table: "LumpsumPerJaar", captionRows: 2 }],
      settings: SETTINGS,
    });
    expect(wb.parts.filter((p) => p.namespace === UNDO_NAMESPACE)).toHaveLength(1);
    // A refresh by the command rewrites the record with another run id: nothing to undo in Excel then.
    part.xml = encodeOwnedRecord({
      ...decodeOwnedRecord(part.xml)!,
      settings: '{"cli":true}',
      run: "cli",
    });
    expect(await port.readSettings()).toBe('{"cli":true}');
    await expect(port.undoLastRefresh()).rejects.toHaveProperty("issue.code", "UNDO_NOTHING");
    await port.write([perYear(342, 12)], SETTINGS);
    expect(await port.readSettings()).toBe(SETTINGS);
  });

  test("a workbook the previous release wrote (a version-1 record with its tables) refreshes without error", async () => {
    const { port, wb } = setup();
    await port.write([perYear(3, 2), controle], SETTINGS);
    const v1 =
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<lumpsum xmlns="${OWNED_RECORD_V1_NAMESPACE}">` +
      '<owned><sheet name="Lumpsum per jaar"/><sheet name="Controle"/></owned>' +
      `<settings>${SETTINGS.replace(/"/g, "&quot;")}</settings>` +
      `<written>${JSON.stringify([perYear(3, 2), controle])
        .replace(/&/g, "&amp;")
        .replace(/</g, "&lt;")}</written></lumpsum>`;
    wb.parts = [{ id: "old", namespace: OWNED_RECORD_V1_NAMESPACE, xml: v1 }];
    await port.write([perYear(4, 2), controle], '{"after":true}');
    expect(wb.parts.map((p) => p.namespace)).toEqual([UNDO_NAMESPACE, OWNED_RECORD_NAMESPACE]);
    expect(await port.readSettings()).toBe('{"after":true}');
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
      ranges: [{ start: { row: 2, col: 2 }, end: { row: 5, col: 3 } }],
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
      mock.run({ delayForCellEdit: true }, async (context) => {
        const range = context.workbook.worksheets.getItem("P-budget").getRange("A1");
        range.load("values");
        return range.values;
      })
    ).rejects.toThrow(/PropertyNotLoaded/);
  });
});

describe("a table against the sheet's last row or column", () => {
  const rows = [
    ["Gemeente", "2021", "2022"],
    ["Oss", 1883249, 2074757],
    ["Uden", 557447, 613213],
  ];
  test.each(["A1048574:C1048576", "XFB1:XFD3"])(
    "PBudget at %s is read whole, alone and in a snapshot (Excel refuses a row below the last)",
    async (ref) => {
      const wb = MockWorkbook.fromSpec({ sheets: [{ name: "Rand", cells: [] }] });
      const at = parseRange(ref)!;
      const sheet = wb.sheet("Rand");
      wb.setValues(sheet.id, at, rows);
      wb.renameTable(wb.addTable(wb.newId(), sheet.id, at), "PBudget");
      const mock = new ExcelMock(wb);
      const port = new OfficeWorkbook(mock.run);
      const direct = await port.read({ kind: "table", name: "PBudget" });
      const snapshot = await port.snapshot([{ kind: "table", name: "PBudget" }]);
      const viaSnapshot = await snapshot.read({ kind: "table", name: "PBudget" });
      for (const data of [direct, viaSnapshot]) {
        expect(data!.origin).toBe(ref.split(":")[0]);
        expect(data!.cells.map((r) => r.map((c) => cellText(c)))).toEqual(
          rows.map((r) => r.map((v) => String(v)))
        );
        expect(data!.adjacent).toBeUndefined();
      }
    }
  );
});
