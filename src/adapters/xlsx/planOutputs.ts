import { issue } from '../../engine/issue';
import type { OutputTable } from '../../ports/workbookPort';
import { BASE_STYLES, ensureCellStyles } from './cellStyles';
import { checkOutputs } from './checkOutputs';
import { findOwnedRecord } from './findOwnedRecord';
import { relativeTarget, relsPartOf, type OpcPackage } from './opcPackage';
import { CONTENT_TYPE, NS, REL_TYPE } from './opcNames';
import { OUT_FORMAT_CODE } from './outputLayout';
import { outputSheetXml, outputTableXml } from './outputSheetXml';
import { encodeOwnedRecord } from './ownedRecord';
import { PackageError } from './packageError';
import { relationshipsXml, XML_DECLARATION, type RelationshipContent } from './partXml';
import { appendContentTypes, appendRelationships, nextNumbered, patchWorkbookXml, type NewOverride, type NewSheet } from './sharedPartEdits';
import { sameName, type SheetEntry, type WorkbookIndex } from './workbookIndex';
import { encodeXml } from './xmlText';

const CONTENT_TYPES = '[Content_Types].xml';
/** Our custom XML part's datastore id; unique within a workbook, which is all Office asks. */
const OWNED_RECORD_ITEM_ID = '{6B1C4E7A-2F3D-4A5B-9C8D-0E1F2A3B4C5D}';

/** Parts created or replaced by a write, collected in order; new parts are appended to the package in this order. */
class Changes {
  readonly parts = new Map<string, Uint8Array>();
  readonly overrides: NewOverride[] = [];
  readonly workbookRels: RelationshipContent[] = [];
  readonly sheets: NewSheet[] = [];

  constructor(private readonly pkg: OpcPackage) {}

  /** Replace an existing part, keeping its text encoding. */
  replace(part: string, text: string): void {
    this.parts.set(part, encodeXml(text, this.pkg.text(part)?.encoding));
  }

  add(part: string, text: string, contentType?: string): void {
    this.parts.set(part, encodeXml(text));
    if (contentType) this.overrides.push({ partName: part, contentType });
  }

  taken(): string[] {
    return [...this.pkg.partNames, ...this.parts.keys()];
  }
}

/**
 * The parts a write changes or adds, or a PackageError before anything changed when an output
 * would overwrite a sheet or name the tool does not own. Owned sheets keep their part names,
 * relationship ids, sheetId and table id, so every reference to them keeps working.
 */
export function planOutputs(pkg: OpcPackage, index: WorkbookIndex, outputs: ReadonlyArray<OutputTable>, settings: string): Map<string, Uint8Array> {
  checkOutputs(outputs);
  const found = findOwnedRecord(pkg, index.part);
  const owned = found?.record.owned ?? [];
  const targets = outputs.map((output) => ({ output, existing: existingOwnedSheet(pkg, index, owned, outputs, output) }));

  const changes = new Changes(pkg);
  const styles = planStyles(pkg, index, changes, outputs);
  let nextSheetId = Math.max(0, ...index.sheets.map((s) => s.sheetId));
  let nextTableId = Math.max(0, ...index.tables.map((t) => t.id));
  const workbookRelIds = pkg.relationships(index.part).map((r) => r.id);

  targets.forEach(({ output, existing }, i) => {
    const outputStyles = styles[i]!;
    let sheetPart: string;
    let tablePart: string;
    let tableRelId = 'rId1';
    let tableId: number;
    const previousTable = existing && pkg.relationships(existing.part!).find((r) => r.type === REL_TYPE.table && !r.external && pkg.has(r.target));
    if (existing) {
      sheetPart = existing.part!;
      const table = previousTable && index.tables.find((t) => t.part === pkg.storedName(previousTable.target));
      tablePart = table?.part ?? nextNumbered('xl/tables/table', changes.taken(), '.xml');
      tableRelId = previousTable?.id ?? tableRelId;
      tableId = table?.id ?? ++nextTableId;
    } else {
      sheetPart = nextNumbered('xl/worksheets/sheet', changes.taken(), '.xml');
      tablePart = nextNumbered('xl/tables/table', changes.taken(), '.xml');
      tableId = ++nextTableId;
      const rId = nextNumbered('rId', [...workbookRelIds, ...changes.workbookRels.map((r) => r.id)]);
      changes.workbookRels.push({ id: rId, type: REL_TYPE.worksheet, target: relativeTarget(index.part, sheetPart) });
      changes.sheets.push({ name: output.sheet, sheetId: ++nextSheetId, rId });
    }
    const sheetXml = outputSheetXml(output, outputStyles, tableRelId);
    const tableXml = outputTableXml(output, tableId);
    const rels = relationshipsXml([{ id: tableRelId, type: REL_TYPE.table, target: relativeTarget(sheetPart, tablePart) }]);
    if (existing) changes.replace(sheetPart, sheetXml);
    else changes.add(sheetPart, sheetXml, CONTENT_TYPE.worksheet);
    if (previousTable) changes.replace(tablePart, tableXml);
    else changes.add(tablePart, tableXml, CONTENT_TYPE.table);
    if (pkg.has(relsPartOf(sheetPart))) changes.replace(relsPartOf(sheetPart), rels);
    else changes.add(relsPartOf(sheetPart), rels);
  });

  const record = encodeOwnedRecord({ owned: [...owned, ...outputs.map((o) => o.sheet).filter((s) => !owned.some((n) => sameName(n, s)))], settings });
  if (found) changes.replace(found.part, record);
  else addOwnedRecord(pkg, index.part, changes, record, workbookRelIds);

  const workbook = pkg.text(index.part)!.text;
  changes.replace(index.part, patchWorkbookXml(workbook, changes.sheets));
  const workbookRels = relsPartOf(index.part);
  changes.replace(workbookRels, appendRelationships(pkg.text(workbookRels)!.text, changes.workbookRels));
  changes.replace(CONTENT_TYPES, appendContentTypes(pkg.text(CONTENT_TYPES)!.text, changes.overrides));
  return changes.parts;
}

