import { ref } from "../golden/reference";
import { runCli } from "./runCli";

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
  it("gives every published period amount within €1 and the total exactly", async () => {
    const { code, stdout } = await runCli(...ARGS, "--json");
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    expect(out.total).toBe(String(ref.lumpsum_first_period.printed_total));
    const published = new Map(ref.lumpsum_first_period.rows.map((r) => [r.gemeente, r.amount]));
    for (const row of out.rows)
      expect(Math.abs(Number(row.amount) - published.get(row.name)!)).toBeLessThanOrEqual(1);
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
