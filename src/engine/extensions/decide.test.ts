/**
 * Deciding a request, against fixed dates (the small ledger: P1 due 2025-06-10, overdue on 2025-06-30):
 * approved, it is 已延期 — counted apart from overdue in the figures, 督办清单, the letters and the progress
 * report — until the date granted, then overdue again; refused, nothing moves; 整改期限 keeps the original.
 */
import { ENV, memoryPort } from '../../../test/helpers/memoryPort';
import { smallSnapshot } from '../../../test/engine/ledger/fixture';
import { EngineError } from '../core/errors';
import { type WorkbookSnapshot, findSheet } from '../core/snapshot';
import { tally } from '../ledger/figures';
import { buildLetters } from '../ledger/letters';
import { buildProgressReport } from '../ledger/progress';
import { supervisionItems } from '../ledger/supervision';
import { readWorkbook } from '../read/readWorkbook';
import { alertText } from '../rules/alertText';
import { fromExcelSerial } from '../rules/excelSerial';
import { checkCommand, refreshCommand, structureCommand } from '../run/commands';
import { toExcelSerial } from '../rules/excelSerial';
import { runCommand } from '../run/runner';
import { extensionRequestCommand } from './command';
import { extensionDecisionCommand } from './decide';

const env = (today: string) => ({ ...ENV, today, now: `${today} 09:00:00` });
const TODAY = '2025-06-30';

async function requested(): Promise<ReturnType<typeof memoryPort>> {
  const port = memoryPort(smallSnapshot());
  await runCommand(port, structureCommand(), env(TODAY));
  const ask = { problemId: 'P1', unit: '', askedOn: '2025-06-05', reason: '需上级批复', until: '2025-07-31' };
  await runCommand(port, extensionRequestCommand(ask), env(TODAY));
  return port;
}

const read = (s: WorkbookSnapshot, today: string) => readWorkbook(s, { today });
const p1 = (s: WorkbookSnapshot, today = TODAY) => read(s, today).problems.find((p) => p.id === 'P1')!;
const cell = (s: WorkbookSnapshot, key: 'deadline' | 'extendedTo' | 'alert') => {
  const m = read(s, TODAY).mappings.problems!;
  const v = findSheet(s, m.sheet)!.values[p1(s).row - 1][m.columns[key]! - 1];
  return typeof v === 'number' ? fromExcelSerial(v) : v;
};

