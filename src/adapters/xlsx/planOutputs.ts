import { contentHash } from "../../ports/contentHash";
import { inExtent, type LaidOutTable } from "../../ports/outputLayout";
import { ownedOutput, planOwnedWrite, type OutputPlan } from "../../ports/planOwnedWrite";
import { PortError } from "../../ports/portError";
import { editFormula, type ColumnShift, type FormulaEdit } from "../../ports/referenceEdits";
import type { OutputTable, WriteOptions } from "../../ports/workbookPort";
import { filterCalcChain } from "./calcChain";
import { BASE_STYLES, ensureCellStyles } from "./cellStyles";
import { checkOutputs } from "./checkOutputs";
import { findOwnedRecord } from "./findOwnedRecord";
import { relativeTarget, relsPartOf, type OpcPackage } from "./opcPackage";
import { CONTENT_TYPE, NS, REL_TYPE } from "./opcNames";
import { patchOwnedSheet } from "./ownedSheetPatch";
import { patchOwnedTable } from "./ownedTablePatch";
import {
  outputSheetXml,
  outputStyleRequests,
  outputTableXml,
  styleKey,
  type StyleIndex,
} from "./outputSheetXml";
import { encodeOwnedRecord } from "./ownedRecord";
import { findReferences, rewriteReferences, type Scope } from "./packageReferences";
import { relationshipsXml, XML_DECLARATION, type RelationshipContent } from "./partXml";
import {
  editContentTypes,
  editRelationships,
  nextNumbered,
  patchWorkbookXml,
  type NewOverride,
  type NewSheet,
} from "./sharedPartEdits";
import { sameName, type WorkbookIndex } from "./workbookIndex";
import { formulaCells } from "./worksheetFormulas";
import { xlsxHostRefusals, xlsxWriteFacts } from "./xlsxWriteFacts";
import { encodeXml } from "./xmlText";

const CONTENT_TYPES = "[Content_Types].xml";
/** Our custom XML part's datastore id; unique within a workbook, which is all Office asks. */
const OWNED_RECORD_ITEM_ID = "{6B1C4E7A-2F3D-4A5B-9C8D-0E1F2A3B4C5D}";

/** What a write does to the package: parts replaced or added (in order), parts removed. */
export interface PackagePlan {
  readonly changes: Map<string, Uint8Array>;
  readonly removed: Set<string>;
}

/** Parts created or replaced by a write, collected in order; new parts are appended to the package in this order. */
class Changes {
  readonly parts = new Map<string, Uint8Array>();
  /** The text of each part replaced or added, before encoding. */
  readonly texts = new Map<string, string>();
  readonly removed = new Set<string>();
  readonly overrides: NewOverride[] = [];
  readonly workbookRels: RelationshipContent[] = [];
  readonly removedRels: string[] = [];
  readonly sheets: NewSheet[] = [];

  constructor(private readonly pkg: OpcPackage) {}

  /** Replace an existing part, keeping its text encoding. */
  replace(part: string, text: string): void {
    this.texts.set(part, text);
    this.parts.set(part, encodeXml(text, this.pkg.text(part)?.encoding));
  }

  add(part: string, text: string, contentType?: string): void {
    this.texts.set(part, text);
    this.parts.set(part, encodeXml(text));
    if (contentType) this.overrides.push({ partName: part, contentType });
  }

  remove(part: string): void {
    if (this.pkg.has(part)) this.removed.add(part);
  }

  taken(): string[] {
    return [...this.pkg.partNames, ...this.parts.keys()];
  }

  workbookRelId(existing: ReadonlyArray<string>): string {
    return nextNumbered("rId", [...existing, ...this.workbookRels.map((r) => r.id)]);
  }
}

const lower = (s: string): string => s.toLowerCase();

/** A rule's cells after the owned sheet's columns moved: undefined when none moved, null when none are left. */
function editSqref(
  sqref: string,
  sheet: string,
  shifts: ReadonlyArray<ColumnShift>
): string | null | undefined {
  const ranges = sqref.split(/\s+/).filter(Boolean);
  const moved = ranges.map((r) => editFormula(r, sheet, { shifts }) ?? r);
  if (moved.every((m, k) => m === ranges[k])) return undefined;
  const left = moved.filter((m) => m !== "#REF!");
  return left.length ? left.join(" ") : null;
}

