import { issue, type Issue } from "../engine/issue";
import { EXIT_INPUT, EXIT_USAGE, type CliIo, type Command } from "./cliIo";
import { commandHelp, generalHelp } from "./commandHelp";
import type { CommandSpec } from "./commandSpec";
import { requestedLang } from "./commonArgs";
import { allocateCommand, allocateSpec } from "./commands/allocate";
import { auditCommand, auditSpec } from "./commands/audit";
import { checkCommand, checkSpec } from "./commands/check";
import { demoCommand, demoSpec } from "./commands/demo";
import { periodCommand, periodSpec } from "./commands/period";
import { projectCommand, projectSpec } from "./commands/project";
import { refreshCommand, refreshSpec } from "./commands/refresh";
import { internalError, stackTrace } from "./internalError";
import { issuesJson, printIssues } from "./issueOutput";
import { jsonText } from "./jsonText";
import { terminalSafe } from "./terminalSafe";
import { UsageError, usageText } from "./usageError";
import { version } from "./version";

/** Every command with the spec its parser and its `--help` both follow. */
export const COMMANDS: ReadonlyArray<{ readonly spec: CommandSpec; readonly run: Command }> = [
  { spec: allocateSpec, run: allocateCommand },
  { spec: periodSpec, run: periodCommand },
  { spec: projectSpec, run: projectCommand },
  { spec: auditSpec, run: auditCommand },
  { spec: refreshSpec, run: refreshCommand },
  { spec: checkSpec, run: checkCommand },
  { spec: demoSpec, run: demoCommand },
];

const asksHelp = (argv: ReadonlyArray<string>): boolean => {
  const end = argv.indexOf("--");
  return (end < 0 ? argv : argv.slice(0, end)).some((a) => a === "--help" || a === "-h");
};

/**
 * Runs one command, or explains one (`--help`, `-h`) in the language `--lang` asks for. Whatever
 * it writes reaches the terminal with control characters escaped; whatever goes wrong ends as a
 * finding in that language (with --json, in a JSON document on stdout), never as a stack trace
 * unless --debug asks for one.
 */
export async function main(argv: string[], given: CliIo = nodeIo()): Promise<number> {
  const io = terminalIo(given);
  const [name, ...rest] = argv;
  const lang = requestedLang(argv);
  const specs = COMMANDS.map((c) => c.spec);
  if (name === undefined || name === "help" || (name.startsWith("-") && asksHelp(argv))) {
    io[name === undefined ? "stderr" : "stdout"](generalHelp(specs, version, lang));
    return name === undefined ? EXIT_USAGE : 0;
  }
  if (name === "--version") {
    io.stdout(`${version}\n`);
    return 0;
  }
  const command = COMMANDS.find((c) => c.spec.name === name);
  const json = rest.includes("--json");
  const failWith = (found: Issue, exit: number, text?: string): number => {
    if (json) io.stdout(jsonText({ issues: issuesJson([found], lang) }));
    if (text === undefined) printIssues(io, [found], lang);
    else io.stderr(text);
    return exit;
  };
  if (!command) {
    const detail = usageText("unknownCommand", lang, { name });
    return failWith(usage(detail), EXIT_USAGE, `lumpsum: ${detail}\n`);
  }
  if (asksHelp(rest)) {
    io.stdout(commandHelp(command.spec, lang));
    return 0;
  }
  try {
    return await command.run(rest, io);
  } catch (e) {
    if (e instanceof UsageError) {
      const help = `lumpsum ${name} --help${lang === "en" ? " --lang en" : ""}`;
      const more = usageText("moreHelp", lang, { help });
      return failWith(
        usage(e.text[lang]),
        EXIT_USAGE,
        `lumpsum ${name}: ${e.text[lang]}\n${more}\n`
      );
    }
    if (rest.includes("--debug")) io.stderr(stackTrace(e));
    return failWith(internalError(e), EXIT_INPUT);
  }
}

const usage = (detail: string): Issue => issue("CLI_USAGE", "error", undefined, { detail });

/** The command's output streams with every character a terminal would act on made visible. */
const terminalIo = (io: CliIo): CliIo => ({
  ...io,
  stdout: (text) => io.stdout(terminalSafe(text)),
  stderr: (text) => io.stderr(terminalSafe(text)),
});

function nodeIo(): CliIo {
  const open = { stdout: true, stderr: true };
  // A reader that goes away (`lumpsum … | head`) ends the output, not the run: later writes are
  // dropped instead of the process dying on an unhandled EPIPE with a stack trace.
  process.stdout.on("error", () => (open.stdout = false));
  process.stderr.on("error", () => (open.stderr = false));
  return {
    stdout: (t) => void (open.stdout && process.stdout.write(t)),
    stderr: (t) => void (open.stderr && process.stderr.write(t)),
    cwd: process.cwd(),
  };
}
