import { BUILT_IN_FORMATS } from "./numberFormats";
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
import { attr, child, children, parseXml } from "./xmlNode";

/** A cell style the writer needs: a number format code ('General' for none), the font and the alignment. */
export interface StyleRequest {
  readonly format: string;
  readonly bold?: boolean;
  /** Excel's quote prefix: the text is shown as is, and keeps a leading apostrophe when edited. */
  readonly quotePrefix?: boolean;
  /** Shown as a link: underlined, in the theme's hyperlink colour. */
  readonly link?: boolean;
  readonly align?: "right";
  /** Text wraps within the cell, from its top. */
  readonly wrap?: boolean;
}

/** A styles part with just Excel's obligatory defaults, for a package that has none. */
export const BASE_STYLES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<fonts count="1"><font><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  "</styleSheet>";

const FIRST_CUSTOM_FORMAT_ID = 164;
const BUILT_IN_IDS = new Map(
  Object.entries(BUILT_IN_FORMATS).map(([id, code]) => [code, Number(id)])
);

/**
 * The cell style index (cellXfs position) of each request, appending to the styles part only
 * what is not there yet: number formats matched by code, our bold font and xfs matched by their
 * exact text, so the second refresh finds everything the first one appended and changes nothing.
 * Existing entries are never renumbered, reordered or rewritten; only `count` attributes change.
 * Undefined when the part lacks the fonts or cellXfs lists every real styles part has.
 */
export function ensureCellStyles(
  xml: string,
  requests: ReadonlyArray<StyleRequest>
): { xml: string; styles: number[] } | undefined {
  const root = xmlOutline(xml, 3);
  const find = (local: string): XmlElement | undefined =>
    root.children.find((c) => c.local === local);
  const fonts = find("fonts");
  const cellXfs = find("cellXfs");
  const numFmts = find("numFmts");
  const parsed = child(parseXml(xml), "styleSheet");
  if (!fonts || !cellXfs || !fonts.children[0] || !parsed) return undefined;
  const p = prefixOf(root);

  const formatIds = new Map(
    children(child(parsed, "numFmts"), "numFmt").map((f) => [
      attr(f, "formatCode") ?? "",
      Number(attr(f, "numFmtId")),
    ])
  );
  let nextFormatId = Math.max(FIRST_CUSTOM_FORMAT_ID - 1, ...formatIds.values()) + 1;
  const newFormats: string[] = [];
  const formatId = (code: string): number => {
    if (code === "General") return 0;
    const known = formatIds.get(code) ?? BUILT_IN_IDS.get(code);
    if (known !== undefined) return known;
    formatIds.set(code, nextFormatId);
    newFormats.push(`<${p}numFmt numFmtId="${nextFormatId}" formatCode="${escapeXml(code)}"/>`);
    return nextFormatId++;
  };

  const fontTexts = fonts.children.map((f) => xml.slice(f.start, f.end));
  const newFonts: string[] = [];
  let boldFontId: number | undefined;
  const boldFont = (): number => {
    if (boldFontId !== undefined) return boldFontId;
    const base = fonts.children[0]!;
    const fp = prefixOf(base);
    const baseText = fontTexts[0]!;
    if (/<(\w+:)?b[\s/>]/.test(baseText)) return (boldFontId = 0);
    const bold = base.selfClosing
      ? `<${base.name}><${fp}b/></${base.name}>`
      : `${xml.slice(base.start, base.openEnd)}<${fp}b/>${xml.slice(base.openEnd, base.end)}`;
    const found = fontTexts.indexOf(bold);
    if (found >= 0) return (boldFontId = found);
    newFonts.push(bold);
    fontTexts.push(bold);
    return (boldFontId = fontTexts.length - 1);
  };

  let linkFontId: number | undefined;
  // The default font underlined in the theme's hyperlink colour (Excel's Hyperlink style), its children in schema order.
  const linkFont = (): number => {
    if (linkFontId !== undefined) return linkFontId;
    const base = fonts.children[0]!;
    const fp = prefixOf(base);
    const pick = (...locals: string[]): string =>
      base.children
        .filter((c) => locals.includes(c.local))
        .map((c) => xml.slice(c.start, c.end))
        .join("");
    const link =
      `<${base.name}><${fp}u/>${pick("sz")}<${fp}color theme="10"/>` +
      `${pick("name", "family", "charset", "scheme")}</${base.name}>`;
    const found = fontTexts.indexOf(link);
    if (found >= 0) return (linkFontId = found);
    newFonts.push(link);
    fontTexts.push(link);
    return (linkFontId = fontTexts.length - 1);
  };

  const xfTexts = cellXfs.children.map((x) => xml.slice(x.start, x.end));
  const newXfs: string[] = [];
  const xfPrefix = cellXfs.children[0] ? prefixOf(cellXfs.children[0]) : p;
  const styles = requests.map((request) => {
    const numFmtId = formatId(request.format);
    const alignment =
      request.align || request.wrap
        ? `<${xfPrefix}alignment${request.align ? ` horizontal="${request.align}"` : ""}` +
          `${request.wrap ? ' vertical="top" wrapText="1"' : ""}/>`
        : "";
    if (numFmtId === 0 && !request.bold && !request.quotePrefix && !request.link && !alignment)
      return 0;
    const fontId = request.bold ? boldFont() : request.link ? linkFont() : 0;
    const start =
      `<${xfPrefix}xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="0" borderId="0" xfId="0"` +
      `${request.quotePrefix ? ' quotePrefix="1"' : ""}` +
      `${numFmtId ? ' applyNumberFormat="1"' : ""}${fontId ? ' applyFont="1"' : ""}` +
      `${alignment ? ' applyAlignment="1"' : ""}`;
    const xf = alignment ? `${start}>${alignment}</${xfPrefix}xf>` : `${start}/>`;
    const found = xfTexts.indexOf(xf);
    if (found >= 0) return found;
    newXfs.push(xf);
    xfTexts.push(xf);
    return xfTexts.length - 1;
  });

  const splices: Splice[] = [];
  const grow = (element: XmlElement, added: string[], total: number): void => {
    if (!added.length) return;
    splices.push(appendChildrenSplice(xml, element, added.join("")));
    if (startTagAttributes(xml, element).has("count")) {
      const count = setAttributeSplice(xml, element, "count", String(total));
      if (count) splices.push(count);
    }
  };
  if (numFmts) grow(numFmts, newFormats, numFmts.children.length + newFormats.length);
  else if (newFormats.length)
    splices.push({
      at: root.openEnd,
      insert: `<${p}numFmts count="${newFormats.length}">${newFormats.join("")}</${p}numFmts>`,
    });
  grow(fonts, newFonts, fontTexts.length);
  grow(cellXfs, newXfs, xfTexts.length);
  return { xml: applySplices(xml, splices), styles };
}