/** The cells the write put in an output (caption lines and table), for the record. */
const writtenHash = (laid: LaidOutTable): string => contentHash(laid.cells);

/**
 * What a write changes, or a PortError before anything changed. planOwnedWrite decides, the
 * same way as in Excel, which outputs are written in place, which are new and which owned
 * sheets go; the package is then patched: an owned sheet keeps its part, relationship ids,
 * sheetId and table id and everything it holds besides the tool's cells, so references to it
 * keep working; references to what goes are refused (one finding each) unless forced, and then
 * become #REF!; references into table columns that move move with them, as Excel moves them;
 * calcChain loses the entries of cells that no longer hold a formula.
 */
export function planOutputs(
  pkg: OpcPackage,
  index: WorkbookIndex,
  outputs: ReadonlyArray<OutputTable>,
  settings: string,
  options: WriteOptions = {}
): PackagePlan {
  checkOutputs(outputs);
  const found = findOwnedRecord(pkg, index.part);
  const plan = planOwnedWrite(outputs, xlsxWriteFacts(pkg, index, found?.record));
  const refusals = [...plan.refusals, ...xlsxHostRefusals(pkg, index, plan)];
  if (refusals.length) throw new PortError(refusals);

  const inPlace = plan.outputs.filter((o) => o.existing);
  const overwritten = new Map(
    inPlace.map((o): [string, (r: number, c: number) => boolean] => {
      const before = o.existing!.extent;
      return [
        lower(o.existing!.proven.sheet.name),
        (r, c) => inExtent(before, r, c) || inExtent(o.extent, r, c),
      ];
    })
  );
  const scope: Scope = { retired: plan.removal.sheets, overwritten };
  const removes = plan.removal.sheets.length + plan.removal.columns.length > 0;
  const references = removes ? findReferences(pkg, index, plan.removal, scope, pkg.file) : [];
  const confirm = [...plan.confirmable, ...references];
  if (confirm.length && !options.force) throw new PortError(confirm);

  const changes = new Changes(pkg);
  const styles = planStyles(
    pkg,
    index,
    changes,
    plan.outputs.map((o) => o.laid)
  );
  const edit: FormulaEdit = { removal: plan.removal, shifts: plan.shifts, renames: plan.renames };
  const rewritten = rewriteReferences(pkg, index, edit, {
    ...scope,
    rewritten: inPlace.map((o) => o.existing!.proven.sheet.name),
  });
  for (const [part, text] of rewritten.parts) changes.replace(part, text);

  let lastSheetId = Math.max(0, ...index.sheets.map((s) => s.sheetId));
  let lastTableId = Math.max(0, ...index.tables.map((t) => t.id));
  const workbookRelIds = pkg.relationships(index.part).map((r) => r.id);
  const ids = plan.outputs.map((o) =>
    o.existing
      ? writeInPlace(pkg, index, changes, o, styles, edit)
      : writeNew(pkg, index, changes, o, styles, workbookRelIds, ++lastSheetId, ++lastTableId)
  );

  const retired = plan.retired.map((r) =>
    index.sheets.find((s) => sameName(s.name, r.sheet.name))!
  );
  for (const sheet of retired) {
    const tables = pkg
      .relationships(sheet.part!)
      .filter((r) => r.type === REL_TYPE.table && !r.external);
    for (const part of [
      sheet.part!,
      relsPartOf(sheet.part!),
      ...tables.map((t) => pkg.storedName(t.target) ?? t.target),
    ])
      changes.remove(part);
  }
  dropStaleCalcChain(
    pkg,
    index,
    changes,
    plan.outputs,
    retired.map((s) => s.sheetId)
  );

  const record = encodeOwnedRecord({
    outputs: plan.outputs.map((o, k) => ({ ...ownedOutput(o, ids[k]), hash: writtenHash(o.laid) })),
    settings,
  });
  if (found) changes.replace(found.part, record);
  else addOwnedRecord(pkg, index.part, changes, record, workbookRelIds);

  changes.replace(
    index.part,
    patchWorkbookXml(
      rewritten.workbook,
      changes.sheets,
      retired.map((s) => index.sheets.indexOf(s)),
      plan.outputs.map((o) => ({
        sheet: o.existing?.renames.sheet ?? o.existing?.proven.sheet.name ?? o.laid.sheet,
        row: o.laid.print.titleRow,
      })),
      plan.renames.sheets.map((r) => ({
        index: index.sheets.findIndex((s) => sameName(s.name, r.from)),
        name: r.to,
      }))
    )
  );
  const workbookRels = relsPartOf(index.part);
  changes.replace(
    workbookRels,
    editRelationships(pkg.text(workbookRels)!.text, changes.workbookRels, [
      ...retired.map((s) => s.rId),
      ...changes.removedRels,
    ])
  );
  changes.replace(
    CONTENT_TYPES,
    editContentTypes(pkg.text(CONTENT_TYPES)!.text, changes.overrides, [...changes.removed])
  );
  return { changes: changes.parts, removed: changes.removed };
}

