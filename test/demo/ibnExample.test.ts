import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { readBudgetCsv } from "../../src/cli/readBudgetCsv";
import { IBN_EXAMPLE } from "../../src/demo/ibnExample";
import { ref } from "../golden/reference";

const published = ref.participatiebudget_nieuwe_doelgroepen.rows.map((r) => [
  r.gemeente,
  String(r["2021"]),
  String(r["2022"]),
]);

describe("the bundled IBN 2021–2022 example", () => {
  it("has the published P-budgets, totals and first period", () => {
    expect(IBN_EXAMPLE.budgets).toEqual(published);
    expect(IBN_EXAMPLE.totals).toEqual({
      2021: String(ref.lumpsum_per_year.printed_total["2021"]),
      2022: String(ref.lumpsum_per_year.printed_total["2022"]),
    });
    expect(IBN_EXAMPLE.period).toEqual(ref.lumpsum_first_period.period);
  });

  it("ships the same P-budgets as data/ibn-2021-2022/p-budget.csv", async () => {
    const csv = await readBudgetCsv(
      [readFileSync(resolve(__dirname, "../../data/ibn-2021-2022/p-budget.csv"))],
      "p-budget.csv"
    );
    expect(
      csv.ok && csv.value.rows.map((r) => [r.name, ...r.values.map((v) => v!.toString())])
    ).toEqual(published);
  });
});
