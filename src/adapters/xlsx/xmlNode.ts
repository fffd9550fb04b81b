import { XMLParser } from "fast-xml-parser";

/** An element as fast-xml-parser gives it: attributes under '@_name', children by local name. */
export type XmlNode = { readonly [key: string]: unknown };

// Elements that repeat: always arrays, so one occurrence and many read the same way.
const REPEATING = new Set([
  "Types.Default",
  "Types.Override",
  "Relationships.Relationship",
  "workbook.sheets.sheet",
  "workbook.definedNames.definedName",
  "styleSheet.numFmts.numFmt",
  "styleSheet.cellXfs.xf",
  "table.tableColumns.tableColumn",
  "table.autoFilter.filterColumn",
]);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  // Values stay text: a number's exact digits are the point, and nothing is trimmed or coerced.
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  removeNSPrefix: true,
  htmlEntities: true,
  isArray: (_name, jpath, _leaf, isAttribute) => !isAttribute && REPEATING.has(String(jpath)),
});

/** Parsed XML, or undefined when it is not well-formed or declares a DTD (entity expansion). */
export function parseXml(text: string): XmlNode | undefined {
  if (/<!DOCTYPE/i.test(text)) return undefined;
  try {
    return parser.parse(text, true) as XmlNode;
  } catch {
    return undefined;
  }
}

export const attr = (node: XmlNode | undefined, name: string): string | undefined => {
  const value = node?.[`@_${name}`];
  return typeof value === "string" ? value : undefined;
};

export const child = (node: XmlNode | undefined, name: string): XmlNode | undefined => {
  const value = node?.[name];
  if (Array.isArray(value)) return value[0] as XmlNode | undefined;
  if (typeof value === "string") return { "#text": value };
  return value && typeof value === "object" ? (value as XmlNode) : undefined;
};

export const children = (node: XmlNode | undefined, name: string): XmlNode[] => {
  const value = node?.[name];
  const list: unknown[] = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return list.map((v) => (typeof v === "string" ? { "#text": v } : (v as XmlNode)));
};

export const textOf = (node: XmlNode | undefined): string => {
  const value = node?.["#text"];
  return typeof value === "string" ? value : "";
};
