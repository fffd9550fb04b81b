import reference from "../../data/reference/ibn-partnership-2021.json";

/** The published figures as printed (seed 002), the source of every golden test. */
export const ref = reference;
export type Year = "2021" | "2022";
export const YEARS: Year[] = ["2021", "2022"];
export const budgets = (year: Year) =>
  ref.participatiebudget_nieuwe_doelgroepen.rows.map((r) => ({
    name: r.gemeente,
    weight: String(r[year]),
  }));
export const publishedLumpsum = (year: Year) =>
  new Map(ref.lumpsum_per_year.rows.map((r) => [r.gemeente, r[year]]));
export const publishedTotal = (year: Year) => String(ref.lumpsum_per_year.printed_total[year]);

/**
 * Where our tables differ from the print, by how much (ours − printed), and why; every other
 * published amount we reproduce exactly. 2022 per year: the printed column adds up to €1 more
 * than its total, and these three rows are the ones the print rounded the other way. The first
 * period: Grave and Oss follow 2022; Meierijstad and Mill en Sint Hubert differ in the H2 2021
 * slice (1,123,162.5 rounded once to 1,123,163 and shared out by largest remainder).
 */
export const OURS_MINUS_PRINTED = {
  "2021": {} as Readonly<Record<string, number>>,
  "2022": { Boekel: -1, Grave: -1, Oss: 1 } as Readonly<Record<string, number>>,
  period: { Grave: -1, "Meierijstad, Veghel": 1, "Mill en Sint Hubert": -1, Oss: 1 } as Readonly<
    Record<string, number>
  >,
};

/** A published amount as we produce it: the printed figure plus our known difference. */
export const ours = (table: keyof typeof OURS_MINUS_PRINTED, name: string, printed: number) =>
  String(printed + (OURS_MINUS_PRINTED[table][name] ?? 0));
