/** How a part's bytes encode its XML text, so an edited part is written back the same way. */
export type XmlEncoding = "utf-8" | "utf-8-bom" | "utf-16le";

/** The text of an XML part (undefined when the bytes are not valid text in a known encoding). */
export function decodeXml(bytes: Uint8Array): { text: string; encoding: XmlEncoding } | undefined {
  try {
    if (bytes[0] === 0xff && bytes[1] === 0xfe) {
      return {
        text: new TextDecoder("utf-16le", { fatal: true }).decode(bytes.subarray(2)),
        encoding: "utf-16le",
      };
    }
    const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
    return {
      text: new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(
        bom ? bytes.subarray(3) : bytes
      ),
      encoding: bom ? "utf-8-bom" : "utf-8",
    };
  } catch {
    return undefined;
  }
}

export function encodeXml(text: string, encoding: XmlEncoding = "utf-8"): Uint8Array {
  if (encoding === "utf-16le") {
    const out = new Uint8Array(2 + text.length * 2);
    out[0] = 0xff;
    out[1] = 0xfe;
    for (let i = 0; i < text.length; i++) {
      const unit = text.charCodeAt(i);
      out[2 + 2 * i] = unit & 0xff;
      out[3 + 2 * i] = unit >> 8;
    }
    return out;
  }
  const body = new TextEncoder().encode(text);
  if (encoding === "utf-8") return body;
  const out = new Uint8Array(body.length + 3);
  out.set([0xef, 0xbb, 0xbf]);
  out.set(body, 3);
  return out;
}
