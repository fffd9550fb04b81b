import type { ExcelRun } from "../../../src/adapters/office/officeWorkbook";
import {
  formatRange,
  parseRange,
  quoteSheet,
  rangesOverlap,
  type RangeRef,
} from "../../../src/ports/a1";
import { parseSheetAddress } from "../../../src/adapters/office/sheetAddress";
import { MAX_COLUMNS, MAX_ROWS } from "../../../src/adapters/xlsx/packageLimits";
import {
  clientResult,
  mockObject,
  type Batch,
  type ObjectSpec,
  type Op,
  type Proxy,
} from "./mockProxy";
import type { MockWorkbook, XSheet, XTable } from "./mockWorkbook";
import { setFooter, setPrintTitleRows, setZoom } from "./mockSheetLook";

/** Excel on the web refuses a request, or a response, larger than this. */
export const EXCEL_WEB_REQUEST_LIMIT = 5_000_000;

type Lazy<T> = T | (() => T);
const get = <T>(x: Lazy<T>): T => (typeof x === "function" ? (x as () => T)() : x);

/** Excel refuses a range that crosses the sheet's edge (0-based rows and columns here). */
function onSheet(ref: RangeRef): RangeRef {
  const inside = (row: number, col: number) =>
    row >= 0 && col >= 0 && row < MAX_ROWS && col < MAX_COLUMNS;
  if (!inside(ref.start.row, ref.start.col) || !inside(ref.end.row, ref.end.col))
    throw new Error("InvalidArgument: the range would cross the edge of the sheet");
  return ref;
}

/**
 * Excel.run over a MockWorkbook. Every object is an office-addin-mock OfficeMockObject behind
 * a guard (mockProxy.ts): properties read only after load and sync, loads and writes are
 * applied in order at sync as one request, and a failure part-way leaves the earlier operations
 * applied, as in Excel. It counts syncs and the characters of every request and response
 * (values, formats, formulas, custom XML both ways), refuses either over Excel on the web's
 * 5 MB, and can fail on purpose. As strict as Excel where a refresh touches it: a batch while a
 * person edits a cell fails unless the run asked to wait (delayForCellEdit); getSelectedRange
 * fails on a multi-area selection; select() needs its sheet active; the calculation mode may
 * not be set (it would change every open workbook); custom XML comes back from getXml
 * reformatted, with a declaration, as Excel may hand it back.
 */
export class ExcelMock {
  syncs = 0;
  /** Per sync of every run: characters sent. */
  readonly requests: number[] = [];
  /** Per sync of every run: characters received. */
  readonly responses: number[] = [];
  /** Per sync of the last run: how many operations it applied or tried. */
  opsPerSync: number[] = [];
  /** Syncs during which screen updating was suspended. */
  screenHeld = 0;
  /** Make operation `op` of sync `sync` (1-based, within the next run) fail. */
  failAt?: { sync: number; op: number };
  /** The options of every run, in order. */
  readonly runs: Array<{ delayForCellEdit?: boolean }> = [];

  constructor(readonly workbook: MockWorkbook) {}

  readonly run: ExcelRun = async (options, batch) => {
    this.runs.push(options);
    if (this.workbook.editingCell) {
      if (!options.delayForCellEdit)
        throw new Error("InvalidOperationInCellEditMode: Excel is in cell-editing mode");
      this.workbook.editingCell = false; // the run waited until the person pressed Enter
    }
    this.opsPerSync = [];
    const context = new MockContext(this);
    const result = await batch(context as unknown as Excel.RequestContext);
    if (context.pending) await context.sync(); // Excel.run syncs what is still queued
    return result;
  };
}

class MockContext implements Batch {
  private queue: Op[] = [];
  private readonly targets: Array<{ sync: () => Promise<void> }> = [];
  private syncsInRun = 0;
  private response = 0;
  private applying = false;

  constructor(private readonly mock: ExcelMock) {}

  get pending(): boolean {
    return this.queue.length > 0;
  }

  private get wb(): MockWorkbook {
    return this.mock.workbook;
  }

