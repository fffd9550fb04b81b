/** XML text and attribute escaping, plus the `_xHHHH_` escapes SpreadsheetML uses for characters XML cannot hold. */
export const escapeXml = (text: string): string =>
  text.replace(/[&<>"]/g, (ch) =>
    ch === "&" ? "&amp;" : ch === "<" ? "&lt;" : ch === ">" ? "&gt;" : "&quot;"
  );

// Characters XML 1.0 cannot hold, and CR, which XML parsers turn into LF.
const CONTROL = "\\u0000-\\u0008\\u000B-\\u001F\\uFFFE\\uFFFF";
// An underscore that would start an `_xHHHH_` escape once its tail is written (a control character
// right after the four digits is written as `_x...`, so it closes the escape too).
const NEEDS_ESCAPE = new RegExp(`_(?=x[0-9A-Fa-f]{4}(?:_|[${CONTROL}]))|[${CONTROL}]`, "g");

/**
 * A string as a SpreadsheetML text value: characters XML cannot hold become `_xHHHH_`, and an
 * underscore that would be read as the start of such an escape is itself escaped, as Excel does.
 */
export const encodeSpreadsheetText = (text: string): string =>
  escapeXml(
    text.replace(
      NEEDS_ESCAPE,
      (ch) => `_x${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`
    )
  );

export const decodeSpreadsheetText = (text: string): string =>
  text.includes("_x")
    ? text.replace(/_x([0-9A-Fa-f]{4})_/g, (_m, hex: string) =>
        String.fromCharCode(parseInt(hex, 16))
      )
    : text;
