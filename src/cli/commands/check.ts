import { checkWorkbook } from "../../app/checkWorkbook";
import { EXIT_INPUT, EXIT_OK, EXIT_STALE, type Command } from "../cliIo";
import { parseCommand } from "../commonArgs";
import { mergersOption, outputOptions, type CommandSpec } from "../commandSpec";
import { stackTrace } from "../internalError";
import { printIssues } from "../issueOutput";
import { readMergersFile } from "../readMergersFile";
import { jsonText } from "../jsonText";
import { version } from "../version";
import {
  counts,
  failed,
  guardFile,
  inFile,
  openAnnex,
  outcomesJson,
  stale,
  runTime,
  say,
  type FileOutcome,
} from "./annexRun";
import { checksText } from "./annexText";

const EXAMPLE = "lumpsum check demo-output/ibn-bijlage-2021-2022.xlsx";

export const checkSpec = {
  name: "check",
  brief: {
    nl: "bijlagewerkmappen controleren zonder te schrijven",
    en: "check annex workbooks without writing",
  },
  summary: {
    nl: "Controleert bijlagewerkmappen zoals refresh zou doen, zonder iets te schrijven, en zegt of de uitvoertabellen verouderd zijn of ontbreken.",
    en: "Checks annex workbooks as refresh would, without writing anything, and says whether the output tables are out of date or missing.",
  },
  files: "many",
  args: { nl: "<bijlage.xlsx>…", en: "<annex.xlsx>…" },
  argsHelp: {
    nl: "een of meer bijlagewerkmappen; ze blijven ongewijzigd.",
    en: "one or more annex workbooks; they stay unchanged.",
  },
  options: {
    mergers: mergersOption(EXAMPLE),
    ...outputOptions(EXAMPLE),
  },
  example: EXAMPLE,
  exitCodes: {
    nl: "3: geen fouten, maar de uitvoer van ten minste één werkmap is verouderd of ontbreekt; ververs met lumpsum refresh.",
    en: "3: no errors, but the output of at least one workbook is out of date or missing; refresh it with lumpsum refresh.",
  },
} as const satisfies CommandSpec;

/**
 * `lumpsum check <annex.xlsx>… [--mergers <file.json>] [--json]`: validates and audits each file as a refresh would,
 * and says whether its output tables are stale or missing. Writes nothing; exit 1 on errors,
 * else 3 when some output is out of date.
 */
export const checkCommand: Command = async (argv, io) => {
  const { values, positionals, lang } = parseCommand(argv, checkSpec);
  // A --mergers file that is no list of mergers fails every file, before any is read.
  const extra = readMergersFile(io, values.mergers);
  // The annex keeps the language of its last refresh, so its tables compare; --lang is for this output.
  const options = { runTime: runTime(), toolVersion: version, mergers: extra.mergers ?? [] };
  const outcomes: FileOutcome[] = [];
  for (const [k, file] of positionals.entries()) {
    const outcome: FileOutcome = !extra.mergers
      ? { file, issues: extra.issues }
      : await guardFile(
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
      say(stale(outcome) ? "CLI_FILE_STALE" : "CLI_FILE_CHECKED", lang, {
        n: k + 1,
        count: positionals.length,
        file,
        ...counts(outcome.issues),
      }) + "\n"
    );
    if (outcome.plan && outcome.plan.checks.length > 0)
      io.stdout(checksText(outcome.plan.checks, lang));
  }
  const failures = outcomes.filter(failed).length;
  const outdated = outcomes.filter(stale).length;
  if (values.json) io.stdout(jsonText(outcomesJson(outcomes, lang)));
  else
    io.stdout(
      say("CLI_CHECK_SUMMARY", lang, {
        ok: outcomes.length - failures - outdated,
        count: outcomes.length,
        stale: outdated,
        failed: failures,
      }) + "\n"
    );
  return failures > 0 ? EXIT_INPUT : outdated > 0 ? EXIT_STALE : EXIT_OK;
};
