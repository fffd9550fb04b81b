import { launchChromium } from "./chromium";

jest.mock("fs", () => ({
  ...jest.requireActual("fs"),
  existsSync: (path: string) =>
    path !== "/usr/bin/chromium" && jest.requireActual("fs").existsSync(path),
}));

test("without Debian’s chromium the end-to-end suite fails and says how to install it", async () => {
  await expect(launchChromium("nl-NL")).rejects.toThrow(
    '/usr/bin/chromium is missing: the end-to-end tests need Debian\'s chromium. Install it with "apt-get update && apt-get install -y chromium"'
  );
});
