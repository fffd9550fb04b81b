import { chmodSync, chownSync, readFileSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { refreshCommand } from "../../src/cli/commands/refresh";
import { annexBytes } from "../fixtures/damagedPackages";
import { canSwitchUser, NOBODY, runAs } from "../fixtures/asUser";
import { run, tempDir } from "./annexCli";

const refresh = (dir: string, ...args: string[]) => run(refreshCommand, dir, ...args, "--json");

describe("lumpsum refresh --out respects what is already there", () => {
  it("refuses an existing file that is not an annex of ours, and leaves both files as they were", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "in.xlsx"), annexBytes());
    writeFileSync(join(dir, "precious.txt"), "my notes");
    const { code, stdout } = await refresh(dir, "in.xlsx", "--out", "precious.txt");
    expect(code).toBe(1);
    expect(JSON.parse(stdout).files[0].issues).toEqual([
      expect.objectContaining({ code: "PKG_OUT_EXISTS", where: { file: "precious.txt" } }),
    ]);
    expect(readFileSync(join(dir, "precious.txt"), "utf8")).toBe("my notes");
    expect(readFileSync(join(dir, "in.xlsx")).equals(Buffer.from(annexBytes()))).toBe(true);
  });

  it("refuses a workbook that was never refreshed (it may be someone's own), unless --force", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "in.xlsx"), annexBytes());
    writeFileSync(join(dir, "theirs.xlsx"), annexBytes());
    expect((await refresh(dir, "in.xlsx", "--out", "theirs.xlsx")).code).toBe(1);
    const forced = await refresh(dir, "in.xlsx", "--out", "theirs.xlsx", "--force");
    expect(forced.code).toBe(0);
    expect(JSON.parse(forced.stdout).files[0]).toMatchObject({ written: true, out: "theirs.xlsx" });
  });

  it("replaces an annex an earlier refresh wrote, and writes in place when --out is the input", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "in.xlsx"), annexBytes());
    expect((await refresh(dir, "in.xlsx", "--out", "uit.xlsx")).code).toBe(0);
    expect((await refresh(dir, "in.xlsx", "--out", "uit.xlsx")).code).toBe(0);
    symlinkSync(join(dir, "in.xlsx"), join(dir, "zelfde.xlsx"));
    expect((await refresh(dir, "in.xlsx", "--out", "zelfde.xlsx")).code).toBe(0);
  });
});

describe("lumpsum refresh and the file's owner", () => {
  if (canSwitchUser()) {
    it("run by nobody on root's annex in a shared folder: refused, the file unchanged and still root's", () => {
      const dir = tempDir();
      chmodSync(dir, 0o777);
      const file = join(dir, "bijlage.xlsx");
      writeFileSync(file, annexBytes());
      chmodSync(file, 0o644);
      const child = runAs(NOBODY, "cliChild.ts", ["refresh", file, "--json"]);
      expect(child.status).toBe(1);
      expect(JSON.parse(child.stdout).files[0].issues.map((i: { code: string }) => i.code)).toEqual(
        ["PKG_READ_ONLY"]
      );
      expect(readFileSync(file).equals(Buffer.from(annexBytes()))).toBe(true);
      expect(statSync(file).uid).toBe(0);
    });

    it("run by nobody on nobody's annex: refreshed, still nobody's", () => {
      const dir = tempDir();
      chmodSync(dir, 0o777);
      const file = join(dir, "bijlage.xlsx");
      writeFileSync(file, annexBytes());
      chownSync(file, NOBODY.uid, NOBODY.gid);
      const child = runAs(NOBODY, "cliChild.ts", ["refresh", file, "--json"]);
      expect(child.status).toBe(0);
      expect(statSync(file).uid).toBe(NOBODY.uid);
      expect(readFileSync(file).equals(Buffer.from(annexBytes()))).toBe(false);
    });
  } else {
    it("run by an ordinary user on their own read-only annex: refused, unchanged", async () => {
      const dir = tempDir();
      const file = join(dir, "bijlage.xlsx");
      writeFileSync(file, annexBytes());
      chmodSync(file, 0o444);
      const { code, stdout } = await refresh(dir, "bijlage.xlsx");
      expect(code).toBe(1);
      expect(JSON.parse(stdout).files[0].issues.map((i: { code: string }) => i.code)).toContain(
        "PKG_READ_ONLY"
      );
      expect(readFileSync(file).equals(Buffer.from(annexBytes()))).toBe(true);
    });
  }
});
