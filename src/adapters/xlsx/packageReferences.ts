import { issue, type Issue } from "../../engine/issue";
import { parseA1, parseRange, quoteSheet } from "../../ports/a1";
import { formulaRefs } from "../../ports/formulaRefs";
import {
  editFormula,
  editsNothing,
  reaches,
  type FormulaEdit,
  type Removal,
} from "../../ports/referenceEdits";
import type { OpcPackage } from "./opcPackage";
import { REL_TYPE } from "./opcNames";
import { attributeSpans, decodeEntities, localName, scanXml, tagAttributes } from "./scanXml";
import type { WorkbookIndex } from "./workbookIndex";
import { editWorksheet, worksheetSites } from "./worksheetFormulas";
import { escapeXml } from "./xmlEscape";
import { applySplices, startTagAttributes, xmlOutline, type Splice } from "./xmlOutline";

/** What a scan or rewrite leaves to the owned sheets' own handling. */
export interface Scope {
  /** Owned sheets that go: nothing on them refers to anything afterwards. */
  readonly retired: ReadonlyArray<string>;
  /** Owned sheets rewritten in place: the cells the tool overwrites there, whose formulas do not count. */
  readonly overwritten: ReadonlyMap<string, (row: number, col: number) => boolean>;
}

const lower = (s: string): string => s.toLowerCase();

/** The text of every element named `f` (c:f, cx:f, c15:f…) in a chart part, with where it sits. */
function chartFormulas(xml: string): Array<{ start: number; end: number; formula: string }> {
  const found: Array<{ start: number; end: number; formula: string }> = [];
  let open: number | undefined;
  scanXml(xml, {
    open: (name, _tag, _start, end, selfClosing) => {
      open = localName(name) === "f" && !selfClosing ? end : undefined;
    },
    close: (name, start) => {
      if (localName(name) === "f" && open !== undefined)
        found.push({ start: open, end: start, formula: decodeEntities(xml.slice(open, start)) });
      open = undefined;
    },
  });
  return found;
}

/** Each chart part with the sheet it stands on and its name there ("Grafiek 1"). */
function charts(
  pkg: OpcPackage,
  index: WorkbookIndex
): Array<{ part: string; sheet: string; name: string }> {
  const sheetParts = [
    ...index.sheets.filter((s) => s.part).map((s) => ({ sheet: s.name, part: s.part! })),
    ...index.sheets
      .filter((s) => !s.part)
      .flatMap((s) => {
        const rel = pkg
          .relationships(index.part)
          .find((r) => r.id === s.rId && r.type === REL_TYPE.chartsheet);
        return rel && pkg.has(rel.target)
          ? [{ sheet: s.name, part: pkg.storedName(rel.target)! }]
          : [];
      }),
  ];
  return sheetParts.flatMap(({ sheet, part }) =>
    pkg
      .relationships(part)
      .filter((r) => r.type === REL_TYPE.drawing && !r.external && pkg.has(r.target))
      .flatMap((drawingRel) => {
        const drawing = pkg.storedName(drawingRel.target)!;
        const xml = pkg.text(drawing)!.text;
        const rels = pkg.relationships(drawing);
        // Each graphic frame: its cNvPr name, then the r:id of the chart it shows.
        const found: Array<{ part: string; sheet: string; name: string }> = [];
        let name = "";
        scanXml(xml, {
          open: (tagName, tag) => {
            const local = localName(tagName);
            if (local === "cNvPr") name = tagAttributes(tag).get("name") ?? name;
            if (local === "chart") {
              const rel = rels.find((r) => r.id === tagAttributes(tag).get("id"));
              if (rel && !rel.external && pkg.has(rel.target))
                found.push({ part: pkg.storedName(rel.target)!, sheet, name: name || rel.target });
            }
          },
        });
        return found;
      })
  );
}

/** Pivot tables with the cache definition each takes its data from. */
function pivots(pkg: OpcPackage, index: WorkbookIndex): Array<{ name: string; cache: string }> {
  return index.sheets
    .filter((s) => s.part)
    .flatMap((s) =>
      pkg.relationships(s.part!).filter((r) => r.type === REL_TYPE.pivotTable && pkg.has(r.target))
    )
    .flatMap((rel) => {
      const part = pkg.storedName(rel.target)!;
      const cache = pkg
        .relationships(part)
        .find((r) => r.type === REL_TYPE.pivotCacheDefinition && pkg.has(r.target));
      const root = xmlOutline(pkg.text(part)!.text, 0);
      const name = startTagAttributes(pkg.text(part)!.text, root).get("name")?.value ?? part;
      return cache ? [{ name: decodeEntities(name), cache: pkg.storedName(cache.target)! }] : [];
    });
}

interface PivotSource {
  /** The source as a formula: 'Sheet'!A1:D9, or a table name. */
  readonly formula: string;
  readonly sheet?: string;
  readonly table?: string;
  /** Where the ref attribute's value sits in the part. */
  readonly ref?: { start: number; end: number };
  /** Where each attribute's value sits in the part. */
  readonly attributes: ReadonlyMap<string, { start: number; end: number }>;
}

