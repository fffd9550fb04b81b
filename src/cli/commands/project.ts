import type { Dec } from "../../engine/decimal";
import { formatAmount } from "../../engine/formatAmount";
import { hasErrors, type Issue } from "../../engine/issue";
import type { Lang, Message } from "../../engine/messages";
import {
  comparisonToJson,
  compareScenarios,
  decodeProjectionParams,
  isScenarioId,
  paramsFromPrinted,
  projectionToJson,
  safeProject,
  scenarioParams,
  SCENARIO_IDS,
  ASSUMPTION_LABEL,
  type PrintedProjection,
  type Projection,
  type ProjectionParams,
  type ProjectionRowKind,
  type ProjectionStatus,
  type ScenarioColumn,
  type ScenarioComparison,
} from "../../engine/projection";
import type { Result } from "../../engine/result";
import type { Command } from "../cliIo";
import { parseCommand, readInput } from "../commonArgs";
import { jsonInvalid } from "../jsonSyntax";
import { outputOptions, type CommandSpec } from "../commandSpec";
import { usageError } from "../usageError";
import { finish } from "../issueOutput";
import { textTable } from "../textTable";

/**
 * `lumpsum project <parameters.json> [--scenario 0|I|II|III|all] [--json] [--lang nl|en]`.
 * The file is the parameter file (data/projection/ibn-2021-2025.json is one), or a printed
 * table in the reference file's shape (the whole file, or its `projection_2021_2025` block).
 */
const EXAMPLE = "lumpsum project data/projection/ibn-2021-2025.json";

export const projectSpec = {
  name: "project",
  brief: {
    nl: "de lumpsum 2021–2025 projecteren, per scenario",
    en: "project the lump sum 2021–2025, per scenario",
  },
  summary: {
    nl: "Projecteert de lumpsum 2021–2025 uit zijn parameters: volumes Wsw en PW, meerkosten, kosten participatie, effect hogere toegevoegde waarde en P-budgetten.",
    en: "Projects the lump sum 2021–2025 from its parameters: Wsw and PW volumes, extra costs, participation costs, the effect of higher added value and P-budgets.",
  },
  files: "one",
  args: { nl: "<parameters.json>", en: "<parameters.json>" },
  argsHelp: {
    nl: "het parameterbestand; data/projection/ibn-2021-2025.json is het gepubliceerde scenario II en laat de vorm zien. Een afgedrukte projectietabel in de vorm van het referentiebestand mag ook.",
    en: "the parameter file; data/projection/ibn-2021-2025.json is the published scenario II and shows the shape. A printed projection table in the reference file's shape is accepted too.",
  },
  options: {
    scenario: {
      type: "string",
      value: { nl: "0|I|II|III|all", en: "0|I|II|III|all" },
      help: {
        nl: "Het scenario. Zonder deze optie: het bestand zoals het is. II is het gepubliceerde; 0, I en III zijn aannames, afgeleid van II. all zet de totale lumpsum en het % van het P-budget van alle vier naast elkaar.",
        en: "The scenario. Without this option: the file as it is. II is the published one; 0, I and III are assumptions derived from II. all shows the total lump sum and the % of the P-budget of all four side by side.",
      },
      example: `${EXAMPLE} --scenario all`,
    },
    ...outputOptions(EXAMPLE),
  },
  example: EXAMPLE,
} as const satisfies CommandSpec;

export const projectCommand: Command = async (argv, io) => {
  const { values, positionals, lang } = parseCommand(argv, projectSpec);
  const scenario = values.scenario;
  if (scenario !== undefined && scenario !== "all" && !isScenarioId(scenario))
    throw usageError("invalidValue", {
      option: "--scenario",
      expected: { nl: "0, I, II, III of all", en: "0, I, II, III or all" },
      value: scenario,
    });
  const file = positionals[0]!;
  const inFile = (issues: ReadonlyArray<Issue>) =>
    issues.map((i) => ({ ...i, where: { file, ...i.where } }));

  const read = readParams(io, file);
  const issues: Issue[] = inFile(read.issues);
  let output: { json: object; text: string } | undefined;
  if (read.ok && !hasErrors(issues)) {
    const base = read.value;
    const result: Result<Projection | ScenarioComparison> =
      scenario === "all"
        ? compareScenarios(base, SCENARIO_IDS)
        : scenario === undefined
          ? safeProject(base)
          : checkedScenario(base, scenario);
    issues.push(...inFile(result.issues));
    if (result.ok) {
      output =
        "scenarios" in result.value
          ? { json: comparisonToJson(result.value), text: comparisonText(result.value, lang) }
          : { json: projectionToJson(result.value), text: projectionText(result.value, lang) };
    }
  }
  return finish(io, { json: !!values.json, lang }, issues, output, {
    json: (o) => o.json,
    text: (o) => o.text,
  });
};

