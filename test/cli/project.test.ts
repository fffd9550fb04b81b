import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import bundled from "../../data/projection/ibn-2021-2025.json";
import { UsageError } from "../../src/cli/usageError";
import { projectCommand } from "../../src/cli/commands/project";
import { runCommand } from "./runCli";

const repo = resolve(__dirname, "../..");
const PARAMS = "data/projection/ibn-2021-2025.json";

async function run(argv: string[], cwd = repo) {
  const { code, stdout, stderr } = await runCommand(projectCommand, cwd, ...argv);
  return { code, out: stdout, err: stderr };
}

/** A folder with one parameter file: the bundled one with `changes`. */
function fileWith(changes: Record<string, unknown> | string): string {
  const dir = mkdtempSync(join(tmpdir(), "lumpsum-project-"));
  writeFileSync(
    join(dir, "params.json"),
    typeof changes === "string" ? changes : JSON.stringify({ ...bundled, ...changes })
  );
  return dir;
}

test("the published projection as a Dutch table, with the override and the source", async () => {
  const { code, out, err } = await run([PARAMS]);
  expect([code, err]).toEqual([0, ""]);
  expect(out).toMatch(/^Scenario II — gepubliceerd\n/);
  expect(out).toMatch(
    /Totaal lumpsum\s+2\.246\.325\s+2\.483\.658\s+2\.630\.368\s+2\.769\.836\s+2\.905\.014\n/
  );
  expect(out).toMatch(/Aandeel PW\s+17,9%/);
  expect(out).toMatch(/index \(vorig jaar = 100\)\s+100,0\s+98,9\s+98,5\s+98,2\s+97,9\n/);
  expect(out).toContain("2021 Aandeel PW in meerkosten: 1.375.417 (berekend 1.471.541)");
  expect(out).toContain("raadsvoorstel gemeente Boekel, 23 februari 2021");
});

test("--lang en: English labels and separators", async () => {
  const { out } = await run([PARAMS, "--lang", "en"]);
  expect(out).toMatch(/Total lump sum\s+2,246,325\s+2,483,658/);
  expect(out).toMatch(/Wsw\s+1,548\.8/);
});

test("--json: the documented contract, every number a decimal string", async () => {
  const { code, out } = await run([PARAMS, "--json"]);
  expect(code).toBe(0);
  const json = JSON.parse(out);
  expect(Object.keys(json)).toEqual([
    "scenario",
    "status",
    "notes",
    "decimals",
    "baseYear",
    "years",
    "rows",
    "overrides",
    "issues",
  ]);
  const rowOf = (key: string) => json.rows.find((r: { key: string }) => r.key === key);
  expect(rowOf("totaalLumpsum").values).toEqual([
    "2246325",
    "2483658",
    "2630368",
    "2769836",
    "2905014",
  ]);
  expect(rowOf("aandeelPw")).toMatchObject({
    kind: "pct",
    values: ["0.1790522633", "0.2176779588", "0.2514966801", "0.2815808436", "0.3088285229"],
  });
  expect(rowOf("pw").values).toEqual(["337.8", "406.1", "462.1", "508", "545.7"]);
  expect(json.overrides).toEqual([
    {
      row: "aandeelPwInMeerkosten",
      year: 2021,
      value: "1375417",
      computed: "1471541",
      note: bundled.overrides[0]!.note,
    },
  ]);
  expect(json.issues).toEqual([]);
});