  enqueue(op: Op): void {
    // A load applied at sync may load what it leads to (items' properties): at once, in the same request.
    if (this.applying) op.apply();
    else this.queue.push(op);
  }

  received(size: number): void {
    this.response += size;
  }

  track(target: { sync: () => Promise<void> }): void {
    this.targets.push(target);
  }

  async sync(): Promise<void> {
    this.mock.syncs++;
    this.syncsInRun++;
    const ops = this.queue;
    this.queue = [];
    this.response = 0;
    const size = ops.reduce((s, o) => s + o.size, 0);
    this.mock.requests.push(size);
    this.mock.opsPerSync.push(ops.length);
    if (size > EXCEL_WEB_REQUEST_LIMIT) throw new Error("RequestPayloadSizeLimitExceeded");
    const fail = this.mock.failAt;
    this.applying = true;
    try {
      ops.forEach((op, i) => {
        if (fail && fail.sync === this.syncsInRun && fail.op === i) {
          this.mock.failAt = undefined;
          throw new Error("injected failure");
        }
        op.apply();
      });
    } finally {
      this.applying = false;
    }
    this.mock.responses.push(this.response);
    if (this.response > EXCEL_WEB_REQUEST_LIMIT)
      throw new Error("ResponsePayloadSizeLimitExceeded");
    await Promise.all(this.targets.map((t) => t.sync()));
  }

  private op(apply: () => void, size = 0): void {
    this.enqueue({ apply, size });
  }

  private object = (spec: Parameters<typeof mockObject>[1]): Proxy => mockObject(this, spec);

  get workbook(): Proxy {
    const wb = this.wb;
    return this.object({
      props: { use1904DateSystem: () => wb.date1904 },
      nav: {
        worksheets: () => this.worksheets(),
        tables: () =>
          this.tables(
            () => wb.tables,
            () => undefined
          ),
        names: () => this.names(undefined),
        customXmlParts: () => this.customXmlParts(),
        protection: () => this.object({ props: { protected: () => wb.structureProtected } }),
        pivotTables: () =>
          this.collection(() =>
            wb.pivots.map((p) =>
              this.object({
                props: { name: () => p.name },
                methods: {
                  getDataSourceString: () => clientResult(this, () => p.source.replace(/^=/, "")),
                },
              })
            )
          ),
      },
      methods: {
        getSelectedRange: () => {
          const selection = wb.selection;
          if (selection && selection.ranges.length > 1)
            throw new Error(
              "InvalidSelection: the selection is more than one area; use getSelectedRanges"
            );
          return this.range(
            () => wb.sheet(selection!.sheet).id,
            () => selection!.ranges[0]!
          );
        },
        getSelectedRanges: () => {
          const selection = wb.selection;
          return this.rangeAreas(
            () => wb.sheet(selection!.sheet).id,
            () => selection!.ranges
          );
        },
        getActiveWorksheet: () => this.worksheet(() => wb.activeSheetId!),
      },
    });
  }

  get application(): Proxy {
    return this.object({
      props: { calculationMode: () => this.wb.calculationMode },
      methods: {
        suspendScreenUpdatingUntilNextSync: () => this.op(() => this.mock.screenHeld++),
        suspendApiCalculationUntilNextSync: () => this.op(() => undefined),
      },
      writes: {
        calculationMode: () => {
          throw new Error(
            "the mock refuses calculationMode: it is the application's, for every open workbook"
          );
        },
      },
    });
  }

  private collection(items: () => Proxy[], methods: ObjectSpec["methods"] = {}): Proxy {
    return this.object({ items, methods });
  }

  private worksheets(): Proxy {
    const wb = this.wb;
    return this.collection(() => wb.sheets.map((s) => this.worksheet(s.id)), {
      add: (name: string) => {
        const id = wb.newId();
        this.op(() => wb.addSheet(name, id), name.length);
        return this.worksheet(id, name);
      },
      getItem: (name: string) => this.worksheet(() => wb.sheet(name).id, name),
    });
  }

