/**
 * A minimal streaming XML scanner: start tags, end tags and text, with their offsets, checked
 * for nesting. Worksheets are the bulk of a workbook; building a document object for them with
 * fast-xml-parser took most of a 342-row refresh (about 0.5 s cold for 136 KB), so the
 * worksheet and shared-strings readers, and the splicing outline, run on this instead.
 */
export interface XmlEvents {
  /** `name` as written (with its prefix, if any); `tag` the whole start tag text. */
  open?(name: string, tag: string, start: number, end: number, selfClosing: boolean): void;
  close?(name: string, start: number, end: number): void;
  /** Raw text between tags (entities not yet decoded); CDATA content comes decoded. */
  text?(raw: string, cdata: boolean): void;
}

export class XmlSyntaxError extends Error {}

const BANG = 0x21;
const QUESTION = 0x3f;
const SLASH = 0x2f;
const DOUBLE_QUOTE = 0x22;
const SINGLE_QUOTE = 0x27;
// What ends an element name in a start tag: whitespace, '/' or '>'.
const NAME_END = new Set([0x20, 0x09, 0x0a, 0x0d, SLASH, 0x3e]);

export const localName = (name: string): string => name.slice(name.indexOf(":") + 1);

/** Calls `events` for every tag and text run of `xml`; throws XmlSyntaxError when it is not well nested. */
export function scanXml(xml: string, events: XmlEvents): void {
  const stack: string[] = [];
  let seenRoot = false;
  let at = 0;
  const until = (token: string, from: number): number => {
    const found = xml.indexOf(token, from);
    if (found < 0) throw new XmlSyntaxError(`unterminated construct at ${from}`);
    return found + token.length;
  };
  while (at < xml.length) {
    const lt = xml.indexOf("<", at);
    const textEnd = lt < 0 ? xml.length : lt;
    if (textEnd > at) {
      if (stack.length) events.text?.(xml.slice(at, textEnd), false);
      else if (xml.slice(at, textEnd).trim())
        throw new XmlSyntaxError("text outside the root element");
    }
    if (lt < 0) break;
    const next = xml.charCodeAt(lt + 1);
    if (next === BANG) {
      if (xml.startsWith("<!--", lt)) at = until("-->", lt + 4);
      else if (xml.startsWith("<![CDATA[", lt)) {
        at = until("]]>", lt + 9);
        events.text?.(xml.slice(lt + 9, at - 3), true);
      } else throw new XmlSyntaxError("document type declarations are not accepted");
    } else if (next === QUESTION) at = until("?>", lt + 2);
    else if (next === SLASH) {
      at = until(">", lt);
      const name = xml.slice(lt + 2, at - 1).trim();
      if (stack.pop() !== name) throw new XmlSyntaxError(`unexpected </${name}> at ${lt}`);
      events.close?.(name, lt, at);
    } else {
      at = startTagEnd(xml, lt);
      const selfClosing = xml.charCodeAt(at - 2) === SLASH;
      let nameEnd = lt + 1;
      while (nameEnd < at && !NAME_END.has(xml.charCodeAt(nameEnd))) nameEnd++;
      const name = xml.slice(lt + 1, nameEnd);
      if (!name || (stack.length === 0 && seenRoot))
        throw new XmlSyntaxError(`bad start tag at ${lt}`);
      seenRoot = true;
      if (!selfClosing) stack.push(name);
      events.open?.(name, xml.slice(lt, at), lt, at, selfClosing);
    }
  }
  if (stack.length || !seenRoot) throw new XmlSyntaxError("unclosed elements at the end");
}

/** Offset after the '>' that ends the start tag at `at`, skipping '>' inside quoted attribute values. */
function startTagEnd(xml: string, at: number): number {
  let from = at + 1;
  for (;;) {
    const gt = xml.indexOf(">", from);
    if (gt < 0) throw new XmlSyntaxError(`unterminated tag at ${at}`);
    let quote = -1;
    for (let i = from; i < gt && quote < 0; i++) {
      const ch = xml.charCodeAt(i);
      if (ch === DOUBLE_QUOTE || ch === SINGLE_QUOTE) quote = i;
    }
    if (quote < 0) return gt + 1;
    const closing = xml.indexOf(xml[quote]!, quote + 1);
    if (closing < 0) throw new XmlSyntaxError(`unterminated attribute at ${quote}`);
    from = closing + 1;
  }
}

const ENTITIES: Readonly<Record<string, string>> = {
  lt: "<",
  gt: ">",
  amp: "&",
  quot: '"',
  apos: "'",
};

/** A numeric character reference's character; XmlSyntaxError for one that names no XML character. */
function referencedCharacter(ref: string): string {
  const code = ref[1] === "x" ? parseInt(ref.slice(2), 16) : Number(ref.slice(1));
  const isXmlChar =
    code === 0x9 ||
    code === 0xa ||
    code === 0xd ||
    (code >= 0x20 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd) ||
    (code >= 0x10000 && code <= 0x10ffff);
  if (!isXmlChar) throw new XmlSyntaxError(`character reference &${ref}; names no XML character`);
  return String.fromCodePoint(code);
}

/** Text with XML's predefined and numeric character references resolved. */
export const decodeEntities = (raw: string): string =>
  raw.includes("&")
    ? raw.replace(/&(#x[0-9A-Fa-f]+|#\d+|[a-z]+);/g, (whole, ref: string) =>
        ref[0] === "#" ? referencedCharacter(ref) : (ENTITIES[ref] ?? whole)
      )
    : raw;

export interface AttributeSpan {
  readonly name: string;
  /** The value as written, entities not decoded. */
  readonly raw: string;
  /** Offsets of the value (inside the quotes) relative to the tag's start. */
  readonly start: number;
  readonly end: number;
}

/** The attributes of a start tag as written, with where each value sits. */
export function attributeSpans(tag: string): AttributeSpan[] {
  return [...tag.matchAll(/([^\s=/<>]+)\s*=\s*("([^"]*)"|'([^']*)')/g)].map((m) => {
    const start = m.index + m[0].length - m[2]!.length + 1;
    const raw = m[3] ?? m[4] ?? "";
    return { name: m[1]!, raw, start, end: start + raw.length };
  });
}

const ATTRIBUTE = /([^\s=/<>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** The attributes of a start tag by local name (prefixes dropped), values decoded. */
export function tagAttributes(tag: string): Map<string, string> {
  const attributes = new Map<string, string>();
  ATTRIBUTE.lastIndex = 0;
  for (let m = ATTRIBUTE.exec(tag); m; m = ATTRIBUTE.exec(tag))
    attributes.set(localName(m[1]!), decodeEntities(m[2] ?? m[3] ?? ""));
  return attributes;
}
