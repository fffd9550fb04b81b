import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { CliIo } from "../src/cli/cliIo";
import { main } from "../src/cli/main";
import { annexBytes, DAMAGED, SHEET, withPart } from "../test/fixtures/damagedPackages";
import { figure, type Figure } from "./figure";
import { seededRandom } from "./seededRandom";

const GENERATED = 300;
const XML_NOISE = "<>/=\"'&;#x0123456789eE+-.rvcsti ";

/** Seeded damage of the kinds the tests draw: bytes flipped, the file cut, text spliced into a part. */
function damaged(random: () => number): Uint8Array {
  const pick = (n: number): number => Math.floor(random() * n);
  const zip = annexBytes();
  switch (pick(3)) {
    case 0: {
      for (let k = 1 + pick(8); k > 0; k--) zip[pick(zip.length)]! ^= 1 + pick(255);
      return zip;
    }
    case 1:
      return zip.slice(0, pick(zip.length));
    default: {
      const part = [SHEET, "xl/sharedStrings.xml", "xl/workbook.xml", "xl/tables/table1.xml"][
        pick(4)
      ]!;
      const noise = Array.from({ length: pick(30) }, () => XML_NOISE[pick(XML_NOISE.length)]).join(
        ""
      );
      return withPart(part, (xml) => {
        const at = pick(xml.length + 1);
        return xml.slice(0, at) + noise + xml.slice(at + pick(40));
      });
    }
  }
}

/**
 * Issue 12: the corpus of damaged annexes the tests use plus seeded random damage, each refreshed
 * by the whole command (in process, --json) beside a good annex. Goal: no internal error, the good
 * file refreshed every time; how many were refused and how fast they go through, as information.
 */
export async function fuzzBench(): Promise<Figure[]> {
  const dir = await mkdtemp(join(tmpdir(), "lumpsum-fuzz-"));
  const random = seededRandom(12);
  const inputs = [
    ...DAMAGED.map((d) => d.bytes()),
    ...Array.from({ length: GENERATED }, () => damaged(random)),
  ];
  let refused = 0;
  let internal = 0;
  let goodMissed = 0;
  try {
    const started = performance.now();
    for (const [k, bytes] of inputs.entries()) {
      const bad = join(dir, `kapot-${k}.xlsx`);
      const good = join(dir, `goed-${k}.xlsx`);
      await writeFile(bad, bytes);
      await writeFile(good, annexBytes());
      let stdout = "";
      const io: CliIo = { stdout: (t) => void (stdout += t), stderr: () => undefined, cwd: dir };
      await main(["refresh", bad, good, "--json"], io);
      const [first, second] = JSON.parse(stdout).files;
      if (!first.ok) refused++;
      if (first.issues.some((i: { code: string }) => i.code === "INTERNAL_ERROR")) internal++;
      if (!second.ok) goodMissed++;
    }
    const seconds = (performance.now() - started) / 1000;
    return [
      figure(
        `fuzz: ${inputs.length} damaged annexes refreshed beside a good one, internal errors`,
        internal,
        "",
        null,
        { max: 0 }
      ),
      figure("fuzz: good annexes not refreshed after a damaged one", goodMissed, "", null, {
        max: 0,
      }),
      figure("fuzz: damaged annexes refused with a finding", refused, "", inputs.length),
      figure("fuzz: damaged + good annex pairs per second", inputs.length / seconds, "/s", null),
    ];
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
