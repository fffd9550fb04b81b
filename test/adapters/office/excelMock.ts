import { OfficeMockObject } from "office-addin-mock";
import { isValidError } from "office-addin-mock/lib/possibleErrors";
import type { ExcelRun } from "../../../src/adapters/office/officeWorkbook";
import {
  formatRange,
  parseRange,
  quoteSheet,
  rangesOverlap,
  type RangeRef,
} from "../../../src/ports/a1";
import type { MockWorkbook, XSheet, XTable } from "./mockWorkbook";

/** Excel on the web refuses a request larger than this. */
export const EXCEL_WEB_REQUEST_LIMIT = 5_000_000;

interface Op {
  readonly apply: () => void;
  /** Characters of values and formats the operation sends. */
  readonly size: number;
}

type Lazy<T> = T | (() => T);
const get = <T>(x: Lazy<T>): T => (typeof x === "function" ? (x as () => T)() : x);
type Proxy = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/**
 * Excel.run over a MockWorkbook, built on office-addin-mock: every proxy is an
 * OfficeMockObject, so a property reads only after load() and sync() (reading it earlier
 * throws here, as Office.js does). Writes and methods that change the workbook are queued and
 * applied at sync, in order, as one request: a failure part-way leaves the earlier operations
 * applied, as in Excel. It counts syncs and the size of each request, and can fail on purpose.
 * Proxies snapshot the workbook when created; the adapter never reads back in the batch that writes.
 */
export class ExcelMock {
  /** Syncs of every run so far. */
  syncs = 0;
  /** Per sync of every run: characters of values and formats sent. */
  readonly requests: number[] = [];
  /** Per sync of the last run: how many operations it applied or tried. */
  opsPerSync: number[] = [];
  /** Syncs during which screen updating was suspended. */
  screenHeld = 0;
  /** Make operation `op` of sync `sync` (1-based, within the next run) fail. */
  failAt?: { sync: number; op: number };

  constructor(readonly workbook: MockWorkbook) {}

  readonly run: ExcelRun = async (batch) => {
    this.opsPerSync = [];
    const context = new MockContext(this);
    const result = await batch(context as unknown as Excel.RequestContext);
    if (context.pending) await context.sync(); // Excel.run syncs what is still queued
    return result;
  };
}

class MockContext {
  private queue: Op[] = [];
  /** Workbook.use1904DateSystem: asked for by load(), readable after the next sync. */
  private date1904: "unloaded" | "queued" | "loaded" = "unloaded";
  private readonly objects: OfficeMockObject[] = [];
  private readonly ranges = new WeakMap<object, { sheetId: Lazy<number>; ref: Lazy<RangeRef> }>();
  private syncsInRun = 0;

  constructor(private readonly mock: ExcelMock) {}

  get pending(): boolean {
    return this.queue.length > 0;
  }

  private get wb(): MockWorkbook {
    return this.mock.workbook;
  }

  async sync(): Promise<void> {
    this.mock.syncs++;
    this.syncsInRun++;
    const ops = this.queue;
    this.queue = [];
    const size = ops.reduce((s, o) => s + o.size, 0);
    this.mock.requests.push(size);
    this.mock.opsPerSync.push(ops.length);
    if (size > EXCEL_WEB_REQUEST_LIMIT) throw new Error("RequestPayloadSizeLimitExceeded");
    const fail = this.mock.failAt;
    ops.forEach((op, i) => {
      if (fail && fail.sync === this.syncsInRun && fail.op === i) {
        this.mock.failAt = undefined;
        throw new Error("injected failure");
      }
      op.apply();
    });
    await Promise.all(this.objects.map((o) => o.sync()));
    if (this.date1904 === "queued") this.date1904 = "loaded";
  }

