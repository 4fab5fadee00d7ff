/**
 * One read per click, only what is needed (src/engine/run/scope.ts): every
 * command plans exactly the same from its scoped read as from a read of the
 * whole workbook. Two copies of a workbook go through the same commands, one
 * reading what each command's scope names, the other everything; after every
 * command the finalised plans, the results and the workbooks are the same.
 * Ledgers: demo ledgers with a planted mistake of every kind (Chinese and
 * English), a 3,000-problem one (large enough that report and refresh leave
 * long free-text columns out), one with a row whose only content is in such a
 * column, and an import from a legacy sheet.
 *
 * @excelApiMinimum the adapter adds header notes only at ExcelApi 1.18 (src/excel/apply/notes.ts); below, it writes without
 * @uninstrumented every command twice on demo ledgers up to 3,000 problems: the command tests reach the same engine lines
 */
import { generateDemo } from '../../src/demo';
import {
  type Command,
  type CommandEnv,
  type Plan,
  type WorkbookPort,
  type WorkbookSnapshot,
  WHOLE_WORKBOOK,
  checkCommand,
  closeOutCommand,
  importCommand,
  lettersCommand,
  overviewCommand,
  progressCommand,
  readLedger,
  refreshCommand,
  reportCommand,
  runCommand,
  settingsCommand,
  structureCommand,
} from '../../src/engine';
import { newStats } from '../../src/excel';
import { officePort } from '../../src/excel/port';
import { FakeExcel, fromSnapshot } from '../fakeExcel';
import { modelOfFake } from '../adapters/model';
import { sheet, smallSnapshot } from '../engine/ledger/fixture';

const env = (today: string, lang: 'zh' | 'en' = 'zh'): CommandEnv => ({
  lang,
  today,
  now: `${today} 09:30:00`,
  user: '测试员',
});

interface Run {
  plan: Plan | null;
  result: unknown;
  read: WorkbookSnapshot | null;
}

async function runOn<R>(host: FakeExcel, command: Command<R>, e: CommandEnv): Promise<Run> {
  const run: Run = { plan: null, result: null, read: null };
  await host.run(async (ctx) => {
    const port = officePort(ctx, { stats: newStats(), user: e.user });
    const recording: WorkbookPort<unknown> = {
      read: async (scope) => (run.read = await port.read(scope)),
      apply: (plan, snapshot) => ((run.plan = plan), port.apply(plan, snapshot)),
    };
    run.result = (await runCommand(recording, command, e)).result;
  });
  return run;
}

/** The same workbook twice: one read by the commands' scopes, one read whole. */
class Twins {
  readonly scoped: FakeExcel;
  readonly whole: FakeExcel;
  readonly partial = new Set<string>();

  /** `compareWorkbooks`: also compare the two workbooks in full after each command (slow for large ones). */
  constructor(
    snapshot: Pick<WorkbookSnapshot, 'sheets'>,
    private readonly compareWorkbooks = true,
  ) {
    this.scoped = new FakeExcel(fromSnapshot(snapshot));
    this.whole = new FakeExcel(fromSnapshot(snapshot));
  }

  async run<R>(name: string, command: Command<R>, e: CommandEnv): Promise<R> {
    const a = await runOn(this.scoped, command, e);
    const b = await runOn(this.whole, { ...command, scope: WHOLE_WORKBOOK }, e);
    expect([name, a.plan]).toEqual([name, b.plan]);
    expect([name, a.result]).toEqual([name, b.result]);
    if (this.compareWorkbooks) {
      expect([name, modelOfFake(this.scoped.workbook)]).toEqual([name, modelOfFake(this.whole.workbook)]);
    }
    for (const s of a.read?.sheets ?? []) if (s.partial) this.partial.add(`${name}:${s.name}:${s.partial}`);
    return a.result as R;
  }
}

/** Every task's 进展情况 a long note: more than one read chunk's worth, so report and refresh leave it out. */
function wordy(snapshot: WorkbookSnapshot): WorkbookSnapshot {
  const tasks = snapshot.sheets.find((s) => s.name === '任务清单')!;
  const progress = (tasks.values[0] as string[]).indexOf('进展情况');
  const note = '已召开专题会议研究部署，制定整改方案，明确责任分工和时间节点，正在逐项推进落实，'.repeat(4);
  tasks.values.slice(1).forEach((row, i) => (row[progress] = `${i + 1}. ${note}`));
  return snapshot;
}

