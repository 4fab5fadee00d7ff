/**
 * Before writing over a file, and when the system refuses a file: a
 * sentence that says what is wrong and what to do, exit code 2 — never
 * "internal error". Writing over a workbook that Excel, WPS or LibreOffice
 * holds open goes ahead on disk, and the program's next save silently
 * overwrites the change (or the user loses theirs): their lock files beside
 * it say it is open — `~$name.xlsx` (Excel, WPS) and `.~lock.name.xlsx#`
 * (LibreOffice).
 */
import { accessSync, constants, existsSync, statSync } from 'fs';
import { basename, dirname, join } from 'path';
import { type CliContext, CliError } from './context';

/** The lock file beside `file` that says it is open, and the program; null when there is none. */
export function lockFileOf(file: string): { lock: string; app: 'excel' | 'libreOffice' } | null {
  const dir = dirname(file);
  const name = basename(file);
  const excel = join(dir, `~$${name}`);
  if (existsSync(excel)) return { lock: excel, app: 'excel' };
  const libre = join(dir, `.~lock.${name}#`);
  if (existsSync(libre)) return { lock: libre, app: 'libreOffice' };
  return null;
}

/** Read-only: no write permission bit at all (the read-only attribute; even root is refused), or not writable by us. */
function isReadOnly(file: string): boolean {
  if ((statSync(file).mode & 0o222) === 0) return true;
  try {
    accessSync(file, constants.W_OK);
    return false;
  } catch {
    return true;
  }
}

/** Refuses (CliError, exit 2) to write over an existing file that is read-only or open in another program. */
export function guardTarget(file: string, ctx: CliContext): void {
  if (!existsSync(file) || statSync(file).isDirectory()) return;
  const open = lockFileOf(file);
  if (open) {
    const app = ctx.msg(open.app === 'excel' ? 'cli.target.excel' : 'cli.target.libreOffice');
    throw new CliError(ctx.msg('cli.target.open', { file, app, lock: open.lock }));
  }
  if (isReadOnly(file)) throw new CliError(ctx.msg('cli.target.readOnly', { file }));
}

/** A Node file-system error (it has a code and the path it was about). */
export function isFileError(e: unknown): e is NodeJS.ErrnoException & { code: string; path: string } {
  const x = e as NodeJS.ErrnoException | null;
  return !!x && typeof x === 'object' && typeof x.code === 'string' && typeof x.path === 'string';
}

/** A file-system error as one sentence naming the file and the folder, in the user's language. */
export function fileErrorMessage(e: NodeJS.ErrnoException & { code: string; path: string }, ctx: CliContext): string {
  const file = e.path;
  const folder = dirname(file);
  const params = { file, folder, code: e.code };
  switch (e.code) {
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return ctx.msg('cli.fs.denied', params);
    case 'ENOENT':
      return ctx.msg(existsSync(folder) ? 'cli.fs.cannotOpen' : 'cli.fs.noFolder', params);
    case 'ENOTDIR':
      return ctx.msg('cli.fs.notFolder', params);
    case 'EISDIR':
      return ctx.msg('cli.fs.isFolder', params);
    case 'ENOSPC':
    case 'EDQUOT':
      return ctx.msg('cli.fs.diskFull', params);
    case 'EBUSY':
    case 'ETXTBSY':
      return ctx.msg('cli.fs.busy', params);
    default:
      return ctx.msg('cli.fs.failed', params);
  }
}
