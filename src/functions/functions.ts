/*
 * The IBN worksheet functions. custom-functions-metadata-plugin reads the JSDoc below into
 * functions.json and appends the CustomFunctions.associate calls at build time; the Dutch
 * metadata (functions.nl.json) is made from it by the build. Each function converts its
 * arguments, calls the engine and maps errors: the work is in the engine.
 * Parameters are typed `unknown` (metadata type any) so that a blank, text or an error value
 * reaches the function and is reported, instead of Excel coercing a blank to 0.
 */
import { Dec } from "../engine/decimal";
import { safePeriodTable } from "../engine/periodTable";
import {
  publishedParams,
  safeProject,
  scenarioParams,
  type ScenarioId,
} from "../engine/projection";
import { plusPrice as markedUpPrice, PLUS_MARKUP } from "../engine/plusPrice";
import { ratDiv, ratFromDec, ratToDec } from "../engine/rational";
import { yearSlices } from "../engine/yearSlices";
import { issue } from "../engine/issue";
import { callFunction } from "./callFunction";
import { lumpsumRow } from "./lumpsumRow";
import { prorate } from "./prorate";
import { readAllocation } from "./readAllocation";
import { readProjectionParams } from "./readProjection";
import { BUILT_IN_MERGERS } from "../engine/structure/builtInMergers";
import { BASIS_OPTIONS, readBudgetTable, readYearTotals } from "./readSchedule";

/** Amounts that are not allocated (a pro-rated or marked-up price) are rounded to the cent. */
const CENTS = 2;
/** Shares are returned to 20 places before Excel stores them as a double (15 digits shown). */
const SHARE_PLACES = 20;
const SCENARIOS: Readonly<Record<string, ScenarioId>> = { "0": "0", i: "I", ii: "II", iii: "III" };

/**
 * One municipality's lump sum: its row of IBN.ALLOCATE, so a column of LUMPSUM cells adds up exactly to the total.
 * @customfunction LUMPSUM
 * @helpurl https://localhost:3000/help.html#en-functions
 * @param budget The municipality's P-budget: its cell inside the budgets range.
 * @param budgets The P-budgets of all municipalities (one column or row).
 * @param total The lump sum to share out, in euros.
 * @param [decimals] 0 for whole euros (the default, as published), 2 for cents.
 * @param invocation Where the arguments are (to find the municipality's row).
 * @requiresParameterAddresses
 * @returns The municipality's amount.
 */
export function lumpsum(
  budget: unknown,
  budgets: unknown[][],
  total: unknown,
  decimals: unknown,
  invocation: CustomFunctions.Invocation
): number[][] {
  return callFunction("LUMPSUM", ["budget", "budgets", "total", "decimals"], invocation, (args) => {
    const own = args.number(0, budget, { nonNegative: true });
    const { across, allocation } = readAllocation(args, 1, budgets, total, decimals);
    return [[lumpsumRow(args, own ?? args.fail(), across, allocation).amount.toNumber()]];
  });
}

/**
 * The lump sum shared out over all municipalities by their P-budgets, rounded so the amounts add up exactly to the total.
 * @customfunction ALLOCATE
 * @helpurl https://localhost:3000/help.html#en-functions
 * @param budgets The P-budgets of all municipalities (one column or row).
 * @param total The lump sum to share out, in euros.
 * @param [decimals] 0 for whole euros (the default, as published), 2 for cents.
 * @param invocation Where the arguments are (to name cells in messages).
 * @requiresParameterAddresses
 * @returns One amount per municipality, spilled like the budgets.
 */
export function allocateAll(
  budgets: unknown[][],
  total: unknown,
  decimals: unknown,
  invocation: CustomFunctions.Invocation
): number[][] {
  return callFunction("ALLOCATE", ["budgets", "total", "decimals"], invocation, (args) => {
    const { across, allocation } = readAllocation(args, 0, budgets, total, decimals);
    const amounts = allocation.rows.map((r) => r.amount.toNumber());
    return across ? [amounts] : amounts.map((a) => [a]);
  });
}

