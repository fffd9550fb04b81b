import { issue } from "../../engine/issue";
import { outputLayout, type LaidOutTable } from "../../ports/outputLayout";
import type { OutputTable } from "../../ports/workbookPort";
import { PortError } from "../../ports/portError";
import { BASE_STYLES, ensureCellStyles } from "./cellStyles";
import { checkOutputs } from "./checkOutputs";
import { findOwnedRecord } from "./findOwnedRecord";
import { relativeTarget, relsPartOf, type OpcPackage } from "./opcPackage";
import { CONTENT_TYPE, NS, REL_TYPE } from "./opcNames";
import {
  outputSheetXml,
  outputStyleRequests,
  outputTableXml,
  styleKey,
  type StyleIndex,
} from "./outputSheetXml";
import { encodeOwnedRecord } from "./ownedRecord";
import { relationshipsXml, XML_DECLARATION, type RelationshipContent } from "./partXml";
import {
  editContentTypes,
  editRelationships,
  nextNumbered,
  patchWorkbookXml,
  type NewOverride,
  type NewSheet,
} from "./sharedPartEdits";
import { sameName, type SheetEntry, type WorkbookIndex } from "./workbookIndex";
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
  readonly removed = new Set<string>();
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

  workbookRelId(existing: ReadonlyArray<string>): string {
    return nextNumbered("rId", [...existing, ...this.workbookRels.map((r) => r.id)]);
  }
}

/**
 * What a write changes, or a PortError before anything changed when an output would
 * overwrite a sheet or take a name the tool does not own. Owned sheets that are written again
 * keep their part names, relationship ids, sheetId and table id, so references to them keep
 * working; owned sheets no longer written are removed with their parts.
 */
export function planOutputs(
  pkg: OpcPackage,
  index: WorkbookIndex,
  outputs: ReadonlyArray<OutputTable>,
  settings: string
): PackagePlan {
  checkOutputs(outputs);
  const laidOut = outputs.map(outputLayout);
  const found = findOwnedRecord(pkg, index.part);
  const owned = found?.record.owned ?? [];
  const isOwned = (sheet: SheetEntry): boolean =>
    sheet.part !== undefined && owned.some((n) => sameName(n, sheet.name));
  const existing = outputs.map((output) => existingOwnedSheet(pkg, index, isOwned, output));
  const retired = index.sheets.filter(
    (s) => isOwned(s) && !outputs.some((o) => sameName(o.sheet, s.name))
  );

  const changes = new Changes(pkg);
  const styleOf = planStyles(pkg, index, changes, laidOut);
  let lastSheetId = Math.max(0, ...index.sheets.map((s) => s.sheetId));
  let lastTableId = Math.max(0, ...index.tables.map((t) => t.id));
  const workbookRelIds = pkg.relationships(index.part).map((r) => r.id);

  laidOut.forEach((laid, i) => {
    const sheet = existing[i];
    const previousTable =
      sheet &&
      pkg
        .relationships(sheet.part!)
        .find((r) => r.type === REL_TYPE.table && !r.external && pkg.has(r.target));
    const table =
      previousTable && index.tables.find((t) => t.part === pkg.storedName(previousTable.target));
    const sheetPart = sheet?.part ?? nextNumbered("xl/worksheets/sheet", changes.taken(), ".xml");
    const tablePart = table?.part ?? nextNumbered("xl/tables/table", changes.taken(), ".xml");
    const tableRelId = previousTable?.id ?? "rId1";
    const tableId = table?.id ?? ++lastTableId;
    if (!sheet) {
      const rId = changes.workbookRelId(workbookRelIds);
      changes.workbookRels.push({
        id: rId,
        type: REL_TYPE.worksheet,
        target: relativeTarget(index.part, sheetPart),
      });
      changes.sheets.push({ name: laid.sheet, sheetId: ++lastSheetId, rId });
    }
    const put = (part: string, text: string, exists: boolean, contentType?: string): void =>
      exists ? changes.replace(part, text) : changes.add(part, text, contentType);
    put(
      sheetPart,
      outputSheetXml(laid, styleOf, tableRelId),
      sheet !== undefined,
      CONTENT_TYPE.worksheet
    );
    put(tablePart, outputTableXml(laid, tableId), table !== undefined, CONTENT_TYPE.table);
    const rels = relationshipsXml([
      { id: tableRelId, type: REL_TYPE.table, target: relativeTarget(sheetPart, tablePart) },
    ]);
    put(relsPartOf(sheetPart), rels, pkg.has(relsPartOf(sheetPart)));
  });

  for (const sheet of retired) {
    const tables = pkg
      .relationships(sheet.part!)
      .filter((r) => r.type === REL_TYPE.table && !r.external && pkg.has(r.target));
    for (const part of [
      sheet.part!,
      relsPartOf(sheet.part!),
      ...tables.map((t) => pkg.storedName(t.target)!),
    ]) {
      if (pkg.has(part)) changes.removed.add(part);
    }
  }

  const record = encodeOwnedRecord({
    owned: outputs.map((o) => index.sheets.find((s) => sameName(s.name, o.sheet))?.name ?? o.sheet),
    settings,
  });
  if (found) changes.replace(found.part, record);
  else addOwnedRecord(pkg, index.part, changes, record, workbookRelIds);

  const retiredPositions = retired.map((s) => index.sheets.indexOf(s));
  changes.replace(
    index.part,
    patchWorkbookXml(pkg.text(index.part)!.text, changes.sheets, retiredPositions)
  );
  const workbookRels = relsPartOf(index.part);
  changes.replace(
    workbookRels,
    editRelationships(
      pkg.text(workbookRels)!.text,
      changes.workbookRels,
      retired.map((s) => s.rId)
    )
  );
  changes.replace(
    CONTENT_TYPES,
    editContentTypes(pkg.text(CONTENT_TYPES)!.text, changes.overrides, [...changes.removed])
  );
  return { changes: changes.parts, removed: changes.removed };
}

/**
 * The owned sheet an output replaces, or undefined when it is new. A sheet of that name the
 * tool does not own, or a table or defined name of that name elsewhere, refuses the whole write.
 */
function existingOwnedSheet(
  pkg: OpcPackage,
  index: WorkbookIndex,
  isOwned: (sheet: SheetEntry) => boolean,
  output: OutputTable
): SheetEntry | undefined {
  const existing = index.sheets.find((s) => sameName(s.name, output.sheet));
  if (existing && !isOwned(existing)) {
    throw new PortError(
      issue("PKG_SHEET_NOT_OWNED", "error", { file: pkg.file, sheet: existing.name })
    );
  }
  // A table on an owned sheet is rewritten or removed with it; any other table or name is someone else's.
  const clash = index.tables.find((t) => sameName(t.name, output.table) && !isOwned(t.sheet));
  if (clash)
    throw new PortError(
      issue(
        "PKG_NAME_TAKEN",
        "error",
        { file: pkg.file, sheet: clash.sheet.name },
        { name: output.table }
      )
    );
  if (index.names.some((n) => sameName(n.name, output.table))) {
    throw new PortError(
      issue("PKG_NAME_TAKEN", "error", { file: pkg.file }, { name: output.table })
    );
  }
  return existing;
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
  const styles = { plain: new Map<string, number>(), bold: new Map<string, number>() };
  requests.forEach((r, i) =>
    (r.bold ? styles.bold : styles.plain).set(r.format, ensured.styles[i]!)
  );
  return styles;
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
