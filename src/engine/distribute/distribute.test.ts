/** 下发: units and their rows, the package plan, the stamp, `_distribution`, a second round's changes. */
import { generateDemo } from '../../demo';
import { memoryPort, ENV } from '../../../test/helpers/memoryPort';
import { runCommand } from '../run/runner';
import { readWorkbook } from '../read/readWorkbook';
import { snapshotAfter } from '../core/plan';
import { findSheet } from '../core/snapshot';
import { distributeCommand } from './distribute';
import { rowsByUnit } from './units';
import { readDistribution } from './ledgerSheet';
import { readStamp } from './stamp';
import { packageFileNames, safeFileStem } from '../rules/fileNames';
import { sha256Hex } from '../core/sha256';

const demo = () => generateDemo({ today: ENV.today, problems: 40, seed: 7 }).snapshot;

describe('distribute', () => {
  it('sha256 matches the standard vectors', () => {
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256Hex('a'.repeat(1000))).toBe('41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3');
    expect(sha256Hex('问题')).toBe('33a8618cb6710e43488a4b7ed2406bf0ec1f80d10093863798a3ca5eb8a9d6c6');
  });

  it('makes file names safe and distinct', () => {
    expect(safeFileStem(' ..a/b:c*?"<>|\u202eexe.. ')).toBe('a_b_c______exe');
    expect(safeFileStem('CON')).toBe('_CON');
    expect([...packageFileNames(['办公室', '办公室 ', 'A', 'a']).values()]).toEqual([
      '办公室.xlsx',
      '办公室-2.xlsx',
      'A.xlsx',
      'a-2.xlsx',
    ]);
  });

  it('gives every unit its rows, a package and fingerprints; a second round says what changed', async () => {
    const port = memoryPort(demo());
    const data = readWorkbook(port.snapshot, { today: ENV.today });
    const units = rowsByUnit(data);
    expect(units.length).toBeGreaterThan(2);
    const out = await runCommand(
      port,
      distributeCommand({ newLedgerId: 'L-1', due: '2025-07-15', contact: '王五' }),
      ENV,
    );
    const r = out.result;
    expect(r.round).toBe(1);
    expect(r.ledgerIdCreated).toBe(true);
    expect(r.packages.map((p) => p.unit)).toEqual(units.map((u) => u.unit));
    const log = readDistribution(port.snapshot);
    expect(log.ledgerId).toBe('L-1');
    expect(log.packages).toHaveLength(units.length);
    const p = r.packages[0];
    const pkg = snapshotAfter(null, p.plan);
    const stamp = readStamp(pkg);
    expect(stamp).not.toBeNull();
    expect(stamp !== 'unreadable' && stamp?.unit).toBe(p.unit);
    expect(findSheet(pkg, '_package')?.visibility).toBe('veryHidden');
    expect(pkg.sheets.map((s) => s.name)).toEqual([
      '填报说明',
      '问题清单',
      '任务清单',
      '整改报告',
      '_lists',
      '_settings',
      '_package',
    ]);
    expect(p.plan.sheets.find((s) => s.name === '任务清单')?.protect?.unlocked?.length).toBe(4);
    // _log: one summary
    const logSheet = findSheet(port.snapshot, '_log')!;
    expect(
      logSheet.values.filter((row) => row.some((v) => typeof v === 'string' && v.includes('第1轮下发'))),
    ).toHaveLength(1);
    // a second round: nothing changed
    const again = await runCommand(port, distributeCommand({ newLedgerId: 'L-2', due: '', contact: '' }), ENV);
    expect(again.result.round).toBe(2);
    expect(again.result.ledgerId).toBe('L-1');
    expect(again.result.packages[0].changes).toEqual({ previousRound: 1, added: [], removed: [], changed: [] });
  });
});
