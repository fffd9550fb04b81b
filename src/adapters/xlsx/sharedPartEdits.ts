import { NS } from "./opcNames";
import { relationshipXml, type RelationshipContent } from "./partXml";
import {
  appendChildrenSplice,
  applySplices,
  prefixOf,
  setAttributeSplice,
  startTagAttributes,
  xmlOutline,
  type Splice,
  type XmlElement,
} from "./xmlOutline";
import { escapeXml } from "./xmlEscape";
import { quoteSheet } from "../../ports/a1";
import { decodeEntities } from "./scanXml";

/*
 * Edits of the parts the tool shares with everyone else. Each one splices text in or out at
 * precise points and leaves every other character as it was: entries are appended, never
 * reordered; the only entries removed are the tool's own.
 */

export interface NewSheet {
  readonly name: string;
  readonly sheetId: number;
  readonly rId: string;
}

// Schema order of the workbook's children: calcPr comes right after the last of these.
const BEFORE_CALC_PR = new Set(["sheets", "functionGroups", "externalReferences", "definedNames"]);

const removal = (element: XmlElement): Splice => ({
  at: element.start,
  remove: element.end - element.start,
  insert: "",
});

/** The rows an owned sheet repeats at the top of every printed page (Excel's print titles). */
export interface PrintTitles {
  readonly sheet: string;
  /** 0-based. */
  readonly row: number;
}

const PRINT_TITLES = "_xlnm.Print_Titles";

/**
 * workbook.xml with `add` appended to <sheets>, the sheets at positions `remove` taken out, the
 * sheets at `renamed` given their new names, the print titles of `titles` (by new names) set (Excel's sheet-scoped name _xlnm.Print_Titles, made or replaced),
 * and calcPr's fullCalcOnLoad set so Excel recomputes, on opening, formulas that read the
 * outputs. Sheet-scoped names follow their sheet: a removed sheet's names go, later sheets'
 * indexes shift.
 */
export function patchWorkbookXml(
  xml: string,
  add: ReadonlyArray<NewSheet>,
  remove: ReadonlyArray<number> = [],
  titles: ReadonlyArray<PrintTitles> = [],
  renamed: ReadonlyArray<{ readonly index: number; readonly name: string }> = []
): string {
  const root = xmlOutline(xml, 2);
  const splices: Splice[] = [];
  const find = (local: string): XmlElement | undefined =>
    root.children.find((c) => c.local === local);
  const sheets = find("sheets");
  const shift = (index: number): number => index - remove.filter((r) => r < index).length;
  if (sheets) {
    sheets.children.forEach((sheet, i) => remove.includes(i) && splices.push(removal(sheet)));
    for (const { index, name } of renamed) {
      const sheet = sheets.children[index];
      const splice = sheet && setAttributeSplice(xml, sheet, "name", escapeXml(name));
      if (splice) splices.push(splice);
    }
    if (add.length) {
      const relPrefix = [...startTagAttributes(xml, root)]
        .find(([name, a]) => name.startsWith("xmlns:") && a.value === NS.rel)?.[0]
        .slice(6);
      const idAttribute = relPrefix ? `${relPrefix}:id` : "r:id";
      const declare = relPrefix ? "" : ` xmlns:r="${NS.rel}"`;
      const p = prefixOf(sheets);
      const added = add.map(
        (s) =>
          `<${p}sheet name="${escapeXml(s.name)}" sheetId="${s.sheetId}" ${idAttribute}="${s.rId}"${declare}/>`
      );
      splices.push(appendChildrenSplice(xml, sheets, added.join("")));
    }
  }
  if (remove.length) {
    const remaining = (sheets?.children.length ?? 0) - remove.length;
    for (const name of find("definedNames")?.children ?? []) {
      const local = startTagAttributes(xml, name).get("localSheetId");
      if (!local) continue;
      const index = Number(local.value);
      if (remove.includes(index)) splices.push(removal(name));
      else if (shift(index) !== index)
        splices.push({
          at: local.start,
          remove: local.end - local.start,
          insert: String(shift(index)),
        });
    }
    for (const view of find("bookViews")?.children ?? []) {
      for (const key of ["activeTab", "firstSheet"]) {
        const value = startTagAttributes(xml, view).get(key);
        const moved =
          value && String(Math.min(shift(Number(value.value)), Math.max(remaining - 1, 0)));
        if (value && moved !== value.value)
          splices.push({ at: value.start, remove: value.end - value.start, insert: moved! });
      }
    }
  }
  const calcPr = find("calcPr");
  if (calcPr) {
    const full = setAttributeSplice(xml, calcPr, "fullCalcOnLoad", "1");
    if (full) splices.push(full);
  } else {
    const anchor = root.children.filter((c) => BEFORE_CALC_PR.has(c.local)).pop();
    if (anchor)
      splices.push({ at: anchor.end, insert: `<${prefixOf(anchor)}calcPr fullCalcOnLoad="1"/>` });
  }
  // After calcPr's: where both are new they go in at one place, and applySplices puts the later one first.
  splices.push(...printTitleSplices(xml, root, add, remove, titles, renamed));
  return applySplices(xml, splices);
}

