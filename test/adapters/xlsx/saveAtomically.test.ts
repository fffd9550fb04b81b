import { execFileSync, spawnSync } from "child_process";
import fc from "fast-check";
import {
  promises as fs,
  chmodSync,
  chownSync,
  linkSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  statSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { saveAtomically, type SaveFs } from "../../../src/adapters/xlsx/saveAtomically";
import { tempNameFor, tempWriter } from "../../../src/adapters/xlsx/tempName";
import { canSwitchUser, NOBODY, runAs } from "../../fixtures/asUser";

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

  it.each([
    ["Excel, in capitals", "~$BIJLAGE.XLSX"],
    ["LibreOffice, in other case", ".~lock.Bijlage.xlsx#"],
  ])("finds the lock file ignoring case, as Windows and macOS shares do (%s)", async (_h, lock) => {
    writeFileSync(join(dir, lock), "owner");
    await expect(saveAtomically(target, UPDATED)).rejects.toMatchObject({
      issue: { code: "PKG_LOCKED", params: { lockFile: lock } },
    });
    expect(readFileSync(target)).toEqual(Buffer.from(ORIGINAL));
  });

  it("writes through a symbolic link to its file; the link stays a link to it", async () => {
    const elsewhere = mkdtempSync(join(tmpdir(), "lumpsum-real-"));
    const real = join(elsewhere, "echt.xlsx");
    writeFileSync(real, ORIGINAL);
    const link = join(dir, "link.xlsx");
    symlinkSync(real, link);
    await saveAtomically(link, UPDATED);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readlinkSync(link)).toBe(real);
    expect(readFileSync(real)).toEqual(Buffer.from(UPDATED));
    expect(readdirSync(elsewhere)).toEqual(["echt.xlsx"]);
    rmSync(elsewhere, { recursive: true });
  });

  it("refuses a link to nothing, and creates nothing", async () => {
    const link = join(dir, "link.xlsx");
    symlinkSync(join(dir, "weg.xlsx"), link);
    await expect(saveAtomically(link, UPDATED)).rejects.toMatchObject({
      issue: { code: "PKG_LINK_BROKEN", params: { target: join(dir, "weg.xlsx") } },
    });
    expect(folder()).toEqual(["bijlage.xlsx", "link.xlsx"]);
  });

  it("refuses a read-only file, also when run as root", async () => {
    chmodSync(target, 0o444);
    await expect(saveAtomically(target, UPDATED)).rejects.toMatchObject({
      issue: { code: "PKG_READ_ONLY", where: { file: target } },
    });
    expect(readFileSync(target)).toEqual(Buffer.from(ORIGINAL));
    expect(folder()).toEqual(["bijlage.xlsx"]);
  });

  it("refuses a file with a second name (a hard link), which a replacement would leave behind", async () => {
    linkSync(target, join(dir, "tweede.xlsx"));
    await expect(saveAtomically(target, UPDATED)).rejects.toMatchObject({
      issue: { code: "PKG_HARD_LINKED", params: { links: 2 } },
    });
    expect(readFileSync(join(dir, "tweede.xlsx"))).toEqual(Buffer.from(ORIGINAL));
  });

  it.each([
    ["a folder", (path: string) => mkdirSync(path)],
    ["a named pipe", (path: string) => execFileSync("mkfifo", [path])],
  ])("refuses %s as target", async (_what, make) => {
    const path = join(dir, "geen-bestand.xlsx");
    make(path);
    await expect(saveAtomically(path, UPDATED)).rejects.toMatchObject({
      issue: { code: "PKG_NOT_REGULAR_FILE" },
    });
  });

  it("never writes through a link planted where its temporary file goes", async () => {
    const victim = join(dir, "slachtoffer.txt");
    writeFileSync(victim, "precious");
    symlinkSync(victim, join(dir, tempNameFor(target, process.pid)));
    await saveAtomically(target, UPDATED);
    expect(readFileSync(victim, "utf8")).toBe("precious");
    expect(readFileSync(target)).toEqual(Buffer.from(UPDATED));
    expect(folder()).toEqual(["bijlage.xlsx", "slachtoffer.txt"]);
  });

  it.each([
    ["240 ASCII characters", `${"b".repeat(235)}.xlsx`],
    ["250 bytes of two-byte characters", `${"é".repeat(122)}.xlsx`],
  ])("saves a file whose name takes %s", async (_what, name) => {
    const long = join(dir, name);
    writeFileSync(long, ORIGINAL);
    await saveAtomically(long, UPDATED);
    expect(readFileSync(long)).toEqual(Buffer.from(UPDATED));
    expect(folder()).toEqual(["bijlage.xlsx", name].sort());
  });

  it("names every temporary file within 255 bytes, recognisably its target's", () => {
    const name = fc
      .string({ unit: "binary", minLength: 1, maxLength: 255 })
      .filter((n) => Buffer.byteLength(n) <= 255 && !n.includes("/"));
    fc.assert(
      fc.property(name, fc.integer({ min: 1, max: 4_194_304 }), (n, pid) => {
        const temp = tempNameFor(join(dir, n), pid);
        expect(Buffer.byteLength(temp)).toBeLessThanOrEqual(255);
        expect(tempWriter(temp, join(dir, n))).toEqual({ pid, thisMachine: true });
        expect(tempWriter(temp, join(dir, `${n}x`))).toBeUndefined();
      }),
      { numRuns: 500 }
    );
  });

  it("recognises leftovers by more than a pid: an old one whose pid lives again, another machine's", async () => {
    const hourAgo = new Date(Date.now() - 60 * 60 * 1000);
    const reused = tempNameFor(target, process.ppid);
    const remoteOld = tempNameFor(target, 4242, "andere-machine");
    const remoteNew = tempNameFor(target, 4243, "andere-machine");
    for (const name of [reused, remoteOld, remoteNew]) writeFileSync(join(dir, name), "half");
    utimesSync(join(dir, reused), hourAgo, hourAgo);
    utimesSync(join(dir, remoteOld), hourAgo, hourAgo);
    const removed = await saveAtomically(target, UPDATED);
    expect(removed.map((i) => i.params!.name).sort()).toEqual([remoteOld, reused].sort());
    // A recent one from another machine may be a save in progress there.
    expect(folder()).toEqual(["bijlage.xlsx", remoteNew].sort());
  });

  describe("owner and mode", () => {
    it(
      canSwitchUser()
        ? "as root: keeps another user's file that user's, with its mode"
        : "as an ordinary user: keeps the file ours, with its mode",
      async () => {
        chmodSync(target, 0o640);
        const owner = canSwitchUser() ? NOBODY : { uid: process.getuid!(), gid: process.getgid!() };
        if (canSwitchUser()) chownSync(target, owner.uid, owner.gid);
        await saveAtomically(target, UPDATED);
        const after = statSync(target);
        expect({ uid: after.uid, gid: after.gid, mode: after.mode & 0o777 }).toEqual({
          ...owner,
          mode: 0o640,
        });
        expect(readFileSync(target)).toEqual(Buffer.from(UPDATED));
      }
    );

    if (canSwitchUser()) {
      // Root switches to `nobody` in a child process: the unprivileged cases, with real permissions.
      const world = (): string => {
        chmodSync(dir, 0o777);
        return dir;
      };
      const saveAsNobody = (path: string) => {
        const child = runAs(NOBODY, "saveChild.ts", [path, "vervangen"]);
        expect(child.stderr).toBe("");
        return JSON.parse(child.stdout) as { saved: boolean; issue?: { code: string } };
      };

      it("as nobody: refuses root's read-only-to-others file in a world-writable folder", () => {
        world();
        chmodSync(target, 0o644);
        expect(saveAsNobody(target)).toMatchObject({
          saved: false,
          issue: { code: "PKG_READ_ONLY" },
        });
        expect(readFileSync(target)).toEqual(Buffer.from(ORIGINAL));
        expect(statSync(target).uid).toBe(0);
      });

      it("as nobody: refuses root's world-writable file rather than make it nobody's", () => {
        world();
        chmodSync(target, 0o666);
        expect(saveAsNobody(target)).toMatchObject({
          saved: false,
          issue: { code: "PKG_OWNER_NOT_KEPT" },
        });
        expect(readFileSync(target)).toEqual(Buffer.from(ORIGINAL));
        expect(statSync(target).uid).toBe(0);
        expect(folder()).toEqual(["bijlage.xlsx"]);
      });

      it("as nobody: saves nobody's own file, keeping owner and mode; refuses it read-only", () => {
        world();
        chownSync(target, NOBODY.uid, NOBODY.gid);
        chmodSync(target, 0o600);
        expect(saveAsNobody(target)).toEqual({ saved: true, issues: [] });
        const after = statSync(target);
        expect([after.uid, after.mode & 0o777]).toEqual([NOBODY.uid, 0o600]);
        expect(readFileSync(target, "utf8")).toBe("vervangen");
        chmodSync(target, 0o400);
        expect(saveAsNobody(target)).toMatchObject({
          saved: false,
          issue: { code: "PKG_READ_ONLY" },
        });
      });
    } else {
      it("as an ordinary user: refuses a file that claims another owner, because the system will not give it one", async () => {
        // Only the file's reported owner is changed; the chown the save then tries is the system's own.
        const claimsRoot = {
          ...fs,
          lstat: async (p: string) => Object.assign(await fs.lstat(p), { uid: 0, gid: 0 }),
        } as unknown as SaveFs;
        await expect(saveAtomically(target, UPDATED, claimsRoot)).rejects.toMatchObject({
          issue: { code: "PKG_OWNER_NOT_KEPT" },
        });
        expect(readFileSync(target)).toEqual(Buffer.from(ORIGINAL));
        expect(folder()).toEqual(["bijlage.xlsx"]);
      });
    }
  });
});
