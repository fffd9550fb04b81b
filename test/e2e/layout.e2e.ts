import { mkdirSync } from "fs";
import { join, resolve } from "path";
import type { Page } from "playwright-core";
import type { Lang } from "../../src/engine/messages";
import { buildAddin } from "../setup/buildAddin";
import { launchChromium, type Browser } from "./chromium";
import { exampleWorkbook } from "./exampleWorkbook";
import { goTo, LOCALE, openDetails, overflow, say, settle, STEPS } from "./paneSteps";
import { serveStatic, type StaticServer } from "./staticServer";

const SHOTS = join(resolve(__dirname, "../.."), "test-results", "pane-layout");

let server: StaticServer;

beforeAll(async () => {
  server = await serveStatic(process.env.PANE_E2E_DIST ?? (await buildAddin()));
  mkdirSync(SHOTS, { recursive: true });
});

afterAll(async () => {
  await server?.close();
});

/**
 * The pane at the widths Excel gives it — 320 px on Windows, 350 px on the web — in both
 * languages, on the IBN example: every step, its disclosures open, stays within the pane, and
 * every table shows its figures without scrolling sideways. A screenshot of each step is kept.
 */
describe.each<[Lang, number]>([
  ["nl", 320],
  ["en", 320],
  ["nl", 350],
  ["en", 350],
])("%s at %i px", (lang, width) => {
  let browser: Browser;
  let page: Page;
  const s = say(lang);

  beforeAll(async () => {
    browser = await launchChromium(LOCALE[lang], width);
    page = await browser.context.newPage();
    await page.goto(`${server.url}/taskpane.html`);
    await page.locator("input[type=file]").setInputFiles({
      name: "ibn.xlsx",
      mimeType: "application/octet-stream",
      buffer: Buffer.from(exampleWorkbook(lang)),
    });
    await page.getByText(s("fileOpened", { name: "ibn.xlsx" })).waitFor();
    await settle(page);
  });

  afterAll(async () => {
    await browser?.close();
  });

  test.each(STEPS.map((key, k) => [k + 1, key] as const))(
    "step %i (%s) fits the pane, its tables' figures in view",
    async (n, key) => {
      await goTo(page, lang, key);
      const name = `${lang}-${width}-${n}-${key.replace(/^tab/, "").toLowerCase()}`;
      // What the user first sees of the step (the README's pictures are these, at 350 px).
      await page.screenshot({ path: join(SHOTS, `${name}-view.png`) });
      await openDetails(page);
      await settle(page);
      await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
      const found = await overflow(page);
      expect({ page: found.page, tables: found.tables }).toEqual({ page: 0, tables: [] });
      // Source, totals, projection, preview and structure show tables; every one was looked at.
      if (["tabSource", "tabTotals", "tabProjection", "tabPreview", "tabStructure"].includes(key))
        expect(found.checked).toBeGreaterThan(0);
    }
  );

  test("the header stays in view and takes at most a quarter of the pane's height", async () => {
    await goTo(page, lang, "tabPreview");
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    const header = await page.getByRole("banner").boundingBox();
    expect(header?.y).toBe(0);
    expect(header!.height).toBeLessThanOrEqual(800 / 4);
    expect(await page.getByRole("combobox", { name: s("step") }).isVisible()).toBe(true);
  });
});
