import { checkWorkbook } from "../../app/checkWorkbook";
import { EXIT_INPUT, EXIT_OK, type Command } from "../cliIo";
import { langOf, parseCommand, UsageError } from "../commonArgs";
import { stackTrace } from "../internalError";
import { printIssues } from "../issueOutput";
import { jsonText } from "../jsonText";
import { version } from "../version";
import {
  counts,
  failed,
  guardFile,
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
    const outcome = await guardFile(
      file,
      async (): Promise<FileOutcome> => {
        const opened = await openAnnex(io.cwd, file);
        const plan = opened.port && (await checkWorkbook(opened.port, options));
        return {
          file,
          ...(plan ? { plan } : {}),
          issues: inFile(file, plan ? plan.issues : opened.issues),
        };
      },
      (e) => values.debug && io.stderr(stackTrace(e))
    );
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
    if (outcome.plan && outcome.plan.checks.length > 0)
      io.stdout(checksText(outcome.plan.checks, lang));
  }
  if (values.json) io.stdout(jsonText(outcomesJson(outcomes, lang)));
  else printSummary(io, outcomes, lang);
  return outcomes.some(failed) ? EXIT_INPUT : EXIT_OK;
};