/** The splices that set each sheet's print titles, by its index once `add` and `remove` are done. */
function printTitleSplices(
  xml: string,
  root: XmlElement,
  add: ReadonlyArray<NewSheet>,
  remove: ReadonlyArray<number>,
  titles: ReadonlyArray<PrintTitles>,
  renamed: ReadonlyArray<{ readonly index: number; readonly name: string }>
): Splice[] {
  if (!titles.length) return [];
  const find = (local: string) => root.children.find((c) => c.local === local);
  const sheets = find("sheets");
  const before = (sheets?.children ?? []).map((s, i) =>
    (
      renamed.find((r) => r.index === i)?.name ??
      decodeEntities(startTagAttributes(xml, s).get("name")?.value ?? "")
    ).toLowerCase()
  );
  const names = find("definedNames");
  const existing = new Map(
    (names?.children ?? []).flatMap((n) => {
      const attributes = startTagAttributes(xml, n);
      const local = attributes.get("localSheetId")?.value;
      return attributes.get("name")?.value === PRINT_TITLES && local !== undefined
        ? [[Number(local), n] as const]
        : [];
    })
  );
  const remaining = before.length - remove.length;
  const splices: Splice[] = [];
  const added: string[] = [];
  const p = prefixOf(names ?? sheets ?? root);
  for (const { sheet, row } of titles) {
    const formula = escapeXml(`${quoteSheet(sheet)}!$${row + 1}:$${row + 1}`);
    const was = before.indexOf(sheet.toLowerCase());
    const element = was >= 0 && !remove.includes(was) ? existing.get(was) : undefined;
    if (element) {
      splices.push({
        at: element.openEnd,
        remove: element.closeStart - element.openEnd,
        insert: formula,
      });
      continue;
    }
    const index =
      was >= 0
        ? was - remove.filter((r) => r < was).length
        : remaining + add.findIndex((a) => a.name.toLowerCase() === sheet.toLowerCase());
    added.push(
      `<${p}definedName name="${PRINT_TITLES}" localSheetId="${index}">${formula}</${p}definedName>`
    );
  }
  if (added.length) {
    if (names) splices.push(appendChildrenSplice(xml, names, added.join("")));
    else {
      const anchor = root.children
        .filter((c) => ["sheets", "functionGroups", "externalReferences"].includes(c.local))
        .pop();
      if (anchor)
        splices.push({
          at: anchor.end,
          insert: `<${p}definedNames>${added.join("")}</${p}definedNames>`,
        });
    }
  }
  return splices;
}

/** A relationships part with `add` appended and the relationships with ids in `remove` taken out. */
export function editRelationships(
  xml: string,
  add: ReadonlyArray<RelationshipContent>,
  remove: ReadonlyArray<string> = []
): string {
  const root = xmlOutline(xml, 1);
  const splices = root.children
    .filter((r) => remove.includes(startTagAttributes(xml, r).get("Id")?.value ?? ""))
    .map(removal);
  if (add.length)
    splices.push(
      appendChildrenSplice(xml, root, add.map((r) => relationshipXml(r, prefixOf(root))).join(""))
    );
  return applySplices(xml, splices);
}

export interface NewOverride {
  readonly partName: string;
  readonly contentType: string;
}

/** [Content_Types].xml with an Override appended for each new part and those of removed parts taken out. */
export function editContentTypes(
  xml: string,
  add: ReadonlyArray<NewOverride>,
  remove: ReadonlyArray<string> = []
): string {
  const root = xmlOutline(xml, 1);
  const gone = new Set(remove.map((part) => `/${part}`.toLowerCase()));
  const splices = root.children
    .filter(
      (o) =>
        o.local === "Override" &&
        gone.has((startTagAttributes(xml, o).get("PartName")?.value ?? "").toLowerCase())
    )
    .map(removal);
  const p = prefixOf(root);
  if (add.length) {
    splices.push(
      appendChildrenSplice(
        xml,
        root,
        add
          .map(
            (o) =>
              `<${p}Override PartName="/${escapeXml(o.partName)}" ContentType="${o.contentType}"/>`
          )
          .join("")
      )
    );
  }
  return applySplices(xml, splices);
}

/** `${stem}N${suffix}` with N one past the highest already taken, so no earlier name is ever reused. */
export function nextNumbered(stem: string, taken: Iterable<string>, suffix = ""): string {
  const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const pattern = new RegExp(`^${escape(stem)}(\\d+)${escape(suffix)}$`, "i");
  let highest = 0;
  for (const name of taken) highest = Math.max(highest, Number(pattern.exec(name)?.[1] ?? 0));
  return `${stem}${highest + 1}${suffix}`;
}
