/**
 * Shared by the patcher's tests: a demo ledger refreshed once (so a second
 * refresh is a plain one: deadlines, alerts and `_log` rows), refresh run on a
 * file both ways — patched and through ExcelJS — and what an independent
 * reader (ExcelJS) sees of each file, cell by cell.
 */
import { execFileSync, spawnSync } from 'child_process';
import ExcelJS from 'exceljs';
import { demoPlans, generateDemo } from '../../../src/demo';
import { type FileApplied, filePort } from '../../../src/xlsx';
import { loadWorkbookFile } from '../../../src/xlsx/file';
import { applyPlan } from '../../../src/xlsx/apply';
import { newWorkbook } from '../../../src/xlsx/create';
import { type Command, refreshCommand, runCommand } from '../../../src/engine';
import { entryData, readZip } from '../../../src/xlsx/patch/zip';

export const PYTHON = '/usr/bin/python3';
export const DEMO_DAY = '2025-06-30';
export const FIRST_REFRESH = '2025-07-20';
export const REFRESH_DAY = '2025-07-21';

export async function writeDemo(file: string, problems = 30): Promise<void> {
  const demo = generateDemo({ problems, lang: 'zh', today: DEMO_DAY, seed: 5, user: 'tester' });
  const wb = newWorkbook();
  wb.created = wb.modified = new Date(`${DEMO_DAY}T00:00:00Z`);
  for (const plan of demoPlans(demo, 'zh')) await applyPlan(wb, plan);
  await wb.xlsx.writeFile(file);
}

/** A command run on a file as `rectify <command> input -o output --today day`, patched or (patch: false) through ExcelJS. */
export async function runOnFile(
  command: Command<unknown>,
  input: string,
  output: string,
  today: string,
  patch = true,
): Promise<FileApplied & { debug: string }> {
  const now = `${today} 09:00:00`;
  const debug: string[] = [];
  const port = filePort({
    input,
    output,
    backup: false,
    user: 'tester',
    readAt: now,
    patch,
    onDebug: (m) => debug.push(m),
  });
  const outcome = await runCommand(port, command, { lang: 'zh', today, now, user: 'tester' });
  if (!outcome.applied) throw new Error(`the command wrote nothing (${debug.join('; ')})`);
  return { ...outcome.applied, debug: debug.join('; ') };
}

/** `rectify refresh input -o output --today day`, patched or (patch: false) through ExcelJS. */
export const refresh = (input: string, output: string, today: string, patch = true) =>
  runOnFile(refreshCommand(), input, output, today, patch);

/**
 * LibreOffice converts `file` into `outdir` (`to`: a filter, e.g. 'xlsx:Calc MS Excel 2007 XML'), with its own
 * profile in `dir` so that runs beside each other do not share one.
 */
export function soffice(dir: string, to: string, file: string, outdir: string): void {
  const profile = `-env:UserInstallation=file://${dir}/lo-profile`;
  const r = spawnSync('soffice', ['--headless', '--norestore', profile, '--convert-to', to, '--outdir', outdir, file], {
    encoding: 'utf8',
    timeout: 180_000,
  });
  expect(r.status).toBe(0);
}

