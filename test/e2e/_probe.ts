import { chromium } from "playwright-core";
import { exampleWorkbook } from "./exampleWorkbook";
const width = Number(process.argv[2] ?? 320);
const lang = (process.argv[3] ?? "nl") as "nl" | "en";
(async () => {
  const b = await chromium.launch({ executablePath: "/usr/bin/chromium", headless: true, args: ["--no-sandbox","--disable-gpu"] });
  const p = await b.newPage({ viewport: { width, height: 800 }, locale: lang === "nl" ? "nl-NL" : "en-GB" });
  p.on("pageerror", (e) => console.log("pageerror", e.message));
  await p.goto("file:///work/wt/i10/dist/taskpane.html");
  await p.locator("input[type=file]").setInputFiles({ name: "ibn.xlsx", mimeType: "application/octet-stream", buffer: Buffer.from(exampleWorkbook(lang)) });
  await p.waitForTimeout(1500);
  const options = await p.getByRole("combobox", { name: lang === "nl" ? "Stap" : "Step" }).locator("option").all();
  for (let i = 0; i < options.length; i++) {
    await p.getByRole("combobox", { name: lang === "nl" ? "Stap" : "Step" }).selectOption({ index: i });
    await p.waitForTimeout(1500);
    const m = await p.evaluate(() => ({ sw: document.documentElement.scrollWidth, sh: document.documentElement.scrollHeight,
      wide: [...document.querySelectorAll("table")].filter(t => !t.closest("[aria-hidden=true]") && !t.closest("[data-whole-table]")).map(t => Math.round(t.getBoundingClientRect().right)).filter(r => r > document.documentElement.clientWidth) }));
    console.log(i, JSON.stringify(m));
    await p.screenshot({ path: `/tmp/i10/shots/${width}-${lang}-${i}.png`, fullPage: true });
  }
  await b.close();
})();
