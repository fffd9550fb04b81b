import type { Dec } from "../decimal";
import { hasErrors, issue, type Issue } from "../issue";
import type { Message } from "../messages";
import { fail, ok, type Result } from "../result";
import { toDecimal, type DecimalInput } from "../toDecimal";
import {
  isScenarioId,
  type ProjectionOverride,
  type ProjectionParams,
  type ProjectionStatus,
  type VolumeSeries,
} from "./projectionParams";
import { isProjectionRowKey, PROJECTION_ROW_KEYS } from "./projectionRows";
import { paramName, paramWhere } from "./validateProjectionParams";

/** Keys of the parameter file; `about`, `source` and `printed` document it and are not read. */
const KNOWN = new Set([
  "about",
  "source",
  "printed",
  "scenario",
  "status",
  "notes",
  "years",
  "baseYear",
  "decimals",
  "wsw",
  "pw",
  "meerkosten",
  "kostenParticipatie",
  "pBudget",
  "demandDrivenShare",
  "addedValueUplift",
  "addedValuePerUnit",
  "overrides",
]);
const STATUSES: ReadonlyArray<ProjectionStatus> = ["published", "assumption", "custom"];

type Json = Readonly<Record<string, unknown>>;
const isObject = (x: unknown): x is Json =>
  typeof x === "object" && x !== null && !Array.isArray(x);
const isYear = (x: unknown): x is number | string =>
  (typeof x === "number" && Number.isInteger(x)) ||
  (typeof x === "string" && /^\d{4}$/.test(x.trim()));

/**
 * The parameter file (see README, `lumpsum project`) as ProjectionParams. Numbers may be JSON
 * numbers or decimal strings; strings are exact, numbers are read through their shortest
 * decimal form (exact up to 15 significant digits). Ranges are checked later, by safeProject.
 */