/** A scenario is derived from valid base parameters only: check them first. */
function checkedScenario(
  base: ProjectionParams,
  id: (typeof SCENARIO_IDS)[number]
): Result<Projection> {
  const checked = safeProject(base);
  return checked.ok ? safeProject(scenarioParams(id, base)) : checked;
}

type Json = Record<string, unknown>;
const isObject = (x: unknown): x is Json =>
  typeof x === "object" && x !== null && !Array.isArray(x);

function readParams(io: Parameters<Command>[1], file: string): Result<ProjectionParams> {
  const { bytes, issues } = readInput(io, file);
  if (!bytes) return { ok: false, issues };
  let json: unknown;
  const text = new TextDecoder("utf-8").decode(bytes).replace(/^\uFEFF/, "");
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { ok: false, issues: [jsonInvalid(file, text, e)] };
  }
  // The reference file holds the printed table under this key; a bare printed block has its rows.
  const printed =
    isObject(json) && isObject(json.projection_2021_2025) ? json.projection_2021_2025 : json;
  return isObject(printed) && "totaal_lumpsum" in printed
    ? paramsFromPrinted(printed as unknown as PrintedProjection)
    : decodeProjectionParams(json);
}

const WORDS = {
  published: { nl: "gepubliceerd", en: "published" },
  assumption: ASSUMPTION_LABEL,
  custom: { nl: "eigen parameters", en: "own parameters" },
  scenario: { nl: "Scenario", en: "Scenario" },
  overrides: { nl: "Overschreven waarden", en: "Overridden values" },
  computed: { nl: "berekend", en: "computed" },
  notes: { nl: "Toelichting", en: "Notes" },
  total: { nl: "Totaal lumpsum", en: "Total lump sum" },
  pct: { nl: "% van P-budget", en: "% of P-budget" },
} satisfies Record<string | ProjectionStatus, Message>;

/** Volumes and the index to 0.1 as printed; percentages to 0.1 point; euros to `decimals`. */
function shown(kind: ProjectionRowKind, value: Dec, decimals: number, lang: Lang): string {
  if (kind === "pct") return `${formatAmount(value.times(100), 1, lang)}%`;
  return formatAmount(value, kind === "eur" ? decimals : 1, lang);
}

const heading = (p: { scenario?: string; status: ProjectionStatus }, lang: Lang) =>
  `${p.scenario ? `${WORDS.scenario[lang]} ${p.scenario}` : ""}${p.scenario ? " — " : ""}${WORDS[p.status][lang]}`;

const bullets = (title: string, lines: ReadonlyArray<string>) =>
  lines.length ? `\n${title}:\n${lines.map((l) => `  - ${l}\n`).join("")}` : "";

function projectionText(p: Projection, lang: Lang): string {
  const rows = p.rows.map((r) => [
    r.label[lang],
    ...r.values.map((v) => shown(r.kind, v, p.decimals, lang)),
  ]);
  const table = textTable(["", ...p.years.map(String)], rows, [
    "l",
    ...p.years.map(() => "r" as const),
  ]);
  const overrides = p.overrides.map((o) => {
    const row = p.rows.find((r) => r.key === o.row)!;
    const text = `${o.year} ${row.label[lang]}: ${shown(row.kind, o.value, p.decimals, lang)} (${WORDS.computed[lang]} ${shown(row.kind, o.computed, p.decimals, lang)})`;
    return o.note ? `${text} — ${o.note[lang]}` : text;
  });
  return `${heading(p, lang)}\n\n${table}${bullets(WORDS.overrides[lang], overrides)}${bullets(
    WORDS.notes[lang],
    p.notes.map((n) => n[lang])
  )}`;
}

/** Years across, as in the projection; two rows per scenario, assumptions marked with *. */
function comparisonText(c: ScenarioComparison, lang: Lang): string {
  const mark = (s: ScenarioColumn) =>
    `${WORDS.scenario[lang]} ${s.scenario}${s.status === "assumption" ? "*" : ""}`;
  const rows = c.scenarios.flatMap((s) => [
    [
      `${mark(s)}: ${WORDS.total[lang]}`,
      ...s.totaalLumpsum.map((v) => shown("eur", v, s.projection.decimals, lang)),
    ],
    [`${mark(s)}: ${WORDS.pct[lang]}`, ...s.lumpsumPctPBudget.map((v) => shown("pct", v, 0, lang))],
  ]);
  const table = textTable(["", ...c.years.map(String)], rows, [
    "l",
    ...c.years.map(() => "r" as const),
  ]);
  const footnote = c.scenarios.some((s) => s.status === "assumption")
    ? `* ${ASSUMPTION_LABEL[lang]}\n`
    : "";
  const legend = c.scenarios
    .map((s) => `\n${heading(s, lang)}:\n${s.notes.map((n) => `  - ${n[lang]}\n`).join("")}`)
    .join("");
  return `${table}${footnote}${legend}`;
}
