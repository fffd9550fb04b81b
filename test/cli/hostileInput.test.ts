import fc from "fast-check";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { annexBytes, DAMAGED, SHEET, withB4, withPart } from "../fixtures/damagedPackages";
import { tempDir } from "./annexCli";
import { runCli, tempFile } from "./runCli";

/** A stack frame as Node prints it: what must never reach a user without --debug. */
const STACK_FRAME = /^\s+at .+[(:]\d+/m;

interface RunOutcome {
  readonly code: number;
  readonly json: {
    files: { file: string; ok: boolean; written: boolean; issues: { code: string }[] }[];
  };
  readonly stderr: string;
  readonly badAfter: Buffer;
}

/** `lumpsum <command> bad.xlsx good.xlsx --json`, with the bad file's bytes after the run. */
async function runOn(command: "refresh" | "check", bad: Uint8Array): Promise<RunOutcome> {
  const dir = tempDir();
  const badFile = join(dir, "kapot.xlsx");
  const goodFile = join(dir, "goed.xlsx");
  writeFileSync(badFile, bad);
  writeFileSync(goodFile, annexBytes());
  const { code, stdout, stderr } = await runCli(command, badFile, goodFile, "--json");
  return { code, json: JSON.parse(stdout), stderr, badAfter: readFileSync(badFile) };
}

describe("every failure is a finding: damaged packages and hostile cells", () => {
  it.each(DAMAGED.map((d) => [d.what, d] as const))(
    "%s: refresh gives the finding, exit 1, no trace, the file untouched, the next file refreshed",
    async (_what, damaged) => {
      const bytes = damaged.bytes();
      const { code, json, stderr, badAfter } = await runOn("refresh", bytes);
      expect(code).toBe(1);
      const [bad, good] = json.files;
      expect(bad).toMatchObject({ ok: false, written: false });
      expect(bad!.issues.map((i) => i.code)).toContain(damaged.code);
      expect(bad!.issues.map((i) => i.code)).not.toContain("INTERNAL_ERROR");
      expect(good).toMatchObject({ ok: true, written: true });
      expect(Buffer.from(bytes).equals(badAfter)).toBe(true);
      expect(stderr).not.toMatch(STACK_FRAME);
    }
  );

  it.each(DAMAGED.map((d) => [d.what, d] as const))(
    "%s: check gives the same finding and exit 1",
    async (_what, damaged) => {
      const { code, json, stderr } = await runOn("check", damaged.bytes());
      expect(code).toBe(1);
      expect(json.files[0]!.issues.map((i) => i.code)).toContain(damaged.code);
      expect(json.files[1]!.ok).toBe(true);
      expect(stderr).not.toMatch(STACK_FRAME);
    }
  );

  it("names the cell where the damage sits in one", async () => {
    const { json } = await runOn("refresh", withB4("NaN"));
    expect(json.files[0]!.issues[0]).toMatchObject({
      code: "PKG_PART_CORRUPT",
      where: { sheet: "P-budget", cell: "B4" },
      params: { part: SHEET },
    });
  });

  it("prints findings, not a trace, without --json", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "kapot.xlsx"), withB4("1E+900000000"));
    const { code, stdout, stderr } = await runCli("refresh", join(dir, "kapot.xlsx"));
    expect(code).toBe(1);
    expect(stderr).toMatch(/'P-budget'!B4: .*kolom 2021: 1E\+900000000 valt buiten het bereik/);
    expect(stderr).not.toMatch(STACK_FRAME);
    expect(stdout).toMatch(/0 van 1 bestand in orde, 1 met fouten/);
  });
});