  private worksheet(id: Lazy<number>, name?: string): Proxy {
    const wb = this.wb;
    const sheet = () => wb.sheetById(get(id));
    const used = (valuesOnly: boolean) => wb.usedRange(sheet(), valuesOnly);
    return this.object({
      props: {
        name: () => sheet().name ?? name,
        id: () => `{00000000-0001-0000-${String(get(id)).padStart(4, "0")}-000000000000}`,
        position: () => wb.sheets.indexOf(sheet()),
        visibility: () => sheet().visibility,
      },
      nav: {
        protection: () => this.object({ props: { protected: () => sheet().protected } }),
        pageLayout: () => this.pageLayout(sheet),
        autoFilter: () => this.object({ props: { isDataFiltered: () => sheet().filtered } }),
        tables: () =>
          this.tables(
            () => wb.tables.filter((t) => t.sheetId === get(id)),
            () => get(id)
          ),
        names: () => this.names(() => get(id)),
        charts: () =>
          this.collection(() =>
            wb.charts
              .filter((c) => c.sheetId === get(id))
              .map((c) =>
                this.object({
                  props: { name: () => c.name },
                  nav: {
                    series: () =>
                      this.collection(() =>
                        c.series.map((s) =>
                          this.object({
                            props: { name: () => s.name },
                            methods: {
                              getDimensionDataSourceString: (dimension: string) =>
                                clientResult(this, () =>
                                  (dimension === "Values"
                                    ? s.values
                                    : (s.categories ?? "")
                                  ).replace(/^=/, "")
                                ),
                            },
                          })
                        )
                      ),
                  },
                })
              )
          ),
      },
      methods: {
        delete: () => this.op(() => wb.deleteSheet(get(id))),
        activate: () => this.op(() => (wb.activeSheetId = get(id))),
        getRange: (address?: string) =>
          this.range(id, () => {
            if (address === undefined)
              return { start: { row: 0, col: 0 }, end: { row: 1_048_575, col: 16_383 } };
            const columns = /^([A-Z]{1,3}):([A-Z]{1,3})$/.exec(address.replace(/\$/g, ""));
            if (columns) {
              const from = parseRange(`${columns[1]}1`)!.start.col;
              const to = parseRange(`${columns[2]}1`)!.start.col;
              return { start: { row: 0, col: from }, end: { row: 1_048_575, col: to } };
            }
            const range = parseRange(address.replace(/\$/g, ""));
            if (!range) throw new Error(`InvalidArgument: the mock reads no address ${address}`);
            return range;
          }),
        getRangeByIndexes: (row: number, col: number, rows: number, cols: number) =>
          this.range(id, {
            start: { row, col },
            end: { row: row + rows - 1, col: col + cols - 1 },
          }),
        getUsedRange: (valuesOnly = false) =>
          this.range(
            id,
            () => used(valuesOnly) ?? { start: { row: 0, col: 0 }, end: { row: 0, col: 0 } }
          ),
        getUsedRangeOrNullObject: (valuesOnly = false) =>
          this.nullableRange(id, () => used(valuesOnly)),
      },
      writes: {
        name: (v) => ({ apply: () => wb.renameSheet(get(id), String(v)), size: String(v).length }),
        visibility: (v) => ({
          apply: () => wb.setVisibility(get(id), v as "Visible" | "Hidden"),
          size: 0,
        }),
      },
    });
  }

