/**
 * `rectify import <legacy.xlsx>… -o <out.xlsx>`: legacy ledgers (one flat
 * sheet per unit) into one structured ledger. The engine does the mapping and
 * the report; the xlsx adapter reads and writes; the core's planStructure
 * makes the lists real tables with dropdowns and colours. The output is
 * written to a temporary file and renamed, so nothing is written on failure.
 * An existing output ledger is added to, never overwritten: rows it already
 * holds from the same file and row are reported and not imported again.
 */
import { existsSync } from 'fs';
import { basename, resolve } from 'path';
import { Command } from 'commander';
import {
  LegacySource,
  WorkbookSnapshot,
  concatPlans,
  finalizePlan,
  localNow,
  t,
  formatImportReport,
  importLegacy,
  isEngineError,
  isMessageKey,
  planImport,
  planStructure,
  readExistingLedger,
  snapshotAfter,
} from '../../engine';
import { applyPlan, loadWorkbookFile, readSnapshot, saveWorkbookAtomic, snapshotOf } from '../../xlsx';
import { newWorkbook } from '../../xlsx/create';
import { CliContext, CliError, EXIT_FINDINGS, EXIT_OK, osUser } from '../context';

interface ImportOptions {
  output?: string;
  dryRun?: boolean;
  map: string[];
  sheet?: string;
  json?: boolean;
}

/** Notices that need no action (a row imported before); the others are findings (exit 1). */
const NOT_FINDINGS = new Set(['import.value.newCategory', 'import.row.alreadyImported']);

/** Runs an adapter call; what it throws is a file the user must fix (exit 2), said in the user's language. */
async function io<T>(ctx: CliContext, file: string, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    if (isEngineError(e) && isMessageKey(e.code)) throw new CliError(ctx.msg(e.code, e.params));
    throw new CliError(ctx.msg('cli.readError', { file, reason: (e as Error).message }));
  }
}

export function registerImport(program: Command, ctx: CliContext): void {
  program
    .command('import')
    .description(ctx.msg('import.cli.description'))
    .argument('<legacy.xlsx...>', ctx.msg('import.cli.files'))
    .option('-o, --output <out.xlsx>', ctx.msg('import.cli.output'))
    .option('--dry-run', ctx.msg('import.cli.dryRun'))
    .option('--map <源列=目标列>', ctx.msg('import.cli.map'), (v: string, all: string[]) => [...all, v], [])
    .option('--sheet <name>', ctx.msg('import.cli.sheet'))
    .option('--json', ctx.msg('cli.opt.json'))
    .option('--lang <zh|en>', ctx.msg('cli.opt.lang'))
    .action(async (files: string[], opts: ImportOptions) => {
      if (!opts.output && !opts.dryRun) throw new CliError(ctx.msg('cli.missingOption', { option: '-o <out.xlsx>' }));
      const out = opts.output ? resolve(opts.output) : undefined;
      if (out && files.some((f) => resolve(f) === out))
        throw new CliError(ctx.msg('import.cli.outputIsInput', { file: out }));

      const sources: LegacySource[] = [];
      for (const f of files) sources.push({ file: basename(f), snapshot: await io(ctx, f, () => readSnapshot(f)) });
      // An existing ledger is added to: read once, written back with only the new rows appended.
      const ledger = out && existsSync(out) ? await io(ctx, out, () => loadWorkbookFile(out)) : null;
      const existing: WorkbookSnapshot | null = ledger ? await readSnapshot(ledger) : null;

      let result;
      try {
        result = importLegacy(sources, {
          lang: ctx.lang,
          sheet: opts.sheet,
          map: opts.map,
          existing: existing ? readExistingLedger(existing) : undefined,
        });
      } catch (e) {
        if (isEngineError(e)) throw new CliError(ctx.msg(e.code, e.params));
        throw e;
      }

      if (!opts.dryRun && out) {
        const values = planImport(result, existing, ctx.lang);
        const plan = concatPlans(values, planStructure(snapshotAfter(existing, values), { lang: ctx.lang }));
        const wb = ledger ?? newWorkbook();
        // Every cell written lands in _log (全程留痕), as when the pane imports.
        const now = localNow();
        const before = existing ?? snapshotOf(wb, { user: osUser(), readAt: now });
        const final = finalizePlan(
          plan,
          { ...before, user: osUser() },
          {
            action: t(ctx.lang, 'log.action.import'),
            time: now,
            lang: ctx.lang,
          },
        );
        // saveWorkbookAtomic writes beside the target and renames: a failure leaves the old file (or none) as it was.
        await io(ctx, out, async () => {
          await applyPlan(wb, final.plan);
          await saveWorkbookAtomic(wb, out);
        });
      }

      if (opts.json)
        ctx.io.out(JSON.stringify({ dryRun: !!opts.dryRun, output: out ?? null, ...result }, null, 1) + '\n');
      else ctx.io.out(formatImportReport(result, { dryRun: !!opts.dryRun, output: out }));
      process.exitCode = result.notices.some((n) => !NOT_FINDINGS.has(n.code)) ? EXIT_FINDINGS : EXIT_OK;
    });
}
