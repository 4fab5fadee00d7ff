/**
 * The files of 下发 and 回收: packages written into the --out folder (never
 * outside it, never through a symbolic link, never over an existing file
 * without --force), and returned packages read with the xlsx reader.
 */
import { existsSync, lstatSync, mkdirSync, realpathSync } from 'fs';
import { basename, join, resolve, sep } from 'path';
import type { PackageSpec, WorkbookSnapshot } from '../engine';
import { applyPlan, assertRewritable, newWorkbook, planCells, readSourceSnapshot, saveWorkbookAtomic } from '../xlsx';
import { type CliContext, CliError } from './context';
import { toCliError } from './run';

/** The --out folder, made when missing; refused when it is a symbolic link or not a folder. */
export function outFolder(dir: string, ctx: CliContext): string {
  const abs = resolve(dir);
  if (existsSync(abs) || isLink(abs)) {
    if (isLink(abs)) throw new CliError(ctx.msg('cli.distribute.outLink', { dir: abs }));
    if (!lstatSync(abs).isDirectory()) throw new CliError(ctx.msg('cli.distribute.outNotFolder', { dir: abs }));
  } else mkdirSync(abs, { recursive: true });
  return realpathSync(abs);
}

function isLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

/** Where a package goes: inside the folder, not a link, not an existing file unless forced. */
export function packageTarget(folder: string, file: string, force: boolean, ctx: CliContext): string {
  const path = join(folder, basename(file));
  if (!path.startsWith(folder + sep)) throw new CliError(ctx.msg('cli.distribute.outside', { file }));
  if (isLink(path)) throw new CliError(ctx.msg('cli.distribute.targetLink', { file: path }));
  if (existsSync(path) && !force) throw new CliError(ctx.msg('cli.distribute.exists', { file: path }));
  return path;
}

/** Writes one package: its plan applied to a new workbook by the same code that writes the master. */
export async function writePackage(spec: PackageSpec, path: string, ctx: CliContext): Promise<void> {
  try {
    assertRewritable(path, 0, planCells(spec.plan));
    const wb = newWorkbook();
    await applyPlan(wb, spec.plan, { saveNext: true });
    await saveWorkbookAtomic(wb, path);
  } catch (e) {
    throw toCliError(e, ctx);
  }
}

/** A returned package as a snapshot (any .xlsx writer: Excel, WPS, LibreOffice, openpyxl). */
export async function readPackage(
  file: string,
  ctx: CliContext,
): Promise<{ file: string; snapshot: WorkbookSnapshot }> {
  try {
    return { file: basename(file), snapshot: (await readSourceSnapshot(file)).snapshot };
  } catch (e) {
    throw toCliError(e, ctx);
  }
}