export function decodeProjectionParams(json: unknown): Result<ProjectionParams> {
  if (!isObject(json)) return fail([issue("PROJECTION_PARAMS_NOT_OBJECT", "error")]);
  const issues: Issue[] = [];
  const missing = (param: string, year?: number) =>
    issues.push(
      issue("PROJECTION_PARAM_MISSING", "error", paramWhere(param, year), {
        name: paramName(param, year),
      })
    );
  const decimal = (param: string, raw: unknown, year?: number): Dec | undefined => {
    const c = toDecimal(
      typeof raw === "number" || typeof raw === "string" || raw === null || raw === undefined
        ? (raw as DecimalInput)
        : String(raw)
    );
    if (c.kind === "ok") return c.value;
    if (c.kind === "missing") missing(param, year);
    else
      issues.push(
        issue(
          c.kind === "out-of-range" ? "NUMBER_OUT_OF_RANGE" : "PROJECTION_PARAM_NOT_NUMBER",
          "error",
          paramWhere(param, year),
          { name: paramName(param, year), value: c.text }
        )
      );
    return undefined;
  };

  for (const key of Object.keys(json))
    if (!KNOWN.has(key))
      issues.push(issue("PROJECTION_PARAM_UNKNOWN", "warning", paramWhere(key), { name: key }));

  const rawYears = json.years;
  let years: number[] = [];
  if (rawYears === undefined) missing("years");
  else if (!Array.isArray(rawYears) || !rawYears.every(isYear)) {
    issues.push(
      issue("PROJECTION_YEARS_INVALID", "error", paramWhere("years"), {
        value: JSON.stringify(rawYears),
      })
    );
  } else years = rawYears.map((y) => Number(y));

  const list = (param: string, raw: unknown): Dec[] | undefined => {
    if (raw === undefined) return void missing(param);
    if (!Array.isArray(raw))
      return void issues.push(
        issue("PROJECTION_PARAM_NOT_LIST", "error", paramWhere(param), { name: param })
      );
    const out = raw.map((v, i) => decimal(param, v, years[i]));
    return out.every((d): d is Dec => d !== undefined) ? out : undefined;
  };
  const volume = (param: string, raw: unknown): VolumeSeries | undefined => {
    if (raw === undefined) return void missing(param);
    const form = isObject(raw) ? Object.keys(raw).sort().join(",") : "";
    if (form === "values") {
      const values = list(`${param}.values`, (raw as Json).values);
      return values && { kind: "values", values };
    }
    const start =
      form === "rate,start" || form === "inflow,outflowRate,start"
        ? decimal(`${param}.start`, (raw as Json).start)
        : undefined;
    if (form === "rate,start") {
      const rate = decimal(`${param}.rate`, (raw as Json).rate);
      return start && rate && { kind: "rate", start, rate };
    }
    if (form === "inflow,outflowRate,start") {
      const inflow = decimal(`${param}.inflow`, (raw as Json).inflow);
      const outflowRate = decimal(`${param}.outflowRate`, (raw as Json).outflowRate);
      return start && inflow && outflowRate && { kind: "flow", start, inflow, outflowRate };
    }
    return void issues.push(
      issue("PROJECTION_VOLUME_FORM", "error", paramWhere(param), { name: param })
    );
  };
  const message = (raw: unknown): Message | undefined =>
    typeof raw === "string"
      ? { nl: raw, en: raw }
      : isObject(raw) && typeof raw.nl === "string" && typeof raw.en === "string"
        ? { nl: raw.nl, en: raw.en }
        : undefined;
  const overrides = (raw: unknown): ProjectionOverride[] | undefined => {
    if (raw === undefined) return [];
    if (!Array.isArray(raw))
      return void issues.push(
        issue("PROJECTION_PARAM_NOT_LIST", "error", paramWhere("overrides"), { name: "overrides" })
      );
    const out: ProjectionOverride[] = [];
    raw.forEach((o: unknown, k) => {
      const name = `overrides[${k}]`;
      const entry = isObject(o) ? o : {};
      if (!isProjectionRowKey(entry.row)) {
        issues.push(
          issue("PROJECTION_OVERRIDE_ROW_UNKNOWN", "error", paramWhere(name), {
            name,
            value: String(entry.row),
            rows: PROJECTION_ROW_KEYS.join(", "),
          })
        );
        return;
      }
      if (!isYear(entry.year)) return void missing(`${name}.year`);
      const year = Number(entry.year);
      const value = decimal(`overrides.${entry.row}`, entry.value, year);
      const note = message(entry.note);
      if (value) out.push({ row: entry.row, year, value, ...(note ? { note } : {}) });
    });
    return out;
  };

  const scenario = json.scenario;
  if (scenario !== undefined && !isScenarioId(scenario))
    issues.push(
      issue("PROJECTION_SCENARIO_UNKNOWN", "error", paramWhere("scenario"), {
        value: String(scenario),
      })
    );
  const status = json.status ?? "custom";
  if (!STATUSES.includes(status as ProjectionStatus))
    issues.push(
      issue("PROJECTION_STATUS_UNKNOWN", "error", paramWhere("status"), { value: String(status) })
    );
  const notes = Array.isArray(json.notes)
    ? json.notes.map(message).filter((m): m is Message => m !== undefined)
    : [];
  const baseYear =
    json.baseYear === undefined
      ? years[0]
      : isYear(json.baseYear)
        ? Number(json.baseYear)
        : undefined;
  if (baseYear === undefined && years.length > 0)
    issues.push(
      issue("PROJECTION_BASE_YEAR_INVALID", "error", paramWhere("baseYear"), {
        year: String(json.baseYear),
      })
    );
  const decimals = json.decimals ?? 0;
  if (typeof decimals !== "number")
    issues.push(
      issue("DECIMALS_INVALID", "error", paramWhere("decimals"), { value: String(decimals) })
    );

  const params = {
    wsw: volume("wsw", json.wsw),
    pw: volume("pw", json.pw),
    meerkosten: list("meerkosten", json.meerkosten),
    kostenParticipatie: list("kostenParticipatie", json.kostenParticipatie),
    pBudget: list("pBudget", json.pBudget),
    demandDrivenShare: decimal("demandDrivenShare", json.demandDrivenShare),
    addedValueUplift: decimal("addedValueUplift", json.addedValueUplift),
    addedValuePerUnit: decimal("addedValuePerUnit", json.addedValuePerUnit),
    overrides: overrides(json.overrides),
  };
  if (
    hasErrors(issues) ||
    baseYear === undefined ||
    typeof decimals !== "number" ||
    Object.values(params).some((v) => v === undefined)
  ) {
    return fail(issues);
  }
  return ok(
    {
      ...(isScenarioId(scenario) ? { scenario } : {}),
      status: status as ProjectionStatus,
      notes,
      years,
      baseYear,
      decimals,
      ...(params as { [K in keyof typeof params]: NonNullable<(typeof params)[K]> }),
    },
    issues
  );
}
