import { join } from "path";
import type { Lang } from "../../src/engine/messages";
import { buildAddin } from "../setup/buildAddin";
import { launchChromium } from "./chromium";
import { exampleWorkbook } from "./exampleWorkbook";
import { goTo, LOCALE, say } from "./paneSteps";

/**
 * dist/taskpane.html opened from disk, as the README says: file:// refuses office.js's CORS
 * load of its helper table, and the pane must come up in file mode anyway, with every step's
 * code loading from the folder next to it.
 */
test.each<Lang>(["nl", "en"])(
  "taskpane.html opened from disk (file://) works, %s",
  async (lang) => {
    const dist = process.env.PANE_E2E_DIST ?? (await buildAddin());
    const browser = await launchChromium(LOCALE[lang], 350);
    const s = say(lang);
    try {
      const page = await browser.context.newPage();
      const errors: string[] = [];
      page.on("pageerror", (e) => errors.push(e.message));
      await page.goto(`file://${join(dist, "taskpane.html")}`);
      await page.getByRole("button", { name: s("fileOpen") }).waitFor();
      await page.locator("input[type=file]").setInputFiles({
        name: "ibn.xlsx",
        mimeType: "application/octet-stream",
        buffer: Buffer.from(exampleWorkbook(lang)),
      });
      await page.getByText(s("fileOpened", { name: "ibn.xlsx" })).waitFor();
      // The later steps are separate scripts: they load from disk too.
      await goTo(page, lang, "tabPreview");
      await page.getByText(s("previewReady", { count: 4 })).waitFor();
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
    }
  }
);