  /** Worksheet.pageLayout (ExcelApi 1.9): the page setup, strict where Excel is (mockSheetLook). */
  private pageLayout(sheet: () => XSheet): Proxy {
    const layout = () => sheet().layout;
    const set = (apply: (v: unknown) => void) => (v: unknown) => ({
      apply: () => apply(v),
      size: JSON.stringify(v ?? null).length,
    });
    const margin = (name: string) =>
      set((v) => {
        if (typeof v !== "number" || v < 0) throw new Error(`InvalidArgument: ${name}`);
        layout().margins[name] = v;
      });
    const footers = (["leftFooter", "centerFooter", "rightFooter"] as const).map((section) => [
      section,
      set((v) => setFooter(layout(), section, v)),
    ]);
    return this.object({
      props: {
        orientation: () => layout().orientation ?? "Portrait",
        paperSize: () => layout().paperSize ?? "Letter",
        zoom: () => layout().zoom ?? { scale: 100 },
      },
      nav: {
        headersFooters: () =>
          this.object({
            nav: {
              defaultForAllPages: () =>
                this.object({
                  props: {
                    leftFooter: () => layout().footer.leftFooter,
                    centerFooter: () => layout().footer.centerFooter,
                    rightFooter: () => layout().footer.rightFooter,
                  },
                  writes: Object.fromEntries(footers),
                }),
            },
          }),
      },
      methods: {
        setPrintTitleRows: (rows: unknown) => this.op(() => setPrintTitleRows(layout(), rows)),
      },
      writes: {
        orientation: set((v) => {
          if (v !== "Portrait" && v !== "Landscape")
            throw new Error("InvalidArgument: orientation");
          layout().orientation = v;
        }),
        paperSize: set((v) => {
          if (typeof v !== "string") throw new Error("InvalidArgument: paperSize");
          layout().paperSize = v;
        }),
        zoom: set((v) => setZoom(layout(), v)),
        ...Object.fromEntries(
          [
            "leftMargin",
            "rightMargin",
            "topMargin",
            "bottomMargin",
            "headerMargin",
            "footerMargin",
          ].map((name) => [name, margin(name)])
        ),
      },
    });
  }