/** The commands of a working ledger, in the order a user runs them. */
async function everyCommand(twins: Twins, lang: 'zh' | 'en'): Promise<void> {
  await twins.run('structure', structureCommand(), env('2025-06-16', lang));
  await twins.run('check', checkCommand(), env('2025-06-20', lang));
  await twins.run('refresh', refreshCommand(), env('2025-07-20', lang));
  await twins.run('report', reportCommand(), env('2025-07-20', lang));
  await twins.run('refresh again', refreshCommand(), env('2025-08-01', lang));
  const snapshot = (await runOn(twins.whole, overviewCommand(), env('2025-08-01', lang))).read!;
  const open = readLedger(snapshot, { lang, today: '2025-08-01' }).problems.find((p) => p.status !== 'closed' && p.id);
  await twins.run('submit', closeOutCommand('submit', { id: open!.id }), env('2025-08-01', lang));
  await twins.run('letters', lettersCommand({ record: true }), env('2025-08-01', lang));
  await twins.run('settings', settingsCommand({ dueSoonDays: 10 }), env('2025-08-01', lang));
  await twins.run('overview', overviewCommand(), env('2025-08-01', lang));
  await twins.run('progress', progressCommand({ since: '2025-07-01' }), env('2025-08-02', lang));
  await twins.run('check again', checkCommand(), env('2025-08-02', lang));
}

describe('a scoped read plans what a whole read plans', () => {
  test.each(['zh', 'en'] as const)(
    'demo ledger with every kind of mistake (%s)',
    async (lang) => {
      const demo = generateDemo({ problems: 40, today: '2025-06-16', lang, seed: 11, mistakes: true });
      const twins = new Twins(demo.snapshot);
      await everyCommand(twins, lang);
      // Generated sheets were read by their head, `_log` by its tail.
      expect([...twins.partial].some((p) => p.startsWith('refresh again:') && p.endsWith(':head'))).toBe(true);
      expect([...twins.partial].some((p) => p.endsWith('_log:tail'))).toBe(true);
    },
    60_000,
  );

  test('1,500 problems with long progress notes: report and refresh leave free-text columns out and plan the same', async () => {
    const demo = wordy(generateDemo({ problems: 1_500, today: '2025-06-16', lang: 'zh', seed: 5 }).snapshot);
    const twins = new Twins(demo, false);
    await twins.run('structure', structureCommand(), env('2025-06-16'));
    await twins.run('refresh', refreshCommand(), env('2025-07-20'));
    await twins.run('report', reportCommand(), env('2025-07-20'));
    await twins.run('refresh with the generated sheets', refreshCommand(), env('2025-08-01'));
    expect(twins.partial).toContain('report:任务清单:columns');
    expect(twins.partial).toContain('refresh with the generated sheets:任务清单:columns');
  }, 120_000);

  test('a row whose only content is in a column left out is read whole, not taken for empty', async () => {
    const demo = {
      snapshot: wordy(generateDemo({ problems: 1_500, today: '2025-06-16', lang: 'zh', seed: 5 }).snapshot),
    };
    const tasks = demo.snapshot.sheets.find((s) => s.name === '任务清单')!;
    const progress = (tasks.values[0] as string[]).indexOf('进展情况');
    const row: (string | null)[] = [];
    row[progress] = '只写了进展，别的都没填';
    tasks.values.push(row);
    const twins = new Twins(demo.snapshot, false);
    await twins.run('report', reportCommand(), env('2025-07-20'));
    await twins.run('check', checkCommand(), env('2025-07-20'));
  }, 120_000);

  test('import of a legacy sheet of the workbook, and the pane’s next preview from after()', async () => {
    const base = smallSnapshot();
    base.sheets.push(
      sheet('东区', [
        ['问题编号', '问题简述', '整改计划及措施', '整改责任领导', '是否整改完成'],
        ['D-1', '会议记录缺失', '补记录', '张三', '是'],
        ['D-2', '公车管理不规范', '建台账', '李四', '否'],
      ]),
    );
    const twins = new Twins(base);
    await twins.run('structure', structureCommand(), env('2025-06-16'));
    const snapshot = (await runOn(twins.whole, { ...overviewCommand(), scope: WHOLE_WORKBOOK }, env('2025-06-16')))
      .read!;
    await twins.run(
      'import',
      importCommand([{ file: '东区', snapshot }], { lang: 'zh', sheet: '东区' }),
      env('2025-06-16'),
    );
  }, 60_000);
});
