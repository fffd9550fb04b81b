import { auditAll } from "../../engine/audit/auditAll";
import { messageText } from "../../engine/formatIssue";
import { hasErrors, type Issue } from "../../engine/issue";
import type { Lang } from "../../engine/messages";
import { EXIT_INPUT, EXIT_OK, type Command } from "../cliIo";
import { parseCommand, readInput } from "../commonArgs";
import { jsonInvalid } from "../jsonSyntax";
import { outputOptions, type CommandSpec } from "../commandSpec";
import { issuesJson, printIssues } from "../issueOutput";
import { jsonText } from "../jsonText";
import { textTable } from "../textTable";

/**
 * `lumpsum audit <published.json>`: recomputes the published tables from their own inputs.
 * Findings are the result, on stdout; exit 1 when a figure does not follow (an error-level
 * finding) or the file cannot be read, so a script can stop on it.
 */
const EXAMPLE = "lumpsum audit data/reference/ibn-partnership-2021.json";

export const auditSpec = {
  name: "audit",
  brief: { nl: "een gepubliceerd document narekenen", en: "recompute a published document" },
  summary: {
    nl: "Rekent een gepubliceerd document na (P-budgetten met totalen, lumpsum per jaar, periodebedragen, projectie) en noemt elk afgedrukt getal dat niet uit zijn eigen invoer volgt.",
    en: "Recomputes a published document (P-budgets with totals, lump sum per year, period amounts, projection) and names every printed figure that does not follow from its own inputs.",
  },
  files: "one",
  args: { nl: "<gepubliceerd.json>", en: "<published.json>" },
  argsHelp: {
    nl: "een document in de vorm van data/reference/ibn-partnership-2021.json, of een deel ervan. Afsluitcode 1 als een afgedrukt getal niet volgt.",
    en: "a document in the shape of data/reference/ibn-partnership-2021.json, or part of it. Exit code 1 when a printed figure does not follow.",
  },
  options: {
    ...outputOptions(EXAMPLE),
  },
  example: EXAMPLE,
} as const satisfies CommandSpec;

export const auditCommand: Command = async (argv, io) => {
  const { values, positionals, lang } = parseCommand(argv, auditSpec);
  const file = positionals[0]!;
  const { bytes, issues } = readInput(io, file);
  let doc: unknown;
  if (bytes) {
    const text = new TextDecoder().decode(bytes);
    try {
      doc = JSON.parse(text);
    } catch (e) {
      issues.push(jsonInvalid(file, text, e));
    }
  }
  if (doc === undefined) {
    if (values.json) io.stdout(jsonText({ findings: [], issues: issuesJson(issues, lang) }));
    printIssues(io, issues, lang);
    return EXIT_INPUT;
  }
  const findings = auditAll(doc).map((f) => ({ ...f, where: { file, ...f.where } }));
  if (values.json) io.stdout(jsonText({ findings: issuesJson(findings, lang), issues: [] }));
  else io.stdout(findingsText(findings, lang));
  return hasErrors(findings) ? EXIT_INPUT : EXIT_OK;
};

function findingsText(findings: ReadonlyArray<Issue>, lang: Lang): string {
  if (findings.length === 0)
    return lang === "nl" ? "Alles volgt uit de invoer.\n" : "Everything follows from its inputs.\n";
  const severity = {
    error: lang === "nl" ? "fout" : "error",
    warning: lang === "nl" ? "waarschuwing" : "warning",
    info: "info",
  };
  const headers =
    lang === "nl"
      ? ["Ernst", "Tabel", "Rij", "Kolom", "Afgedrukt", "Herberekend", "Verschil", "Bevinding"]
      : ["Severity", "Table", "Row", "Column", "Printed", "Recomputed", "Difference", "Finding"];
  const rows = findings.map((f) => [
    severity[f.severity],
    f.where?.table ?? "",
    String(f.where?.row ?? ""),
    f.where?.column ?? "",
    String(f.params?.printed ?? ""),
    String(f.params?.recomputed ?? ""),
    String(f.params?.difference ?? ""),
    messageText(f, lang),
  ]);
  return textTable(headers, rows, ["l", "l", "l", "l", "r", "r", "r", "l"]);
}
