/** XML text and attribute escaping, plus the `_xHHHH_` escapes SpreadsheetML uses for characters XML cannot hold. */
export const escapeXml = (text: string): string =>
  text.replace(/[&<>"]/g, (ch) => (ch === '&' ? '&amp;' : ch === '<' ? '&lt;' : ch === '>' ? '&gt;' : '&quot;'));

/**
 * A string as a SpreadsheetML text value: control characters XML 1.0 forbids become `_xHHHH_`,
 * and a literal `_xHHHH_` in the text is protected by escaping its underscore, as Excel does.
 */
export const encodeSpreadsheetText = (text: string): string =>
  escapeXml(
    text
      .replace(/_(x[0-9A-Fa-f]{4}_)/g, '_x005F_$1')
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, (ch) => `_x${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`),
  );

export const decodeSpreadsheetText = (text: string): string =>
  text.includes('_x') ? text.replace(/_x([0-9A-Fa-f]{4})_/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16))) : text;
