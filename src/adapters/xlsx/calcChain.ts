import { scanXml, localName, tagAttributes } from "./scanXml";
import { applySplices, type Splice } from "./xmlOutline";

/**
 * xl/calcChain.xml without the entries Excel would repair the file for: a cell `keep` says holds
 * no formula any more, or a sheet that is gone. Each entry's sheet (`i`, the sheetId) carries
 * over from the entry before when omitted, so an entry after a removed one gets it written out.
 * Undefined when nothing changes; null when no entry is left (the part must go: an empty chain
 * is not valid).
 */
export function filterCalcChain(
  xml: string,
  keep: (sheetId: number, cell: string) => boolean
): string | null | undefined {
  const splices: Splice[] = [];
  let sheetId = 0;
  let kept = 0;
  let removedBefore = false;
  scanXml(xml, {
    open: (name, tag, start, end) => {
      if (localName(name) !== "c") return;
      const attributes = tagAttributes(tag);
      const explicit = attributes.get("i");
      if (explicit !== undefined) sheetId = Number(explicit);
      if (!keep(sheetId, attributes.get("r") ?? "")) {
        splices.push({ at: start, remove: end - start, insert: "" });
        removedBefore = true;
        return;
      }
      kept++;
      if (explicit === undefined && removedBefore)
        splices.push({ at: start + 1 + name.length, insert: ` i="${sheetId}"` });
      removedBefore = false;
    },
  });
  if (splices.length === 0) return undefined;
  return kept === 0 ? null : applySplices(xml, splices);
}