/**
 * The sheet an output replaces, or undefined when it is new. A sheet of that name the tool does
 * not own, or a table or defined name of that name elsewhere, refuses the whole write.
 */
function existingOwnedSheet(
  pkg: OpcPackage,
  index: WorkbookIndex,
  owned: ReadonlyArray<string>,
  outputs: ReadonlyArray<OutputTable>,
  output: OutputTable,
): SheetEntry | undefined {
  const isOwned = (name: string): boolean => owned.some((n) => sameName(n, name));
  const existing = index.sheets.find((s) => sameName(s.name, output.sheet));
  if (existing && (!existing.part || !isOwned(existing.name))) {
    throw new PackageError(issue('PKG_SHEET_NOT_OWNED', 'error', { file: pkg.file, sheet: existing.name }));
  }
  // A table on a sheet being rewritten goes away with it; any other table or name is someone else's.
  const rewritten = (sheet: SheetEntry): boolean => isOwned(sheet.name) && outputs.some((o) => sameName(o.sheet, sheet.name));
  const clash = index.tables.find((t) => sameName(t.name, output.table) && !rewritten(t.sheet));
  if (clash) throw new PackageError(issue('PKG_NAME_TAKEN', 'error', { file: pkg.file, sheet: clash.sheet.name }, { name: output.table }));
  if (index.names.some((n) => sameName(n.name, output.table))) {
    throw new PackageError(issue('PKG_NAME_TAKEN', 'error', { file: pkg.file }, { name: output.table }));
  }
  return existing;
}

function planStyles(pkg: OpcPackage, index: WorkbookIndex, changes: Changes, outputs: ReadonlyArray<OutputTable>) {
  const requests = [{ format: 'General', bold: true }, ...outputs.flatMap((o) => o.columns.map((c) => ({ format: OUT_FORMAT_CODE[c.format] })))];
  const stylesPart = index.stylesPart ?? nextNumbered('xl/styles', changes.taken(), '.xml');
  const ensured = ensureCellStyles(index.stylesPart ? pkg.text(index.stylesPart)!.text : BASE_STYLES, requests);
  if (!ensured) throw pkg.damaged(stylesPart);
  if (index.stylesPart) changes.replace(stylesPart, ensured.xml);
  else {
    changes.add(stylesPart, ensured.xml, CONTENT_TYPE.styles);
    changes.workbookRels.push({ id: nextNumbered('rId', pkg.relationships(index.part).map((r) => r.id)), type: REL_TYPE.styles, target: relativeTarget(index.part, stylesPart) });
  }
  const [bold, ...columns] = ensured.styles;
  let at = 0;
  return outputs.map((o) => {
    const own = columns.slice(at, at + o.columns.length);
    at += o.columns.length;
    return { title: bold!, header: bold!, columns: own };
  });
}

function addOwnedRecord(pkg: OpcPackage, workbookPart: string, changes: Changes, record: string, workbookRelIds: ReadonlyArray<string>): void {
  const item = nextNumbered('customXml/item', changes.taken(), '.xml');
  const props = item.replace(/item(\d+)\.xml$/, 'itemProps$1.xml');
  const xmlIsDefault = pkg.contentType('customXml/any.xml') === CONTENT_TYPE.xml;
  changes.add(item, record, xmlIsDefault ? undefined : CONTENT_TYPE.xml);
  changes.add(
    props,
    `${XML_DECLARATION}<ds:datastoreItem ds:itemID="${OWNED_RECORD_ITEM_ID}" xmlns:ds="${NS.customXmlProps}"><ds:schemaRefs/></ds:datastoreItem>`,
    CONTENT_TYPE.customXmlProps,
  );
  changes.add(relsPartOf(item), relationshipsXml([{ id: 'rId1', type: REL_TYPE.customXmlProps, target: relativeTarget(item, props) }]));
  const rId = nextNumbered('rId', [...workbookRelIds, ...changes.workbookRels.map((r) => r.id)]);
  changes.workbookRels.push({ id: rId, type: REL_TYPE.customXml, target: relativeTarget(workbookPart, item) });
}
