import type { Lang } from "../engine/messages";
import type { OutFormat } from "./workbookPort";

/**
 * The Excel number format code for each output format, as stored in the file: codes use ','
 * for grouping and '.' for the decimal point whatever the locale, and Excel shows them in the
 * user's own convention ("€ 2.246.325" in Dutch Excel). Years get no grouping ("2021").
 * Without a language: the codes of releases before the workbook had one (still read back).
 */
const PLAIN: Readonly<Record<OutFormat, string>> = {
  text: "@",
  eur0: '"€" #,##0;"€" -#,##0',
  eur2: '"€" #,##0.00;"€" -#,##0.00',
  pct: "0.00%",
  pct4: "0.0000%",
  int: "0",
  decimal: "General",
  date: "yyyy-mm-dd",
};

/** Windows locale ids: Dutch (Netherlands) and English (United Kingdom). */
const LCID: Readonly<Record<Lang, string>> = { nl: "413", en: "809" };

/**
 * The codes of a workbook in `lang`: amounts and percentages tagged with that language's locale
 * ([$€-413], [$-413]), so a program that takes a format's locale from its code (LibreOffice, and
 * so a PDF made with it) shows "€ 2.246.325" and "50,58%" in a Dutch workbook and "€ 2,246,325"
 * and "50.58%" in an English one. Excel shows digits in its user's convention either way.
 */
function tagged(lang: Lang): Readonly<Record<OutFormat, string>> {
  const euro = `[$€-${LCID[lang]}]`;
  const locale = `[$-${LCID[lang]}]`;
  return {
    ...PLAIN,
    eur0: `${euro} #,##0;${euro} -#,##0`,
    eur2: `${euro} #,##0.00;${euro} -#,##0.00`,
    pct: `${locale}0.00%`,
    pct4: `${locale}0.0000%`,
  };
}

const CODES = { nl: tagged("nl"), en: tagged("en") } as const;

export const numberFormatCode = (format: OutFormat, lang?: Lang): string =>
  (lang ? CODES[lang] : PLAIN)[format];

/** Every code an output may carry, with its format and language: how a host's cells read back. */
export const KNOWN_CODES: ReadonlyArray<{ code: string; format: OutFormat; lang?: Lang }> = [
  ...(["nl", "en"] as const).flatMap((lang) =>
    (Object.entries(CODES[lang]) as Array<[OutFormat, string]>).map(([format, code]) => ({
      code,
      format,
      lang,
    }))
  ),
  ...(Object.entries(PLAIN) as Array<[OutFormat, string]>).map(([format, code]) => ({
    code,
    format,
  })),
];
