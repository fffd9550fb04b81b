import { checkWorkbook } from "../../app/checkWorkbook";
import { EXIT_INPUT, EXIT_OK, type Command } from "../cliIo";
import { langOf, parseCommand, UsageError } from "../commonArgs";
import { printIssues } from "../issueOutput";
import { version } from "../version";
import {
  counts,
  failed,
  inFile,
  openAnnex,
  outcomesJson,
  printSummary,
  runTime,
  say,
  type FileOutcome,
} from "./annexRun";
import { checksText } from "./annexText";

/**
 * `lumpsum check <annex.xlsx>… [--json]`: validates and audits each file as a refresh would,
 * and says whether its output tables are stale or missing. Writes nothing; exit 1 on errors.
 */
export const checkCommand: Command = async (argv, io) => {
  const { values, positionals } = parseCommand(argv, {});
  const lang = langOf(values.lang);
  if (positionals.length === 0)
    throw new UsageError("check takes one or more annex workbooks (.xlsx)");
  // The annex keeps the language of its last refresh, so its tables compare; --lang is for this output.
  const options = { runTime: runTime(), toolVersion: version };
  const outcomes: FileOutcome[] = [];
  for (const [k, file] of positionals.entries()) {
    const opened = await openAnnex(io.cwd, file);
    const plan = opened.port && (await checkWorkbook(opened.port, options));
    const outcome: FileOutcome = {
      file,
      ...(plan ? { plan } : {}),
      issues: inFile(file, plan ? plan.issues : opened.issues),
    };
    outcomes.push(outcome);
    if (values.json) continue;
    printIssues(io, outcome.issues, lang);
    io.stdout(
      say("CLI_FILE_CHECKED", lang, {
        n: k + 1,
        count: positionals.length,
        file,
        ...counts(outcome.issues),
      }) + "\n"
    );
    if (plan && plan.checks.length > 0) io.stdout(checksText(plan.checks, lang));
  }
  if (values.json) io.stdout(JSON.stringify(outcomesJson(outcomes, lang), null, 2) + "\n");
  else printSummary(io, outcomes, lang);
  return outcomes.some(failed) ? EXIT_INPUT : EXIT_OK;
};
