import { EngineError } from '../../engine/engineError';
import { BLANK, type Cell } from '../../ports/cell';
import type { SheetSpec, TableSpec, WorkbookSpec } from '../../ports/workbookSpec';
import { cellRef, parseArea, parseCellRef, type Area } from './a1';
import { BASE_STYLES, ensureCellStyles } from './cellStyles';
import { cellXml } from './cellXml';
import { relativeTarget, relsPartOf } from './opcPackage';
import { CONTENT_TYPE, NS, REL_TYPE } from './opcNames';
import { relationshipsXml, tableXml, worksheetXml, XML_DECLARATION, type RelationshipContent } from './partXml';
import { escapeXml, encodeSpreadsheetText } from './xmlEscape';
import { encodeXml } from './xmlText';
import { newEntry, writeZip } from './writeZip';

const WORKBOOK = 'xl/workbook.xml';

const invalid = (message: string): EngineError => new EngineError('SPEC_INVALID', message);

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
    const items = [...this.index.keys()].map((s) => `<si><t xml:space="preserve">${encodeSpreadsheetText(s)}</t></si>`);
    return `${XML_DECLARATION}<sst xmlns="${NS.main}" count="${this.uses}" uniqueCount="${items.length}">${items.join('')}</sst>`;
  }
}

/**
 * A real, valid .xlsx from a plain-data description: sheets with values, formulas and their cached
 * values, number formats, hidden rows, merged cells, tables (optionally filtered) and defined
 * names. Strings go to the shared strings part, as Excel stores them. Used for the demo annex and
 * for the fixtures every port implementation is tested on.
 */
export function buildXlsx(spec: WorkbookSpec): Uint8Array {
  if (!spec.sheets.length) throw invalid('a workbook needs at least one sheet');
  const strings = new SharedStrings();
  const formatCodes = [...new Set(spec.sheets.flatMap((s) => Object.values(s.formats ?? {})))];
  const styles = ensureCellStyles(BASE_STYLES, formatCodes.map((format) => ({ format })))!;
  const styleOf = new Map(formatCodes.map((code, i) => [code, styles.styles[i]!]));

  for (const t of spec.tables ?? []) {
    if (!spec.sheets.some((s) => s.name === t.sheet)) throw invalid(`table ${t.name} is on unknown sheet ${t.sheet}`);
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
    parts.push([part, sheetSpecXml(sheet, styleOf, strings.ref, tableRels.map((r) => r.id))]);
    if (tableRels.length) parts.push([relsPartOf(part), relationshipsXml(tableRels)]);
    overrides.push([part, CONTENT_TYPE.worksheet]);
    workbookRels.push({ id: rId, type: REL_TYPE.worksheet, target: relativeTarget(WORKBOOK, part) });
    return `<sheet name="${escapeXml(sheet.name)}" sheetId="${i + 1}" r:id="${rId}"/>`;
  });
  const names = (spec.names ?? []).map((n) => `<definedName name="${escapeXml(n.name)}">${escapeXml(n.ref)}</definedName>`);
  const workbook =
    `${XML_DECLARATION}<workbook xmlns="${NS.main}" xmlns:r="${NS.rel}"><bookViews><workbookView/></bookViews>` +
    `<sheets>${sheetEntries.join('')}</sheets>${names.length ? `<definedNames>${names.join('')}</definedNames>` : ''}</workbook>`;
  workbookRels.push(
    { id: `rId${spec.sheets.length + 1}`, type: REL_TYPE.styles, target: 'styles.xml' },
    { id: `rId${spec.sheets.length + 2}`, type: REL_TYPE.sharedStrings, target: 'sharedStrings.xml' },
  );
  overrides.push(['xl/styles.xml', CONTENT_TYPE.styles], ['xl/sharedStrings.xml', CONTENT_TYPE.sharedStrings]);
  const types =
    `${XML_DECLARATION}<Types xmlns="${NS.contentTypes}">` +
    `<Default Extension="rels" ContentType="${CONTENT_TYPE.relationships}"/><Default Extension="xml" ContentType="${CONTENT_TYPE.xml}"/>` +
    overrides.map(([part, type]) => `<Override PartName="/${part}" ContentType="${type}"/>`).join('') +
    '</Types>';
  const ordered: [string, string][] = [
    ['[Content_Types].xml', types],
    [relsPartOf(''), relationshipsXml([{ id: 'rId1', type: REL_TYPE.officeDocument, target: WORKBOOK }])],
    [WORKBOOK, workbook],
    [relsPartOf(WORKBOOK), relationshipsXml(workbookRels)],
    ['xl/styles.xml', styles.xml],
    ['xl/sharedStrings.xml', strings.xml()],
    ...parts,
  ];
  return writeZip(ordered.map(([name, text]) => newEntry(name, encodeXml(text))));
}

