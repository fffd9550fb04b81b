import type { Lang } from "../../src/engine/messages";
import { COMMANDS } from "../../src/cli/main";
import { runCli } from "./runCli";

const LANGS: ReadonlyArray<Lang> = ["nl", "en"];
const langArgs = (lang: Lang) => (lang === "en" ? ["--lang", "en"] : []);

describe.each(COMMANDS.map((c) => [c.spec.name, c.spec] as const))(
  "lumpsum %s --help",
  (name, spec) => {
    test.each(LANGS)(
      "explains every option the parser takes, with an example, in %s",
      async (lang) => {
        const { code, stdout, stderr } = await runCli(name, "--help", ...langArgs(lang));
        expect([code, stderr]).toEqual([0, ""]);
        expect(stdout).toContain(`lumpsum ${name} — ${spec.brief[lang]}`);
        // The parser takes exactly spec.options (an unknown one is a usage error, tested below).
        for (const [option, o] of Object.entries(spec.options)) {
          const lines = stdout.split("\n");
          const at = lines.findIndex(
            (l) => l === `  --${option}` || l.startsWith(`  --${option} `)
          );
          expect(at).toBeGreaterThan(0);
          const [head, ...rest] = lines.slice(at);
          expect(head).toContain(o.value ? `--${option} ${o.value[lang]}` : `--${option}`);
          const body = rest
            .slice(
              0,
              rest.findIndex((l) => l.startsWith("  -"))
            )
            .join("\n");
          expect(body.replace(/\s+/g, " ")).toContain(o.help[lang]);
          expect(body).toContain(o.example);
          expect(o.example.startsWith(`lumpsum ${name}`)).toBe(true);
        }
        expect(stdout).toContain("-h, --help");
      }
    );

    test("-h is --help, and the two languages differ in every option's words", async () => {
      const nl = await runCli(name, "-h");
      const en = await runCli(name, "--help", "--lang", "en");
      expect(nl.stdout).toBe((await runCli(name, "--help")).stdout);
      for (const o of Object.values(spec.options)) {
        expect(o.help.nl).not.toBe(o.help.en);
        expect(nl.stdout.replace(/\s+/g, " ")).not.toContain(o.help.en);
        expect(en.stdout.replace(/\s+/g, " ")).not.toContain(o.help.nl);
      }
    });

    test("an option that is not in its help is refused, in the chosen language", async () => {
      for (const lang of LANGS) {
        const { code, stderr } = await runCli(name, "--no-such-option", ...langArgs(lang));
        expect(code).toBe(2);
        expect(stderr).toContain(
          lang === "nl" ? "onbekende optie --no-such-option" : "unknown option --no-such-option"
        );
        expect(stderr).toContain(`lumpsum ${name} --help`);
      }
    });
  }
);

test.each(LANGS)("lumpsum --help lists every command in %s", async (lang) => {
  const { code, stdout } = await runCli("--help", ...langArgs(lang));
  expect(code).toBe(0);
  for (const { spec } of COMMANDS) expect(stdout).toContain(`${spec.name}  `);
  for (const { spec } of COMMANDS) expect(stdout).toContain(spec.brief[lang]);
});

test("lumpsum without a command shows the commands on stderr and exits 2", async () => {
  const { code, stdout, stderr } = await runCli();
  expect([code, stdout]).toEqual([2, ""]);
  expect(stderr).toContain("allocate");
});