  private names(sheetId: (() => number) | undefined): Proxy {
    const wb = this.wb;
    const scoped = () =>
      wb.names.filter((n) => (sheetId ? n.sheetId === sheetId() : n.sheetId === undefined));
    return this.collection(
      () =>
        scoped().map((n) =>
          this.object({
            props: {
              name: () => n.name,
              type: () => (/^=('[^']+'|[^!]+)![$A-Z0-9:]+$/.test(n.formula) ? "Range" : "String"),
              formula: () => n.formula,
              visible: () => n.visible,
            },
            methods: {
              getRange: () => {
                const at = parseSheetAddress(n.formula.replace(/^=/, "").replace(/\$/g, ""));
                return this.range(() => wb.sheet(at!.sheet!).id, at!.range);
              },
              getRangeOrNullObject: () =>
                this.nullableRange(
                  () =>
                    wb.sheet(
                      parseSheetAddress(n.formula.replace(/^=/, "").replace(/\$/g, ""))?.sheet ?? ""
                    ).id,
                  () => parseSheetAddress(n.formula.replace(/^=/, "").replace(/\$/g, ""))?.range
                ),
            },
          })
        ),
      {}
    );
  }

  private customXmlParts(): Proxy {
    const wb = this.wb;
    const part = (p: { id: string; namespace: string; xml: string }) =>
      this.object({
        props: { id: () => p.id, namespaceUri: () => p.namespace },
        methods: {
          // Excel hands the part back in its own spelling: with a declaration, empty elements opened.
          getXml: () =>
            clientResult(
              this,
              () =>
                `<?xml version="1.0" encoding="utf-8"?>\n${p.xml
                  .replace(/^<\?xml[^>]*\?>\s*/, "")
                  .replace(/<([\w:]+)([^<>]*?)\s*\/>/g, "<$1$2></$1>")}`
            ),
          setXml: (xml: string) => this.op(() => (p.xml = xml), Buffer.byteLength(xml, "utf8")),
          delete: () => this.op(() => (wb.parts = wb.parts.filter((x) => x !== p))),
        },
      });
    return this.object({
      methods: {
        getByNamespace: (ns: string) =>
          this.collection(() => wb.parts.filter((p) => p.namespace === ns).map(part)),
        add: (xml: string) => {
          if (/^<\?xml/.test(xml))
            throw new Error(
              "InvalidArgument: the mock takes a custom XML part without declaration"
            );
          const item = {
            id: `part${wb.newId()}`,
            namespace: /xmlns(?::\w+)?="([^"]+)"/.exec(xml)?.[1] ?? "",
            xml,
          };
          this.op(() => wb.parts.push(item), Buffer.byteLength(xml, "utf8"));
          return part(item);
        },
      },
    });
  }

  private tables(list: () => XTable[], sheetId: () => number | undefined): Proxy {
    const wb = this.wb;
    return this.collection(() => list().map((t) => this.table(t.id)), {
      add: (range: Proxy, hasHeaders: boolean) => {
        const at = this.ranges.get(range);
        if (!at || !hasHeaders) throw new Error("the mock adds tables from a range with headers");
        const id = wb.newId();
        this.op(() => wb.addTable(id, sheetId() ?? get(at.sheetId), get(at.ref)));
        return this.table(id);
      },
      getItem: (name: string) => this.table(() => wb.table(name).id),
    });
  }

  private table(id: Lazy<number>): Proxy {
    const wb = this.wb;
    const find = () => wb.tables.find((t) => t.id === get(id)) ?? wb.table(`#${get(id)}`);
    return this.object({
      props: {
        name: () => find().name,
        id: () => String(get(id)),
        showTotals: () => find().showTotals,
      },
      nav: {
        worksheet: () => this.worksheet(() => find().sheetId),
        autoFilter: () => this.object({ props: { isDataFiltered: () => find().filtered } }),
        columns: () =>
          this.collection(() => find().columns.map((c, k) => this.tableColumn(find, () => k, c)), {
            getItemAt: (index: number) => this.tableColumn(find, () => index),
            add: (index: number | null, values: unknown, name: string) => {
              if (values !== null && values !== undefined)
                throw new Error("the mock adds empty columns");
              this.op(
                () => wb.addTableColumn(find(), index ?? find().columns.length, name),
                name.length
              );
              return this.object({});
            },
          }),
      },
      methods: {
        getRange: () =>
          this.range(
            () => find().sheetId,
            () => find().ref
          ),
        getHeaderRowRange: () =>
          this.range(
            () => find().sheetId,
            () => ({
              start: find().ref.start,
              end: { row: find().ref.start.row, col: find().ref.end.col },
            })
          ),
        getTotalRowRange: () =>
          this.range(
            () => find().sheetId,
            () => ({
              start: { row: find().ref.end.row, col: find().ref.start.col },
              end: find().ref.end,
            })
          ),
        resize: (to: Proxy | string) => {
          const ref = () =>
            typeof to === "string"
              ? (parseSheetAddress(to)!.range as RangeRef)
              : get(this.ranges.get(to)!.ref);
          this.op(() => wb.resizeTable(find(), ref()));
        },
      },
      writes: {
        name: (v) => ({ apply: () => wb.renameTable(find(), String(v)), size: String(v).length }),
        showTotals: (v) => ({ apply: () => wb.setShowTotals(find(), v === true), size: 0 }),
      },
    });
  }

  private tableColumn(table: () => XTable, index: () => number, name?: string): Proxy {
    return this.object({
      props: { name: () => table().columns[index()] ?? name, index: () => index() },
      methods: { delete: () => this.op(() => this.wb.deleteTableColumn(table(), index())) },
      writes: {
        name: (v) => ({
          apply: () => this.wb.renameTableColumn(table(), index(), String(v)),
          size: String(v).length,
        }),
      },
    });
  }

  private readonly ranges = new WeakMap<object, { sheetId: Lazy<number>; ref: Lazy<RangeRef> }>();

  private nullableRange(sheetId: Lazy<number>, ref: () => RangeRef | undefined): Proxy {
    const wb = this.wb;
    const real = () => {
      const r = ref();
      return r ? this.range(sheetId, r) : undefined;
    };
    const self = this.object({
      props: {
        isNullObject: () => ref() === undefined,
        address: () => {
          const r = ref();
          return r ? `${quoteSheet(wb.sheetById(get(sheetId)).name)}!${formatRange(r)}` : "";
        },
      },
      methods: {
        getSpecialCellsOrNullObject: (kind: string) =>
          real()?.getSpecialCellsOrNullObject(kind) ?? this.rangeAreas(sheetId, () => []),
        getMergedAreasOrNullObject: () =>
          this.rangeAreas(sheetId, () => {
            const r = ref();
            return r ? wb.sheetById(get(sheetId)).merged.filter((m) => rangesOverlap(m, r)) : [];
          }),
        getCell: (r: number, c: number) => real()!.getCell(r, c),
      },
      nav: {
        conditionalFormats: () => real()?.conditionalFormats ?? this.collection(() => []),
      },
    });
    this.ranges.set(self, { sheetId, ref: () => ref()! });
    return self;
  }

  private rangeAreas(sheetId: Lazy<number>, areas: () => RangeRef[]): Proxy {
    const wb = this.wb;
    const name = () => quoteSheet(wb.sheetById(get(sheetId)).name);
    return this.object({
      props: {
        isNullObject: () => areas().length === 0,
        address: () =>
          areas()
            .map((a) => `${name()}!${formatRange(a)}`)
            .join(","),
        areaCount: () => areas().length,
        cellCount: () =>
          areas().reduce(
            (n, a) => n + (a.end.row - a.start.row + 1) * (a.end.col - a.start.col + 1),
            0
          ),
      },
      nav: { areas: () => this.collection(() => areas().map((a) => this.range(sheetId, a))) },
    });
  }

  private range(sheetId: Lazy<number>, ref: Lazy<RangeRef>): Proxy {
    const wb = this.wb;
    const sheet = (): XSheet => wb.sheetById(get(sheetId));
    const at = () => get(ref);
    const grid = <T>(f: (s: XSheet, r: number, c: number) => T): T[][] => {
      const a = at();
      const s = sheet();
      return Array.from({ length: a.end.row - a.start.row + 1 }, (_, r) =>
        Array.from({ length: a.end.col - a.start.col + 1 }, (_, c) =>
          f(s, a.start.row + r, a.start.col + c)
        )
      );
    };
    const shown = (s: XSheet, r: number, c: number) => {
      const v = wb.valueOf(s, r, c);
      return v === null ? "" : typeof v === "object" ? v.error : v;
    };
    const bound = (rows: unknown) => Buffer.byteLength(JSON.stringify(rows) ?? "", "utf8");
    const write = (apply: (v: unknown[][]) => void) => (v: unknown) => ({
      apply: () => apply(v as unknown[][]),
      size: bound(v),
    });
    const proxy = this.object({
      props: {
        address: () => `${quoteSheet(sheet().name)}!${formatRange(at())}`,
        values: () => grid(shown),
        valueTypes: () =>
          grid((s, r, c) => {
            const v = wb.valueOf(s, r, c);
            return v === null
              ? "Empty"
              : typeof v === "object"
                ? "Error"
                : typeof v === "number"
                  ? "Double"
                  : typeof v === "boolean"
                    ? "Boolean"
                    : "String";
          }),
        numberFormat: () => grid((s, r, c) => wb.cell(s, r, c).format),
        formulas: () => grid((s, r, c) => wb.cell(s, r, c).formula ?? shown(s, r, c)),
        cellCount: () => (at().end.row - at().start.row + 1) * (at().end.col - at().start.col + 1),
        rowCount: () => at().end.row - at().start.row + 1,
        isNullObject: () => false,
      },
      nav: {
        worksheet: () => this.worksheet(sheetId),
        format: () =>
          this.object({
            methods: {
              autofitColumns: () => this.op(() => undefined),
              autofitRows: () => this.op(() => undefined),
            },
            writes: Object.fromEntries(
              (
                [
                  "wrapText",
                  "horizontalAlignment",
                  "verticalAlignment",
                  "rowHeight",
                  "columnWidth",
                ] as const
              ).map((name) => [
                name,
                (v: unknown) => ({
                  apply: () => wb.formatCells(get(sheetId), at(), name, v),
                  size: 16,
                }),
              ])
            ),
          }),
        dataValidation: () =>
          this.object({
            props: {
              rule: () => {
                const rule = wb.rules.find(
                  (x) =>
                    x.kind === "validation" &&
                    x.sheetId === get(sheetId) &&
                    rangesOverlap(x.range, at())
                );
                return rule ? { custom: { formula: rule.formula } } : {};
              },
            },
          }),
        conditionalFormats: () =>
          this.collection(() =>
            wb.rules
              .filter(
                (x) =>
                  x.kind === "format" && x.sheetId === get(sheetId) && rangesOverlap(x.range, at())
              )
              .map((rule) =>
                this.object({
                  props: { type: () => "Custom" },
                  nav: {
                    customOrNullObject: () =>
                      this.object({
                        props: { isNullObject: () => false },
                        nav: {
                          rule: () => this.object({ props: { formula: () => rule.formula } }),
                        },
                      }),
                    cellValueOrNullObject: () =>
                      this.object({
                        props: { isNullObject: () => true },
                        nav: {
                          rule: () =>
                            this.object({ props: { formula1: () => null, formula2: () => null } }),
                        },
                      }),
                  },
                  methods: { getRange: () => this.range(sheetId, rule.range) },
                })
              )
          ),
      },
      methods: {
        getCell: (row: number, col: number) =>
          this.range(sheetId, () => ({
            start: { row: at().start.row + row, col: at().start.col + col },
            end: { row: at().start.row + row, col: at().start.col + col },
          })),
        getRowsBelow: (count = 1) =>
          this.range(sheetId, () =>
            onSheet({
              start: { row: at().end.row + 1, col: at().start.col },
              end: { row: at().end.row + count, col: at().end.col },
            })
          ),
        getColumnsAfter: (count = 1) =>
          this.range(sheetId, () =>
            onSheet({
              start: { row: at().start.row, col: at().end.col + 1 },
              end: { row: at().end.row, col: at().end.col + count },
            })
          ),
        getResizedRange: (rows: number, cols: number) =>
          this.range(sheetId, () =>
            onSheet({
              start: at().start,
              end: { row: at().end.row + rows, col: at().end.col + cols },
            })
          ),
        getBoundingRect: (other: Proxy) =>
          this.range(sheetId, () => {
            const b = get(this.ranges.get(other)!.ref);
            const a = at();
            return {
              start: {
                row: Math.min(a.start.row, b.start.row),
                col: Math.min(a.start.col, b.start.col),
              },
              end: { row: Math.max(a.end.row, b.end.row), col: Math.max(a.end.col, b.end.col) },
            };
          }),
        getMergedAreasOrNullObject: () => {
          const merged = () => sheet().merged.filter((m) => rangesOverlap(m, at()));
          return this.object({
            props: {
              isNullObject: () => merged().length === 0,
              address: () =>
                merged()
                  .map((m) => `${quoteSheet(sheet().name)}!${formatRange(m)}`)
                  .join(", "),
            },
          });
        },
        getRowProperties: () =>
          clientResult(this, () =>
            Array.from({ length: at().end.row - at().start.row + 1 }, (_, r) => ({
              rowIndex: at().start.row + r,
              rowHidden: sheet().hidden.has(at().start.row + r),
            }))
          ),
        getSpecialCellsOrNullObject: (kind: string) => {
          if (kind !== "Formulas" && kind !== "Constants" && kind !== "DataValidations")
            throw new Error(`the mock has no special cells ${kind}`);
          return this.rangeAreas(sheetId, () =>
            kind === "DataValidations"
              ? wb.rules
                  .filter(
                    (x) =>
                      x.kind === "validation" &&
                      x.sheetId === get(sheetId) &&
                      rangesOverlap(x.range, at())
                  )
                  .map((x) => x.range)
              : wb.specialCells(sheet(), at(), kind)
          );
        },
        clear: (applyTo?: string) => this.op(() => wb.clear(get(sheetId), at(), applyTo)),
        merge: (across = false) => this.op(() => wb.mergeCells(get(sheetId), at(), across)),
        unmerge: () => this.op(() => wb.unmergeCells(get(sheetId), at())),
        select: () =>
          this.op(() => {
            if (wb.activeSheetId !== get(sheetId))
              throw new Error("InvalidOperation: select() on a sheet that is not active");
          }),
      },
      writes: {
        values: write((v) => wb.setValues(get(sheetId), at(), v)),
        formulas: write((v) => wb.setValues(get(sheetId), at(), v, true)),
        numberFormat: write((v) => wb.setFormats(get(sheetId), at(), v)),
        hyperlink: (v) => ({
          apply: () => wb.linkCells(get(sheetId), at(), v),
          size: JSON.stringify(v).length,
        }),
      },
    });
    this.ranges.set(proxy, { sheetId, ref });
    return proxy;
  }
}
