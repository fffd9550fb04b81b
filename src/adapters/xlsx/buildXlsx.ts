import { EngineError } from "../../engine/engineError";
import { BLANK, type Cell } from "../../ports/cell";
import type { SheetSpec, TableSpec, WorkbookSpec } from "../../ports/workbookSpec";
import { a1, parseA1, parseRange } from "../../ports/a1";
import { BASE_STYLES, ensureCellStyles } from "./cellStyles";
import { cellXml } from "./cellXml";
import { relativeTarget, relsPartOf } from "./opcPackage";
import { CONTENT_TYPE, NS, REL_TYPE } from "./opcNames";
import {
  colXml,
  relationshipsXml,
  tableXml,
  worksheetXml,
  XML_DECLARATION,
  type RelationshipContent,
} from "./partXml";
import { escapeXml, encodeSpreadsheetText } from "./xmlEscape";
import { encodeXml } from "./xmlText";
import { newEntry, writeZip } from "./writeZip";

const WORKBOOK = "xl/workbook.xml";

const invalid = (message: string): EngineError => new EngineError("SPEC_INVALID", message);

/** Shared strings in first-use order, as Excel writes them. */
class SharedStrings {
  private readonly index = new Map<string, number>();
  private uses = 0;

  ref = (text: string): number => {
    this.uses++;
    let i = this.index.get(text);
    if (i === undefined) this.index.set(text, (i = this.index.size));
    return i;
  };

  xml(): string {
    const items = [...this.index.keys()].map(
      (s) => `<si><t xml:space="preserve">${encodeSpreadsheetText(s)}</t></si>`
    );
    return `${XML_DECLARATION}<sst xmlns="${NS.main}" count="${this.uses}" uniqueCount="${items.length}">${items.join("")}</sst>`;
  }
}

/**
 * A real, valid .xlsx from a plain-data description: sheets with values, formulas and their cached
 * values, number formats, hidden rows, merged cells, tables (optionally filtered) and defined
 * names. Strings go to the shared strings part, as Excel stores them. Used for the demo annex and
 * for the fixtures every port implementation is tested on.
 */
export function buildXlsx(spec: WorkbookSpec): Uint8Array {
  if (!spec.sheets.length) throw invalid("a workbook needs at least one sheet");
  const strings = new SharedStrings();
  const formatCodes = [...new Set(spec.sheets.flatMap((s) => Object.values(s.formats ?? {})))];
  const styles = ensureCellStyles(
    BASE_STYLES,
    formatCodes.map((format) => ({ format }))
  )!;
  const styleOf = new Map(formatCodes.map((code, i) => [code, styles.styles[i]!]));

  for (const t of spec.tables ?? []) {
    if (!spec.sheets.some((s) => s.name === t.sheet))
      throw invalid(`table ${t.name} is on unknown sheet ${t.sheet}`);
  }
  const parts: [string, string][] = [];
  const overrides: [string, string][] = [[WORKBOOK, CONTENT_TYPE.workbook]];
  const workbookRels: RelationshipContent[] = [];
  let tableCount = 0;
  const sheetEntries = spec.sheets.map((sheet, i) => {
    const part = `xl/worksheets/sheet${i + 1}.xml`;
    const rId = `rId${i + 1}`;
    const tables = (spec.tables ?? []).filter((t) => t.sheet === sheet.name);
    const tableRels = tables.map((table, j) => {
      const tablePart = `xl/tables/table${++tableCount}.xml`;
      parts.push([tablePart, tableSpecXml(table, tableCount, sheet)]);
      overrides.push([tablePart, CONTENT_TYPE.table]);
      return { id: `rId${j + 1}`, type: REL_TYPE.table, target: relativeTarget(part, tablePart) };
    });
    parts.push([
      part,
      sheetSpecXml(
        sheet,
        styleOf,
        strings.ref,
        tableRels.map((r) => r.id)
      ),
    ]);
    if (tableRels.length) parts.push([relsPartOf(part), relationshipsXml(tableRels)]);
    overrides.push([part, CONTENT_TYPE.worksheet]);
    workbookRels.push({
      id: rId,
      type: REL_TYPE.worksheet,
      target: relativeTarget(WORKBOOK, part),
    });
    return `<sheet name="${escapeXml(sheet.name)}" sheetId="${i + 1}" r:id="${rId}"/>`;
  });
  const names = (spec.names ?? []).map(
    (n) => `<definedName name="${escapeXml(n.name)}">${escapeXml(n.ref)}</definedName>`
  );
  const workbook =
    `${XML_DECLARATION}<workbook xmlns="${NS.main}" xmlns:r="${NS.rel}">` +
    // CT_Workbook's order: workbookPr comes before bookViews.
    `${spec.date1904 ? '<workbookPr date1904="1"/>' : ""}<bookViews><workbookView/></bookViews>` +
    `<sheets>${sheetEntries.join("")}</sheets>${names.length ? `<definedNames>${names.join("")}</definedNames>` : ""}</workbook>`;
  workbookRels.push(
    { id: `rId${spec.sheets.length + 1}`, type: REL_TYPE.styles, target: "styles.xml" },
    {
      id: `rId${spec.sheets.length + 2}`,
      type: REL_TYPE.sharedStrings,
      target: "sharedStrings.xml",
    }
  );
  overrides.push(
    ["xl/styles.xml", CONTENT_TYPE.styles],
    ["xl/sharedStrings.xml", CONTENT_TYPE.sharedStrings]
  );
  const types =
    `${XML_DECLARATION}<Types xmlns="${NS.contentTypes}">` +
    `<Default Extension="rels" ContentType="${CONTENT_TYPE.relationships}"/><Default Extension="xml" ContentType="${CONTENT_TYPE.xml}"/>` +
    overrides
      .map(([part, type]) => `<Override PartName="/${part}" ContentType="${type}"/>`)
      .join("") +
    "</Types>";
  const ordered: [string, string][] = [
    ["[Content_Types].xml", types],
    [
      relsPartOf(""),
      relationshipsXml([{ id: "rId1", type: REL_TYPE.officeDocument, target: WORKBOOK }]),
    ],
    [WORKBOOK, workbook],
    [relsPartOf(WORKBOOK), relationshipsXml(workbookRels)],
    ["xl/styles.xml", styles.xml],
    ["xl/sharedStrings.xml", strings.xml()],
    ...parts,
  ];
  return writeZip(ordered.map(([name, text]) => newEntry(name, encodeXml(text))));
}

