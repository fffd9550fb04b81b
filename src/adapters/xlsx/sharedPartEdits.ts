import { NS } from './opcNames';
import { relationshipXml, type RelationshipContent } from './partXml';
import { appendChildrenSplice, applySplices, prefixOf, setAttributeSplice, startTagAttributes, xmlOutline, type Splice } from './xmlOutline';
import { escapeXml } from './xmlEscape';

/*
 * Edits of the parts the tool shares with everyone else. Each one splices text in at one point
 * and leaves every other character as it was: entries are appended, never renumbered or reordered.
 */

export interface NewSheet {
  readonly name: string;
  readonly sheetId: number;
  readonly rId: string;
}

// Schema order of the workbook's children: calcPr comes right after the last of these.
const BEFORE_CALC_PR = new Set(['sheets', 'functionGroups', 'externalReferences', 'definedNames']);

/**
 * workbook.xml with `sheets` appended to <sheets> and calcPr's fullCalcOnLoad set, so Excel
 * recomputes, on opening, the formulas elsewhere that read the output tables.
 */
export function patchWorkbookXml(xml: string, sheets: ReadonlyArray<NewSheet>): string {
  const root = xmlOutline(xml, 1);
  const splices: Splice[] = [];
  const sheetsElement = root.children.find((c) => c.local === 'sheets');
  if (sheets.length && sheetsElement) {
    const relPrefix = [...startTagAttributes(xml, root)].find(([name, a]) => name.startsWith('xmlns:') && a.value === NS.rel)?.[0].slice(6);
    const idAttribute = relPrefix ? `${relPrefix}:id` : `r:id`;
    const declare = relPrefix ? '' : ` xmlns:r="${NS.rel}"`;
    const p = prefixOf(sheetsElement);
    const added = sheets.map((s) => `<${p}sheet name="${escapeXml(s.name)}" sheetId="${s.sheetId}" ${idAttribute}="${s.rId}"${declare}/>`);
    splices.push(appendChildrenSplice(xml, sheetsElement, added.join('')));
  }
  const calcPr = root.children.find((c) => c.local === 'calcPr');
  if (calcPr) {
    const full = setAttributeSplice(xml, calcPr, 'fullCalcOnLoad', '1');
    if (full) splices.push(full);
  } else {
    const anchor = root.children.filter((c) => BEFORE_CALC_PR.has(c.local)).pop();
    if (anchor) splices.push({ at: anchor.end, insert: `<${prefixOf(anchor)}calcPr fullCalcOnLoad="1"/>` });
  }
  return applySplices(xml, splices);
}

/** A relationships part with `rels` appended. */
export function appendRelationships(xml: string, rels: ReadonlyArray<RelationshipContent>): string {
  if (!rels.length) return xml;
  const root = xmlOutline(xml, 0);
  const p = prefixOf(root);
  return applySplices(xml, [appendChildrenSplice(xml, root, rels.map((r) => relationshipXml(r).replace('<Relationship', `<${p}Relationship`)).join(''))]);
}

export interface NewOverride {
  readonly partName: string;
  readonly contentType: string;
}

/** [Content_Types].xml with an Override appended for each new part. */
export function appendContentTypes(xml: string, overrides: ReadonlyArray<NewOverride>): string {
  if (!overrides.length) return xml;
  const root = xmlOutline(xml, 0);
  const p = prefixOf(root);
  const added = overrides.map((o) => `<${p}Override PartName="/${escapeXml(o.partName)}" ContentType="${o.contentType}"/>`);
  return applySplices(xml, [appendChildrenSplice(xml, root, added.join(''))]);
}

/** `${stem}N${suffix}` with N one past the highest already taken, so no earlier name is ever reused. */
export function nextNumbered(stem: string, taken: Iterable<string>, suffix = ''): string {
  const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp(`^${escape(stem)}(\\d+)${escape(suffix)}$`, 'i');
  let highest = 0;
  for (const name of taken) highest = Math.max(highest, Number(pattern.exec(name)?.[1] ?? 0));
  return `${stem}${highest + 1}${suffix}`;
}
