import { formatRange } from "../../ports/a1";
import type { LaidOutTable } from "../../ports/outputLayout";
import { filterRange, tableColumnsXml } from "./partXml";
import { escapeXml } from "./xmlEscape";
import {
  applySplices,
  prefixOf,
  setAttributeSplice,
  startTagAttributes,
  xmlOutline,
  type Splice,
} from "./xmlOutline";

/**
 * An owned table part rewritten in place: the same part, id and name (or the new name `rename`,
 * when the workbook's language changes, every reference rewritten with it), so every structured
 * reference keeps pointing at it. Its range, totals row and filter range follow the new layout;
 * its columns are the new headers, a column that stays keeping its id (what slicers and queries
 * hold on to), a new one taking the next free id. A sort state is dropped (the rows are the
 * tool's order); the style and anything else the table part holds stay.
 */
export function patchOwnedTable(
  xml: string,
  laid: LaidOutTable,
  keptId: (header: string) => number | undefined,
  rename?: string
): string {
  const root = xmlOutline(xml, 1);
  const p = prefixOf(root);
  const header = laid.cells[laid.ref.start.row]!.slice(laid.ref.start.col);
  const headers = header.map((c) => (c.t === "s" ? c.v : ""));
  const totals = laid.totalsRow
    ? laid.cells[laid.ref.end.row]!.slice(laid.ref.start.col)
    : undefined;
  let next = Math.max(0, ...headers.map((h) => keptId(h) ?? 0));
  const ids = headers.map((h) => keptId(h) ?? ++next);
  const splices: Splice[] = [];
  const set = (name: string, value: string) => {
    const splice = setAttributeSplice(xml, root, name, value);
    if (splice) splices.push(splice);
  };
  set("ref", formatRange(laid.ref));
  if (rename) {
    set("name", escapeXml(rename));
    set("displayName", escapeXml(rename));
  }
  const attributes = startTagAttributes(xml, root);
  if (totals) set("totalsRowCount", "1");
  else if (attributes.has("totalsRowCount")) set("totalsRowCount", "0");
  for (const element of root.children) {
    const replace = (insert: string) =>
      splices.push({ at: element.start, remove: element.end - element.start, insert });
    if (element.local === "autoFilter") {
      const ref = startTagAttributes(xml, element).get("ref");
      if (ref)
        splices.push({
          at: ref.start,
          remove: ref.end - ref.start,
          insert: formatRange(filterRange(laid.ref, laid.totalsRow)),
        });
    } else if (element.local === "sortState") replace("");
    else if (element.local === "tableColumns")
      replace(
        tableColumnsXml(
          headers,
          totals?.map((c) => (c.t === "s" ? c.v : undefined)),
          ids,
          p
        )
      );
  }
  return applySplices(xml, splices);
}