/** What ExcelJS reads of a file: every cell's value, number format and fill, each sheet's rules, validations and state. */
export async function seen(file: string): Promise<Map<string, string>> {
  // ExcelJS with the project's fixes for files of other writers (src/xlsx/normalize.ts), not the patcher's code.
  const wb = await loadWorkbookFile(file);
  const out = new Map<string, string>();
  wb.eachSheet((ws) => {
    ws.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (c) => {
        const v = c.value as unknown;
        const rich = v && typeof v === 'object' && 'richText' in v;
        const value = rich ? (v as ExcelJS.CellRichTextValue).richText.map((t) => t.text).join('') : v;
        const fill = c.fill && c.fill.type === 'pattern' ? (c.fill.fgColor?.argb ?? c.fill.fgColor?.theme ?? '') : '';
        // 'General' is no format: LibreOffice lists it as a format of its own, ExcelJS writes none.
        const format = c.numFmt === 'General' ? '' : (c.numFmt ?? '');
        out.set(`${ws.name}!${c.address}`, JSON.stringify({ value, format, fill }));
      }),
    );
    out.set(`${ws.name}#state`, ws.state);
    const sheet = ws as unknown as {
      conditionalFormattings?: unknown[];
      dataValidations: { model: Record<string, unknown> };
    };
    // A rule's type, priority, formulas and style: what it shows (LibreOffice also lists percent="0", rank="0"… on
    // formula rules, which ExcelJS does not write back).
    const rules = (sheet.conditionalFormattings ?? []) as { ref: string; rules: Record<string, unknown>[] }[];
    const shown = rules.map((cf) => ({
      ref: cf.ref,
      rules: cf.rules.map(({ type, priority, formulae, style }) => ({ type, priority, formulae, style })),
    }));
    out.set(`${ws.name}#rules`, JSON.stringify(shown));
    const dv = sheet.dataValidations.model;
    out.set(
      `${ws.name}#validations`,
      JSON.stringify(
        Object.keys(dv)
          .sort()
          .map((k) => [k, dv[k]]),
      ),
    );
  });
  return out;
}

/** The keys whose values differ between two readings (first few, for the message). */
export function differences(a: Map<string, string>, b: Map<string, string>): string[] {
  const out: string[] = [];
  for (const k of new Set([...a.keys(), ...b.keys()])) {
    const [x, y] = [a.get(k) ?? '—', b.get(k) ?? '—'];
    if (x === y) continue;
    // Long values (a sheet's rules) from where they start to differ.
    let i = 0;
    while (i < x.length && x[i] === y[i]) i++;
    const from = Math.max(0, i - 60);
    out.push(`${k}: …${x.slice(from, i + 80)} ≠ …${y.slice(from, i + 80)}`);
  }
  return out.slice(0, 10);
}

/** The entries of `after` whose compressed bytes differ from `before`'s (a new entry counts as differing). */
export function changedEntries(before: Buffer, after: Buffer): string[] {
  const old = new Map(readZip(before).map((e) => [e.name, e.raw]));
  return readZip(after)
    .filter((e) => !old.get(e.name)?.equals(e.raw))
    .map((e) => e.name);
}

export function entryText(file: Buffer, name: string): string {
  const e = readZip(file).find((x) => x.name === name);
  if (!e) throw new Error(`no ${name}`);
  return entryData(e).toString('utf8');
}

/** Runs a Python snippet with openpyxl / XlsxWriter (the system Python has both). */
export function python(code: string, ...args: string[]): string {
  return execFileSync(PYTHON, ['-c', code, ...args], { encoding: 'utf8', timeout: 60_000 });
}

/** What ExcelJS reads of a file's structure: each sheet's tables (their refs) and notes, the workbook's names. */
export async function structureSeen(file: string): Promise<Map<string, string>> {
  const wb = await loadWorkbookFile(file);
  const out = new Map<string, string>();
  wb.eachSheet((ws) => {
    const tables = (ws as unknown as { tables: Record<string, { model?: { name: string; tableRef?: string } }> })
      .tables;
    for (const t of Object.values(tables ?? {}))
      if (t.model) out.set(`${ws.name}#table ${t.model.name}`, t.model.tableRef ?? '');
    ws.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (c) => {
        const note = c.note as unknown;
        if (!note) return;
        const text =
          typeof note === 'string'
            ? note
            : ((note as { texts?: { text: string }[] }).texts ?? []).map((t) => t.text).join('');
        out.set(`${ws.name}!${c.address}#note`, text);
      }),
    );
  });
  const names = wb.definedNames.model as { name: string; ranges: string[] }[];
  for (const n of names) out.set(`#name ${n.name}`, n.ranges.join(','));
  return out;
}