/**
 * A municipality's share of the summed P-budgets (the distribution key), exactly.
 * @customfunction SHARE
 * @helpurl https://localhost:3000/help.html#en-functions
 * @param budget The municipality's P-budget.
 * @param budgets The P-budgets of all municipalities (one column or row).
 * @returns The share, a fraction between 0 and 1 (format it as a percentage).
 */
export function share(budget: unknown, budgets: unknown[][]): number {
  return callFunction("SHARE", ["budget", "budgets"], undefined, (args) => {
    const own = args.number(0, budget, { nonNegative: true });
    const line = args.line(1, budgets);
    const all = line && args.numbers(1, line, { nonNegative: true });
    if (!own || !all) return args.fail();
    const sum = all.reduce((a, b) => a.plus(b), new Dec(0));
    if (sum.isZero()) return args.fail([issue("WEIGHTS_ALL_ZERO", "error")]);
    return ratToDec(ratDiv(ratFromDec(own), ratFromDec(sum)), SHARE_PLACES).toNumber();
  });
}

/**
 * The amount owed for a period from amounts per calendar year: each year's amount times the part of that year the period covers.
 * @customfunction PRORATE
 * @helpurl https://localhost:3000/help.html#en-functions
 * @param amounts The amount per year (one column or row).
 * @param years The year of each amount.
 * @param start First day of the period (a date).
 * @param end Last day of the period (a date).
 * @param [basis] "months" (whole calendar months, as published; the default) or "days".
 * @returns The period amount, rounded to the cent.
 */
export function prorateAmount(
  amounts: unknown[][],
  years: unknown[][],
  start: unknown,
  end: unknown,
  basis: unknown
): number {
  return callFunction(
    "PRORATE",
    ["amounts", "years", "start", "end", "basis"],
    undefined,
    (args) => {
      const amountLine = args.line(0, amounts);
      const yearLine = args.line(1, years);
      const values = amountLine && args.numbers(0, amountLine);
      const labels = yearLine && args.years(1, yearLine);
      if (values && labels && values.length !== labels.length) {
        args.reject("ARG_LENGTHS_DIFFER", 0, undefined, {
          other: args.name(1),
          count: values.length,
          otherCount: labels.length,
        });
      }
      const period = { start: args.date(2, start), end: args.date(3, end) };
      const convention = args.option(4, basis, BASIS_OPTIONS, "months");
      if (!values || !labels || !period.start || !period.end || !convention) return args.fail();
      const slices = yearSlices({ start: period.start, end: period.end }, convention);
      if (!slices.ok) return args.fail(slices.issues);
      const exact = prorate(args, 0, values, labels, slices.value);
      return exact ? ratToDec(exact, CENTS).toNumber() : args.fail();
    }
  );
}

/**
 * The invoice schedule for a period: municipality × year. A whole year is that year's allocation (IBN.ALLOCATE); rows, columns and the grand total add up exactly.
 * @customfunction SCHEDULE
 * @helpurl https://localhost:3000/help.html#en-functions
 * @param budgets The P-budget table with its header row: municipalities in the first column, one column per year headed by the year.
 * @param yeartotals The lump sum per year: two columns (year, total) or two rows.
 * @param start First day of the period (a date).
 * @param end Last day of the period (a date).
 * @param [decimals] 0 for whole euros (the default, as published), 2 for cents.
 * @param [basis] "months" (whole calendar months, as published; the default) or "days".
 * @param invocation Where the arguments are (to name cells in messages).
 * @requiresParameterAddresses
 * @returns A table: a row per municipality and a total row; a column per year, then the period total.
 */
