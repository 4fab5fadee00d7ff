/**
 * Recording extension requests: the first creates 延期申请 with the problem's deadline of the day as 原整改期限;
 * the same request again changes nothing; an unknown problem is returned, not written; the command refuses a
 * request that asks for no later date.
 */
import { ENV, memoryPort } from '../../../test/helpers/memoryPort';
import { smallSnapshot } from '../../../test/engine/ledger/fixture';
import { EngineError } from '../core/errors';
import { findSheet, type WorkbookSnapshot } from '../core/snapshot';
import { readWorkbook } from '../read/readWorkbook';
import { fromExcelSerial } from '../rules/excelSerial';
import { structureCommand } from '../run/commands';
import { runCommand } from '../run/runner';
import { extensionRequestCommand } from './command';
import { type ExtensionRequest, planExtensionRequests } from './requests';

const env = { ...ENV, today: '2025-06-30', now: '2025-06-30 09:00:00' };
const ask = (over: Partial<ExtensionRequest> = {}): ExtensionRequest => ({
  problemId: 'P1',
  unit: '市住建局',
  askedOn: '2025-06-05',
  reason: '需上级批复',
  until: '2025-07-31',
  ...over,
});

async function ledger(): Promise<ReturnType<typeof memoryPort>> {
  const port = memoryPort(smallSnapshot());
  await runCommand(port, structureCommand(), env);
  return port;
}

const registerRows = (s: WorkbookSnapshot) =>
  findSheet(s, '延期申请')!
    .values.slice(1)
    .filter((r) => r.some((v) => v !== null && v !== ''));

describe('recording extension requests', () => {
  test('init does not create 延期申请; the first request does, with 原整改期限 the deadline of the day', async () => {
    const port = await ledger();
    expect(findSheet(port.snapshot, '延期申请')).toBeUndefined();
    const out = await runCommand(port, extensionRequestCommand(ask()), env);
    expect(out.result).toMatchObject({ changed: true, row: 2, before: '2025-06-10', after: '2025-06-10' });
    const rows = registerRows(port.snapshot);
    expect(rows).toHaveLength(1);
    const [id, unit, asked, reason, until, original, decision] = rows[0];
    expect([id, unit, reason, decision ?? '']).toEqual(['P1', '市住建局', '需上级批复', '']);
    expect([asked, until, original].map((v) => fromExcelSerial(v as number))).toEqual([
      '2025-06-05',
      '2025-07-31',
      '2025-06-10',
    ]);
    expect(out.applied!.plan.tables).toEqual([expect.objectContaining({ name: 'Extensions', ref: 'A1:K2' })]);
    expect(out.logged).toBeGreaterThan(0);
    // The reader gives the problem its extension: one request, none approved, the deadline unchanged.
    const p1 = readWorkbook(port.snapshot, { today: env.today }).problems.find((p) => p.id === 'P1')!;
    expect(p1.extension).toEqual({ original: '2025-06-10', until: null, requests: 1, approved: 0 });
  });

  test('the same request again is a no-op; an unknown problem is returned, not written', async () => {
    const port = await ledger();
    await runCommand(port, extensionRequestCommand(ask()), env);
    const again = await runCommand(port, extensionRequestCommand(ask()), env);
    expect(again.result.changed).toBe(false);
    expect(again.logged).toBe(0);
    const data = readWorkbook(port.snapshot, { today: env.today });
    const planned = planExtensionRequests(port.snapshot, data, [
      ask(),
      ask({ problemId: 'P2', until: '2025-08-15' }),
      ask({ problemId: 'P2', until: '2025-08-15' }),
      ask({ problemId: 'NOPE' }),
    ]);
    expect(planned.added.map((r) => r.problemId)).toEqual(['P2']);
    expect(planned.duplicates.map((r) => r.problemId)).toEqual(['P1', 'P2']);
    expect(planned.unknown.map((r) => r.problemId)).toEqual(['NOPE']);
    await memoryPort(port.snapshot).apply(planned.plan, port.snapshot);
    const written = planned.plan.writes.filter((w) => w.sheet === '延期申请');
    expect(written).toHaveLength(1);
    expect(written[0]).toMatchObject({ row: 3 });
  });

  test('the command refuses an unknown problem and a date not after the deadline in force', async () => {
    const port = await ledger();
    const fails = async (r: ExtensionRequest) =>
      runCommand(port, extensionRequestCommand(r), env).then(
        () => null,
        (e: EngineError) => e.code,
      );
    expect(await fails(ask({ problemId: 'NOPE' }))).toBe('extensions.unknownProblem');
    expect(await fails(ask({ until: '2025-06-10' }))).toBe('extensions.untilNotLater');
    expect(await fails(ask({ until: '2025-06-01' }))).toBe('extensions.untilBeforeAsked');
    expect(findSheet(port.snapshot, '延期申请')).toBeUndefined();
  });
});
