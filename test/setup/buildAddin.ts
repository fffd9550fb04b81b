import { createHash } from "crypto";
import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
} from "fs";
import { tmpdir } from "os";
import { join, resolve } from "path";
import webpack from "webpack";
import makeConfig from "../../webpack.config.js";

const ROOT = resolve(__dirname, "../..");
const INPUTS = ["src", "assets", "manifest.xml", "webpack.config.js", "docs", "package-lock.json"];

function files(path: string): string[] {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .sort()
    .flatMap((name) => files(join(path, name)));
}

/** A digest of everything the build reads, so an unchanged tree is built only once. */
function inputDigest(): string {
  const hash = createHash("sha256");
  for (const file of INPUTS.flatMap((p) => files(join(ROOT, p))))
    hash.update(file).update(readFileSync(file));
  return hash.digest("hex").slice(0, 16);
}

/** Builds of trees that have since changed, once no test run can still be reading them. */
function removeStaleBuilds(keep: string): void {
  const hourAgo = Date.now() - 3_600_000;
  for (const name of readdirSync(tmpdir()).filter((n) => n.startsWith("ibn-addin-build-"))) {
    const dir = join(tmpdir(), name);
    if (dir !== keep && statSync(dir).mtimeMs < hourAgo)
      rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Runs the production build (webpack.config.js, as `npm run build` does) into a directory of
 * its own and returns it, so tests check what Excel would load without touching dist/. Test
 * files run in separate workers: the first builds, the others reuse the finished directory.
 */
export async function buildAddin(): Promise<string> {
  const out = join(tmpdir(), `ibn-addin-build-${inputDigest()}`);
  if (existsSync(join(out, "functions.json"))) return out;
  const staging = mkdtempSync(join(tmpdir(), "ibn-addin-staging-"));
  const config = await makeConfig({}, { mode: "production" });
  const stats = await new Promise<webpack.Stats>((done, fail) =>
    webpack(
      { ...config, context: ROOT, output: { ...config.output, path: staging } },
      (err, result) => (err || !result ? fail(err) : done(result))
    )
  );
  if (stats.hasErrors()) throw new Error(stats.toString({ all: false, errors: true }));
  try {
    renameSync(staging, out);
  } catch {
    rmSync(staging, { recursive: true, force: true }); // another worker finished first
  }
  removeStaleBuilds(out);
  return out;
}
