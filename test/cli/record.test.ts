/**
 * `rectify record` and check's evidence probe with real files (docs/EVIDENCE.md): the SHA-256 stored in
 * `_evidence` is the one `sha256sum` computes; an unknown measure exits 2 naming close matches; --fingerprint
 * records evidence typed without one; check finds a file changed after 销号 (error, exit 1), a missing file, and a
 * link that leads out of the ledger's folder.
 */
import { execFileSync } from 'child_process';
import { appendFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { type Plan, emptyPlan, readEvidenceRows, readWorkbook } from '../../src/engine';
import { rectify } from '../helpers/cli';
import { readSnapshot } from '../../src/xlsx';
import { writePlanToFile } from '../helpers/xlsxFiles';
import { recordLedger } from '../helpers/recordLedger';

const root = mkdtempSync(join(tmpdir(), 'rl-record-'));
const dir = join(root, 'ledger');
const f = (name: string) => join(dir, name);

const sha256sum = (path: string) => execFileSync('sha256sum', [path], { encoding: 'utf8' }).split(/\s+/)[0];

/** The small ledger as an .xlsx file. */
async function writeLedger(path: string): Promise<void> {
  const plan: Plan = emptyPlan();
  for (const s of recordLedger().sheets) {
    plan.sheets.push({ name: s.name, create: true });
    plan.writes.push({ sheet: s.name, row: 1, column: 1, values: s.values });
  }
  await writePlanToFile(plan, path);
}

async function evidenceFindings(file: string, today = '2026-12-07') {
  const r = await rectify('check', file, '--json', '--today', today);
  const report = JSON.parse(r.out) as { findings: { code: string; cell: string; severity: string; message: string }[] };
  const ours = report.findings.filter((x) => x.code.startsWith('evidence.'));
  return {
    code: r.code,
    found: ours.map((x) => `${x.severity} ${x.code} ${x.cell}`),
    messages: ours.map((x) => x.message),
  };
}

beforeAll(async () => {
  mkdirSync(join(dir, 'docs'), { recursive: true });
  writeFileSync(join(dir, 'docs', 'a3.pdf'), '档案整理清单 v1');
  writeFileSync(join(root, 'elsewhere.pdf'), 'outside the ledger folder');
  await writeLedger(f('ledger.xlsx'));
});

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

test('record with a file and a link: the stored SHA-256 is sha256sum’s, the path relative to the ledger', async () => {
  mkdirSync(join(dir, '材料'), { recursive: true });
  const file = join(dir, '材料', '会议纪要.pdf');
  writeFileSync(file, Buffer.alloc(300_000, 7));
  const r = await rectify(
    'record',
    f('ledger.xlsx'),
    '--measure',
    'A1-1',
    '--progress',
    '已召开专题会议',
    '--evidence',
    file,
    'https://oa.example.cn/doc/17',
    '--by',
    '李明',
    '-o',
    f('r1.xlsx'),
    '--today',
    '2026-12-07',
  );
  expect(r.code).toBe(0);
  expect(r.out).toContain('问题 A1 的整改状态由“未启动”改为“整改中”');
  const snap = await readSnapshot(f('r1.xlsx'));
  const task = readWorkbook(snap, { today: '2026-12-07' }).tasks.find((x) => x.id === 'A1-1')!;
  expect(task.evidence).toBe('材料/会议纪要.pdf；https://oa.example.cn/doc/17');
  expect(readEvidenceRows(snap)).toEqual([
    expect.objectContaining({ item: '材料/会议纪要.pdf', size: 300_000, sha256: sha256sum(file), recordedBy: '李明' }),
  ]);
  expect(snap.sheets.find((s) => s.name === '_evidence')!.visibility).not.toBe('visible');
});

test('an unknown measure exits 2 and names close matches; a missing file exits 2', async () => {
  const a = await rectify('record', f('ledger.xlsx'), '--measure', 'A1-3', '--done', '2026-12-01', '-o', f('x.xlsx'));
  expect(a.code).toBe(2);
  expect(a.err).toContain('相近的编号：A1-1、A1-2');
  const b = await rectify('record', f('ledger.xlsx'), '--measure', 'A1-1', '--evidence', 'nope.pdf', '-o', f('x.xlsx'));
  expect(b.code).toBe(2);
  expect(b.err).toContain('找不到佐证材料文件“nope.pdf”');
});

test('--fingerprint, then check: unchanged is quiet; changed after 销号 is an error; missing and links out warn', async () => {
  // A3's evidence fingerprinted on 2026-11-18, before its close-out on 2026-11-20.
  const fp = await rectify('record', f('ledger.xlsx'), '--fingerprint', '-o', f('c.xlsx'), '--today', '2026-11-18');
  expect(fp.code).toBe(0);
  expect(fp.out).toContain('已为 1 份佐证材料登记指纹');
  expect(readEvidenceRows(await readSnapshot(f('c.xlsx')))[0].sha256).toBe(sha256sum(join(dir, 'docs', 'a3.pdf')));
  // A4 is closed without measures (问题清单 K5); A3-1's evidence is 任务清单 K5.
  expect((await evidenceFindings(f('c.xlsx'))).found).toEqual(['warning evidence.none K5']);

  appendFileSync(join(dir, 'docs', 'a3.pdf'), ' v2');
  const changed = await evidenceFindings(f('c.xlsx'));
  expect(changed.code).toBe(1);
  expect(changed.found).toEqual(['warning evidence.none K5', 'error evidence.changedAfterClose K5']);
  expect(changed.messages[1]).toContain(
    '问题 A3 已于 2026-11-20 销号，但佐证材料“docs/a3.pdf”与销号时（2026-11-18 登记）的不一致',
  );

  // A link inside the folder to a file outside it is not followed.
  rmSync(join(dir, 'docs', 'a3.pdf'));
  symlinkSync(join(root, 'elsewhere.pdf'), join(dir, 'docs', 'a3.pdf'));
  const outside = await evidenceFindings(f('c.xlsx'));
  expect(outside.found).toEqual(['warning evidence.none K5', 'warning evidence.missing K5']);
  expect(outside.messages[1]).toContain('通过链接指向台账文件夹之外，未读取');
  rmSync(join(dir, 'docs', 'a3.pdf'));
  const missing = await evidenceFindings(f('c.xlsx'));
  expect(missing.messages[1]).toContain('找不到佐证材料“docs/a3.pdf”');
});
