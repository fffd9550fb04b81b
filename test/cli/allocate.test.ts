import { publishedLumpsum, publishedTotal } from "../golden/reference";
import { runCli, tempFile } from "./runCli";

describe("lumpsum allocate on the published 2021 P-budgets", () => {
  it("reproduces the published 2021 column in the JSON contract", async () => {
    const { code, stdout } = await runCli(
      "allocate",
      "data/examples/p-budget-2021.csv",
      "--total",
      publishedTotal("2021"),
      "--json"
    );
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    expect(out.total).toBe("2246325");
    expect(
      out.rows.map((r: { name: string; amount: string }) => [r.name, Number(r.amount)])
    ).toEqual([...publishedLumpsum("2021").entries()]);
    expect(out.rows[0]).toEqual({
      name: "Bernheze",
      weight: "295299",
      share: "0.066496892222",
      exact: "149373.631421543084",
      amount: "149374",
    });
    // Every cell was Dutch text with thousands separators: read, and reported.
    expect(out.issues).toHaveLength(11);
    expect(out.issues[0]).toMatchObject({
      code: "AMOUNT_FORMATTED_TEXT",
      severity: "warning",
      where: { row: 2, column: "P-budget 2021" },
    });
  });

  it("prints a readable Dutch table by default and an English one on request", async () => {
    const nl = await runCli("allocate", "data/examples/p-budget-2021.csv", "--total", "2246325");
    expect(nl.stdout).toMatch(/Oss\s+1\.883\.249\s+42,41%\s+952\.620/);
    expect(nl.stdout).toMatch(/Totaal\s+4\.440\.794\s+100,00%\s+2\.246\.325/);
    const en = await runCli(
      "allocate",
      "data/examples/p-budget-2021.csv",
      "--total",
      "2246325",
      "--lang",
      "en"
    );
    expect(en.stdout).toMatch(/Total\s+4,440,794\s+100\.00%\s+2,246,325/);
  });

  it("rounds to cents with --decimals 2", async () => {
    const { stdout } = await runCli(
      "allocate",
      "data/examples/p-budget-2021.csv",
      "--total",
      "2246325",
      "--decimals",
      "2",
      "--json"
    );
    const out = JSON.parse(stdout);
    expect(out.total).toBe("2246325.00");
    expect(out.rows.find((r: { name: string }) => r.name === "Uden").amount).toBe("281978.21");
  });
});

describe.each([
  ["a blank budget", "Gemeente,Budget\nA,1\nB,\n", "WEIGHT_MISSING", 3],
  [
    "a blank budget of a merged municipality without a year",
    "Gemeente,Budget\nOss,1\nGrave,\n",
    "WEIGHT_MISSING",
    3,
  ],
  ["a totals line", "Gemeente,Budget\nA,1\nB,2\nTotaal,3\n", "TOTALS_ROW_IN_DATA", 4],
  [
    "a pivot's Eindtotaal line",
    "Gemeente;Budget\nA;1\nB;2\n EINDTOTAAL ;3\n",
    "TOTALS_ROW_IN_DATA",
    4,
  ],
  ["the same name in another case", "Gemeente,Budget\nOss,1\nOSS,2\n", "NAME_DUPLICATE", 3],
  [
    "the same name with a no-break space",
    "Gemeente,Budget\nOss,1\nOss\u00a0,2\n",
    "NAME_DUPLICATE",
    3,
  ],
  [
    "the same name with a double space",
    "Gemeente,Budget\nSint Anthonis,1\nSint  Anthonis,2\n",
    "NAME_DUPLICATE",
    3,
  ],
  ["a placeholder", "Gemeente;Budget\nA;1\nB;PM\n", "AMOUNT_PLACEHOLDER", 3],
  ["an error value", "Gemeente;Budget\nA;#VERW!\nB;1\n", "CELL_ERROR", 2],
  ["a negative budget", "Gemeente,Budget\nA,-5\nB,1\n", "WEIGHT_NEGATIVE", 2],
  ["a duplicate name", "Gemeente,Budget\nOss,1\nOss ,2\n", "NAME_DUPLICATE", 3],
  ["a decimal comma in a comma file", 'Gemeente,Budget\nA,"1,5"\nB,1\n', "AMOUNT_NOT_NUMBER", 2],
])("a CSV with %s", (_, csv, code, line) => {
  it(`is rejected with ${code} at line ${line}, exit 1, nothing on stdout`, async () => {
    const file = tempFile("budgets.csv", csv);
    const { code: exit, stdout, stderr } = await runCli("allocate", file, "--total", "100");
    expect(exit).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toContain(`${file}: rij ${line}`);
    const json = JSON.parse((await runCli("allocate", file, "--total", "100", "--json")).stdout);
    expect(
      json.issues.map((i: { code: string; where: { row: number } }) => [i.code, i.where.row])
    ).toContainEqual([code, line]);
  });
});

