import { ExcelMock } from "../test/adapters/office/excelMock";
import { MockWorkbook } from "../test/adapters/office/mockWorkbook";
import { refreshSyncs, type RefreshSyncs } from "../test/adapters/office/refreshSyncs";
import { figure, type Figure } from "./figure";
import { syntheticAnnex } from "./syntheticAnnex";

/** Excel on the web refuses a request or a response over this many bytes. */
const EXCEL_WEB_LIMIT = 5_000_000;

/** A first refresh of a synthetic annex, then one that writes in place, through the mock of test/adapters/office. */
async function twoRefreshes(
  municipalities: number,
  years: number
): Promise<[RefreshSyncs, RefreshSyncs]> {
  const mock = new ExcelMock(
    MockWorkbook.fromSpec(syntheticAnnex(municipalities, years, municipalities * years))
  );
  return [await refreshSyncs(mock), await refreshSyncs(mock)];
}

/**
 * Issue 6, figure 4, and issue 9: context.sync() calls of a whole refresh through the Office.js
 * adapter under the Excel mock (which counts them and every byte each request and response
 * carries, custom XML included), for 11 and 342 municipalities in annexes that differ only in
 * their rows, a first refresh and one in place; and the largest request and response for 11,
 * 342 and 342 × 48 outputs against Excel on the web's 5 MB.
 */
export async function syncCallsBench(): Promise<Figure[]> {
  const [smallFirst, small] = await twoRefreshes(11, 12);
  const [largeFirst, large] = await twoRefreshes(342, 12);
  const [, wide] = await twoRefreshes(342, 48);
  const [, tiny] = await twoRefreshes(11, 2);
  const bytes = (name: string, r: RefreshSyncs, key: "largestRequest" | "largestResponse") =>
    figure(name, r[key], "bytes", EXCEL_WEB_LIMIT, { max: EXCEL_WEB_LIMIT });
  return [
    figure(
      "read syncs per refresh, 342 × 12 (baseline: 11 municipalities)",
      large.read,
      "syncs",
      small.read,
      { max: 2 }
    ),
    figure(
      "write syncs, first refresh, 342 × 12 (baseline: 11)",
      largeFirst.write,
      "syncs",
      smallFirst.write,
      { max: 4, maxRatio: 1 }
    ),
    figure(
      "write syncs, refresh in place, 342 × 12 (baseline: 11)",
      large.write,
      "syncs",
      small.write,
      { max: 5, maxRatio: 1 }
    ),
    figure(
      "syncs per refresh in place, 342 × 12 (baseline: 11)",
      large.total,
      "syncs",
      small.total,
      { max: 7, maxRatio: 1 }
    ),
    bytes(
      "largest request, refresh in place, 11 × 2 (baseline: the 5 MB limit)",
      tiny,
      "largestRequest"
    ),
    bytes("largest response, refresh in place, 11 × 2", tiny, "largestResponse"),
    bytes("largest request, refresh in place, 342 × 12", large, "largestRequest"),
    bytes("largest response, refresh in place, 342 × 12", large, "largestResponse"),
    bytes("largest request, refresh in place, 342 × 48", wide, "largestRequest"),
    bytes("largest response, refresh in place, 342 × 48", wide, "largestResponse"),
  ];
}
