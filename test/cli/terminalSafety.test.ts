import fc from "fast-check";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { buildXlsx } from "../../src/adapters/xlsx/buildXlsx";
import { jsonChunks, jsonText, lazily } from "../../src/cli/jsonText";
import { oneLine, terminalSafe } from "../../src/cli/terminalSafe";
import { textTableLines } from "../../src/cli/textTable";
import { ibnExampleSpec } from "../../src/demo/ibnExample";
import { text } from "../../src/ports/cell";
import { tempDir } from "./annexCli";
import { runCli, tempFile } from "./runCli";

/** Everything a terminal acts on instead of showing, newline aside (written independently of src). */
const ACTED_ON = new RegExp(
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  "[\\u0000-\\u0009\\u000b-\\u001f\\u007f-\\u009f\\u061c\\u200e\\u200f\\u2028-\\u202e\\u2066-\\u2069]"
);

/** Escape sequences and controls as they arrive in names: clear screen, set title, CSI, overwrite, reorder. */
const VECTORS: ReadonlyArray<[string, string, string]> = [
  ["ESC clear screen", "Oss\u001b[2J", "Oss\\x1b[2J"],
  ["OSC set title", "Oss\u001b]0;pwned\u0007", "Oss\\x1b]0;pwned\\x07"],
  ["one-character CSI (C1)", "Oss\u009b31m", "Oss\\x9b31m"],
  ["carriage return overwriting", "Oss\rUden", "Oss\\x0dUden"],
  ["backspaces", "Oss\b\b\bUden", "Oss\\x08\\x08\\x08Uden"],
  ["DEL", "Oss\u007f", "Oss\\x7f"],
  ["tab", "Oss\tUden", "Oss\\x09Uden"],
  ["right-to-left override", "Oss\u202enedU", "Oss\\u202enedU"],
  ["bidi isolate", "\u2066Oss\u2069", "\\u2066Oss\\u2069"],
  ["Arabic letter mark", "Oss\u061c", "Oss\\u061c"],
  ["line separator", "Oss\u2028Uden", "Oss\\u2028Uden"],
];

describe("terminalSafe and oneLine", () => {
  it.each(VECTORS)("%s is shown as its escape", (_what, raw, shown) => {
    expect(terminalSafe(raw)).toBe(shown);
    expect(oneLine(raw)).toBe(shown);
  });

  it("keeps newlines in text but escapes them in a one-line value", () => {
    expect(terminalSafe("a\nb")).toBe("a\nb");
    expect(oneLine("a\nb")).toBe("a\\x0ab");
  });

  it("leaves every other character alone and escapes every acted-on one", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (s) => {
        const safe = oneLine(s);
        expect(safe).not.toMatch(new RegExp(ACTED_ON.source + "|\n"));
        const kept = [...s].filter((c) => !ACTED_ON.test(c) && c !== "\n").join("");
        expect(safe.replace(/\\(x[0-9a-f]{2}|u[0-9a-f]{4})/g, "")).toBe(
          kept.replace(/\\(x[0-9a-f]{2}|u[0-9a-f]{4})/g, "")
        );
      }),
      { numRuns: 2000 }
    );
  });
});

/** A JSON value in which some arrays are replaced by generators, as commands hand over their rows. */
const withLazyLists = (value: unknown): unknown =>
  Array.isArray(value)
    ? lazily(value, withLazyLists)
    : value !== null && typeof value === "object"
      ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withLazyLists(v)]))
      : value;

describe("JSON on stdout stays exact", () => {
  const json = fc.jsonValue({ stringUnit: "binary", maxDepth: 4 });

  it("parses back to the same value and holds no character a terminal acts on", () => {
    fc.assert(
      fc.property(json, (v) => {
        const out = jsonText(v);
        expect(out).not.toMatch(ACTED_ON);
        expect(JSON.parse(out)).toEqual(JSON.parse(JSON.stringify(v)));
      }),
      { numRuns: 1000 }
    );
  });

  it("is JSON.stringify's text, written in pieces, also when lists are made lazily", () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), (v) => {
        const expected = JSON.stringify(v, null, 2);
        expect([...jsonChunks(v)].join("")).toBe(expected);
        expect([...jsonChunks(withLazyLists(v))].join("")).toBe(expected);
      }),
      { numRuns: 1000 }
    );
  });
});

