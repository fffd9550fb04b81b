import { existsSync, readFileSync } from "fs";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { join, resolve } from "path";
import { buildAddin } from "../setup/buildAddin";

/**
 * The manifest checked offline (`office-addin-manifest validate` needs Microsoft's online
 * service): well-formed, every resource defined, one origin, and consistent with the build.
 */
const ORIGIN = "https://localhost:3000";
const xml = readFileSync(resolve(__dirname, "../../manifest.xml"), "utf8");

interface Node {
  readonly name: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly parent: string;
}

/** Every element of the parsed manifest with its attributes and its parent's name. */
function elements(value: unknown, name = "", parent = ""): Node[] {
  if (Array.isArray(value)) return value.flatMap((v) => elements(v, name, parent));
  if (value === null || typeof value !== "object") return name ? [{ name, attrs: {}, parent }] : [];
  const entries = Object.entries(value as Record<string, unknown>);
  const attrs = Object.fromEntries(
    entries.filter(([k]) => k.startsWith("@_")).map(([k, v]) => [k.slice(2), String(v)])
  );
  const children = entries
    .filter(([k]) => !k.startsWith("@_") && k !== "#text")
    .flatMap(([k, v]) => elements(v, k, name));
  return name ? [{ name, attrs, parent }, ...children] : children;
}

const nodes = elements(
  new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@_" }).parse(xml)
);
const resources = new Map(
  nodes
    .filter((n) => ["bt:Images", "bt:Urls", "bt:ShortStrings", "bt:LongStrings"].includes(n.parent))
    .map((n) => [n.attrs.id ?? "", n])
);
const resource = (id: string) => resources.get(id)?.attrs.DefaultValue;
const resid = (element: string, parent?: string) =>
  nodes
    .filter((n) => n.name === element && (parent === undefined || n.parent === parent))
    .map((n) => n.attrs.resid);
