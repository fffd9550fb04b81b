import { attributeSpans, localName, scanXml } from "./scanXml";

/**
 * Where the elements of an XML text are, by character offset: what lets an edit of a shared part
 * (workbook.xml, styles.xml, relationships, content types) splice in new entries and leave every
 * other character as it was.
 */
export interface XmlElement {
  /** Qualified name as written, e.g. 'x:sheet'. */
  readonly name: string;
  readonly local: string;
  readonly start: number;
  /** Offset just after the start tag's '>'. */
  readonly openEnd: number;
  /** Offset of the end tag's '<' (equals openEnd for an empty element). */
  readonly closeStart: number;
  /** Offset just after the element. */
  readonly end: number;
  readonly selfClosing: boolean;
  readonly children: ReadonlyArray<XmlElement>;
}

interface Building {
  name: string;
  start: number;
  openEnd: number;
  children: XmlElement[];
}

/** The root element with its descendants down to `depth` levels (deeper ones are skipped, not listed). */
export function xmlOutline(xml: string, depth: number): XmlElement {
  const stack: Building[] = [];
  let root: XmlElement | undefined;
  const finish = (b: Building, closeStart: number, end: number, selfClosing: boolean): void => {
    const element: XmlElement = {
      name: b.name,
      local: localName(b.name),
      start: b.start,
      openEnd: b.openEnd,
      closeStart,
      end,
      selfClosing,
      children: b.children,
    };
    const parent = stack[stack.length - 1];
    if (!parent) root = element;
    else if (stack.length <= depth) parent.children.push(element);
  };
  scanXml(xml, {
    open: (name, _tag, start, end, selfClosing) => {
      const building = { name, start, openEnd: end, children: [] };
      if (selfClosing) finish(building, end, end, true);
      else stack.push(building);
    },
    close: (_name, start, end) => finish(stack.pop()!, start, end, false),
  });
  return root!;
}

/** The start tag's attributes by qualified name, values as written, offsets into the whole text. */
export function startTagAttributes(
  xml: string,
  element: XmlElement
): Map<string, { value: string; start: number; end: number }> {
  return new Map(
    attributeSpans(xml.slice(element.start, element.openEnd)).map((a) => [
      a.name,
      { value: a.raw, start: element.start + a.start, end: element.start + a.end },
    ])
  );
}

/** The prefix ('x:' or '') an element uses, so inserted siblings land in the same namespace. */
export const prefixOf = (element: XmlElement): string =>
  element.name.slice(0, element.name.length - element.local.length);

export interface Splice {
  readonly at: number;
  readonly remove?: number;
  readonly insert: string;
}

/** Applies edits given as offsets into the original text; every other character stays as it was. */
export function applySplices(xml: string, splices: ReadonlyArray<Splice>): string {
  // Back to front so earlier offsets stay valid; at one offset a replacement goes before an insertion.
  const ordered = [...splices].sort((a, b) => b.at - a.at || (b.remove ?? 0) - (a.remove ?? 0));
  let out = xml;
  for (const s of ordered) out = out.slice(0, s.at) + s.insert + out.slice(s.at + (s.remove ?? 0));
  return out;
}

/** A splice that sets attribute `name` of an element's start tag, or undefined if it already has that value. */
export function setAttributeSplice(
  xml: string,
  element: XmlElement,
  name: string,
  value: string
): Splice | undefined {
  const existing = startTagAttributes(xml, element).get(name);
  if (existing)
    return existing.value === value
      ? undefined
      : { at: existing.start, remove: existing.end - existing.start, insert: value };
  const at = element.selfClosing ? element.openEnd - 2 : element.openEnd - 1;
  return { at, insert: ` ${name}="${value}"` };
}

/** A splice that appends `content` as the last children of `element` (expanding `<x/>` if needed). */
export function appendChildrenSplice(xml: string, element: XmlElement, content: string): Splice {
  if (!element.selfClosing) return { at: element.closeStart, insert: content };
  const at = element.openEnd - 2;
  return { at, remove: 2, insert: `>${content}</${element.name}>` };
}