/** An owned output rewritten in its own sheet and table parts; the file's ids of both. */
function writeInPlace(
  pkg: OpcPackage,
  index: WorkbookIndex,
  changes: Changes,
  o: OutputPlan,
  styles: StyleIndex,
  edit: FormulaEdit
): { sheetId: number; tableId: number } {
  const { proven, extent: before, columns } = o.existing!;
  const sheet = index.sheets.find((s) => sameName(s.name, proven.sheet.name))!;
  const table = index.tables.find((t) => sameName(t.name, proven.table.name))!;
  const shifts = edit.shifts ?? [];
  changes.replace(
    sheet.part!,
    patchOwnedSheet(pkg.text(sheet.part!)!.text, o.laid, styles, before, o.extent, {
      formula: (f) => editFormula(f, sheet.name, edit),
      sqref: (s) => editSqref(s, sheet.name, shifts),
    })
  );
  const deleted = new Set(columns.deleted);
  // A column keeps its id under its new name too.
  const nameNow = (c: string) => o.existing!.renames.columns.find((r) => r.from === c)?.to ?? c;
  const keptIds = new Map(
    table.columns.map((c, k) => [
      lower(nameNow(c)),
      deleted.has(k) ? undefined : table.columnIds[k],
    ])
  );
  changes.replace(
    table.part,
    patchOwnedTable(
      pkg.text(table.part)!.text,
      o.laid,
      (h) => keptIds.get(lower(h)),
      o.existing!.renames.table
    )
  );
  return { sheetId: sheet.sheetId, tableId: table.id };
}

/** A new output on a new sheet with its table; the ids given to both. */
function writeNew(
  pkg: OpcPackage,
  index: WorkbookIndex,
  changes: Changes,
  o: OutputPlan,
  styles: StyleIndex,
  workbookRelIds: ReadonlyArray<string>,
  sheetId: number,
  tableId: number
): { sheetId: number; tableId: number } {
  const sheetPart = nextNumbered("xl/worksheets/sheet", changes.taken(), ".xml");
  const tablePart = nextNumbered("xl/tables/table", changes.taken(), ".xml");
  const rId = changes.workbookRelId(workbookRelIds);
  changes.workbookRels.push({
    id: rId,
    type: REL_TYPE.worksheet,
    target: relativeTarget(index.part, sheetPart),
  });
  changes.sheets.push({ name: o.laid.sheet, sheetId, rId });
  changes.add(sheetPart, outputSheetXml(o.laid, styles, "rId1"), CONTENT_TYPE.worksheet);
  changes.add(tablePart, outputTableXml(o.laid, tableId), CONTENT_TYPE.table);
  changes.add(
    relsPartOf(sheetPart),
    relationshipsXml([
      { id: "rId1", type: REL_TYPE.table, target: relativeTarget(sheetPart, tablePart) },
    ])
  );
  return { sheetId, tableId };
}

