import { mkdir } from "node:fs/promises";
import { join, relative, resolve } from "node:path";
import { buildXlsx } from "../../adapters/xlsx/buildXlsx";
import { saveAtomically } from "../../adapters/xlsx/saveAtomically";
import { columnKey, roleOf, type OutputRole } from "../../ports/ownedNames";
import { ibnExampleSpec } from "../../demo/ibnExample";
import { failureIssues } from "../../ports/portError";
import { EXIT_INPUT, EXIT_OK, type Command } from "../cliIo";
import { parseCommand, sheetLangOf } from "../commonArgs";
import { debugOption, langOption, sheetLangOption, type CommandSpec } from "../commandSpec";
import { printIssues } from "../issueOutput";
import { version } from "../version";
import { failed, inFile, refreshFile, runTime, say } from "./annexRun";
import { checksText, outputTableText } from "./annexText";

/** The columns of each table the terminal shows, by key (ports/ownedNames): the amounts, not every column of the sheet. */
const SHOWN: Partial<Record<OutputRole, (key: string | undefined) => boolean>> = {
  perYear: (k) => k === "municipality" || k === "amount" || k === "perBudget",
  period: (k) => k !== "area",
  restated: (k) => k !== "formedFrom",
};

export const demoSpec = {
  name: "demo",
  brief: {
    nl: "de voorbeeldbijlage schrijven en verversen",
    en: "write and refresh the example annex",
  },
  summary: {
    nl: "Schrijft de voorbeeldbijlage IBN 2021–2022, ververst hem zoals refresh doet en toont de tabellen.",
    en: "Writes the IBN 2021–2022 example annex, refreshes it as refresh does and shows the tables.",
  },
  files: "none",
  args: { nl: "", en: "" },
  argsHelp: { nl: "", en: "" },
  options: {
    out: {
      type: "string",
      value: { nl: "<map>", en: "<folder>" },
      help: {
        nl: "De map voor de voorbeeldbijlage (standaard demo-output); hij wordt zo nodig gemaakt.",
        en: "The folder for the example annex (demo-output by default); it is made if needed.",
      },
      example: "lumpsum demo --out voorbeeld",
    },
    "sheet-lang": sheetLangOption("lumpsum demo"),
    lang: {
      ...langOption("lumpsum demo"),
      help: {
        nl: "Taal van de voorbeeldbijlage, de uitvoer en deze uitleg: nl (standaard) of en.",
        en: "Language of the example annex, the output and this help: nl (the default) or en.",
      },
    },
    debug: debugOption("lumpsum demo"),
  },
  example: "lumpsum demo",
} as const satisfies CommandSpec;

/**
 * `lumpsum demo [--out <dir>] [--lang nl|en] [--sheet-lang nl|en]`: writes the IBN 2021–2022
 * example annex (default folder ./demo-output; its sheets in --sheet-lang, else --lang),
 * refreshes it as `lumpsum refresh` would, and prints the tables.
 */
export const demoCommand: Command = async (argv, io) => {
  const { values, lang } = parseCommand(argv, demoSpec);
  const sheetLang = sheetLangOf(values["sheet-lang"]);
  const dir = resolve(io.cwd, values.out ?? "demo-output");
  const file = relative(
    io.cwd,
    join(dir, lang === "nl" ? "ibn-bijlage-2021-2022.xlsx" : "ibn-annex-2021-2022.xlsx")
  );
  try {
    await mkdir(dir, { recursive: true });
    await saveAtomically(resolve(io.cwd, file), buildXlsx(ibnExampleSpec(lang)));
  } catch (e) {
    printIssues(io, inFile(file, failureIssues(e)), lang);
    return EXIT_INPUT;
  }
  const outcome = await refreshFile(io.cwd, file, undefined, {
    runTime: runTime(),
    toolVersion: version,
    lang,
    ...(sheetLang ? { sheetLang } : {}),
  });
  printIssues(io, outcome.issues, lang);
  if (failed(outcome) || !outcome.plan) return EXIT_INPUT;
  io.stdout(say("DEMO_WRITTEN", lang, { file }) + "\n\n");
  for (const table of outcome.plan.tables) {
    const role = roleOf(table.sheet, table.table);
    const keep = role && SHOWN[role];
    if (keep)
      io.stdout(
        `${table.caption[0]}\n${outputTableText(table, lang, (h) => keep(columnKey(h)))}\n`
      );
  }
  io.stdout(checksText(outcome.plan.checks, lang));
  return EXIT_OK;
};
