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
  outcomesJson,
  printSummary,
  refreshFile,
  runTime,
  say,
  type FileOutcome,
} from "./annexRun";

/**
 * `lumpsum refresh <annex.xlsx>… [--out <file.xlsx>] [--force] [--json]`: each file is read,
 * checked, computed and its owned sheets rewritten, saved atomically in place (or to --out,
 * leaving the input untouched; --force lets --out replace a file that is not an annex of ours).
 * One bad file does not stop the others; exit 1 if any failed.
 */
export const refreshCommand: Command = async (argv, io) => {
  const { values, positionals } = parseCommand(argv, {
    out: { type: "string" },
    force: { type: "boolean" },
  });
  const lang = langOf(values.lang);
  if (positionals.length === 0)
    throw new UsageError("refresh takes one or more annex workbooks (.xlsx)");
  if (values.out !== undefined && positionals.length > 1)
    throw new UsageError("--out takes one input file");
  const time = runTime();
  const outcomes: FileOutcome[] = [];
  for (const [k, file] of positionals.entries()) {
    const outcome = await guardFile(
      file,
      () =>
        refreshFile(
          io.cwd,
          file,
          values.out,
          { runTime: time, toolVersion: version, ...(values.lang ? { lang } : {}) },
          values.force
        ),
      (e) => values.debug && io.stderr(stackTrace(e))
    );
    outcomes.push(outcome);
    if (values.json) continue;
    printIssues(io, outcome.issues, lang);
    const progress = { n: k + 1, count: positionals.length, file, ...counts(outcome.issues) };
    io.stdout(
      say(outcome.out ? "CLI_FILE_REFRESHED" : "CLI_FILE_NOT_REFRESHED", lang, {
        ...progress,
        out: outcome.out ?? "",
      }) + "\n"
    );
  }
  if (values.json) io.stdout(jsonText(outcomesJson(outcomes, lang)));
  else printSummary(io, outcomes, lang);
  return outcomes.some(failed) ? EXIT_INPUT : EXIT_OK;
};
