import { existsSync, mkdtempSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { chromium, type BrowserContext } from "playwright-core";

export const CHROMIUM = "/usr/bin/chromium";

/** The flags measured to work on these machines (see ../shared/architecture.md): no sandbox, GPU, network chatter or sync. */
const FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export interface Browser {
  readonly context: BrowserContext;
  readonly downloads: string;
  close(): Promise<void>;
}

/**
 * Debian's Chromium, headless, with a fresh profile each time, the given browser language and pane width. Missing Chromium is a failure
 * that says how to install it, never a skipped suite.
 */
export async function launchChromium(locale: string, width = 320): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `${CHROMIUM} is missing: the end-to-end tests need Debian's chromium. Install it with "apt-get update && apt-get install -y chromium" (as root; .ci/run does this).`
    );
  }
  const profile = mkdtempSync(join(tmpdir(), "pane-e2e-profile-"));
  const downloads = mkdtempSync(join(tmpdir(), "pane-e2e-downloads-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: FLAGS,
    acceptDownloads: true,
    downloadsPath: downloads,
    // A task pane's width (320 px on Windows, 350 on the web); the locale is what
    // navigator.language says in file mode.
    viewport: { width, height: 800 },
    locale,
  });
  return {
    context,
    downloads,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
      rmSync(downloads, { recursive: true, force: true });
    },
  };
}
