import { issue, type Issue } from "../../engine/issue";
import { formatRange, quoteSheet } from "../../ports/a1";
import { formulaRefs } from "../../ports/formulaRefs";
import { reaches, type Removal } from "../../ports/referenceEdits";
import { readSliced } from "./readSliced";
import { parseSheetAddress } from "./sheetAddress";
import type { WorkbookState } from "./workbookState";
import { pushAll } from "../../engine/pushAll";

/** Characters a formula cell costs in the response, for budgeting reads of formulas. */
const FORMULA_RESPONSE_CHARS = 120;

const lower = (s: string): string => s.toLowerCase();

const target = (
  formula: unknown,
  host: string | undefined,
  removal: Removal
): string | undefined => {
  if (typeof formula !== "string") return undefined;
  for (const ref of formulaRefs(formula)) {
    const hit = reaches(ref, host, removal);
    if (hit) return hit;
  }
  return undefined;
};

/** The formulas a data validation rule holds (custom, list source, bounds). */
function ruleFormulas(rule: Excel.DataValidationRule): unknown[] {
  const bounds = [rule.wholeNumber, rule.decimal, rule.date, rule.time, rule.textLength];
  return [
    rule.custom?.formula,
    rule.list?.source,
    ...bounds.flatMap((b) => (b ? [b.formula1, b.formula2] : [])),
  ];
}

/**
 * Every place in the open workbook that refers to something `removal` takes away, one finding
 * each, as far as Office.js lets an add-in see: cell formulas on every sheet (read as the
 * addresses of formula cells, then their formulas in pieces under the response limit),
 * workbook and sheet names, data validation rules, conditional formats (custom and cell-value
 * rules), chart series (ExcelApi 1.15) and pivot table sources (ExcelApi 1.15). Cells the
 * tool overwrites and sheets that go with the removal do not count; names Excel keeps for
 * itself (print areas, filters) are not findings.
 */