test.each([
  ["both delimiters in the header", "Gemeente;Budget, 2021\nA;1\n", "CSV_DELIMITER_AMBIGUOUS"],
  ["no delimiter", "Gemeente\nA\n", "CSV_DELIMITER_UNKNOWN"],
  ["only a header", "Gemeente,Budget\n", "CSV_NO_ROWS"],
  ["an unterminated quote", 'Gemeente,Budget\n"A,1\n', "CSV_MALFORMED"],
])("a CSV with %s is rejected as %s", async (_, csv, code) => {
  const { code: exit, stdout } = await runCli(
    "allocate",
    tempFile("b.csv", csv),
    "--total",
    "100",
    "--json"
  );
  expect(exit).toBe(1);
  expect(JSON.parse(stdout).issues[0].code).toBe(code);
});

test("a file that is not UTF-8 is rejected", async () => {
  const { code, stdout } = await runCli(
    "allocate",
    tempFile("b.csv", Uint8Array.from([0x41, 0x2c, 0x42, 0x0a, 0xe9, 0x2c, 0x31, 0x0a])),
    "--total",
    "1",
    "--json"
  );
  expect(code).toBe(1);
  expect(JSON.parse(stdout).issues[0].code).toBe("CSV_NOT_UTF8");
});

test.each([
  [["allocate"], "precies één bestand", "exactly one file"],
  [["allocate", "x.csv"], "--total is verplicht", "--total is required"],
  [["allocate", "x.csv", "--total", "veel"], "--total moet een getal", "--total must be a number"],
  [
    ["allocate", "x.csv", "--total", "1", "--decimals", "3"],
    '--decimals moet 0 of 2 zijn, niet "3"',
    '--decimals must be 0 or 2, not "3"',
  ],
  [
    ["allocate", "x.csv", "--total", "1", "--bogus"],
    "onbekende optie --bogus",
    "unknown option --bogus",
  ],
  [
    ["allocate", "x.csv", "--total", "--decimals", "2"],
    "--total heeft een waarde nodig",
    "--total needs a value",
  ],
  [
    ["allocate", "x.csv", "--total", "1", "--json=ja"],
    "--json neemt geen waarde",
    "--json takes no value",
  ],
  [["frobnicate"], 'onbekende opdracht "frobnicate"', 'unknown command "frobnicate"'],
])(
  "%j is a usage error (exit 2), said in Dutch by default and in English with --lang en",
  async (argv, nl, en) => {
    const dutch = await runCli(...argv);
    expect([dutch.code, dutch.stdout]).toEqual([2, ""]);
    expect(dutch.stderr).toContain(nl);
    const english = await runCli(...argv, "--lang", "en");
    expect(english.code).toBe(2);
    expect(english.stderr).toContain(en);
  }
);

test('"1.000" is a canonical decimal: the missing file is the input error (exit 1)', async () => {
  const { code, stderr } = await runCli("allocate", "x.csv", "--total", "1.000");
  expect(code).toBe(1);
  expect(stderr).toContain("x.csv");
});

test("a negative total (a refund) is a value, not an option: --total -98765", async () => {
  const { code, stdout } = await runCli(
    "allocate",
    "data/examples/p-budget-2021.csv",
    "--total",
    "-98765",
    "--json"
  );
  expect(code).toBe(0);
  const json = JSON.parse(stdout);
  expect(json.total).toBe("-98765");
  expect(json.rows.reduce((sum: number, r: { amount: string }) => sum + Number(r.amount), 0)).toBe(
    -98765
  );
});
