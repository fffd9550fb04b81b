import { EXIT_INPUT, EXIT_OK, type Command } from "../cliIo";
import { parseCommand, sheetLangOf } from "../commonArgs";
import {
  debugOption,
  jsonOption,
  langOption,
  mergersOption,
  sheetLangOption,
  type CommandSpec,
} from "../commandSpec";
import { stackTrace } from "../internalError";
import { usageError } from "../usageError";
import { printIssues } from "../issueOutput";
import { readMergersFile } from "../readMergersFile";
import { jsonText } from "../jsonText";
import { version } from "../version";
import { onlyConfirmable } from "../../ports/confirmable";
import {
  counts,
  failed,
  guardFile,
  outcomesJson,
  printSummary,
  refreshFile,
  renamedText,
  runTime,
  say,
  type FileOutcome,
} from "./annexRun";

/**
 * `lumpsum refresh <annex.xlsx>… [--out <file.xlsx>] [--force] [--mergers <file.json>]
 * [--sheet-lang nl|en] [--json]`: each file is read, checked, computed and its owned sheets
 * rewritten in place (in the workbook's language, or renamed into --sheet-lang's), saved
 * atomically in place (or to --out, leaving the input untouched). One bad file does not stop the others;
 * exit 1 if any failed. --force is the one confirmation of the command: go ahead despite a
 * refusal that protects existing content (--out replacing a file that is not an annex of ours;
 * a refresh removing what a formula, name or chart refers to, which then shows #REF!; a
 * person's cells where the new table must go).
 */
const EXAMPLE = "lumpsum refresh demo-output/ibn-bijlage-2021-2022.xlsx";

export const refreshSpec = {
  name: "refresh",
  brief: {
    nl: "bijlagewerkmappen verversen zonder Excel",
    en: "refresh annex workbooks without Excel",
  },
  summary: {
    nl: "Ververst bijlagewerkmappen (.xlsx) zonder Excel: leest de P-budgetten en totalen, controleert ze, rekent exact en schrijft de bladen Lumpsum per jaar, Lumpsum periode en Controle.",
    en: "Refreshes annex workbooks (.xlsx) without Excel: reads the P-budgets and totals, checks them, computes exactly and writes the sheets Lumpsum per jaar, Lumpsum periode and Controle.",
  },
  files: "many",
  args: { nl: "<bijlage.xlsx>…", en: "<annex.xlsx>…" },
  argsHelp: {
    nl: "een of meer bijlagewerkmappen. De bladen van lumpsum worden op hun plaats herschreven, zodat formules, namen en grafieken die ernaar verwijzen de nieuwe cijfers lezen; elke werkmap wordt veilig opgeslagen (eerst een tijdelijk bestand, dan vervangen); een werkmap met fouten blijft ongewijzigd en houdt de andere niet tegen.",
    en: "one or more annex workbooks. lumpsum's sheets are rewritten in place, so formulas, names and charts that refer to them read the new figures; each workbook is saved safely (a temporary file first, then swapped); a workbook with errors stays unchanged and does not stop the others.",
  },
  options: {
    out: {
      type: "string",
      value: { nl: "<bestand.xlsx>", en: "<file.xlsx>" },
      help: {
        nl: "Schrijf het resultaat naar dit bestand en laat de invoer ongemoeid; alleen met één invoerbestand.",
        en: "Write the result to this file and leave the input untouched; with one input file only.",
      },
      example: `${EXAMPLE} --out ververst.xlsx`,
    },
    force: {
      type: "boolean",
      help: {
        nl: "Ga toch door waar lumpsum weigert om bestaande inhoud te beschermen: met --out ook een bestaand bestand vervangen dat geen bijlage van een verversing is; een kolom of blad weghalen waar een formule, naam, regel of grafiek naar verwijst (die toont dan #VERW!); cellen overschrijven waar een groeiende tabel moet komen. Een blad dat lumpsum niet als het zijne herkent, blijft altijd ongemoeid.",
        en: "Go ahead where lumpsum refuses in order to protect existing content: with --out, replace an existing file even when it is not an annex a refresh wrote; remove a column or sheet that a formula, name, rule or chart refers to (it then shows #REF!); overwrite cells where a growing table must go. A sheet lumpsum cannot prove is its own is never touched.",
      },
      example: `${EXAMPLE} --out ververst.xlsx --force`,
    },
    mergers: mergersOption(EXAMPLE),
    json: jsonOption(EXAMPLE),
    "sheet-lang": sheetLangOption(EXAMPLE),
    lang: {
      ...langOption(EXAMPLE),
      help: {
        nl: "Taal van de meldingen, de voortgang en deze uitleg: nl (standaard) of en. De bladen houden de taal van de werkmap (zie --sheet-lang); alleen een nieuwe werkmap krijgt deze taal.",
        en: "Language of the findings, the progress and this help: nl (the default) or en. The sheets keep the workbook's language (see --sheet-lang); only a new workbook gets this one.",
      },
    },
    debug: debugOption(EXAMPLE),
  },
  example: EXAMPLE,
} as const satisfies CommandSpec;

export const refreshCommand: Command = async (argv, io) => {
  const { values, positionals, lang } = parseCommand(argv, refreshSpec);
  const sheetLang = sheetLangOf(values["sheet-lang"]);
  if (values.out !== undefined && positionals.length > 1) throw usageError("outOneFile");
  // A --mergers file that is no list of mergers fails every file, before any is read.
  const extra = readMergersFile(io, values.mergers);
  const mergers = extra.mergers;
  const time = runTime();
  const outcomes: FileOutcome[] = [];
  for (const [k, file] of positionals.entries()) {
    const outcome: FileOutcome = !mergers
      ? { file, issues: extra.issues }
      : await guardFile(
          file,
          () =>
            refreshFile(io.cwd, file, values.out, {
              runTime: time,
              toolVersion: version,
              mergers,
              lang,
              ...(sheetLang ? { sheetLang } : {}),
              ...(values.force ? { force: true } : {}),
            }),
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
    if (!outcome.out && onlyConfirmable(outcome.issues))
      io.stdout(say("CLI_FORCE_HINT", lang, progress) + "\n");
    if (outcome.out && outcome.plan?.renames.length)
      io.stdout(renamedText(outcome.plan, lang, progress) + "\n");
  }
  if (values.json) io.stdout(jsonText(outcomesJson(outcomes, lang)));
  else printSummary(io, outcomes, lang);
  return outcomes.some(failed) ? EXIT_INPUT : EXIT_OK;
};
