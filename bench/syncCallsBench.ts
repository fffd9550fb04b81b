import { ExcelMock } from "../test/adapters/office/excelMock";
import { MockWorkbook } from "../test/adapters/office/mockWorkbook";
import { refreshSyncs } from "../test/adapters/office/refreshSyncs";
import { figure, type Figure } from "./figure";
import { syntheticAnnex } from "./syntheticAnnex";

/**
 * Issue 6, figure 4: context.sync() calls of a whole refresh through the Office.js adapter
 * under office-addin-mock (the mock of test/adapters/office counts them), for 11 and for 342
 * municipalities in annexes that differ only in their rows (the same tables, names and
 * years): every read of the refresh, the write, and the two together.
 */
export async function syncCallsBench(): Promise<Figure[]> {
  const small = await refreshSyncs(
    new ExcelMock(MockWorkbook.fromSpec(syntheticAnnex(11, 12, 1112)))
  );
  const large = await refreshSyncs(
    new ExcelMock(MockWorkbook.fromSpec(syntheticAnnex(342, 12, 34212)))
  );
  return [
    figure(
      "read syncs per refresh, 342 × 12 (baseline: 11 municipalities)",
      large.read,
      "syncs",
      small.read,
      { max: 2 }
    ),
    figure(
      "write syncs per refresh, 342 × 12 (baseline: 11 municipalities)",
      large.write,
      "syncs",
      small.write,
      { max: 3 }
    ),
    figure(
      "syncs per refresh, 342 × 12 (baseline: 11 municipalities)",
      large.total,
      "syncs",
      small.total,
      { max: 5, maxRatio: 1 }
    ),
  ];
}