/** A pivot cache's worksheet source, with where its attributes sit. */
function pivotSource(xml: string): PivotSource | undefined {
  let found: PivotSource | undefined;
  scanXml(xml, {
    open: (name, tag, start) => {
      if (localName(name) !== "worksheetSource") return;
      const values = tagAttributes(tag);
      const spans = new Map(
        attributeSpans(tag).map((a) => [
          localName(a.name),
          { start: start + a.start, end: start + a.end },
        ])
      );
      const table = values.get("name");
      const sheet = values.get("sheet");
      const ref = spans.get("ref");
      if (table) found = { formula: table, table, attributes: spans };
      else if (sheet && ref)
        found = {
          formula: `${quoteSheet(sheet)}!${xml.slice(ref.start, ref.end)}`,
          sheet,
          ref,
          attributes: spans,
        };
    },
  });
  return found;
}

/** The defined names of workbook.xml with their text spans and the sheet each is scoped to. */
function definedNames(
  xml: string,
  index: WorkbookIndex
): Array<{ name: string; sheet?: string; start: number; end: number; formula: string }> {
  const root = xmlOutline(xml, 2);
  const names = root.children.find((c) => c.local === "definedNames")?.children ?? [];
  return names.map((n) => {
    const attributes = startTagAttributes(xml, n);
    const local = attributes.get("localSheetId")?.value;
    const sheet = local === undefined ? undefined : index.sheets[Number(local)]?.name;
    return {
      name: decodeEntities(attributes.get("name")?.value ?? ""),
      ...(sheet ? { sheet } : {}),
      start: n.openEnd,
      end: n.closeStart,
      formula: decodeEntities(xml.slice(n.openEnd, n.closeStart)),
    };
  });
}

/** The first thing of `removal` a formula reaches, at `host`. */
const target = (
  formula: string,
  host: string | undefined,
  removal: Removal
): string | undefined => {
  for (const ref of formulaRefs(formula)) {
    const hit = reaches(ref, host, removal);
    if (hit) return hit;
  }
  return undefined;
};

const rangeCorner = (sqref: string) => parseRange(sqref.split(/\s+/)[0] ?? "")?.start;

/**
 * Every place in the package that refers to something `removal` takes away, one finding each:
 * cell formulas on every sheet (shared formulas read at each of their cells), defined names,
 * data validation, conditional formats and sparklines, chart series and pivot caches. Cells
 * the tool overwrites and sheets that go with the removal do not count. Excel's built-in names
 * (print areas and titles, filter ranges) are not findings: they follow the table as Excel does.
 */
export function findReferences(
  pkg: OpcPackage,
  index: WorkbookIndex,
  removal: Removal,
  scope: Scope,
  file: string
): Issue[] {
  const found: Issue[] = [];
  const retired = new Set(scope.retired.map(lower));
  for (const sheet of index.sheets) {
    if (!sheet.part || retired.has(lower(sheet.name))) continue;
    const overwritten = scope.overwritten.get(lower(sheet.name));
    for (const site of worksheetSites(pkg.text(sheet.part)!.text)) {
      const corner = site.kind === "cell" ? parseA1(site.place) : rangeCorner(site.place);
      if (site.kind === "cell" && corner && overwritten?.(corner.row, corner.col)) continue;
      const hit = target(site.formula, sheet.name, removal);
      if (!hit) continue;
      const place = `${quoteSheet(sheet.name)}!${site.place}`;
      const where = {
        file,
        sheet: sheet.name,
        ...(corner ? { cell: site.place.split(/[\s:]/)[0]! } : {}),
      };
      const code =
        site.kind === "validation"
          ? "REF_VALIDATION_WOULD_BREAK"
          : site.kind === "format"
            ? "REF_FORMAT_WOULD_BREAK"
            : "REF_WOULD_BREAK";
      found.push(issue(code, "error", where, { place, target: hit }));
    }
  }
  for (const n of definedNames(pkg.text(index.part)!.text, index)) {
    if (n.name.toLowerCase().startsWith("_xlnm.") || (n.sheet && retired.has(lower(n.sheet))))
      continue;
    const hit = target(n.formula, n.sheet, removal);
    if (hit)
      found.push(issue("REF_NAME_WOULD_BREAK", "error", { file }, { name: n.name, target: hit }));
  }
  for (const chart of charts(pkg, index)) {
    if (retired.has(lower(chart.sheet))) continue;
    const hit = chartFormulas(pkg.text(chart.part)!.text)
      .map((f) => target(f.formula, undefined, removal))
      .find((x) => x !== undefined);
    if (hit)
      found.push(
        issue(
          "REF_CHART_WOULD_BREAK",
          "error",
          { file, sheet: chart.sheet },
          { chart: chart.name, sheet: chart.sheet, target: hit }
        )
      );
  }
  for (const pivot of pivots(pkg, index)) {
    const source = pivotSource(pkg.text(pivot.cache)!.text);
    const hit = source && target(source.formula, source.sheet, removal);
    if (hit)
      found.push(
        issue("REF_PIVOT_WOULD_BREAK", "error", { file }, { pivot: pivot.name, target: hit })
      );
  }
  return found;
}

