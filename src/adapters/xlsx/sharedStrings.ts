import { decodeEntities, localName, scanXml } from "./scanXml";
import { decodeSpreadsheetText } from "./xmlEscape";

/**
 * Collects the text of string items (`<si>` in the shared strings, `<is>` in a cell): plain
 * `<t>` or the runs of rich text joined, phonetic hints (`<rPh>`) left out.
 */
export class StringItems {
  private readonly path: string[] = [];
  private current: string | undefined;

  open(local: string, selfClosing: boolean): void {
    if (local === "si" || local === "is") this.current = "";
    if (!selfClosing) this.path.push(local);
  }

  text(raw: string, cdata: boolean): void {
    if (
      this.current !== undefined &&
      this.path[this.path.length - 1] === "t" &&
      !this.path.includes("rPh")
    ) {
      this.current += cdata ? raw : decodeEntities(raw);
    }
  }

  /** The finished item's text when `local` closes one. */
  close(local: string): string | undefined {
    this.path.pop();
    if (local !== "si" && local !== "is") return undefined;
    const done = decodeSpreadsheetText(this.current ?? "");
    this.current = undefined;
    return done;
  }
}

/** The shared strings table, in index order. Throws XmlSyntaxError when it is not well-formed. */
export function readSharedStrings(xml: string | undefined): string[] {
  const strings: string[] = [];
  if (xml === undefined) return strings;
  const items = new StringItems();
  scanXml(xml, {
    open: (name, _tag, _start, _end, selfClosing) => {
      items.open(localName(name), selfClosing);
      if (selfClosing && localName(name) === "si") strings.push("");
    },
    text: (raw, cdata) => items.text(raw, cdata),
    close: (name) => {
      const done = items.close(localName(name));
      if (done !== undefined) strings.push(done);
    },
  });
  return strings;
}
