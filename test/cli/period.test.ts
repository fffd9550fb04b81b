import { ours, ref } from "../golden/reference";
import { runCli, tempFile } from "./runCli";

const ARGS = [
  "period",
  "data/examples/p-budget-2021-2022.csv",
  "--totals",
  "2021=2246325,2022=2483650",
  "--from",
  "2021-07-01",
  "--to",
  "2022-12-31",
];

describe("lumpsum period on the first agreement period", () => {
  it("gives every published period amount (or the listed €1 off it) and the total exactly", async () => {
    const { code, stdout } = await runCli(...ARGS, "--json");
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    expect(out.total).toBe(String(ref.lumpsum_first_period.printed_total));
    const published = new Map(ref.lumpsum_first_period.rows.map((r) => [r.gemeente, r.amount]));
    for (const row of out.rows)
      expect(row.amount).toBe(ours("period", row.name, published.get(row.name)!));
  });

  it("gives Uden 140,989 for the second half of 2021 plus 311,574 for 2022 = 452,563 (seed 001)", async () => {
    const out = JSON.parse((await runCli(...ARGS, "--json")).stdout);
    expect(out.rows.find((r: { name: string }) => r.name === "Uden")).toMatchObject({
      amount: "452563",
      slices: { 2021: "140989", 2022: "311574" },
    });
  });

  it("is additive: rows add to the slices, slices to the total", async () => {
    const out = JSON.parse((await runCli(...ARGS, "--json")).stdout);
    for (const row of out.rows)
      expect(Number(row.slices["2021"]) + Number(row.slices["2022"])).toBe(Number(row.amount));
    for (const s of out.slices)
      expect(
        out.rows.reduce(
          (a: number, r: { slices: Record<string, string> }) => a + Number(r.slices[s.year]),
          0
        )
      ).toBe(Number(s.total));
    expect(out.slices.map((s: { fraction_exact: string }) => s.fraction_exact)).toEqual([
      "1/2",
      "1/1",
    ]);
  });

  it("pro-rates by days on request, and rejects a mid-month period under months", async () => {
    const days = JSON.parse(
      (
        await runCli(
          ...ARGS.slice(0, 6),
          "--from",
          "2021-07-15",
          "--to",
          "2022-12-31",
          "--basis",
          "days",
          "--json"
        )
      ).stdout
    );
    expect(days.slices[0].fraction_exact).toBe("34/73");
    const months = await runCli(...ARGS.slice(0, 6), "--from", "2021-07-15", "--to", "2022-12-31");
    expect(months.code).toBe(1);
    expect(months.stderr).toContain("kies de dagen-conventie");
  });

  it("names the missing year total", async () => {
    const { code, stderr } = await runCli(
      "period",
      "data/examples/p-budget-2021-2022.csv",
      "--totals",
      "2021=2246325",
      "--from",
      "2021-07-01",
      "--to",
      "2022-12-31",
      "--lang",
      "en"
    );
    expect(code).toBe(1);
    expect(stderr).toContain("There is no lump-sum total for 2022");
  });
});

describe("lumpsum period across the 2022 mergers", () => {
  // Old names for 2021 with a blank for 2022; Land van Cuijk and Maashorst for 2022 only.
  const csv = [
    "Gemeente;2021;2022",
    "Bernheze;295299;324597",
    "Boekel;108215;119243",
    "Boxmeer;341240;",
    "Cuijk;359625;",
    "Grave;122758;",
    "Landerd;137264;",
    "Meierijstad, Veghel;411248;453431",
    "Mill en Sint Hubert;147594;",
    "Oss;1883249;2074757",
    "Sint Anthonis;76855;",
    "Uden;557447;",
    "Land van Cuijk;;1151934",
    "Maashorst;;764143",
  ].join("\n");
  // The first agreement period's arguments, on another file.
  const args = (file: string, ...more: string[]) => [
    ARGS[0]!,
    file,
    ...ARGS.slice(2),
    "--json",
    ...more,
  ];

  it("schedules each name in the years it existed, and restates the period under today's six", async () => {
    const { code, stdout } = await runCli(...args(tempFile("merged.csv", csv)));
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    expect(out.total).toBe("3606813");
    const row = (name: string) => out.rows.find((r: { name: string }) => r.name === name);
    expect(row("Uden")).toMatchObject({ amount: "140989", slices: { 2021: "140989" } });
    expect(Object.keys(row("Maashorst").slices)).toEqual(["2022"]);
    const maashorst = out.restated.find((r: { name: string }) => r.name === "Maashorst");
    expect(maashorst).toMatchObject({ from: ["Landerd", "Uden"], slices: { 2021: "175706" } });
    expect(out.restated.map((r: { name: string }) => r.name)).toHaveLength(6);
  });

  it("still refuses a blank for a municipality outside a merger, at its line", async () => {
    const file = tempFile("oss-blank.csv", csv.replace("Oss;1883249;2074757", "Oss;1883249;"));
    const { code, stdout } = await runCli(...args(file));
    expect(code).toBe(1);
    expect(
      JSON.parse(stdout).issues.map((i: { code: string; where: object }) => [i.code, i.where])
    ).toEqual([["WEIGHT_MISSING", { file, row: 10, column: "2022" }]]);
  });

  it("takes further mergers from --mergers, and refuses a file that is no list of mergers", async () => {
    const declared = csv
      .replace("Bernheze;295299;324597", "Bernheze;295299;")
      .replace("Boekel;108215;119243", "Boekel;108215;")
      .concat("\nBernheze-Boekel;;443840");
    const mergers = tempFile(
      "fusies.json",
      JSON.stringify([
        { name: "Bernheze-Boekel", from: ["Bernheze", "Boekel"], effective: "2022-01-01" },
      ])
    );
    const ok = await runCli(...args(tempFile("declared.csv", declared), "--mergers", mergers));
    expect(ok.code).toBe(0);
    const bad = await runCli(
      ...args(tempFile("d.csv", declared), "--mergers", tempFile("x.json", '{"name": 1}'))
    );
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/fusiebestand/);
  });
});

describe("lumpsum period names each finding where the file has it", () => {
  const periodOf = (file: string) =>
    runCli(
      "period",
      file,
      "--totals",
      "2021=10,2022=10",
      "--from",
      "2021-01-01",
      "--to",
      "2022-12-31",
      "--json"
    );
  const places = async (csv: string) => {
    const file = tempFile("budgets.csv", csv);
    const { code, stdout } = await periodOf(file);
    expect(code).toBe(1);
    return JSON.parse(stdout).issues.map((i: { code: string; where: object }) => [
      i.code,
      { ...i.where, file: "" },
    ]);
  };

  it("says a name found twice once, at its line in the name column, not once per year", async () => {
    expect(await places("Gemeente;2021;2022\nOss;1;2\noss;3;4\n")).toEqual([
      ["NAME_DUPLICATE", { file: "", row: 3, column: "Gemeente" }],
    ]);
  });

  it("puts a row without a name at its own line", async () => {
    expect(await places("Gemeente;2021;2022\nOss;1;2\n;3;4\n")).toEqual([
      ["NAME_MISSING", { file: "", row: 3, column: "Gemeente" }],
    ]);
  });

  it("gives no line to a merger's other municipality the file does not list", async () => {
    const found = await places("Gemeente;2021;2022\nOss;1;\nUden;3;4\n");
    expect(found).toContainEqual(["MERGER_PREDECESSOR_MISSING", { file: "", column: "2021" }]);
  });
});