describe('deciding an extension', () => {
  test('approved: 已延期 until the date granted, 延期至 filled, 整改期限 kept, the approval logged', async () => {
    const port = await requested();
    const before = tally(read(port.snapshot, TODAY).problems);
    const out = await runCommand(
      port,
      extensionDecisionCommand({ problemId: 'P1', decision: 'approved', by: '王主任' }),
      env(TODAY),
    );
    expect(out.result).toMatchObject({ before: '2025-06-10', after: '2025-07-31', original: '2025-06-10', row: 2 });
    expect(p1(port.snapshot).alert).toEqual({ kind: 'extended', days: 31, until: '2025-07-31' });
    expect(p1(port.snapshot).extension).toEqual({
      original: '2025-06-10',
      until: '2025-07-31',
      requests: 1,
      approved: 1,
    });
    expect([cell(port.snapshot, 'deadline'), cell(port.snapshot, 'extendedTo')]).toEqual(['2025-06-10', '2025-07-31']);
    expect(cell(port.snapshot, 'alert')).toBe('已延期至2025-07-31（剩31天）');
    expect(alertText(p1(port.snapshot).alert, 'en')).toBe('Extended to 2025-07-31 (31 d left)');
    // Its open measure (due 2025-06-10) runs against the extension too.
    const m = read(port.snapshot, TODAY).tasks.find((t) => t.id === 'P1-1')!;
    expect(m.alert.kind).toBe('extended');
    const after = tally(read(port.snapshot, TODAY).problems);
    expect([after.overdue, after.extended, after.open]).toEqual([before.overdue - 1, 1, before.open]);
    const log = out.applied!.plan.writes.filter((w) => w.sheet === '_log').flatMap((w) => w.values);
    expect(log.some((r) => r.includes('延期申请') && r.includes('批准'))).toBe(true);
    expect(log.some((r) => r.includes('问题清单') && r.includes('2025-07-31'))).toBe(true);
    // The register row.
    const reg = findSheet(port.snapshot, '延期申请')!.values[1];
    expect([reg[1], reg[6], fromExcelSerial(reg[7] as number), fromExcelSerial(reg[8] as number), reg[9]]).toEqual([
      '办公室',
      '批准',
      '2025-07-31',
      TODAY,
      '王主任',
    ]);
  });

  test('past the date granted it is overdue like anything else; near it, chased as 已延期 apart from overdue', async () => {
    const port = await requested();
    await runCommand(
      port,
      extensionDecisionCommand({ problemId: 'P1', decision: 'approved', until: '2025-07-20' }),
      env(TODAY),
    );
    expect(p1(port.snapshot, '2025-08-05').alert).toEqual({ kind: 'overdue', days: 16 });
    expect(tally(read(port.snapshot, '2025-08-05').problems).extended).toBe(0);

    const near = read(port.snapshot, '2025-07-17');
    expect(near.problems.find((p) => p.id === 'P1')!.alert).toEqual({ kind: 'extended', days: 3, until: '2025-07-20' });
    const items = supervisionItems(near).filter((i) => i.problemId === 'P1');
    expect(items.map((i) => [i.unit, i.type, i.alert, i.days, i.deadline])).toEqual([
      ['办公室', 'problem', 'extended', 3, '2025-07-20'],
      // Its open measure (no unit of its own: under the problem's first unit) runs against the extension too.
      ['办公室', 'task', 'extended', 3, '2025-07-20'],
      ['督查科', 'problem', 'extended', 3, '2025-07-20'],
    ]);
    const letter = buildLetters(near, {}).find((l) => l.unit === '办公室')!;
    expect(letter.extended).toBe(2);
    expect(letter.items.filter((i) => i.alert === 'overdue').length).toBe(letter.overdue);
    expect(letter.body[0]).toContain('2项经批准延期后即将到达批准期限');
    expect(letter.rows.find((r) => r[1] === 'P1')![5]).toBe('已延期至2025-07-20（剩3天）');
    // Far from it (on 2025-06-30, 20 days left) it is not chased, and still not overdue.
    expect(supervisionItems(read(port.snapshot, TODAY)).some((i) => i.problemId === 'P1')).toBe(false);
    const report = buildProgressReport(read(port.snapshot, TODAY), port.snapshot);
    expect(report.problems.extended).toBe(1);
    expect(report.overdue.map((p) => p.id)).not.toContain('P1');
    const text = report.document.blocks.map((b) => ('text' in b ? b.text : '')).join('\n');
    expect(text).toContain('另有1个问题经批准延期、尚未超过批准期限');
  });

  test('refused: nothing moves, still overdue; a second decision finds no request waiting', async () => {
    const port = await requested();
    const out = await runCommand(
      port,
      extensionDecisionCommand({ problemId: 'P1', decision: 'refused', by: '王主任' }),
      env(TODAY),
    );
    expect(out.result).toMatchObject({ before: '2025-06-10', after: '2025-06-10' });
    expect(p1(port.snapshot).alert).toEqual({ kind: 'overdue', days: 20 });
    expect(p1(port.snapshot).extension).toMatchObject({ until: null, requests: 1, approved: 0 });
    expect(cell(port.snapshot, 'extendedTo')).toBeNull();
    expect(findSheet(port.snapshot, '延期申请')!.values[1][6]).toBe('不批准');
    const again = runCommand(port, extensionDecisionCommand({ problemId: 'P1', decision: 'approved' }), env(TODAY));
    await expect(again).rejects.toMatchObject({ code: 'extensions.noPending' } as Partial<EngineError>);
  });

  test('an approval not after the original deadline is refused, nothing written', async () => {
    const port = await requested();
    const before = port.snapshot;
    const bad = runCommand(
      port,
      extensionDecisionCommand({ problemId: 'P1', decision: 'approved', until: '2025-06-01' }),
      env(TODAY),
    );
    await expect(bad).rejects.toMatchObject({ code: 'extensions.approvedNotLater' } as Partial<EngineError>);
    expect(port.snapshot).toBe(before);
  });

  test('the colours of 问题清单 run against 延期至 when filled, else 整改期限, with a colour of their own', async () => {
    const port = await requested();
    const out = await runCommand(port, structureCommand(), env(TODAY));
    const rules = out.applied!.plan.conditionalFormats.filter((c) => c.sheet === '问题清单');
    expect(rules.map((r) => r.id)).toEqual([
      'problems.closed',
      'problems.overdue',
      'problems.dueSoon',
      'problems.extended',
    ]);
    const m = read(port.snapshot, TODAY).mappings.problems!;
    expect([m.columns.deadline, m.columns.extendedTo]).toEqual([10, 21]);
    const due = 'IF(ISNUMBER($U2),$U2,$J2)';
    expect(rules[1].formula).toContain(`ISNUMBER(${due}),${due}<TODAY()`);
    expect(rules[2].formula).toContain('NOT(ISNUMBER($U2))');
    expect(rules[3].formula).toContain('ISNUMBER($U2),$U2>=TODAY()');
  });

  test('a date typed into 延期至 by hand: check warns, refresh puts back the register date (logged)', async () => {
    const port = await requested();
    await runCommand(port, extensionDecisionCommand({ problemId: 'P1', decision: 'approved' }), env(TODAY));
    const m = read(port.snapshot, TODAY).mappings.problems!;
    findSheet(port.snapshot, m.sheet)!.values[p1(port.snapshot).row - 1][m.columns.extendedTo! - 1] =
      toExcelSerial('2025-09-30');
    const all = (await runCommand(port, checkCommand(), env(TODAY))).result.findings;
    // (the small ledger has findings of its own elsewhere; none other in 延期至 or the register)
    const found = all.filter((f) => f.cell.startsWith('U') || f.sheet === '延期申请');
    expect(found.map((f) => [f.code, f.severity, f.cell])).toEqual([['computed.edited', 'warning', 'U2']]);
    expect(found[0].message).toContain('延期申请');
    const out = await runCommand(port, refreshCommand(), env(TODAY));
    expect(out.logged).toBeGreaterThan(0);
    expect(cell(port.snapshot, 'extendedTo')).toBe('2025-07-31');
  });
});
