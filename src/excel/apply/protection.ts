/**
 * Sheet protection: every protected sheet the plan writes to is unprotected
 * first and protected again last (after every write to it); the sheets the
 * plan protects (generated sheets, _log) are protected with the plan's
 * password. Protection here guards values, it is not a lock-out: formatting
 * and filtering stay allowed.
 */
import type { Plan } from '../../engine/core/plan';
import type { ApplySession } from './batch';

/** Sheets the plan writes to in any way. */
function touchedSheets(plan: Plan): Set<string> {
  return new Set<string>([
    ...plan.sheets.map((s) => s.name),
    ...plan.tables.map((t) => t.sheet),
    ...plan.writes.map((w) => w.sheet),
    ...plan.formulas.map((f) => f.sheet),
    ...plan.columnFormats.map((f) => f.sheet),
    ...plan.validations.map((v) => v.sheet),
    ...plan.conditionalFormats.map((c) => c.sheet),
  ]);
}

const passwordOf = (plan: Plan, name: string): string | undefined =>
  plan.sheets.find((s) => s.name === name)?.protect?.password || undefined;

export async function unprotectSheets(s: ApplySession, plan: Plan): Promise<void> {
  for (const name of touchedSheets(plan)) {
    if (!s.protectedNow.has(name)) continue;
    await s.reserve(40);
    s.sheet(name).protection.unprotect(passwordOf(plan, name));
  }
}

export async function protectSheets(s: ApplySession, plan: Plan): Promise<void> {
  for (const name of touchedSheets(plan)) {
    const op = plan.sheets.find((x) => x.name === name);
    const wanted = op?.protect ?? (s.protectedNow.has(name) ? { password: '' } : undefined);
    if (!wanted || !s.sheetNames.has(name)) continue;
    await s.reserve(80);
    s.sheet(name).protection.protect(
      { allowAutoFilter: true, allowSort: true, allowFormatColumns: true, allowFormatRows: true },
      op?.protect?.password || undefined,
    );
  }
}
