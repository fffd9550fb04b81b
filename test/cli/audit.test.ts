import { runCli, tempFile } from "./runCli";
import { ref } from "../golden/reference";

test("the audit of the reference file lists exactly its known inconsistencies", async () => {
  const { code, stdout } = await runCli(
    "audit",
    "data/reference/ibn-partnership-2021.json",
    "--json"
  );
  expect(code).toBe(0);
  const findings = JSON.parse(stdout).findings.map(
    (f: { severity: string; where: { table: string; row: string; column: string } }) => [
      f.severity,
      f.where.table,
      f.where.row,
      f.where.column,
    ]
  );
  expect(findings).toEqual([
    ["warning", "P-budget", "Totaal", "2021"],
    ["warning", "P-budget", "Totaal", "2022"],
    ["warning", "Lumpsum per jaar", "Totaal", "2022"],
    ["warning", "projectie", "aandeelPwInMeerkosten", "2021"],
    ["info", "projectie", "totaalLumpsum", "2022"],
    ["info", "projectie", "totaalLumpsum", "2023"],
    ["warning", "projectie", "indexBase", "2023"],
    ["info", "projectie", "totalVolume", "2024"],
    ["warning", "projectie", "indexBase", "2024"],
    ["info", "projectie", "totaalLumpsum", "2025"],
    ["warning", "projectie", "indexBase", "2025"],
  ]);
});

test("a printed amount that does not follow makes the audit exit 1 and names the cell", async () => {
  const doc = {
    ...ref,
    lumpsum_per_year: {
      ...ref.lumpsum_per_year,
      rows: ref.lumpsum_per_year.rows.map((r) =>
        r.gemeente === "Boekel" ? { ...r, 2022: 60600 } : r
      ),
    },
  };
  const { code, stdout } = await runCli(
    "audit",
    tempFile("published.json", JSON.stringify(doc)),
    "--lang",
    "en"
  );
  expect(code).toBe(1);
  expect(stdout).toMatch(/error\s+Lumpsum per jaar\s+Boekel\s+2022\s+60600\s+60587\s+13/);
});

test("a file that is not JSON is an input error", async () => {
  const { code, stderr } = await runCli("audit", tempFile("published.json", '{"oops'));
  expect(code).toBe(1);
  expect(stderr).toContain("published.json");
});

test("an empty document is no clean bill: exit 1 and a finding, never 'everything follows'", async () => {
  const { code, stdout } = await runCli("audit", tempFile("empty.json", "{}"), "--lang", "en");
  expect(code).toBe(1);
  expect(stdout).not.toContain("Everything follows");
  expect(stdout).toContain("holds no table to recompute");
});
