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