/**
 * The parts whose formulas `edit` changes, with their new text: worksheets other than the owned
 * ones (those are patched with the same edit), the defined names of workbook.xml (returned as
 * the edited workbook text, for the caller to patch further), chart series, calculated columns
 * of other tables, and pivot cache sources moved with their columns and renamed with their sheet
 * or table (a source that goes is left as it is: Excel then reports it when the pivot table is
 * refreshed, and opens the file).
 */
export function rewriteReferences(
  pkg: OpcPackage,
  index: WorkbookIndex,
  edit: FormulaEdit,
  scope: Scope & { readonly rewritten: ReadonlyArray<string> }
): { parts: Map<string, string>; workbook: string } {
  const parts = new Map<string, string>();
  if (editsNothing(edit)) return { parts, workbook: pkg.text(index.part)!.text };
  const skip = new Set([...scope.retired, ...scope.rewritten].map(lower));
  for (const sheet of index.sheets) {
    if (!sheet.part || skip.has(lower(sheet.name))) continue;
    const edited = editWorksheet(pkg.text(sheet.part)!.text, {
      formula: (f) => editFormula(f, sheet.name, edit),
    });
    if (edited !== undefined) parts.set(sheet.part, edited);
  }
  for (const chart of charts(pkg, index)) {
    if (skip.has(lower(chart.sheet)) || parts.has(chart.part)) continue;
    const xml = pkg.text(chart.part)!.text;
    const splices = chartFormulas(xml).flatMap((f): Splice[] => {
      const next = editFormula(f.formula, undefined, edit);
      return next === undefined
        ? []
        : [{ at: f.start, remove: f.end - f.start, insert: escapeXml(next) }];
    });
    if (splices.length) parts.set(chart.part, applySplices(xml, splices));
  }
  for (const table of index.tables) {
    if (skip.has(lower(table.sheet.name))) continue;
    const xml = pkg.text(table.part)!.text;
    const splices: Splice[] = [];
    let open: number | undefined;
    scanXml(xml, {
      open: (name, _tag, _s, end, selfClosing) => {
        const local = localName(name);
        open =
          !selfClosing && (local === "calculatedColumnFormula" || local === "totalsRowFormula")
            ? end
            : undefined;
      },
      close: (_name, start) => {
        if (open === undefined) return;
        const next = editFormula(decodeEntities(xml.slice(open, start)), table.sheet.name, edit);
        if (next !== undefined)
          splices.push({ at: open, remove: start - open, insert: escapeXml(next) });
        open = undefined;
      },
    });
    if (splices.length) parts.set(table.part, applySplices(xml, splices));
  }
  const shiftsOnly: FormulaEdit = edit.shifts ? { shifts: edit.shifts } : {};
  for (const pivot of pivots(pkg, index)) {
    if (parts.has(pivot.cache)) continue;
    const xml = pkg.text(pivot.cache)!.text;
    const source = pivotSource(xml);
    if (!source) continue;
    const splices: Splice[] = [];
    if (source.ref && source.sheet) {
      const next = editFormula(source.formula, source.sheet, shiftsOnly);
      const range = next?.slice(next.lastIndexOf("!") + 1);
      if (range && range !== "#REF!")
        splices.push({
          at: source.ref.start,
          remove: source.ref.end - source.ref.start,
          insert: range,
        });
    }
    // A renamed sheet or table, followed as Excel follows it.
    const renamed = (
      list: ReadonlyArray<{ from: string; to: string }> | undefined,
      name?: string
    ) => (name === undefined ? undefined : list?.find((r) => lower(r.from) === lower(name))?.to);
    for (const [attribute, to] of [
      ["sheet", renamed(edit.renames?.sheets, source.sheet)],
      ["name", renamed(edit.renames?.tables, source.table)],
    ] as const) {
      const span = source.attributes.get(attribute);
      if (to !== undefined && span)
        splices.push({ at: span.start, remove: span.end - span.start, insert: escapeXml(to) });
    }
    if (splices.length) parts.set(pivot.cache, applySplices(xml, splices));
  }
  const workbookXml = pkg.text(index.part)!.text;
  const retired = new Set(scope.retired.map(lower));
  const nameSplices = definedNames(workbookXml, index)
    .filter((n) => !(n.sheet && retired.has(lower(n.sheet))))
    .flatMap((n): Splice[] => {
      const next = editFormula(n.formula, n.sheet, edit);
      return next === undefined
        ? []
        : [{ at: n.start, remove: n.end - n.start, insert: escapeXml(next) }];
    });
  return { parts, workbook: applySplices(workbookXml, nameSplices) };
}
