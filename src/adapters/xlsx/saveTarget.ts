import { constants, type Stats } from "fs";
import { issue, type Issue } from "../../engine/issue";
import { PortError } from "../../ports/portError";
import type { SaveFs } from "./saveAtomically";

/** The file a save replaces: the real file behind any symbolic link, and what it is now (none for a new file). */
export interface SaveTarget {
  readonly path: string;
  readonly existing?: Stats;
}

const refuse = (file: string, code: Issue["code"], params?: Record<string, string | number>) =>
  new PortError(issue(code, "error", { file }, params));

/**
 * Where a save of `target` may write, or a PortError saying why it must not: a link is followed
 * to its file (a broken one refused), and a file that is not regular, is read-only (also for
 * root: its owner marked it so), is not writable by us, or has other names (hard links, which
 * a replacement would leave with the old content) is refused. We replace a file only where we
 * could have written it in place: the atomic rename must not get round its permissions.
 */
export async function saveTarget(
  target: string,
  fs: SaveFs,
  failed: (error: unknown) => PortError
): Promise<SaveTarget> {
  const link = await fs.lstat(target).catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT") return undefined;
    throw failed(error);
  });
  if (!link) return { path: target };
  let path = target;
  if (link.isSymbolicLink()) {
    path = await fs.realpath(target).catch(async (error: NodeJS.ErrnoException) => {
      if (error.code !== "ENOENT") throw failed(error);
      throw refuse(target, "PKG_LINK_BROKEN", { target: await fs.readlink(target) });
    });
  }
  const existing = link.isSymbolicLink()
    ? await fs.stat(path).catch((e) => Promise.reject(failed(e)))
    : link;
  if (!existing.isFile()) throw refuse(target, "PKG_NOT_REGULAR_FILE");
  if (existing.nlink > 1) throw refuse(target, "PKG_HARD_LINKED", { links: existing.nlink });
  if ((existing.mode & 0o222) === 0) throw refuse(target, "PKG_READ_ONLY");
  // Root, or the owner with the owner's write bit, may write it; anyone else asks the system.
  const euid = process.geteuid?.();
  if (euid !== 0 && !(euid === existing.uid && existing.mode & 0o200))
    await fs
      .access(path, constants.W_OK)
      .catch(() => Promise.reject(refuse(target, "PKG_READ_ONLY")));
  return { path, existing };
}
