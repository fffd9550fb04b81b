import { attr, child, children, parseXml, textOf } from "./xmlNode";
import { XML_DECLARATION } from "./partXml";
import { startTagAttributes, xmlOutline } from "./xmlOutline";
import { decodeSpreadsheetText, encodeSpreadsheetText, escapeXml } from "./xmlEscape";

/**
 * The tool keeps what it owns in one custom XML part of the workbook, found by this namespace:
 * the names of the sheets it created (so it never overwrites a sheet someone else made) and the
 * settings of the last refresh. A custom XML part survives Excel and LibreOffice round trips,
 * is invisible to users, and the Office.js host reaches the same part with
 * `workbook.customXmlParts.getByNamespace(OWNED_RECORD_NAMESPACE)`.
 *
 *   <lumpsum xmlns="urn:ibn-lumpsum:annex:1">
 *     <owned><sheet name="Lumpsum per jaar"/>…</owned>
 *     <settings>{"…": …}</settings>
 *   </lumpsum>
 */
export const OWNED_RECORD_NAMESPACE = "urn:ibn-lumpsum:annex:1";

export interface OwnedRecord {
  /** Sheet names in the order they were first created. */
  readonly owned: ReadonlyArray<string>;
  readonly settings?: string;
}

export function encodeOwnedRecord(record: OwnedRecord): string {
  const sheets = record.owned.map((name) => `<sheet name="${escapeXml(name)}"/>`).join("");
  const settings =
    record.settings === undefined
      ? ""
      : `<settings>${encodeSpreadsheetText(record.settings)}</settings>`;
  return `${XML_DECLARATION}<lumpsum xmlns="${OWNED_RECORD_NAMESPACE}"><owned>${sheets}</owned>${settings}</lumpsum>`;
}

/** The record in a custom XML part's text, or undefined when the part is someone else's. */
export function decodeOwnedRecord(xml: string): OwnedRecord | undefined {
  const node = parseXml(xml);
  const root = child(node, "lumpsum");
  if (
    !root ||
    startTagAttributes(xml, xmlOutline(xml, 0)).get("xmlns")?.value !== OWNED_RECORD_NAMESPACE
  )
    return undefined;
  const settings = child(root, "settings");
  return {
    owned: children(child(root, "owned"), "sheet").map((s) => attr(s, "name") ?? ""),
    ...(settings ? { settings: decodeSpreadsheetText(textOf(settings)) } : {}),
  };
}