  get workbook(): Proxy {
    const read1904 = (): boolean => {
      if (this.date1904 !== "loaded") throw new Error("PropertyNotLoaded: use1904DateSystem");
      return this.wb.date1904;
    };
    return {
      // Only use1904DateSystem loads on the workbook itself; it reads after load() and a sync.
      load: (props: string) => {
        if (props !== "use1904DateSystem") throw new Error(`the mock does not load ${props}`);
        if (this.date1904 === "unloaded") this.date1904 = "queued";
      },
      get use1904DateSystem(): boolean {
        return read1904();
      },
      worksheets: this.worksheets(),
      tables: this.tables(this.wb.tables, () => undefined),
      names: this.collection(
        this.wb.names.map((n) =>
          this.make({
            name: n.name,
            type: "Range",
            getRange: () => this.range(this.wb.sheet(n.sheet).id, n.range),
          })
        )
      ),
      customXmlParts: {
        getByNamespace: (ns: string) =>
          this.collection(this.wb.parts.filter((p) => p.namespace === ns).map((p) => this.part(p))),
        add: (xml: string) =>
          this.enqueue(() =>
            this.wb.parts.push({
              id: `part${this.wb.newId()}`,
              namespace: /xmlns="([^"]+)"/.exec(xml)?.[1] ?? "",
              xml,
            })
          ),
      },
      protection: this.make({ protected: this.wb.structureProtected }),
      getSelectedRange: () => {
        const selection = this.wb.selection;
        if (!selection) throw new Error("no selection");
        return this.range(this.wb.sheet(selection.sheet).id, selection.range);
      },
    };
  }

  get application(): Proxy {
    return this.make(
      {
        calculationMode: this.wb.calculationMode,
        suspendScreenUpdatingUntilNextSync: () => this.enqueue(() => this.mock.screenHeld++),
      },
      { calculationMode: (v) => ({ apply: () => (this.wb.calculationMode = String(v)), size: 0 }) }
    );
  }

  private enqueue(apply: () => void, size = 0): void {
    this.queue.push({ apply, size });
  }

  /** An OfficeMockObject behind a guard: unloaded reads throw, writable properties queue, `extras` add navigation. */
  private make(
    data: Record<string, unknown>,
    writes: Record<string, (v: unknown) => Op> = {},
    extras: Record<string, () => unknown> = {},
    items?: Proxy[]
  ): Proxy {
    const target = new OfficeMockObject(items ? { ...data, items } : data);
    this.objects.push(target);
    const guard: Proxy = new Proxy(target, {
      get: (t, prop) => {
        if (prop === "load")
          return (props?: string | string[]) => {
            if (!items) t.load(props ?? "*");
            else {
              t.load("items");
              const paths = (Array.isArray(props) ? props : String(props ?? "").split(","))
                .map((p) => p.trim().replace(/^items\/?/, ""))
                .filter(Boolean);
              for (const item of items) if (paths.length > 0) item.load(paths);
            }
            return guard;
          };
        if (typeof prop === "string" && prop in extras) return extras[prop]!();
        const value = Reflect.get(t, prop);
        if (typeof value === "string" && isValidError(value))
          throw new Error(`PropertyNotLoaded: ${String(prop)}`);
        return value;
      },
      set: (_t, prop, value) => {
        const write = writes[String(prop)];
        if (!write) throw new Error(`the mock does not write ${String(prop)}`);
        this.queue.push(write(value));
        return true;
      },
    });
    return guard;
  }

  private collection(items: Proxy[], methods: Record<string, unknown> = {}): Proxy {
    return this.make(methods, {}, {}, items);
  }

  private clientResult(value: unknown): Proxy {
    return this.make({ value }).load("value");
  }

  private nullable(x: Proxy | undefined): Proxy {
    return (x ?? this.make({ isNullObject: true, address: "" })).load("isNullObject");
  }

  private worksheets(): Proxy {
    return this.collection(
      this.wb.sheets.map((s) => this.worksheet(s.id)),
      {
        add: (name: string) => {
          const id = this.wb.newId();
          this.enqueue(() => this.wb.addSheet(name, id));
          return this.worksheet(id, name);
        },
        getItem: (name: string) => this.worksheet(() => this.wb.sheet(name).id, name),
      }
    );
  }

  private worksheet(id: Lazy<number>, name?: string): Proxy {
    const sheet = this.existing(() => this.wb.sheetById(get(id)));
    const used = (valuesOnly: boolean) =>
      sheet ? this.wb.usedRange(sheet, valuesOnly) : undefined;
    return this.make(
      {
        name: sheet?.name ?? name ?? "",
        visibility: sheet?.visibility ?? "Visible",
        protection: { protected: sheet?.protected ?? false },
        autoFilter: { isDataFiltered: sheet?.filtered ?? false },
        isNullObject: false,
        delete: () => this.enqueue(() => this.wb.deleteSheet(get(id))),
        getRange: (address: string) => this.range(id, parseRange(address) as RangeRef),
        getRangeByIndexes: (row: number, col: number, rows: number, cols: number) =>
          this.range(id, {
            start: { row, col },
            end: { row: row + rows - 1, col: col + cols - 1 },
          }),
        getUsedRange: (valuesOnly = false) =>
          this.range(
            id,
            used(valuesOnly) ?? { start: { row: 0, col: 0 }, end: { row: 0, col: 0 } }
          ),
        getUsedRangeOrNullObject: (valuesOnly = false) => {
          const area = used(valuesOnly);
          return this.nullable(area && this.range(id, area));
        },
      },
      {
        name: (v) => ({ apply: () => this.wb.renameSheet(get(id), String(v)), size: 0 }),
        visibility: (v) => ({
          apply: () => this.wb.setVisibility(get(id), v as "Visible" | "Hidden"),
          size: 0,
        }),
      },
      {
        tables: () =>
          this.tables(
            this.wb.tables.filter((t) => sheet && t.sheetId === sheet.id),
            () => get(id)
          ),
      }
    );
  }

  private tables(list: XTable[], sheetId: () => number | undefined): Proxy {
    return this.collection(
      list.map((t) => this.table(t.id)),
      {
        add: (range: Proxy) => {
          const at = this.ranges.get(range);
          if (!at) throw new Error("tables.add needs a range");
          const id = this.wb.newId();
          this.enqueue(() => this.wb.addTable(id, sheetId() ?? get(at.sheetId), get(at.ref)));
          return this.table(id);
        },
        getItem: (name: string) => this.table(() => this.wb.table(name).id),
      }
    );
  }

  private table(id: Lazy<number>): Proxy {
    const find = () => this.wb.tables.find((t) => t.id === get(id)) ?? this.wb.table(`#${get(id)}`);
    const table = this.existing(find);
    return this.make(
      {
        name: table?.name ?? "",
        showTotals: table?.showTotals ?? false,
        worksheet: { name: table ? this.wb.sheetById(table.sheetId).name : "" },
        autoFilter: { isDataFiltered: table?.filtered ?? false },
        getRange: () =>
          this.range(
            () => find().sheetId,
            () => find().ref
          ),
        getTotalRowRange: () =>
          this.range(
            () => find().sheetId,
            () => ({
              start: { row: find().ref.end.row, col: find().ref.start.col },
              end: find().ref.end,
            })
          ),
      },
      {
        name: (v) => ({ apply: () => this.wb.renameTable(find(), String(v)), size: 0 }),
        showTotals: (v) => ({ apply: () => this.wb.setShowTotals(find(), v === true), size: 0 }),
      }
    );
  }

  private range(sheetId: Lazy<number>, ref: Lazy<RangeRef>): Proxy {
    const sheet = this.existing(() => this.wb.sheetById(get(sheetId)));
    const at = this.existing(() => get(ref));
    const grid = <T>(f: (s: XSheet, r: number, c: number) => T): T[][] =>
      sheet && at
        ? Array.from({ length: at.end.row - at.start.row + 1 }, (_, r) =>
            Array.from({ length: at.end.col - at.start.col + 1 }, (_, c) =>
              f(sheet, at.start.row + r, at.start.col + c)
            )
          )
        : [];
    const bound = (rows: unknown) => (JSON.stringify(rows) ?? "").length;
    const proxy = this.make(
      {
        address: sheet && at ? `${quoteSheet(sheet.name)}!${formatRange(at)}` : "",
        values: grid((s, r, c) => this.wb.cell(s, r, c).value),
        valueTypes: grid((s, r, c) => this.wb.cell(s, r, c).type),
        numberFormat: grid((s, r, c) => this.wb.cell(s, r, c).format),
        isNullObject: false,
        format: { autofitColumns: () => this.enqueue(() => undefined) },
        // Excel refuses a range beyond the sheet; the mock's sheets have no edge to cross.
        getRowsBelow: (count = 1) =>
          this.range(sheetId, () => {
            const a = get(ref);
            return {
              start: { row: a.end.row + 1, col: a.start.col },
              end: { row: a.end.row + count, col: a.end.col },
            };
          }),
        getColumnsAfter: (count = 1) =>
          this.range(sheetId, () => {
            const a = get(ref);
            return {
              start: { row: a.start.row, col: a.end.col + 1 },
              end: { row: a.end.row, col: a.end.col + count },
            };
          }),
        getResizedRange: (rows: number, cols: number) =>
          this.range(sheetId, () => {
            const a = get(ref);
            return {
              start: a.start,
              end: { row: a.end.row + rows, col: a.end.col + cols },
            };
          }),
        getCell: (row: number, col: number) =>
          this.range(sheetId, {
            start: { row: (at?.start.row ?? 0) + row, col: (at?.start.col ?? 0) + col },
            end: { row: (at?.start.row ?? 0) + row, col: (at?.start.col ?? 0) + col },
          }),
        getBoundingRect: (other: Proxy) => {
          const b = get(this.ranges.get(other)!.ref);
          const a = at as RangeRef;
          return this.range(sheetId, {
            start: {
              row: Math.min(a.start.row, b.start.row),
              col: Math.min(a.start.col, b.start.col),
            },
            end: { row: Math.max(a.end.row, b.end.row), col: Math.max(a.end.col, b.end.col) },
          });
        },
        getMergedAreasOrNullObject: () => {
          const merged = sheet && at ? sheet.merged.filter((m) => rangesOverlap(m, at)) : [];
          return this.nullable(
            merged.length > 0
              ? this.make({
                  isNullObject: false,
                  address: merged
                    .map((m) => `${quoteSheet(sheet!.name)}!${formatRange(m)}`)
                    .join(", "),
                })
              : undefined
          );
        },
        getRowProperties: () =>
          this.clientResult(
            at
              ? Array.from({ length: at.end.row - at.start.row + 1 }, (_, r) => ({
                  rowIndex: at.start.row + r,
                  rowHidden: sheet?.hidden.has(at.start.row + r) ?? false,
                }))
              : []
          ),
      },
      {
        values: (v) => ({
          apply: () => this.wb.setValues(get(sheetId), get(ref), v as unknown[][]),
          size: bound(v),
        }),
        numberFormat: (v) => ({
          apply: () => this.wb.setFormats(get(sheetId), get(ref), v as unknown[][]),
          size: bound(v),
        }),
      },
      { worksheet: () => this.worksheet(sheetId) }
    );
    this.ranges.set(proxy, { sheetId, ref });
    return proxy;
  }

  private part(p: { id: string; xml: string }): Proxy {
    return this.make({
      id: p.id,
      getXml: () => this.clientResult(p.xml),
      setXml: (xml: string) => this.enqueue(() => (p.xml = xml)),
    });
  }

  /** The value when it can be found now; undefined for what a queued operation has yet to make. */
  private existing<T>(find: () => T): T | undefined {
    try {
      return find();
    } catch {
      return undefined;
    }
  }
}