test("--scenario all: side by side, assumptions marked and explained", async () => {
  const { code, out } = await run([PARAMS, "--scenario", "all"]);
  expect(code).toBe(0);
  expect(out).toMatch(/Scenario 0\*: Totaal lumpsum\s+2\.246\.325\s+2\.269\.208/);
  expect(out).toMatch(/Scenario II: % van P-budget\s+50,6%\s+50,8%/);
  expect(out).toContain("* aanname, niet gepubliceerd");
  expect(out).toContain("Scenario III — aanname, niet gepubliceerd:");
  const json = JSON.parse((await run([PARAMS, "--scenario", "all", "--json", "--lang", "en"])).out);
  expect(
    json.scenarios.map((s: { scenario: string; status: string }) => [s.scenario, s.status])
  ).toEqual([
    ["0", "assumption"],
    ["I", "assumption"],
    ["II", "published"],
    ["III", "assumption"],
  ]);
  expect(json.scenarios[2].totaalLumpsum).toEqual([
    "2246325",
    "2483658",
    "2630368",
    "2769836",
    "2905014",
  ]);
});

test("--scenario 0: one scenario, labelled as an assumption", async () => {
  const { code, out } = await run([PARAMS, "--scenario", "0", "--lang", "en"]);
  expect(code).toBe(0);
  expect(out).toMatch(/^Scenario 0 — assumption, not published\n/);
  expect(out).toMatch(/Effect of higher added value\s+0\s+0\s+0\s+0\s+0\n/);
});

test("the reference file itself is accepted: its printed projection, with the non-following 2021 figure kept", async () => {
  const { code, out } = await run(["data/reference/ibn-partnership-2021.json", "--json"]);
  expect(code).toBe(0);
  const json = JSON.parse(out);
  expect(json.rows.find((r: { key: string }) => r.key === "totaalLumpsum").values[0]).toBe(
    "2246325"
  );
  expect(json.overrides.map((o: { row: string; year: number }) => [o.row, o.year])).toEqual([
    ["aandeelPwInMeerkosten", 2021],
  ]);
});

test("bad parameters: exit 1, each error on stderr naming the file, parameter and year; nothing on stdout", async () => {
  const dir = fileWith({ pBudget: ["4440796", "0", "5335550", "5748398", "veel"] });
  const { code, out, err } = await run(["params.json"], dir);
  expect([code, out]).toEqual([1, ""]);
  expect(err.split("\n").filter(Boolean)).toEqual([
    'fout: params.json: tabel parameters, rij P-budget, kolom 2025: Parameter P-budget 2025 is geen getal: "veel".',
  ]);
  const range = await run(
    ["params.json", "--lang", "en"],
    fileWith({ pBudget: ["4440796", "0", "5335550", "5748398", "1"] })
  );
  expect([range.code, range.err]).toEqual([
    1,
    "error: params.json: table parameters, row P-budget, column 2022: Parameter P-budget 2022 = 0 is outside the allowed range (> 0).\n",
  ]);
});

test("with --json the rejection is JSON too, and warnings do not stop the projection", async () => {
  const bad = await run(["params.json", "--json"], fileWith({ decimals: 3 }));
  expect(bad.code).toBe(1);
  expect(
    JSON.parse(bad.out).issues.map((i: { code: string; where: object }) => [i.code, i.where])
  ).toEqual([["DECIMALS_INVALID", { file: "params.json", table: "parameters", row: "decimals" }]]);
  const warned = await run(["params.json"], fileWith({ meerkost: [] }));
  expect(warned.code).toBe(0);
  expect(warned.err).toBe(
    'waarschuwing: params.json: tabel parameters, rij meerkost: Onbekende parameter "meerkost" wordt genegeerd.\n'
  );
});

test("a file that is missing or not JSON is rejected with exit 1", async () => {
  expect((await run(["nope.json"])).code).toBe(1);
  const notJson = await run(["params.json"], fileWith('{"years": [2021'));
  expect(notJson.code).toBe(1);
  expect(notJson.err).toMatch(
    /^fout: params\.json: rij 1, kolom 16: Het bestand is geen geldige JSON; /
  );
});

test.each([
  [[]],
  [[PARAMS, PARAMS]],
  [[PARAMS, "--scenario", "IV"]],
  [[PARAMS, "--lang", "fr"]],
  [[PARAMS, "--verbose"]],
])("usage error: %j", async (argv) => {
  await expect(run(argv)).rejects.toThrow(UsageError);
});
