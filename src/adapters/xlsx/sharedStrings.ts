import { child, children, textOf, type XmlNode } from './xmlNode';
import { decodeSpreadsheetText } from './xmlEscape';

/** The text of a string item (`<si>` or `<is>`): plain `<t>` or the runs of rich text, phonetic hints left out. */
export function stringItemText(item: XmlNode | undefined): string {
  const plain = child(item, 't');
  const text = plain ? textOf(plain) : children(item, 'r').map((run) => textOf(child(run, 't'))).join('');
  return decodeSpreadsheetText(text);
}

export function readSharedStrings(sst: XmlNode | undefined): string[] {
  return children(child(sst, 'sst'), 'si').map(stringItemText);
}