describe("text tables", () => {
  it("render 300,000 rows line by line (a spread over rows overflowed the stack at ~127,000), formatted on the way", () => {
    let passes = 0;
    function* rows(): Generator<string[]> {
      passes++;
      for (let i = 0; i < 300_000; i++) yield [`Gemeente ${i}`, String(i)];
    }
    let lines = 0;
    let widest = 0;
    for (const line of textTableLines(["Gemeente", "Bedrag"], rows, ["l", "r"])) {
      lines++;
      widest = Math.max(widest, line.length);
    }
    expect(lines).toBe(300_002);
    expect(passes).toBe(2);
    expect(widest).toBe("Gemeente 299999  299999\n".length);
  });
});

const csvWithNames = (names: ReadonlyArray<string>) =>
  tempFile(
    "budgets.csv",
    `Gemeente,P-budget\n${names.map((n, i) => `"${n.replace(/"/g, '""')}",${100 + i}`).join("\n")}\n`
  );

describe("every command's human output is terminal-safe; --json is exact", () => {
  // Numbered: names compare with their white space collapsed, so "Oss\tUden" and "Oss\rUden"
  // would otherwise be one municipality twice.
  const names = VECTORS.map(([, raw], i) => `${raw} ${i}`).concat(
    "Boxmeer\nfout: alles is in orde"
  );

  it("allocate prints the table with every name escaped, and the JSON with every name exact", async () => {
    const file = csvWithNames(names);
    const human = await runCli("allocate", file, "--total", "1000");
    expect(human.code).toBe(0);
    expect(human.stdout).not.toMatch(ACTED_ON);
    for (const [, , shown] of VECTORS) expect(human.stdout).toContain(shown);
    // A newline in a name cannot forge a line of its own.
    expect(human.stdout).toContain("Boxmeer\\x0afout: alles is in orde");
    const machine = await runCli("allocate", file, "--total", "1000", "--json");
    expect(machine.stdout).not.toMatch(ACTED_ON);
    expect(JSON.parse(machine.stdout).rows.map((r: { name: string }) => r.name)).toEqual(names);
  });

  it("findings about a row name it escaped, on stderr", async () => {
    const file = tempFile("b.csv", `Gemeente,P-budget\n"Oss\u001b]0;pwned\u0007",PM\n`);
    const { code, stderr } = await runCli("allocate", file, "--total", "10");
    expect(code).toBe(1);
    expect(stderr).not.toMatch(ACTED_ON);
    expect(stderr).toContain("PM");
  });

  it("period prints names escaped", async () => {
    const file = tempFile("p.csv", `Gemeente,2021\n"Oss\u001b[2J",100\nUden,200\n`);
    const { stdout } = await runCli(
      "period",
      file,
      "--totals",
      "2021=90",
      "--from",
      "2021-01-01",
      "--to",
      "2021-12-31"
    );
    expect(stdout).not.toMatch(ACTED_ON);
    expect(stdout).toContain("Oss\\x1b[2J");
  });

  it("refresh and check escape names from a workbook (stored there as _x001B_) in their findings", async () => {
    const example = ibnExampleSpec("nl");
    const spec = {
      ...example,
      sheets: [
        {
          ...example.sheets[0]!,
          cells: example.sheets[0]!.cells.map((r, i) =>
            i === 3 ? r.map((c, j) => (j === 0 ? text("Bernheze\u001b]0;pwned\u0007") : c)) : r
          ),
        },
        ...example.sheets.slice(1),
      ],
    };
    const dir = tempDir();
    const file = join(dir, "bijlage.xlsx");
    writeFileSync(file, buildXlsx(spec));
    for (const command of ["check", "refresh"]) {
      const { stdout, stderr } = await runCli(command, file);
      expect(stdout + stderr).not.toMatch(ACTED_ON);
      expect(stderr).toContain("Bernheze\\x1b]0;pwned\\x07");
    }
  });

  it("file names with controls are escaped in progress lines and findings", async () => {
    const dir = tempDir();
    const file = join(dir, "bijlage\u001b[2J\n.xlsx");
    writeFileSync(file, "geen werkmap");
    const { stdout, stderr } = await runCli("refresh", file);
    expect(stdout + stderr).not.toMatch(ACTED_ON);
    expect(stdout).toContain("bijlage\\x1b[2J\\x0a.xlsx");
  });

  it("audit prints row names from the published JSON escaped", async () => {
    const doc = JSON.parse(readFileSync("data/reference/ibn-partnership-2021.json", "utf8"));
    doc.lumpsum_per_year.rows[0].gemeente = "Bernheze\u001b[2J";
    const { stdout, stderr } = await runCli("audit", tempFile("pub.json", JSON.stringify(doc)));
    expect(stdout + stderr).not.toMatch(ACTED_ON);
    expect(stdout).toContain('"Bernheze\\x1b[2J"');
  });
});
