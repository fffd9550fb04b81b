import { formatRange, parseRange } from "../../ports/a1";
import { freshLayout } from "../../ports/outputLayout";
import { textHash } from "../../ports/contentHash";
import type { OwnedOutput, OwnedRecord } from "../../ports/ownership";
import type { OutputTable } from "../../ports/workbookPort";
import { attr, child, children, parseXml, textOf, type XmlNode } from "./xmlNode";
import { prefixOf, startTagAttributes, xmlOutline } from "./xmlOutline";
import { decodeSpreadsheetText, encodeSpreadsheetText } from "./xmlEscape";

/**
 * The tool keeps what it owns in one custom XML part of the workbook, found by its namespace:
 * for each output the sheet and table it wrote (with the file's ids where a host has them),
 * where the table was, its columns and caption lines; the settings of the last refresh; a
 * fresh run id per write (how the add-in tells that a failed sync still landed) and a hash of
 * the cells written. A custom XML part survives Excel and LibreOffice round trips, is
 * invisible to users, and Office.js reaches the same part with
 * `workbook.customXmlParts.getByNamespace(…)`. Small on purpose: Excel on the web counts it
 * against each request's 5 MB. Written without an XML declaration (Excel adds its own).
 *
 *   <lumpsum xmlns="urn:ibn-lumpsum:annex:2" run="…">
 *     <output sheet="Lumpsum per jaar" table="LumpsumPerJaar" ref="A6:Q18" caption="4"
 *             sheetId="3" tableId="2" hash="…"><column name="Gemeente"/>…</output>
 *     <settings>{"…": …}</settings>
 *   </lumpsum>
 *
 * Version 1 (`urn:ibn-lumpsum:annex:1`) named owned sheets only, and the add-in added the
 * whole tables it wrote and, for undo, the ones before; it is read and migrated (undo of a
 * refresh made by that version is not carried over), and replaced by version 2 on the next write.
 */
export const OWNED_RECORD_NAMESPACE = "urn:ibn-lumpsum:annex:2";
export const OWNED_RECORD_V1_NAMESPACE = "urn:ibn-lumpsum:annex:1";
/** Every namespace a record may have, newest first: what a host looks for. */
export const RECORD_NAMESPACES = [OWNED_RECORD_NAMESPACE, OWNED_RECORD_V1_NAMESPACE] as const;

const attribute = (name: string, value: string | number | undefined): string =>
  value === undefined ? "" : ` ${name}="${encodeSpreadsheetText(String(value))}"`;

/**
 * The record's text. Its run id is derived from everything else in it (when not given), so an
 * identical write leaves identical bytes, and any write that changes a cell, a place or a
 * setting carries a new id (the captions state the run time).
 */
export function encodeOwnedRecord(record: OwnedRecord): string {
  const outputs = record.outputs.map(
    (o) =>
      `<output${attribute("sheet", o.sheet)}${attribute("table", o.table)}` +
      `${attribute("ref", o.ref && formatRange(o.ref))}${attribute("caption", o.captionRows)}` +
      `${attribute("sheetId", o.fileSheetId)}${attribute("tableId", o.fileTableId)}` +
      `${attribute("hash", o.hash)}>` +
      (o.columns ?? []).map((c) => `<column${attribute("name", c)}/>`).join("") +
      "</output>"
  );
  const settings =
    record.settings === undefined
      ? ""
      : `<settings>${encodeSpreadsheetText(record.settings)}</settings>`;
  const body = `${outputs.join("")}${settings}</lumpsum>`;
  const run = record.run ?? textHash(body);
  return `<lumpsum xmlns="${OWNED_RECORD_NAMESPACE}"${attribute("run", run)}>${body}`;
}

/** The namespace of a part's root element (default or prefixed), as Excel may hand it back reformatted. */
function rootNamespace(xml: string): string | undefined {
  try {
    const root = xmlOutline(xml, 0);
    if (root.local !== "lumpsum") return undefined;
    const prefix = prefixOf(root).replace(/:$/, "");
    return startTagAttributes(xml, root).get(prefix ? `xmlns:${prefix}` : "xmlns")?.value;
  } catch {
    return undefined;
  }
}

const text = (node: XmlNode | undefined, name: string): string | undefined => {
  const value = attr(node, name);
  return value === undefined ? undefined : decodeSpreadsheetText(value);
};

const integer = (node: XmlNode, name: string): number | undefined => {
  const value = Number(attr(node, name));
  return Number.isInteger(value) && value > 0 ? value : undefined;
};

function outputV2(node: XmlNode): OwnedOutput {
  const table = text(node, "table");
  const ref = parseRange(attr(node, "ref") ?? "");
  const caption = Number(attr(node, "caption"));
  const sheetId = integer(node, "sheetId");
  const tableId = integer(node, "tableId");
  const columns = children(node, "column").map((c) => text(c, "name") ?? "");
  const hash = text(node, "hash");
  return {
    sheet: text(node, "sheet") ?? "",
    ...(table ? { table } : {}),
    ...(ref ? { ref } : {}),
    ...(columns.length ? { columns } : {}),
    ...(Number.isInteger(caption) && caption >= 0 ? { captionRows: caption } : {}),
    ...(sheetId ? { fileSheetId: sheetId } : {}),
    ...(tableId ? { fileTableId: tableId } : {}),
    ...(hash ? { hash } : {}),
  };
}

/** A version-1 owned sheet, with what the add-in's copy of its table tells (table, place, columns). */
function outputV1(sheet: string, written: ReadonlyArray<OutputTable>): OwnedOutput {
  const out = written.find((w) => w.sheet.toLowerCase() === sheet.toLowerCase());
  if (!out) return { sheet };
  const laid = freshLayout(out);
  return {
    sheet,
    table: out.table,
    ref: laid.ref,
    columns: out.columns.map((c) => c.header),
    captionRows: out.caption.length,
  };
}

function writtenV1(root: XmlNode | undefined): OutputTable[] {
  try {
    const json = textOf(child(root, "written"));
    return json ? (JSON.parse(decodeSpreadsheetText(json)) as OutputTable[]) : [];
  } catch {
    return []; // a damaged copy only loses what it would have told
  }
}

/** The record in a custom XML part's text (either version), or undefined when the part is someone else's. */
export function decodeOwnedRecord(xml: string): OwnedRecord | undefined {
  const namespace = rootNamespace(xml);
  if (namespace !== OWNED_RECORD_NAMESPACE && namespace !== OWNED_RECORD_V1_NAMESPACE)
    return undefined;
  const root = child(parseXml(xml), "lumpsum");
  if (!root) return undefined;
  const settingsNode = child(root, "settings");
  const settings = settingsNode ? { settings: decodeSpreadsheetText(textOf(settingsNode)) } : {};
  if (namespace === OWNED_RECORD_V1_NAMESPACE) {
    const written = writtenV1(root);
    const outputs = children(child(root, "owned"), "sheet").map((s) =>
      outputV1(attr(s, "name") ?? "", written)
    );
    return { outputs, ...settings };
  }
  const run = text(root, "run");
  return { outputs: children(root, "output").map(outputV2), ...settings, ...(run ? { run } : {}) };
}