export function schedule(
  budgets: unknown[][],
  yeartotals: unknown[][],
  start: unknown,
  end: unknown,
  decimals: unknown,
  basis: unknown,
  invocation: CustomFunctions.Invocation
): unknown[][] {
  return callFunction(
    "SCHEDULE",
    ["budgets", "yeartotals", "start", "end", "decimals", "basis"],
    invocation,
    (args) => {
      const rows = readBudgetTable(args, 0, budgets, BUILT_IN_MERGERS);
      const yearTotals = readYearTotals(args, 1, yeartotals);
      const period = { start: args.date(2, start), end: args.date(3, end) };
      const places = args.optionalNumber(4, decimals, new Dec(0));
      const convention = args.option(5, basis, BASIS_OPTIONS, "months");
      if (!rows || !yearTotals || !period.start || !period.end || !places || !convention)
        return args.fail();
      const table = safePeriodTable({
        rows,
        yearTotals,
        period: { start: period.start, end: period.end },
        basis: convention,
        decimals: places.toNumber(),
        mergers: BUILT_IN_MERGERS,
      });
      if (!table.ok) return args.fail(table.issues);
      const { slices, total } = table.value;
      const words =
        args.lang === "nl"
          ? { name: "Gemeente", total: "Totaal" }
          : { name: "Municipality", total: "Total" };
      return [
        [words.name, ...slices.map((s) => s.year), words.total],
        // A merged municipality has no slice in a year it did not exist: an empty cell there.
        ...table.value.rows.map((r) => [
          r.name,
          ...slices.map((s) => r.slices[s.year]?.toNumber() ?? ""),
          r.amount.toNumber(),
        ]),
        [words.total, ...slices.map((s) => s.total.toNumber()), total.toNumber()],
      ];
    }
  );
}

/**
 * The price of an optional (plus) package: the cost plus a markup for return and risk, 3% unless told otherwise.
 * @customfunction PLUSPRICE
 * @helpurl https://localhost:3000/help.html#en-functions
 * @param cost The cost of the service, in euros (excluding VAT).
 * @param [markup] The markup as a fraction (0.03 or 3%); 3% when omitted.
 * @returns The price, rounded to the cent.
 */
export function plusPrice(cost: unknown, markup: unknown): number {
  return callFunction("PLUSPRICE", ["cost", "markup"], undefined, (args) => {
    const base = args.number(0, cost, { nonNegative: true });
    const rate = args.optionalNumber(1, markup, PLUS_MARKUP, { nonNegative: true });
    if (!base || !rate) return args.fail();
    return markedUpPrice(base, rate).toNumber();
  });
}

/**
 * The projection of the lump sum per year (seed 002): volumes, costs, the total lump sum and its share of the P-budget, for a scenario and changed parameters.
 * @customfunction PROJECT
 * @helpurl https://localhost:3000/help.html#en-functions
 * @param [scenario] 0, I, II or III; II (the published case) when omitted.
 * @param [parameters] Changed parameters: a header row of years, then a row per parameter (wsw, pw, meerkosten, kostenParticipatie, pBudget per year; demandDrivenShare, addedValueUplift, addedValuePerUnit as one value).
 * @param [decimals] 0 for whole euros (as published), 2 for cents.
 * @param invocation Where the arguments are (to name cells in messages).
 * @requiresParameterAddresses
 * @returns A table: a row per line of the projection, a column per year.
 */
export function projectTable(
  scenario: unknown,
  parameters: unknown[][],
  decimals: unknown,
  invocation: CustomFunctions.Invocation
): unknown[][] {
  return callFunction("PROJECT", ["scenario", "parameters", "decimals"], invocation, (args) => {
    const id = args.option(0, scenario, SCENARIOS, "II");
    const published = publishedParams();
    const places = args.optionalNumber(2, decimals, new Dec(published.decimals));
    const base = readProjectionParams(args, 1, parameters, published);
    if (!id || !base || !places) return args.fail();
    const checked = safeProject({ ...base, decimals: places.toNumber() });
    if (!checked.ok) return args.fail(checked.issues);
    const result = safeProject(scenarioParams(id, { ...base, decimals: places.toNumber() }));
    if (!result.ok) return args.fail(result.issues);
    const { years, rows } = result.value;
    return [
      [`Scenario ${id}`, ...years],
      ...rows.map((r) => [r.label[args.lang], ...r.values.map((v) => v.toNumber())]),
    ];
  });
}
