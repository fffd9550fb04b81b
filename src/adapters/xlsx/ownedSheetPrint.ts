import { formatRange, parseRange, rangesOverlap, type RangeRef } from "../../ports/a1";
import type { PageFooter } from "../../ports/footerCode";
import type { LaidOutTable, OutputExtent } from "../../ports/outputLayout";
import { PAGE_MARGINS } from "../../ports/printLayout";
import { encodeSpreadsheetText } from "./xmlEscape";
import {
  appendChildrenSplice,
  prefixOf,
  setAttributeSplice,
  startTagAttributes,
  type Splice,
  type XmlElement,
} from "./xmlOutline";

/** The children of a worksheet in the order the schema requires (CT_Worksheet). */
const WORKSHEET_ORDER = [
  "sheetPr",
  "dimension",
  "sheetViews",
  "sheetFormatPr",
  "cols",
  "sheetData",
  "sheetCalcPr",
  "sheetProtection",
  "protectedRanges",
  "scenarios",
  "autoFilter",
  "sortState",
  "dataConsolidate",
  "customSheetViews",
  "mergeCells",
  "phoneticPr",
  "conditionalFormatting",
  "dataValidations",
  "hyperlinks",
  "printOptions",
  "pageMargins",
  "pageSetup",
  "headerFooter",
  "rowBreaks",
  "colBreaks",
  "customProperties",
  "cellWatches",
  "ignoredErrors",
  "smartTags",
  "drawing",
  "legacyDrawing",
  "legacyDrawingHF",
  "drawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
];

/** A4 (the file format's paper size 9). */
const A4 = "9";

/** The three sections as the file format's footer text: &L…&C…&R…. */
const footerText = (f: PageFooter): string =>
  `${f.left ? `&L${f.left}` : ""}${f.center ? `&C${f.center}` : ""}${f.right ? `&R${f.right}` : ""}`;

const marginsXml = (p: string): string =>
  `<${p}pageMargins left="${PAGE_MARGINS.left}" right="${PAGE_MARGINS.right}" top="${PAGE_MARGINS.top}" ` +
  `bottom="${PAGE_MARGINS.bottom}" header="${PAGE_MARGINS.header}" footer="${PAGE_MARGINS.footer}"/>`;

const footerXml = (footer: PageFooter, p: string, header = ""): string =>
  `<${p}headerFooter>${header}<${p}oddFooter>${encodeSpreadsheetText(footerText(footer))}</${p}oddFooter></${p}headerFooter>`;

const pageSetupAttributes = (laid: LaidOutTable): Array<[string, string]> => [
  ["paperSize", A4],
  ["orientation", laid.print.landscape ? "landscape" : "portrait"],
  ["fitToWidth", "1"],
  ["fitToHeight", "0"],
];

const attributesText = (attributes: ReadonlyArray<[string, string]>): string =>
  attributes.map(([name, value]) => ` ${name}="${value}"`).join("");

/** The cells a caption line is merged across; none for a table one column wide. */
export const captionMerges = (laid: LaidOutTable): RangeRef[] =>
  laid.print.caption.map((c) => c.range).filter((range) => range.end.col > range.start.col);

const hyperlinkXml = (laid: LaidOutTable, p: string): string[] =>
  laid.print.links.map(
    (l) =>
      `<${p}hyperlink ref="${formatRange({ start: l, end: l })}" location="${encodeSpreadsheetText(l.target)}"/>`
  );

const mergeXml = (ranges: ReadonlyArray<string>, p: string): string =>
  ranges.length
    ? `<${p}mergeCells count="${ranges.length}">${ranges.map((m) => `<${p}mergeCell ref="${m}"/>`).join("")}</${p}mergeCells>`
    : "";

const hyperlinksXml = (links: ReadonlyArray<string>, p: string): string =>
  links.length ? `<${p}hyperlinks>${links.join("")}</${p}hyperlinks>` : "";

/** What a new owned sheet holds besides its cells, each in its place in the schema order. */
export function newSheetPrint(laid: LaidOutTable): {
  sheetPr: string;
  merged: string;
  hyperlinks: string;
  page: string;
} {
  const setup = attributesText(pageSetupAttributes(laid));
  return {
    sheetPr: '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>',
    merged: mergeXml(captionMerges(laid).map(formatRange), ""),
    hyperlinks: hyperlinksXml(hyperlinkXml(laid, ""), ""),
    page: marginsXml("") + `<pageSetup${setup}/>` + (laid.footer ? footerXml(laid.footer, "") : ""),
  };
}

