import { spawnSync } from "child_process";
import {
  promises as fs,
  chmodSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { saveAtomically, type SaveFs } from "../../../src/adapters/xlsx/saveAtomically";
import { tempNameFor } from "../../../src/adapters/xlsx/tempName";

const ORIGINAL = new TextEncoder().encode("the original workbook bytes");
const UPDATED = new TextEncoder().encode("the refreshed workbook bytes, longer than before");

/** The pid of a process that has exited, so a temp file named after it is a leftover. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"], {
    encoding: "utf8",
  });
  return Number(child.stdout);
}

describe("saveAtomically", () => {
  let dir: string;
  let target: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "lumpsum-save-"));
    target = join(dir, "bijlage.xlsx");
    writeFileSync(target, ORIGINAL);
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const folder = (): string[] => readdirSync(dir).sort();
  const eio = async (): Promise<never> => {
    throw Object.assign(new Error("simulated"), { code: "EIO" });
  };
  const failing = {
    // The temporary file exists and is half written when the disk gives up.
    sync: {
      ...fs,
      open: async (path: string, flags: string) => {
        const handle = await fs.open(path, flags);
        return {
          writeFile: (data: Uint8Array) => handle.writeFile(data),
          sync: eio,
          close: () => handle.close(),
        };
      },
    } as unknown as SaveFs,
    rename: { ...fs, rename: eio } as SaveFs,
    open: { ...fs, open: eio } as SaveFs,
  };

  it("replaces the file, keeps its permissions and leaves nothing else behind", async () => {
    chmodSync(target, 0o640);
    expect(await saveAtomically(target, UPDATED)).toEqual([]);
    expect(readFileSync(target)).toEqual(Buffer.from(UPDATED));
    expect(statSync(target).mode & 0o777).toBe(0o640);
    expect(folder()).toEqual(["bijlage.xlsx"]);
  });

  it("writes a new --out file the same way and leaves the input untouched", async () => {
    const out = join(dir, "uit.xlsx");
    await saveAtomically(out, UPDATED);
    expect(readFileSync(out)).toEqual(Buffer.from(UPDATED));
    expect(readFileSync(target)).toEqual(Buffer.from(ORIGINAL));
    expect(folder()).toEqual(["bijlage.xlsx", "uit.xlsx"]);
  });

  it.each(["open", "sync", "rename"] as const)(
    "leaves the original byte-identical and no temporary file when %s fails",
    async (step) => {
      await expect(saveAtomically(target, UPDATED, failing[step])).rejects.toMatchObject({
        issue: { code: "PKG_WRITE_FAILED", where: { file: target }, params: { reason: "EIO" } },
      });
      expect(readFileSync(target)).toEqual(Buffer.from(ORIGINAL));
      expect(folder()).toEqual(["bijlage.xlsx"]);
    }
  );

  it("reports a folder that is not there as a failed write", async () => {
    await expect(saveAtomically(join(dir, "weg", "bijlage.xlsx"), UPDATED)).rejects.toMatchObject({
      issue: { code: "PKG_WRITE_FAILED", params: { reason: "ENOENT" } },
    });
  });

  it("cleans up what a run killed between writing and renaming left, then saves", async () => {
    const leftover = tempNameFor(target, deadPid());
    writeFileSync(join(dir, leftover), UPDATED.subarray(0, 5));
    const stranger = tempNameFor(join(dir, "andere.xlsx"), deadPid());
    writeFileSync(join(dir, stranger), "another workbook’s leftover");
    const running = tempNameFor(target, process.ppid);
    writeFileSync(join(dir, running), "a save still in progress elsewhere");
    expect(await saveAtomically(target, UPDATED)).toEqual([
      {
        code: "PKG_LEFTOVER_REMOVED",
        severity: "info",
        where: { file: target },
        params: { name: leftover },
      },
    ]);
    expect(readFileSync(target)).toEqual(Buffer.from(UPDATED));
    expect(folder()).toEqual([running, stranger, "bijlage.xlsx"].sort());
  });

  it.each([
    ["Excel", "~$bijlage.xlsx"],
    ["LibreOffice", ".~lock.bijlage.xlsx#"],
  ])("refuses while %s has the workbook open, changing nothing", async (_host, lock) => {
    writeFileSync(join(dir, lock), "owner");
    await expect(saveAtomically(target, UPDATED)).rejects.toMatchObject({
      issue: { code: "PKG_LOCKED", params: { lockFile: lock } },
    });
    expect(readFileSync(target)).toEqual(Buffer.from(ORIGINAL));
    expect(folder()).toEqual([lock, "bijlage.xlsx"].sort());
  });
});
