import { OfficeWorkbook } from '../src/adapters/office/officeWorkbook';
import { refreshWorkbook } from '../src/app/refreshWorkbook';
import type { Cell } from '../src/ports/cell';
import type { OutputTable, RangeData, SourceRef, WorkbookPort } from '../src/ports/workbookPort';
import type { WorkbookSpec } from '../src/ports/workbookSpec';
import { ExcelMock } from '../test/adapters/office/excelMock';
import { MockWorkbook } from '../test/adapters/office/mockWorkbook';
import { figure, type Figure } from './figure';
import { syntheticAnnex } from './syntheticAnnex';

/** The port, counting the context.sync() calls each of its calls makes on the mock. */
class SyncCounter implements WorkbookPort {
  readonly reads: number[] = [];
  readonly writes: number[] = [];

  constructor(
    private readonly port: WorkbookPort,
    private readonly mock: ExcelMock,
  ) {}

  private async count<T>(into: number[], call: () => Promise<T>): Promise<T> {
    const before = this.mock.syncs;
    const result = await call();
    into.push(this.mock.syncs - before);
    return result;
  }

  read = (ref: SourceRef): Promise<RangeData | undefined> => this.count(this.reads, () => this.port.read(ref));
  readName = (name: string): Promise<Cell | undefined> => this.count(this.reads, () => this.port.readName(name));
  readSettings = (): Promise<string | undefined> => this.count(this.reads, () => this.port.readSettings());
  write = (outputs: ReadonlyArray<OutputTable>, settings: string): Promise<void> => this.count(this.writes, () => this.port.write(outputs, settings));
}

async function refreshSyncs(spec: WorkbookSpec): Promise<{ read: number; write: number; total: number }> {
  const mock = new ExcelMock(MockWorkbook.fromSpec(spec));
  const port = new SyncCounter(new OfficeWorkbook(mock.run), mock);
  const result = await refreshWorkbook(port, { runTime: '2025-01-31T09:00:00Z', toolVersion: 'bench' });
  if (!result.written) throw new Error(`refresh under the Office.js mock did not write: ${result.issues.map((i) => i.code).join(', ')}`);
  return { read: Math.max(...port.reads), write: Math.max(...port.writes), total: mock.syncs };
}

/**
 * Issue 6, figure 4: context.sync() calls of a whole refresh through the Office.js adapter
 * under office-addin-mock (the mock of test/adapters/office counts them), for 11 and for 342
 * municipalities in annexes that differ only in their rows (the same tables, names and
 * years): the most any one read takes, the write, and the whole refresh.
 */
export async function syncCallsBench(): Promise<Figure[]> {
  const small = await refreshSyncs(syntheticAnnex(11, 12, 1112));
  const large = await refreshSyncs(syntheticAnnex(342, 12, 34212));
  const constant = large.total === small.total;
  return [
    figure('syncs per read, 342 × 12 (baseline: 11 municipalities)', large.read, 'syncs', small.read, { max: 2 }),
    figure('syncs per write, 342 × 12 (baseline: 11 municipalities)', large.write, 'syncs', small.write, { max: 3 }),
    { ...figure('syncs per refresh, 342 × 12 (baseline: 11 municipalities)', large.total, 'syncs', small.total), goal: 'same as for 11', ok: constant },
  ];
}
