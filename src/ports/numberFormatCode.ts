import type { OutFormat } from "./workbookPort";

/**
 * The Excel number format code for each output format, as stored in the file: codes use ','
 * for grouping and '.' for the decimal point whatever the locale, and Excel shows them in the
 * user's own convention ("€ 2.246.325" in Dutch Excel). Years get no grouping ("2021").
 */
export const NUMBER_FORMAT_CODE: Readonly<Record<OutFormat, string>> = {
  text: "@",
  eur0: '"€" #,##0;"€" -#,##0',
  eur2: '"€" #,##0.00;"€" -#,##0.00',
  pct: "0.00%",
  pct4: "0.0000%",
  int: "0",
  decimal: "General",
  date: "yyyy-mm-dd",
};
