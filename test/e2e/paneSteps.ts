import type { Locator, Page } from "playwright-core";
import { fillMessage } from "../../src/engine/formatIssue";
import type { Lang } from "../../src/engine/messages";
import { STRINGS, type StringKey } from "../../src/taskpane/strings";

export const LOCALE: Readonly<Record<Lang, string>> = { nl: "nl-NL", en: "en-GB" };

/** The pane's steps in order, as the step list names them. */
export const STEPS: ReadonlyArray<StringKey> = [
  "tabSource",
  "tabTotals",
  "tabProjection",
  "tabPreview",
  "tabWrite",
  "tabAudit",
  "tabStructure",
];

/** A pane string in `lang`, its parameters filled in, exactly as the pane shows it. */
export const say =
  (lang: Lang) =>
  (key: StringKey, params: Record<string, string | number> = {}): string =>
    fillMessage(STRINGS[key][lang], params, lang);

/** Until nothing is loading or measuring: no spinner, no progress bar, two frames drawn. */
export async function settle(page: Page): Promise<void> {
  await page.waitForFunction(
    () => !document.querySelector(".fui-Spinner, [role=progressbar]"),
    undefined,
    { timeout: 30_000 }
  );
  await page.evaluate(
    () =>
      new Promise<void>((resolve) =>
        requestAnimationFrame(() => requestAnimationFrame(() => resolve()))
      )
  );
}

/** Opens step `key` from the step list and waits for it to settle. */
export async function goTo(page: Page, lang: Lang, key: StringKey): Promise<void> {
  const s = say(lang);
  const n = STEPS.indexOf(key) + 1;
  await page
    .getByRole("combobox", { name: s("step") })
    .selectOption({ label: s("stepOption", { n, count: STEPS.length, step: s(key) }) });
  await page.getByRole("heading", { level: 2, name: s(key), exact: true }).waitFor();
  await settle(page);
}

export interface Overflow {
  /** How far the page is wider than the pane (0 when nothing sticks out). */
  readonly page: number;
  /** Tables, by caption, with a cell past the pane's right edge, as shown (not on request). */
  readonly tables: ReadonlyArray<{ caption: string; right: number }>;
  /** How many tables were looked at. */
  readonly checked: number;
}

/**
 * What sticks out of the pane: the page itself, and any table shown by default (not the out-of-
 * sight measuring copies, not a whole table the user asked for) with a cell beyond the right
 * edge. A table whose every cell is inside shows its amount column without scrolling.
 */
export const overflow = (page: Page): Promise<Overflow> =>
  page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const tables = [...document.querySelectorAll("table")].filter(
      (t) =>
        !t.closest("[aria-hidden='true'], [data-whole-table]") &&
        t.getClientRects().length > 0 &&
        getComputedStyle(t).visibility !== "hidden"
    );
    return {
      page: document.documentElement.scrollWidth - width,
      checked: tables.length,
      tables: tables.flatMap((t) => {
        const right = Math.max(
          ...[...t.querySelectorAll("th, td")].map((c) => c.getBoundingClientRect().right)
        );
        return right > width + 0.5
          ? [{ caption: t.caption?.textContent?.slice(0, 60) ?? "", right: Math.round(right) }]
          : [];
      }),
    };
  });

/** Opens every closed disclosure of the step, so that what it hides is checked too. */
export const openDetails = (page: Page): Promise<void> =>
  page.evaluate(() => document.querySelectorAll("details").forEach((d) => (d.open = true)));

/**
 * The text in `row` under the column headed `header`: chosen in the table's column list first
 * when the pane shows only one column of figures.
 */
export async function cellUnder(
  page: Page,
  table: Locator,
  lang: Lang,
  label: string,
  row: RegExp,
  header: string
): Promise<string> {
  const headers = async () => table.locator("thead th").allTextContents();
  if (!(await headers()).includes(header))
    await page
      .getByRole("combobox", { name: say(lang)("tableColumnOf", { table: label }) })
      .selectOption({ label: header });
  const at = (await headers()).indexOf(header);
  if (at < 1) throw new Error(`no column ${header} in ${label}: ${(await headers()).join(", ")}`);
  return (
    (await table.getByRole("row", { name: row }).locator("th, td").nth(at).textContent()) ?? ""
  );
}