function sheetSpecXml(
  sheet: SheetSpec,
  styleOf: ReadonlyMap<string, number>,
  sharedString: (text: string) => number,
  tableRelIds: string[]
): string {
  const formulas = new Map<string, string>();
  for (const [ref, formula] of Object.entries(sheet.formulas ?? {})) {
    const pos = parseA1(ref);
    if (!pos) throw invalid(`formula address ${ref} on ${sheet.name}`);
    formulas.set(a1(pos), formula.replace(/^=/, ""));
  }
  const hidden = new Set(sheet.hiddenRows ?? []);
  const formulaCells = [...formulas.keys()].map((ref) => parseA1(ref)!);
  const usedRows = Math.max(
    sheet.cells.length,
    ...formulaCells.map((p) => p.row + 1),
    ...[...hidden].map((r) => r + 1)
  );
  const usedCols = Math.max(
    1,
    ...sheet.cells.map((row) => row.length),
    ...formulaCells.map((p) => p.col + 1)
  );
  const rows: string[] = [];
  for (let r = 0; r < usedRows; r++) {
    const line = sheet.cells[r] ?? [];
    let cells = "";
    for (let c = 0; c < usedCols; c++) {
      const ref = a1({ row: r, col: c });
      const format = sheet.formats?.[ref];
      cells += cellXml(
        ref,
        line[c] ?? BLANK,
        format ? styleOf.get(format)! : 0,
        sharedString,
        formulas.get(ref)
      );
    }
    const hiddenAttribute = hidden.has(r) ? ' hidden="1"' : "";
    if (cells || hiddenAttribute) rows.push(`<row r="${r + 1}"${hiddenAttribute}>${cells}</row>`);
  }
  for (const m of sheet.merged ?? [])
    if (!parseRange(m)) throw invalid(`merged range ${m} on ${sheet.name}`);
  const cols = (sheet.columnWidths ?? []).map((width, c) => colXml(c, width));
  return worksheetXml({
    usedRows,
    usedCols,
    rows,
    cols,
    ...(sheet.merged ? { merged: sheet.merged } : {}),
    tableRelIds,
  });
}

const cellText = (cell: Cell | undefined): string =>
  cell && cell.t !== "blank" ? String(cell.v) : "";

/**
 * A table over spec cells. A filtered one keeps, in its first column, the values of the rows
 * left visible; a totals row takes its text cells as labels.
 */
function tableSpecXml(table: TableSpec, id: number, sheet: SheetSpec): string {
  const range = parseRange(table.ref);
  const dataRows = range ? range.end.row - range.start.row - (table.totalsRow ? 1 : 0) : 0;
  if (!range || dataRows < 1)
    throw invalid(`table ${table.name} needs a header and a data row: ${table.ref}`);
  const { start, end } = range;
  const cellAt = (row: number, col: number): Cell | undefined => sheet.cells[row]?.[col];
  const columns = Array.from({ length: end.col - start.col + 1 }, (_, j) => start.col + j);
  const headers = columns.map((c, j) => cellText(cellAt(start.row, c)) || `Column${j + 1}`);
  let filterColumns: string | undefined;
  if (table.filtered) {
    const hidden = new Set(sheet.hiddenRows ?? []);
    const visible = new Set<string>();
    for (let r = start.row + 1; r <= start.row + dataRows; r++)
      if (!hidden.has(r)) visible.add(cellText(cellAt(r, start.col)));
    const filters = [...visible]
      .filter((v) => v !== "")
      .map((v) => `<filter val="${escapeXml(v)}"/>`)
      .join("");
    filterColumns = `<filterColumn colId="0"><filters${visible.has("") ? ' blank="1"' : ""}>${filters}</filters></filterColumn>`;
  }
  const totalsLabels = table.totalsRow
    ? columns.map((c) => {
        const cell = cellAt(end.row, c);
        return cell?.t === "s" ? cell.v : undefined;
      })
    : undefined;
  return tableXml({
    id,
    name: table.name,
    range,
    headers,
    ...(filterColumns ? { filterColumns } : {}),
    ...(totalsLabels ? { totalsLabels } : {}),
  });
}