/**
 * Splices that put new elements where the schema wants them among the worksheet's children:
 * those that land at one place are joined in the order they were added (schema order).
 */
class Inserts {
  private readonly at = new Map<number, string>();

  constructor(private readonly root: XmlElement) {}

  add(local: string, text: string): void {
    const index = WORKSHEET_ORDER.indexOf(local);
    const next = this.root.children.find((c) => WORKSHEET_ORDER.indexOf(c.local) > index);
    const at = next ? next.start : this.root.closeStart;
    this.at.set(at, (this.at.get(at) ?? "") + text);
  }

  splices(): Splice[] {
    return [...this.at].map(([at, insert]) => ({ at, insert }));
  }
}

const replaceSplice = (element: XmlElement, text: string): Splice => ({
  at: element.start,
  remove: element.end - element.start,
  insert: text,
});

/**
 * The splices that give an owned sheet, rewritten in place, the print setup of its new layout:
 * fit to one page wide on A4 (sheetPr's pageSetUpPr and pageSetup, whose other settings stay),
 * the margins, the footer (a person's page header stays), the caption merged across the table
 * and the places linked. Merges and links within the output's old or new extent are the tool's
 * and go; a person's elsewhere on the sheet stay.
 */
export function patchSheetPrint(
  xml: string,
  root: XmlElement,
  laid: LaidOutTable,
  ours: (range: RangeRef) => boolean
): Splice[] {
  const find = (local: string) => root.children.find((c) => c.local === local);
  const p = prefixOf(root);
  const splices: Splice[] = [];
  const inserts = new Inserts(root);
  const sheetPr = find("sheetPr");
  const fit = `<${p}pageSetUpPr fitToPage="1"/>`;
  if (!sheetPr) splices.push({ at: root.openEnd, insert: `<${p}sheetPr>${fit}</${p}sheetPr>` });
  else {
    const setUp = sheetPr.children.find((c) => c.local === "pageSetUpPr");
    const set = setUp && setAttributeSplice(xml, setUp, "fitToPage", "1");
    if (!setUp) splices.push(appendChildrenSplice(xml, sheetPr, fit));
    else if (set) splices.push(set);
  }

  const mergeCells = find("mergeCells");
  const keptMerges = (mergeCells?.children ?? [])
    .map((m) => startTagAttributes(xml, m).get("ref")?.value ?? "")
    .filter((ref) => {
      const range = parseRange(ref);
      return !range || !ours(range);
    });
  const merges = mergeXml([...keptMerges, ...captionMerges(laid).map(formatRange)], p);
  if (mergeCells) splices.push(replaceSplice(mergeCells, merges));
  else if (merges) inserts.add("mergeCells", merges);

  const hyperlinks = find("hyperlinks");
  const keptLinks = (hyperlinks?.children ?? [])
    .filter((h) => {
      const range = parseRange(startTagAttributes(xml, h).get("ref")?.value ?? "");
      return !range || !ours(range);
    })
    .map((h) => xml.slice(h.start, h.end));
  const links = hyperlinksXml([...keptLinks, ...hyperlinkXml(laid, p)], p);
  if (hyperlinks) splices.push(replaceSplice(hyperlinks, links));
  else if (links) inserts.add("hyperlinks", links);

  const margins = find("pageMargins");
  if (margins) splices.push(replaceSplice(margins, marginsXml(p)));
  else inserts.add("pageMargins", marginsXml(p));
  const setup = find("pageSetup");
  if (setup)
    for (const [name, value] of pageSetupAttributes(laid)) {
      const splice = setAttributeSplice(xml, setup, name, value);
      if (splice) splices.push(splice);
    }
  else inserts.add("pageSetup", `<${p}pageSetup${attributesText(pageSetupAttributes(laid))}/>`);
  if (laid.footer) {
    const headerFooter = find("headerFooter");
    const header = headerFooter?.children.find((c) => c.local === "oddHeader");
    const text = footerXml(laid.footer, p, header ? xml.slice(header.start, header.end) : "");
    if (headerFooter) splices.push(replaceSplice(headerFooter, text));
    else inserts.add("headerFooter", text);
  }
  return [...splices, ...inserts.splices()];
}

/** Whether a range lies in an output's old or new extent (what the tool wrote or writes there). */
export const inEither =
  (before: OutputExtent, after: OutputExtent) =>
  (range: RangeRef): boolean =>
    [before.caption, before.table, after.caption, after.table].some(
      (part) => part !== undefined && rangesOverlap(part, range)
    );