/** Arbitrary damage a file can come to: bytes flipped or cut, XML text spliced into a part. */
const damage = fc.oneof(
  fc
    .array(fc.tuple(fc.nat(), fc.integer({ min: 1, max: 255 })), { minLength: 1, maxLength: 8 })
    .map((flips) => (zip: Uint8Array) => {
      const copy = zip.slice();
      for (const [at, bits] of flips) copy[at % copy.length]! ^= bits;
      return copy;
    }),
  fc.nat().map((cut) => (zip: Uint8Array) => zip.slice(0, cut % zip.length)),
  fc
    .tuple(
      fc.constantFrom(SHEET, "xl/sharedStrings.xml", "xl/workbook.xml", "xl/tables/table1.xml"),
      fc.nat(),
      fc.nat({ max: 40 }),
      fc.string({
        unit: fc.constantFrom(..."<>/=\"'&;#x0123456789eE+-.rvcsti ".split("")),
        maxLength: 30,
      })
    )
    .map(
      ([part, at, cut, text]) =>
        () =>
          withPart(part, (xml) => {
            const i = at % (xml.length + 1);
            return xml.slice(0, i) + text + xml.slice(i + cut);
          })
    )
);

/** Text a number cell may be given: canonical numbers of any size and precision, and junk. */
const numberText = fc.oneof(
  fc
    .tuple(
      fc.bigInt({ min: -(10n ** 40n), max: 10n ** 40n }),
      fc.integer({ min: -2_000_000_000, max: 2_000_000_000 })
    )
    .map(([m, e]) => `${m}E${e}`),
  fc.stringMatching(/^[+-]?\d{0,60}(\.\d{0,60})?([eE][+-]?\d{1,12})?$/),
  fc.string({ unit: fc.constantFrom(..."0123456789.eE+-NaInfityx ".split("")), maxLength: 40 })
);

describe("generated damage: never a crash, always a finding or a refresh", () => {
  // Each case is a whole CLI run over two files: few runs, but every kind of damage is drawn.
  const runs = { numRuns: 40 };

  it("a damaged package is refreshed or refused with a finding; refused, it is untouched; the next file is refreshed", async () => {
    await fc.assert(
      fc.asyncProperty(damage, async (spoil) => {
        const bytes = spoil(annexBytes());
        const { code, json, stderr, badAfter } = await runOn("refresh", bytes);
        const [bad, good] = json.files;
        expect([0, 1]).toContain(code);
        expect(bad!.issues.map((i) => i.code)).not.toContain("INTERNAL_ERROR");
        if (!bad!.ok) {
          expect(bad!.issues.length).toBeGreaterThan(0);
          expect(Buffer.from(bytes).equals(badAfter)).toBe(true);
        }
        expect(good).toMatchObject({ ok: true, written: true });
        expect(stderr).not.toMatch(STACK_FRAME);
      }),
      runs
    );
  });

  it("any text in a number cell is read within bounds or refused, naming the cell", async () => {
    await fc.assert(
      fc.asyncProperty(numberText, async (value) => {
        const { code, json, badAfter } = await runOn("refresh", withB4(value));
        const bad = json.files[0]!;
        expect([0, 1]).toContain(code);
        expect(bad.issues.map((i) => i.code)).not.toContain("INTERNAL_ERROR");
        if (!bad.ok) expect(badAfter.length).toBeGreaterThan(0);
      }),
      runs
    );
  });
});

