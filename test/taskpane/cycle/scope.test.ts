/**
 * The 四账 cycle's commands on the fake Excel host through the Office.js
 * port: each plans exactly the same from its scoped read (scope.ts: the
 * lists and helpers whole, `_log`'s tail, the generated sheets' head) as
 * from a read of the whole workbook, and leaves the same workbook — on a
 * demo ledger with its clue ledgers built and a mistake of every kind.
 *
 * @excelApiMinimum the adapter adds header notes only at ExcelApi 1.18 (src/excel/apply/notes.ts); below, it writes without
 */
import { generateDemo } from '../../../src/demo';
import {
  type Command,
  type CommandEnv,
  type Plan,
  type WorkbookPort,
  WHOLE_WORKBOOK,
  clueCommand,
  clueNoticeCommand,
  refreshCommand,
  reportCommand,
  runCommand,
  structureCommand,
  unitReportCommand,
} from '../../../src/engine';
import { newStats } from '../../../src/excel';
import { officePort } from '../../../src/excel/port';
import { FakeExcel, fromSnapshot } from '../../fakeExcel';
import { modelOfFake } from '../../adapters/model';

const env: CommandEnv = { lang: 'zh', today: '2025-06-16', now: '2025-06-16 09:30:00', user: '测试员' };

async function runOn<R>(host: FakeExcel, command: Command<R>): Promise<{ plan: Plan | null; result: unknown }> {
  const out: { plan: Plan | null; result: unknown } = { plan: null, result: null };
  await host.run(async (ctx) => {
    const port = officePort(ctx, { stats: newStats(), user: env.user });
    const recording: WorkbookPort<unknown> = {
      read: (scope) => port.read(scope),
      apply: (plan, snapshot) => ((out.plan = plan), port.apply(plan, snapshot)),
    };
    out.result = (await runCommand(recording, command, env)).result;
  });
  return out;
}

test('every cycle command plans the same from a scoped read as from a whole one', async () => {
  const demo = generateDemo({ problems: 40, today: env.today, lang: 'zh', seed: 3, mistakes: true });
  const scoped = new FakeExcel(fromSnapshot(demo.snapshot));
  const whole = new FakeExcel(fromSnapshot(demo.snapshot));
  const both = async <R>(name: string, command: Command<R>) => {
    const a = await runOn(scoped, command);
    const b = await runOn(whole, { ...command, scope: WHOLE_WORKBOOK });
    expect([name, a.plan]).toEqual([name, b.plan]);
    expect([name, a.result]).toEqual([name, b.result]);
    expect([name, modelOfFake(scoped.workbook)]).toEqual([name, modelOfFake(whole.workbook)]);
  };
  await both('structure', structureCommand());
  await both('report', reportCommand());
  await both('sign', clueCommand('sign', { id: 'XS-2025-002', signer: '纪委收件人' }));
  await both('finish', clueCommand('finish', { id: 'XS-2025-003', result: '谈话提醒' }));
  await both('submit', unitReportCommand('submit', { unit: '市卫生健康委员会' }));
  await both(
    'reject',
    unitReportCommand('reject', { unit: '市卫生健康委员会', reason: '不具体', limit: '10个工作日' }),
  );
  await both('notice', clueNoticeCommand({}));
  await both('refresh', refreshCommand());
}, 60_000);
