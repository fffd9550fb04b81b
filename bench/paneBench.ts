import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { launchChromium } from "../test/e2e/chromium";
import { serveStatic } from "../test/e2e/staticServer";
import { buildAddin } from "../test/setup/buildAddin";
import { figure, type Figure } from "./figure";

const LOADS = 5;
/** Our own bundles, not office.js and the host files it loads next to it (as the pane's e2e test counts them). */
const OWN_SCRIPT =
  /^\/(?!office\.js|o15apptofilemappingtable\.js|excel-|oteljs|telemetry\/)[^/]+\.js$/;

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1]!;
};

/**
 * Issue 6, figure 5: the production build (cached by its inputs, as the e2e tests build it)
 * served on 127.0.0.1 and opened in headless Chromium with the cache off, `LOADS` times: the
 * gzip size of the scripts loaded before the pane is interactive, and the time from navigation
 * to the pane's own 'pane-interactive' mark (the first render's effect).
 */
export async function paneBench(): Promise<Figure[]> {
  const dist = await buildAddin();
  const server = await serveStatic(dist);
  const browser = await launchChromium("nl-NL");
  try {
    // Offline, as in the e2e tests: office.js's telemetry frame would otherwise wait on the network.
    await browser.context.route("**/*", (route) =>
      new URL(route.request().url()).hostname === "127.0.0.1" ? route.continue() : route.abort()
    );
    const times: number[] = [];
    let scripts: string[] = [];
    for (let k = 0; k < LOADS + 1; k++) {
      const page = await browser.context.newPage();
      const cdp = await browser.context.newCDPSession(page);
      await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
      const before = server.requested.length;
      await page.goto(`${server.url}/taskpane.html`);
      const mark = await page.waitForFunction(
        () => performance.getEntriesByName("pane-interactive")[0]?.startTime,
        undefined,
        { timeout: 30_000 }
      );
      // The first load warms Chromium itself (process start, font cache): it is not counted.
      if (k > 0) times.push(Number(await mark.jsonValue()));
      scripts = server.requested.slice(before).filter((p) => OWN_SCRIPT.test(p));
      await page.close();
    }
    const gzipBytes = scripts.reduce(
      (sum, p) => sum + gzipSync(readFileSync(join(dist, p)), { level: 9 }).length,
      0
    );
    return [
      figure("pane: initial JavaScript, gzip", gzipBytes / 1024, "KiB", null, { max: 250 }),
      figure("pane: navigation to interactive, headless Chromium", median(times), "ms", null, {
        max: 1000,
      }),
    ];
  } finally {
    await browser.close();
    await server.close();
  }
}
