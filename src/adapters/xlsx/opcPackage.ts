import { issue } from "../../engine/issue";
import { PortError } from "../../ports/portError";
import { inflateEntry, portableInflate, type Inflate } from "./inflateEntry";
import { sameBytes } from "./sameBytes";
import { newEntry, portableDeflate, writeZip, type Deflate } from "./writeZip";
import { parseXml, attr, children, type XmlNode } from "./xmlNode";
import { decodeXml, type XmlEncoding } from "./xmlText";
import type { ZipEntry } from "./zipEntry";

export interface Relationship {
  readonly id: string;
  readonly type: string;
  /** Part name the target resolves to (no leading '/'), or the raw target when external. */
  readonly target: string;
  readonly external: boolean;
}

/** The rels part that holds the relationships of `part` ('' for the package itself). */
export function relsPartOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** A relationship target resolved against the folder of its source part. */
export function resolveTarget(source: string, target: string): string {
  let decoded = target;
  try {
    decoded = decodeURIComponent(target);
  } catch {
    // A target with a stray '%' is a literal name.
  }
  const base = decoded.startsWith("/") ? [] : source.split("/").slice(0, -1);
  for (const segment of decoded.split("/")) {
    if (segment === "..") base.pop();
    else if (segment !== "." && segment !== "") base.push(segment);
  }
  return base.join("/");
}

/** A target for a relationship from `source` to `part`, relative like Excel writes them. */
export function relativeTarget(source: string, part: string): string {
  const from = source.split("/").slice(0, -1);
  const to = part.split("/");
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...from.slice(common).map(() => ".."), ...to.slice(common)].join("/");
}

/**
 * An Open Packaging Conventions package (the zip behind an .xlsx): parts by name, inflated on
 * demand. Immutable: `with` returns a new package in which changed parts are recompressed and
 * every other entry keeps its stored bytes, in its place; new parts go at the end.
 */
export class OpcPackage {
  private readonly index = new Map<string, number>();
  private readonly inflated = new Map<number, Uint8Array>();
  /** Parsed once: a refresh asks for the same relationships and content types a dozen times. */
  private readonly parsed = new Map<number, XmlNode>();

  constructor(
    private readonly entries: ReadonlyArray<ZipEntry>,
    readonly file: string,
    /** How changed parts are compressed: a host with a native deflate passes it. */
    private readonly deflate: Deflate = portableDeflate,
    /** How parts are read: a host with a native inflate passes it. */
    private readonly inflate: Inflate = portableInflate
  ) {
    entries.forEach((e, i) => this.index.set(e.name.toLowerCase(), i));
  }

  get partNames(): string[] {
    return this.entries.map((e) => e.name);
  }

  has(part: string): boolean {
    return this.index.has(part.toLowerCase());
  }

  /** The part name as stored (part names compare case-insensitively). */
  storedName(part: string): string | undefined {
    const i = this.index.get(part.toLowerCase());
    return i === undefined ? undefined : this.entries[i]!.name;
  }

  bytes(part: string): Uint8Array | undefined {
    const i = this.index.get(part.toLowerCase());
    if (i === undefined) return undefined;
    let data = this.inflated.get(i);
    if (!data) {
      data = inflateEntry(this.entries[i]!, this.file, this.inflate);
      this.inflated.set(i, data);
    }
    return data;
  }

  /** A part's XML text and encoding; a part that is not text is reported as damaged. */
  text(part: string): { text: string; encoding: XmlEncoding } | undefined {
    const data = this.bytes(part);
    if (!data) return undefined;
    const decoded = decodeXml(data);
    if (!decoded) throw this.damaged(part);
    return decoded;
  }

  xml(part: string): XmlNode | undefined {
    const i = this.index.get(part.toLowerCase());
    if (i === undefined) return undefined;
    let node = this.parsed.get(i);
    if (!node) {
      node = parseXml(this.text(part)!.text);
      if (!node) throw this.damaged(part);
      this.parsed.set(i, node);
    }
    return node;
  }

  damaged(part: string): PortError {
    return new PortError(issue("PKG_PART_CORRUPT", "error", { file: this.file }, { part }));
  }

  /** The relationships of `source`; two with one id make the rels part damaged (which would be meant?). */
  relationships(source: string): Relationship[] {
    const part = relsPartOf(source);
    const rels = this.xml(part);
    const list = children(rels?.["Relationships"] as XmlNode | undefined, "Relationship");
    if (new Set(list.map((r) => attr(r, "Id"))).size !== list.length) throw this.damaged(part);
    return list.map((r) => {
      const external = attr(r, "TargetMode") === "External";
      const target = attr(r, "Target") ?? "";
      return {
        id: attr(r, "Id") ?? "",
        type: attr(r, "Type") ?? "",
        target: external ? target : resolveTarget(source, target),
        external,
      };
    });
  }

  /** The content type of a part: its Override in [Content_Types].xml, else the Default for its extension. */
  contentType(part: string): string | undefined {
    const types = this.xml("[Content_Types].xml")?.["Types"] as XmlNode | undefined;
    const wanted = `/${part}`.toLowerCase();
    const override = children(types, "Override").find(
      (o) => attr(o, "PartName")?.toLowerCase() === wanted
    );
    if (override) return attr(override, "ContentType");
    const extension = part.slice(part.lastIndexOf(".") + 1).toLowerCase();
    return attr(
      children(types, "Default").find((d) => attr(d, "Extension")?.toLowerCase() === extension),
      "ContentType"
    );
  }

  /** The parts [Content_Types].xml declares, by Override, to be of `type`. */
  partsOfContentType(type: string): string[] {
    const types = this.xml("[Content_Types].xml")?.["Types"] as XmlNode | undefined;
    return children(types, "Override")
      .filter((o) => attr(o, "ContentType") === type)
      .map((o) => (attr(o, "PartName") ?? "").replace(/^\//, ""));
  }

  /**
   * The package with `changes` applied and `removed` parts dropped: existing parts replaced in
   * place, new ones appended in order.
   */
  with(
    changes: ReadonlyMap<string, Uint8Array>,
    removed: ReadonlySet<string> = new Set()
  ): OpcPackage {
    const gone = new Set([...removed].map((name) => name.toLowerCase()));
    const pending = new Map(
      [...changes].map(([name, data]) => [name.toLowerCase(), { name, data }])
    );
    const entries = this.entries.flatMap((e) => {
      if (gone.has(e.name.toLowerCase())) return [];
      const change = pending.get(e.name.toLowerCase());
      if (!change) return [e];
      pending.delete(e.name.toLowerCase());
      // Unchanged content keeps its stored bytes too, so a refresh that changes nothing rewrites nothing.
      if (sameBytes(change.data, this.bytes(e.name)!)) return [e];
      return [
        { ...newEntry(e.name, change.data, this.deflate), dosTime: e.dosTime, dosDate: e.dosDate },
      ];
    });
    for (const { name, data } of pending.values()) entries.push(newEntry(name, data, this.deflate));
    return new OpcPackage(entries, this.file, this.deflate, this.inflate);
  }

  toBytes(): Uint8Array {
    return writeZip(this.entries);
  }
}
