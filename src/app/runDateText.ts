import type { Lang } from "../engine/messages";

const formats = new Map<Lang, Intl.DateTimeFormat>();

/**
 * "5 december 2026, 23:38" (nl) or "5 December 2026, 23:38" (en): a run time (an ISO instant) as
 * the clocks in the Netherlands show it, winter or summer time (Europe/Amsterdam), for captions
 * and footers a council reads.
 */
export function runDateText(iso: string, lang: Lang): string {
  let format = formats.get(lang);
  if (!format) {
    format = new Intl.DateTimeFormat(lang === "nl" ? "nl-NL" : "en-GB", {
      timeZone: "Europe/Amsterdam",
      day: "numeric",
      month: "long",
      year: "numeric",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    });
    formats.set(lang, format);
  }
  const part = Object.fromEntries(
    format.formatToParts(new Date(iso)).map((p) => [p.type, p.value])
  ) as Record<Intl.DateTimeFormatPartTypes, string | undefined>;
  return `${part.day} ${part.month} ${part.year}, ${part.hour}:${part.minute}`;
}
