import { OfficeWorkbook } from "../../../src/adapters/office/officeWorkbook";
import { refreshWorkbook, type RefreshResult } from "../../../src/app/refreshWorkbook";
import type { OutputTable } from "../../../src/ports/workbookPort";
import type { ExcelMock } from "./excelMock";

export interface RefreshSyncs {
  /** Syncs before the write: every read of the refresh. */
  readonly read: number;
  readonly write: number;
  readonly total: number;
  /** The largest request and response of the refresh, in bytes. */
  readonly largestRequest: number;
  readonly largestResponse: number;
  readonly result: RefreshResult;
}

/** The context.sync() calls of one whole refresh (refreshWorkbook) through the Office.js adapter on `mock`'s workbook. */
export async function refreshSyncs(mock: ExcelMock): Promise<RefreshSyncs> {
  const start = mock.syncs;
  const sizes = mock.requests.length;
  let beforeWrite: number | undefined;
  class Counted extends OfficeWorkbook {
    override write(outputs: ReadonlyArray<OutputTable>, settings: string): Promise<void> {
      beforeWrite = mock.syncs;
      return super.write(outputs, settings);
    }
  }
  const result = await refreshWorkbook(new Counted(mock.run), {
    runTime: "2025-01-31T09:00:00Z",
    toolVersion: "test",
  });
  if (beforeWrite === undefined || !result.written)
    throw new Error(`the refresh did not write: ${result.issues.map((i) => i.code).join(", ")}`);
  return {
    read: beforeWrite - start,
    write: mock.syncs - beforeWrite,
    total: mock.syncs - start,
    largestRequest: Math.max(...mock.requests.slice(sizes)),
    largestResponse: Math.max(...mock.responses.slice(sizes)),
    result,
  };
}
