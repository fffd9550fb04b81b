import type { Dec } from "../engine/decimal";
import type { ProjectionParams } from "../engine/projection";
import { volumeSeries } from "../engine/projection/volumeSeries";
import { ratToDec } from "../engine/rational";
import { cellText } from "../ports/readYearCell";
import { argCell } from "./argCell";
import { matrix, type FunctionArgs } from "./functionArgs";

type PerYear = "wsw" | "pw" | "meerkosten" | "kostenParticipatie" | "pBudget";
type Single = "demandDrivenShare" | "addedValueUplift" | "addedValuePerUnit";
const PER_YEAR: ReadonlyArray<PerYear> = [
  "wsw",
  "pw",
  "meerkosten",
  "kostenParticipatie",
  "pBudget",
];
const SINGLE: ReadonlyArray<Single> = [
  "demandDrivenShare",
  "addedValueUplift",
  "addedValuePerUnit",
];
const KNOWN = new Map<string, PerYear | Single>(
  [...PER_YEAR, ...SINGLE].map((k) => [k.toLowerCase(), k])
);

/** Volumes given by a rule are written out per year so single years can be changed; exact to far below a displayed digit. */
const VOLUME_PLACES = 20;

/**
 * `base` with the parameters a block changes: a header row of years, then one row per
 * parameter — "name | value per year" for wsw, pw, meerkosten, kostenParticipatie and pBudget
 * (blank keeps the base value), "name | value" for demandDrivenShare, addedValueUplift and
 * addedValuePerUnit. The engine validates the result.
 */
export function readProjectionParams(
  args: FunctionArgs,
  i: number,
  x: unknown,
  base: ProjectionParams
): ProjectionParams | undefined {
  const rows = matrix(x);
  if (rows.length === 1 && argCell(rows[0]?.[0]).t === "blank") return base;
  const columns = (rows[0] ?? []).slice(1).map((v, c) => {
    const year = args.yearAt(i, v, 0, c + 1);
    if (year === undefined || base.years.includes(year))
      return year === undefined ? undefined : base.years.indexOf(year);
    return args.reject("ARG_UNKNOWN_OPTION", i, args.cellWhere(i, 0, c + 1), {
      value: year,
      options: base.years.join(", "),
    });
  });
  const n = base.years.length;
  const lists: Record<PerYear, Dec[]> = {
    wsw: volumeSeries(base.wsw, n).map((v) => ratToDec(v, VOLUME_PLACES)),
    pw: volumeSeries(base.pw, n).map((v) => ratToDec(v, VOLUME_PLACES)),
    meerkosten: [...base.meerkosten],
    kostenParticipatie: [...base.kostenParticipatie],
    pBudget: [...base.pBudget],
  };
  const singles: Partial<Record<Single, Dec>> = {};
  const changed = new Set<PerYear>();
  let complete = columns.every((c) => c !== undefined);
  rows.slice(1).forEach((row, r) => {
    const name = cellText(argCell(row[0]));
    const key = KNOWN.get(name.toLowerCase());
    if (!key) {
      complete = false;
      return args.reject("PARAMETER_UNKNOWN", i, args.cellWhere(i, r + 1, 0), {
        value: name,
        options: [...PER_YEAR, ...SINGLE].join(", "),
      });
    }
    if ((SINGLE as ReadonlyArray<string>).includes(key)) {
      const value = args.numberAt(i, row[1], r + 1, 1);
      if (value === undefined) complete = false;
      else singles[key as Single] = value;
      return;
    }
    columns.forEach((k, c) => {
      if (k === undefined || argCell(row[c + 1]).t === "blank") return;
      const value = args.numberAt(i, row[c + 1], r + 1, c + 1);
      if (value === undefined) {
        complete = false;
        return;
      }
      lists[key as PerYear][k] = value;
      changed.add(key as PerYear);
    });
  });
  if (!complete) return undefined;
  const volume = (key: "wsw" | "pw") =>
    changed.has(key) ? { kind: "values" as const, values: lists[key] } : base[key];
  return {
    ...base,
    ...singles,
    wsw: volume("wsw"),
    pw: volume("pw"),
    meerkosten: lists.meerkosten,
    kostenParticipatie: lists.kostenParticipatie,
    pBudget: lists.pBudget,
    status: rows.length > 1 ? "custom" : base.status,
  };
}
