/**
 * What prints at the foot of every page of an owned sheet, in Excel's header and footer code (the
 * same in the file and in Office.js): left, centre and right, each already encoded by footerCode.
 */
export interface PageFooter {
  readonly left: string;
  readonly center: string;
  readonly right: string;
}

/** Excel refuses a header or footer longer than this (all three sections and their codes together). */
export const FOOTER_MAX = 255;

/**
 * Plain text as a footer section: an ampersand doubled (Excel reads '&' as the start of a code),
 * `{page}` and `{pages}` as Excel's page number and page count (&P, &N).
 */
export const footerCode = (text: string): string =>
  text
    .replace(/&/g, "&&")
    .replace(/\{page\}/g, "&P")
    .replace(/\{pages\}/g, "&N");