const urls = nodes
  .flatMap((n) => [n.attrs.DefaultValue, n.attrs.Value])
  .filter((v): v is string => v !== undefined && /^\w+:\/\//.test(v));

test("the manifest is well-formed XML", () => {
  expect(XMLValidator.validate(xml)).toBe(true);
});

test("every resid is defined, and every resource id is at most 32 characters", () => {
  const used = nodes.map((n) => n.attrs.resid).filter((r): r is string => r !== undefined);
  expect(used.length).toBeGreaterThan(10);
  for (const id of used) expect(resources.has(id)).toBe(true);
  for (const id of resources.keys()) expect(id.length).toBeLessThanOrEqual(32);
  for (const n of nodes.filter((x) => x.parent === "bt:ShortStrings"))
    expect(n.attrs.DefaultValue!.length).toBeLessThanOrEqual(125);
  for (const n of nodes.filter((x) => x.parent === "bt:LongStrings"))
    expect(n.attrs.DefaultValue!.length).toBeLessThanOrEqual(250);
});

test("every URL has one origin, https://localhost:3000", () => {
  expect(urls.length).toBeGreaterThan(8);
  for (const url of urls) expect(new URL(url).origin).toBe(ORIGIN);
});

test("Dutch by default with English overrides for every localized string", () => {
  expect(nodes.find((n) => n.name === "DefaultLocale")).toBeDefined();
  expect(xml).toContain("<DefaultLocale>nl-NL</DefaultLocale>");
  const overrides = nodes.filter((n) => n.name === "bt:Override" || n.name === "Override");
  expect(overrides.length).toBeGreaterThan(5);
  for (const o of overrides) expect(o.attrs.Locale).toBe("en-US");
});

test("one shared runtime (lifetime long) runs the pane, the ribbon and the functions", () => {
  const runtime = nodes.find((n) => n.name === "Runtime");
  expect(runtime?.attrs).toEqual({ resid: "Taskpane.Url", lifetime: "long" });
  expect(resid("SourceLocation", "Page")).toEqual(["Taskpane.Url"]);
  expect(resid("FunctionFile")).toEqual(["Taskpane.Url"]);
  expect(resid("SourceLocation", "Action")).toEqual(["Taskpane.Url"]);
  expect(nodes.some((n) => n.name === "TaskpaneId")).toBe(false);
  expect(
    nodes.find((n) => n.name === "SourceLocation" && n.parent === "DefaultSettings")?.attrs
      .DefaultValue
  ).toBe(resource("Taskpane.Url"));
  expect(resource(resid("Namespace")[0]!)).toBe("IBN");
  expect(xml).toMatch(/<OfficeTab id="TabHome">/);
  expect(xml).toContain("<Permissions>ReadWriteDocument</Permissions>");
});

test("the requirement sets the code uses are declared", () => {
  const sets = Object.fromEntries(
    nodes.filter((n) => n.name === "Set").map((n) => [n.attrs.Name, n.attrs.MinVersion])
  );
  expect(sets).toEqual({ ExcelApi: "1.13", CustomFunctionsRuntime: "1.3", SharedRuntime: "1.1" });
});

describe("the manifest against the build output", () => {
  let dist: string;
  beforeAll(async () => {
    dist = await buildAddin();
  }, 300_000);

  const file = (url: string) => join(dist, new URL(url).pathname);
  const metadata = (name: string) =>
    JSON.parse(readFileSync(join(dist, name), "utf8")) as {
      functions: { id: string; name: string; helpUrl?: string; parameters: { name: string }[] }[];
    };

  test("every URL points at a file the build wrote", () => {
    for (const url of urls) expect(existsSync(file(url))).toBe(true);
    expect(readFileSync(join(dist, "manifest.xml"), "utf8")).toBe(xml);
  });

  test("the functions script and metadata are the build outputs, with unique ids", () => {
    expect(new URL(resource("Functions.Script.Url")!).pathname).toBe("/functions.js");
    const english = metadata("functions.json");
    const dutch = metadata(new URL(resource("Functions.Metadata.Url")!).pathname);
    const ids = english.functions.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.sort()).toEqual([
      "ALLOCATE",
      "LUMPSUM",
      "PLUSPRICE",
      "PROJECT",
      "PRORATE",
      "SCHEDULE",
      "SHARE",
    ]);
    expect(dutch.functions.map((f) => [f.id, f.parameters.length])).toEqual(
      english.functions.map((f) => [f.id, f.parameters.length])
    );
    expect(dutch.functions.find((f) => f.id === "LUMPSUM")?.parameters.map((p) => p.name)).toEqual([
      "pbudget",
      "pbudgetten",
      "totaal",
      "decimalen",
    ]);
  });

  test("the pane page loads office.js from the add-in, then the functions and the pane", () => {
    const page = readFileSync(file(resource("Taskpane.Url")!), "utf8");
    const scripts = [...page.matchAll(/<script[^>]*src="?([^" >]+)/g)].map((m) => m[1]);
    expect(scripts).toEqual(["./office.js", "functions.js", "taskpane.js"]);
    // office.js may not open frames or connections to other origins (its telemetry frame).
    expect(page).toMatch(
      /Content-Security-Policy[^>]*frame-src 'self' blob:; connect-src 'self' blob: data:/
    );
    expect(existsSync(join(dist, "o15apptofilemappingtable.js"))).toBe(true);
    expect(existsSync(join(dist, "excel-web-16.00.js"))).toBe(true);
  });

  test("every help link lands on a section of the guide in its own language", () => {
    const help = readFileSync(join(dist, "help.html"), "utf8");
    const article = (lang: string) =>
      new RegExp(`<article lang="${lang}">([\\s\\S]*?)</article>`).exec(help)?.[1] ?? "";
    const guide = { nl: article("nl"), en: article("en") };
    // The manifest's default is Dutch, its overrides English; each functions file its own.
    const links: Array<[string, "nl" | "en"]> = [
      ...nodes.flatMap((n) => [
        ...(n.attrs.DefaultValue ? [[n.attrs.DefaultValue, "nl"] as [string, "nl"]] : []),
        ...(n.attrs.Value ? [[n.attrs.Value, "en"] as [string, "en"]] : []),
      ]),
      ...metadata("functions.json").functions.map((f) => [f.helpUrl!, "en"] as [string, "en"]),
      ...metadata("functions.nl.json").functions.map((f) => [f.helpUrl!, "nl"] as [string, "nl"]),
    ].filter(([u]) => u.includes("/help.html"));
    expect(links.length).toBeGreaterThan(14);
    // The pane's Help link: help.html#nl or help.html#en, the start of each guide.
    expect(guide.nl).toContain('id="nl"');
    expect(guide.en).toContain('id="en"');
    for (const [link, lang] of links)
      expect([link, guide[lang]]).toEqual([
        link,
        expect.stringContaining(`id="${new URL(link).hash.slice(1)}"`),
      ]);
  });
});