/**
 * xl/calcChain.xml without the entries Excel would repair for: cells of the owned sheets that
 * no longer hold a formula (a person may have typed one in the tool's cells) and the sheets
 * that went. When no entry is left the part goes, with its relationship and content type.
 */
function dropStaleCalcChain(
  pkg: OpcPackage,
  index: WorkbookIndex,
  changes: Changes,
  outputs: ReadonlyArray<OutputPlan>,
  retiredIds: ReadonlyArray<number>
): void {
  const rel = pkg
    .relationships(index.part)
    .find((r) => r.type === REL_TYPE.calcChain && !r.external);
  const part = rel && pkg.storedName(rel.target);
  if (!rel || !part) return;
  const formulas = new Map<number, Set<string>>();
  for (const o of outputs) {
    const sheet =
      o.existing && index.sheets.find((s) => sameName(s.name, o.existing!.proven.sheet.name));
    if (!sheet) continue;
    formulas.set(sheet.sheetId, new Set(formulaCells(changes.texts.get(sheet.part!)!)));
  }
  const filtered = filterCalcChain(pkg.text(part)!.text, (sheetId, cell) =>
    retiredIds.includes(sheetId) ? false : (formulas.get(sheetId)?.has(cell) ?? true)
  );
  if (filtered === undefined) return;
  if (filtered === null) {
    changes.remove(part);
    changes.removedRels.push(rel.id);
  } else changes.replace(part, filtered);
}

/** The cell style indexes the outputs need, appending to the styles part (or creating it) only what is missing. */
function planStyles(
  pkg: OpcPackage,
  index: WorkbookIndex,
  changes: Changes,
  laidOut: ReadonlyArray<LaidOutTable>
): StyleIndex {
  const requests = [
    ...new Map(laidOut.flatMap(outputStyleRequests).map((r) => [styleKey(r), r])).values(),
  ];
  const stylesPart = index.stylesPart ?? nextNumbered("xl/styles", changes.taken(), ".xml");
  const ensured = ensureCellStyles(
    index.stylesPart ? pkg.text(index.stylesPart)!.text : BASE_STYLES,
    requests
  );
  if (!ensured) throw pkg.damaged(stylesPart);
  if (index.stylesPart) changes.replace(stylesPart, ensured.xml);
  else {
    changes.add(stylesPart, ensured.xml, CONTENT_TYPE.styles);
    const existing = pkg.relationships(index.part).map((r) => r.id);
    changes.workbookRels.push({
      id: changes.workbookRelId(existing),
      type: REL_TYPE.styles,
      target: relativeTarget(index.part, stylesPart),
    });
  }
  return new Map(requests.map((r, i) => [styleKey(r), ensured.styles[i]!]));
}

function addOwnedRecord(
  pkg: OpcPackage,
  workbookPart: string,
  changes: Changes,
  record: string,
  workbookRelIds: ReadonlyArray<string>
): void {
  const item = nextNumbered("customXml/item", changes.taken(), ".xml");
  const props = item.replace(/item(\d+)\.xml$/, "itemProps$1.xml");
  const xmlIsDefault = pkg.contentType("customXml/any.xml") === CONTENT_TYPE.xml;
  changes.add(item, record, xmlIsDefault ? undefined : CONTENT_TYPE.xml);
  changes.add(
    props,
    `${XML_DECLARATION}<ds:datastoreItem ds:itemID="${OWNED_RECORD_ITEM_ID}" xmlns:ds="${NS.customXmlProps}"><ds:schemaRefs/></ds:datastoreItem>`,
    CONTENT_TYPE.customXmlProps
  );
  changes.add(
    relsPartOf(item),
    relationshipsXml([
      { id: "rId1", type: REL_TYPE.customXmlProps, target: relativeTarget(item, props) },
    ])
  );
  changes.workbookRels.push({
    id: changes.workbookRelId(workbookRelIds),
    type: REL_TYPE.customXml,
    target: relativeTarget(workbookPart, item),
  });
}