export async function findOfficeReferences(
  context: Excel.RequestContext,
  state: WorkbookState,
  removal: Removal,
  scope: {
    retired: ReadonlyArray<string>;
    overwritten: ReadonlyMap<string, (r: number, c: number) => boolean>;
  }
): Promise<Issue[]> {
  const retired = new Set(scope.retired.map(lower));
  const sheets = state.sheets.filter((s) => !retired.has(lower(s.name))).map((s) => s.name);
  const { workbook } = context;
  // First: where formulas, validation and formats are, the charts, the names and pivot tables.
  const perSheet = sheets.map((name) => {
    const sheet = workbook.worksheets.getItem(name);
    const used = sheet.getUsedRangeOrNullObject(true);
    return {
      name,
      formulas: used.getSpecialCellsOrNullObject("Formulas").load("address"),
      validation: used.getSpecialCellsOrNullObject("DataValidations").load("address"),
      formats: sheet.getRange().conditionalFormats.load("items/type"),
      charts: sheet.charts.load("items/name"),
      names: sheet.names.load("items/name, items/formula"),
    };
  });
  const workbookNames = workbook.names.load("items/name, items/formula");
  const pivots = workbook.pivotTables.load("items/name");
  await context.sync();

  // Second: the rules, the series and the sources; formula cells come after, in pieces.
  const validations = perSheet.flatMap((s) =>
    s.validation.isNullObject
      ? []
      : s.validation.address.split(",").map((a) => {
          const range = parseSheetAddress(a.trim())!.range;
          const rule = workbook.worksheets
            .getItem(s.name)
            .getRange(formatRange(range))
            .dataValidation.load("rule");
          return { sheet: s.name, range, rule };
        })
  );
  const formats = perSheet.flatMap((s) =>
    s.formats.items.map((cf) => ({
      sheet: s.name,
      custom: cf.customOrNullObject.load("rule/formula"),
      cellValue: cf.cellValueOrNullObject.load("rule"),
      range: cf.getRange().load("address"),
    }))
  );
  const series = perSheet.flatMap((s) =>
    s.charts.items.map((chart) => ({
      sheet: s.name,
      chart: chart.name,
      series: chart.series.load("items/name"),
    }))
  );
  const sources = pivots.items.map((p) => ({ name: p.name, source: p.getDataSourceString() }));
  await context.sync();
  const chartSources = series.flatMap((c) =>
    c.series.items.flatMap((s) => [
      { ...c, formula: s.getDimensionDataSourceString("Values") },
      { ...c, formula: s.getDimensionDataSourceString("Categories") },
    ])
  );
  const cells = await readFormulas(context, perSheet);

  const found: Issue[] = [];
  for (const { sheet, row, col, formula } of cells) {
    if (scope.overwritten.get(lower(sheet))?.(row, col)) continue;
    const hit = target(formula, sheet, removal);
    const cell = formatRange({ start: { row, col }, end: { row, col } });
    if (hit)
      found.push(
        issue(
          "REF_WOULD_BREAK",
          "error",
          { sheet, cell },
          { place: `${quoteSheet(sheet)}!${cell}`, target: hit }
        )
      );
  }
  const names = [
    ...workbookNames.items.map((n) => ({
      name: n.name,
      formula: n.formula as unknown,
      host: undefined as string | undefined,
    })),
    ...perSheet.flatMap((s) =>
      s.names.items.map((n) => ({ name: n.name, formula: n.formula as unknown, host: s.name }))
    ),
  ];
  for (const n of names) {
    if (n.name.toLowerCase().startsWith("_xlnm.")) continue;
    const hit = target(n.formula, n.host, removal);
    if (hit)
      found.push(issue("REF_NAME_WOULD_BREAK", "error", undefined, { name: n.name, target: hit }));
  }
  for (const v of validations) {
    const hit = ruleFormulas(v.rule.rule)
      .map((f) => target(f, v.sheet, removal))
      .find(Boolean);
    const place = `${quoteSheet(v.sheet)}!${formatRange(v.range)}`;
    if (hit)
      found.push(
        issue(
          "REF_VALIDATION_WOULD_BREAK",
          "error",
          { sheet: v.sheet, cell: formatRange({ start: v.range.start, end: v.range.start }) },
          { place, target: hit }
        )
      );
  }
  for (const f of formats) {
    const formulas = [
      f.custom.isNullObject ? undefined : f.custom.rule.formula,
      ...(f.cellValue.isNullObject ? [] : [f.cellValue.rule.formula1, f.cellValue.rule.formula2]),
    ];
    const hit = formulas.map((x) => target(x, f.sheet, removal)).find(Boolean);
    if (hit)
      found.push(
        issue(
          "REF_FORMAT_WOULD_BREAK",
          "error",
          { sheet: f.sheet },
          { place: f.range.address, target: hit }
        )
      );
  }
  const charts = new Map<string, Issue>();
  for (const c of chartSources) {
    const hit = target(c.formula.value, undefined, removal);
    const key = `${c.sheet}\u0000${c.chart}`;
    if (hit && !charts.has(key))
      charts.set(
        key,
        issue(
          "REF_CHART_WOULD_BREAK",
          "error",
          { sheet: c.sheet },
          { chart: c.chart, sheet: c.sheet, target: hit }
        )
      );
  }
  pushAll(found, charts.values());
  for (const p of sources) {
    const hit = target(p.source.value, undefined, removal);
    if (hit)
      found.push(
        issue("REF_PIVOT_WOULD_BREAK", "error", undefined, { pivot: p.name, target: hit })
      );
  }
  return found;
}

/** The formula of every formula cell, read in slices of rows under the response limit. */
async function readFormulas(
  context: Excel.RequestContext,
  perSheet: ReadonlyArray<{ name: string; formulas: Excel.RangeAreas }>
): Promise<Array<{ sheet: string; row: number; col: number; formula: unknown }>> {
  const blocks = perSheet.flatMap((s) =>
    s.formulas.isNullObject
      ? []
      : s.formulas.address
          .split(",")
          .map((a) => ({ sheet: s.name, range: parseSheetAddress(a.trim())!.range }))
  );
  const slices = await readSliced(context, blocks, "formulas", FORMULA_RESPONSE_CHARS);
  return slices.flatMap((list, k) =>
    list.flatMap(({ top, left, range }) =>
      range.formulas.flatMap((row, r) =>
        row.map((formula, c) => ({ sheet: blocks[k]!.sheet, row: top + r, col: left + c, formula }))
      )
    )
  );
}
