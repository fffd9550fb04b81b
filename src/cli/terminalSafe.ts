/**
 * Beyond the C0 controls (escape sequences start with ESC; CR and backspace overwrite what was
 * printed), what a terminal acts on instead of showing: DEL, the C1 controls (U+009B is a
 * one-character CSI), the line and paragraph separators, and the bidi controls that make a
 * line read in another order than it is written.
 */
const ACTED_ON = "\\u007f-\\u009f\\u061c\\u200e\\u200f\\u2028-\\u202e\\u2066-\\u2069";
/** Tab is escaped too: it breaks the columns of a table. Newline is the one control we print. */
const UNSAFE = new RegExp(`[\\u0000-\\u0009\\u000b-\\u001f${ACTED_ON}]`, "g");
const UNSAFE_OR_NEWLINE = new RegExp(`[\\u0000-\\u001f${ACTED_ON}]`, "g");
/** JSON.stringify escapes the C0 controls itself. */
export const RAW_IN_JSON = new RegExp(`[${ACTED_ON}]`, "g");

const hex = (c: string, digits: number): string =>
  c.charCodeAt(0).toString(16).padStart(digits, "0");
const visible = (c: string): string =>
  c.charCodeAt(0) <= 0xff ? `\\x${hex(c, 2)}` : `\\u${hex(c, 4)}`;

/** Text for a terminal: every character it would act on shown as its escape (`\x1b`); newlines kept. */
export const terminalSafe = (text: string): string => text.replace(UNSAFE, visible);

/** A value printed inside one line (a name in a table, a file in a sentence): newlines escaped too. */
export const oneLine = (text: string): string => text.replace(UNSAFE_OR_NEWLINE, visible);