function sheetSpecXml(sheet: SheetSpec, styleOf: ReadonlyMap<string, number>, sharedString: (text: string) => number, tableRelIds: string[]): string {
  const formulas = new Map<string, string>();
  for (const [ref, formula] of Object.entries(sheet.formulas ?? {})) {
    const pos = parseCellRef(ref);
    if (!pos) throw invalid(`formula address ${ref} on ${sheet.name}`);
    formulas.set(cellRef(pos.row, pos.col), formula.replace(/^=/, ''));
  }
  const hidden = new Set(sheet.hiddenRows ?? []);
  const formulaRows = [...formulas.keys()].map((ref) => parseCellRef(ref)!);
  const lastRow = Math.max(sheet.cells.length, ...formulaRows.map((p) => p.row), ...[...hidden].map((r) => r + 1));
  const lastCol = Math.max(1, ...sheet.cells.map((row) => row.length), ...formulaRows.map((p) => p.col));
  const rows: string[] = [];
  for (let r = 1; r <= lastRow; r++) {
    const line = sheet.cells[r - 1] ?? [];
    let cells = '';
    for (let c = 1; c <= lastCol; c++) {
      const ref = cellRef(r, c);
      const format = sheet.formats?.[ref];
      cells += cellXml(ref, line[c - 1] ?? BLANK, format ? styleOf.get(format)! : 0, sharedString, formulas.get(ref));
    }
    const hiddenAttribute = hidden.has(r - 1) ? ' hidden="1"' : '';
    if (cells || hiddenAttribute) rows.push(`<row r="${r}"${hiddenAttribute}>${cells}</row>`);
  }
  for (const m of sheet.merged ?? []) if (!parseArea(m)) throw invalid(`merged range ${m} on ${sheet.name}`);
  return worksheetXml({ lastRow, lastCol, rows, ...(sheet.merged ? { merged: sheet.merged } : {}), tableRelIds });
}

const cellText = (cell: Cell | undefined): string => (cell && cell.t !== 'blank' ? String(cell.v) : '');

/** A table over spec cells; a filtered one keeps, in its first column, the values of the rows left visible. */
function tableSpecXml(table: TableSpec, id: number, sheet: SheetSpec): string {
  const area: Area | undefined = parseArea(table.ref);
  if (!area || area.bottom <= area.top) throw invalid(`table ${table.name} needs a header and a data row: ${table.ref}`);
  const cellAt = (row: number, col: number): Cell | undefined => sheet.cells[row - 1]?.[col - 1];
  const headers: string[] = [];
  for (let c = area.left; c <= area.right; c++) headers.push(cellText(cellAt(area.top, c)) || `Column${c - area.left + 1}`);
  let filterColumns: string | undefined;
  if (table.filtered) {
    const hidden = new Set(sheet.hiddenRows ?? []);
    const visible = new Set<string>();
    for (let r = area.top + 1; r <= area.bottom; r++) if (!hidden.has(r - 1)) visible.add(cellText(cellAt(r, area.left)));
    const filters = [...visible].filter((v) => v !== '').map((v) => `<filter val="${escapeXml(v)}"/>`).join('');
    filterColumns = `<filterColumn colId="0"><filters${visible.has('') ? ' blank="1"' : ''}>${filters}</filters></filterColumn>`;
  }
  return tableXml({ id, name: table.name, area, headers, ...(filterColumns ? { filterColumns } : {}) });
}
