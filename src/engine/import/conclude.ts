/**
 * What an import says once all its files are read: each file's feedback date
 * and the required columns no source has (required.ts), the categories
 * outside the category list, and the files whose 序号 only counted rows.
 *
 * A category outside the list is kept in its cell and named at every cell;
 * the list grows only when the user says so (`--add-to-lists`, the pane's
 * confirmation): a typo (党建建设 for 组织建设) added silently would become a
 * dropdown value for everyone.
 */
import { normalizeHeader } from '../schema/headers';
import type { RunState } from './context';
import { notice } from './context';
import { fillRequired } from './required';
import type { ImportOptions } from './types';

/** Categories outside the list (the ledger's own list, when importing into one): kept, named, added only if asked. */
function concludeCategories(run: RunState, addToLists: boolean): void {
  const { result } = run;
  const listed = run.existing?.categories;
  const unlisted = [...run.newCategories].filter((c) => !listed?.has(normalizeHeader(c)));
  result.unlistedCategories = unlisted;
  result.newCategories = addToLists ? unlisted : [];
  if (addToLists || !unlisted.length) return;
  const outside = new Set(unlisted);
  for (const row of result.rows.problems) {
    const v = row.values.category;
    if (typeof v !== 'string' || !outside.has(v)) continue;
    const file = result.files.find((f) => f.file === row.source.file);
    const col = file?.columns.find((c) => c.targets.some((t) => t.sheet === 'problems' && t.key === 'category'));
    const params = { list: run.lang === 'zh' ? '问题类别' : 'Category' };
    result.notices.push(
      notice(row.source, col?.column ?? 0, v, col?.header ?? '', 'importReport.value.notListed', params),
    );
  }
}

/** A 序号 that started again or repeated: said once per file, with examples of the IDs it gave. */
function concludeCounters(run: RunState): void {
  for (const f of run.fileStates?.values() ?? []) {
    const derived = f.counterDerived ?? [];
    if (!f.idIsCounter || !derived.length) continue;
    const params = {
      file: f.source.file,
      column: f.idCol?.header ?? '',
      count: derived.length,
      examples: derived.slice(0, 3).join(run.lang === 'zh' ? '，' : ', '),
      original: run.originalIdName,
    };
    run.result.events.push({ code: 'importReport.counter.restarts', params });
  }
}

export function concludeImport(run: RunState, options: ImportOptions): void {
  fillRequired(run, options.defaults);
  concludeCategories(run, !!options.addToLists);
  concludeCounters(run);
}