describe("every number read is bounded: options, CSV cells and JSON parameters", () => {
  const csv = (cell: string) => tempFile("budgets.csv", `Gemeente,P-budget\nOss,${cell}\nUden,2\n`);

  it.each([
    ["allocate", ["--total", "1e9000000000000000"], "--total"],
    ["allocate", ["--total", "1e-90000000"], "--total"],
    ["allocate", ["--total", "1000000000000000"], "--total"],
  ])(
    "%s %s is refused as out of range, naming the option, with --json printed",
    async (cmd, args, option) => {
      const { code, stdout, stderr } = await runCli(cmd, csv("1"), ...args, "--json");
      expect(code).toBe(1);
      expect(JSON.parse(stdout).issues).toEqual([
        expect.objectContaining({ code: "NUMBER_OUT_OF_RANGE", where: { option } }),
      ]);
      expect(stderr).toContain(`${option}: `);
    }
  );

  it("a --totals year beyond the bounds is refused naming the option and year", async () => {
    const { code, stdout } = await runCli(
      "period",
      tempFile("b.csv", "Gemeente,2021\nOss,1\n"),
      "--totals",
      "2021=1e99999999",
      "--from",
      "2021-01-01",
      "--to",
      "2021-12-31",
      "--json"
    );
    expect(code).toBe(1);
    expect(JSON.parse(stdout).issues[0]).toMatchObject({
      code: "NUMBER_OUT_OF_RANGE",
      where: { option: "--totals 2021" },
    });
  });

  it("a CSV cell of 100,000 digits is refused naming line and column, its value shortened", async () => {
    const { code, stdout } = await runCli(
      "allocate",
      csv("9".repeat(100_000)),
      "--total",
      "10",
      "--json"
    );
    expect(code).toBe(1);
    const [found] = JSON.parse(stdout).issues;
    expect(found).toMatchObject({
      code: "NUMBER_OUT_OF_RANGE",
      where: { row: 2, column: "P-budget" },
    });
    expect(found.params.value.length).toBeLessThan(80);
  });

  it("a project parameter of 1e900000000 is refused naming the parameter", async () => {
    const params = JSON.parse(readFileSync("data/projection/ibn-2021-2025.json", "utf8"));
    params.addedValuePerUnit = "1e900000000";
    const file = tempFile("params.json", JSON.stringify(params));
    const { code, stdout } = await runCli("project", file, "--json");
    expect(code).toBe(1);
    expect(JSON.parse(stdout).issues[0]).toMatchObject({
      code: "NUMBER_OUT_OF_RANGE",
      params: { value: "1e900000000" },
    });
  });
});

describe("large inputs", () => {
  it("a table whose range runs to the grid's last row is read, not a crash (a spread over its rows overflowed)", async () => {
    const dir = tempDir();
    const file = join(dir, "groot.xlsx");
    writeFileSync(
      file,
      withPart("xl/tables/table1.xml", (xml) => xml.replace(/A3:D14/g, "A3:D1048576"))
    );
    const { code, stdout } = await runCli("check", file, "--json");
    expect(code).not.toBe(1);
    expect(JSON.parse(stdout).files[0].issues.map((i: { code: string }) => i.code)).not.toContain(
      "INTERNAL_ERROR"
    );
  });

  it("a CSV of 131,000 rows whose every amount warns is allocated (spreading 130,000 warnings overflowed the stack)", async () => {
    const rows = Array.from({ length: 131_000 }, (_, i) => `G${i};1.${100 + (i % 900)}.000`);
    const file = tempFile("groot.csv", `Gemeente;P-budget\n${rows.join("\n")}\n`);
    const { code, stdout, stderr } = await runCli("allocate", file, "--total", "1000000");
    expect(code).toBe(0);
    expect(stdout.split("\n")).toHaveLength(131_000 + 4);
    expect(stderr.split("\n")).toHaveLength(131_000 + 1);
  });
});

describe("unexpected input to the command line itself", () => {
  it("a usage error with --json prints a JSON document too", async () => {
    const { code, stdout } = await runCli("allocate", "--total", "x", "a.csv", "--json");
    expect(code).toBe(2);
    expect(JSON.parse(stdout).issues[0]).toMatchObject({ code: "CLI_USAGE" });
  });

  it.each([
    ["a folder", "."],
    ["a device", "/dev/zero"],
  ])("%s as input is refused, not read", async (_what, path) => {
    const { code, stdout } = await runCli("allocate", path, "--total", "10", "--json");
    expect(code).toBe(1);
    expect(JSON.parse(stdout).issues[0]).toMatchObject({ code: "FILE_UNREADABLE" });
  });

  it("a JSON input larger than the limit is refused before it is read", async () => {
    const file = tempFile("huge.json", "");
    writeFileSync(file, Buffer.alloc(65 * 1024 * 1024, 0x20));
    const { code, stdout } = await runCli("project", file, "--json");
    expect(code).toBe(1);
    expect(JSON.parse(stdout).issues[0]).toMatchObject({ code: "FILE_TOO_LARGE" });
  });
});
