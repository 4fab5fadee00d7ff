/**
 * check on 佐证材料 (docs/EVIDENCE.md), against 2026-12-07: a file missing, changed since recorded, changed since
 * 销号 (error), done / closed without evidence (warning, an error with 佐证材料必填), a path out of the folder,
 * entries without a fingerprint counted — and --fingerprint recording those.
 */
import { RECORD_ENV, recordLedger } from '../../../test/helpers/recordLedger';
import { memoryPort } from '../../../test/helpers/memoryPort';
import type { WorkbookSnapshot } from '../core/snapshot';
import type { EvidenceFact } from '../plans/check';
import { readEvidenceRows } from '../read/evidence';
import { checkCommand, ledgerReading, readLedger, settingsCommand } from '../run/commands';
import { runCommand } from '../run/runner';
import { recordCommand } from '../record/command';
import { evidenceFilesToProbe, fingerprintCommand } from './fingerprint';

const OLD = '1'.repeat(64);
const NEW = '2'.repeat(64);
const file = (sha256: string): EvidenceFact => ({ kind: 'file', size: 10, sha256 });

async function findings(snapshot: WorkbookSnapshot, probe?: Record<string, EvidenceFact>) {
  const evidence = probe ? new Map(Object.entries(probe)) : undefined;
  const r = await runCommand(memoryPort(snapshot), checkCommand({ evidence }), RECORD_ENV);
  return r.result.findings
    .filter((f) => f.code.startsWith('evidence.'))
    .map((f) => `${f.severity} ${f.code} ${f.sheet}!${f.cell}`);
}

/** A3's evidence fingerprinted on 2026-11-18, before its 销号 on 2026-11-20 (the clock set back for the run). */
async function fingerprintedBeforeClose() {
  const port = memoryPort(recordLedger());
  const env = { ...RECORD_ENV, today: '2026-11-18' };
  await runCommand(port, fingerprintCommand(new Map([['docs/a3.pdf', file(OLD)]])), env);
  return port;
}

test('without fingerprints: check counts the entries lacking one; done and closed without evidence warn', async () => {
  expect(await findings(recordLedger())).toEqual([
    'warning evidence.none 问题清单!K5',
    'warning evidence.noFingerprint 任务清单!K5',
  ]);
});

test('--fingerprint records what lacks one, from the files the surface found; links and missing files are counted', async () => {
  const port = memoryPort(recordLedger());
  expect(evidenceFilesToProbe(port.snapshot, RECORD_ENV, 'unfingerprinted')).toEqual(['docs/a3.pdf']);
  const r = await runCommand(port, fingerprintCommand(new Map([['docs/a3.pdf', file(OLD)]]), '办公室'), RECORD_ENV);
  expect(r.result).toMatchObject({ added: 1, missing: 0, urls: 0 });
  expect(readEvidenceRows(port.snapshot)).toEqual([
    expect.objectContaining({ taskId: 'A3-1', item: 'docs/a3.pdf', sha256: OLD, recordedBy: '办公室' }),
  ]);
  expect(evidenceFilesToProbe(port.snapshot, RECORD_ENV, 'unfingerprinted')).toEqual([]);
  // Run again: nothing to add, nothing written.
  const again = await runCommand(port, fingerprintCommand(new Map([['docs/a3.pdf', file(OLD)]])), RECORD_ENV);
  expect(again.logged).toBe(0);
});

test('a closed problem’s evidence changed after 销号 is an error; unchanged, nothing is said', async () => {
  const port = await fingerprintedBeforeClose();
  expect(await findings(port.snapshot, { 'docs/a3.pdf': file(OLD) })).toEqual(['warning evidence.none 问题清单!K5']);
  expect(await findings(port.snapshot, { 'docs/a3.pdf': file(NEW) })).toEqual([
    'warning evidence.none 问题清单!K5',
    'error evidence.changedAfterClose 任务清单!K5',
  ]);
  // Without the files (the pane) nothing can be compared: nothing is said.
  expect(await findings(port.snapshot)).toEqual(['warning evidence.none 问题清单!K5']);
});

test('missing and changed files of an open measure warn; paths out of the folder warn', async () => {
  const port = memoryPort(recordLedger());
  const evidence = [
    { item: 'evidence/调研.docx', size: 5, sha256: OLD },
    { item: '../别处/名单.xlsx' },
    { item: 'C:\\Users\\li\\表.pdf' },
  ];
  await runCommand(port, recordCommand({ measureId: 'A2-1', evidence }), RECORD_ENV);
  const probe = {
    'evidence/调研.docx': file(NEW),
    '../别处/名单.xlsx': { kind: 'missing' } as EvidenceFact,
    'docs/a3.pdf': { kind: 'missing' } as EvidenceFact,
  };
  expect(await findings(port.snapshot, probe)).toEqual([
    'warning evidence.none 问题清单!K5',
    'warning evidence.path 任务清单!K4',
    'warning evidence.path 任务清单!K4',
    'warning evidence.changed 任务清单!K4',
    // Not found: said missing, not "without a fingerprint"; the path out of the folder is not looked for.
    'warning evidence.missing 任务清单!K5',
  ]);
});

test('佐证材料必填: a done measure without evidence is an error, not a warning', async () => {
  const port = memoryPort(recordLedger());
  await runCommand(port, recordCommand({ measureId: 'A1-1', doneOn: '2026-12-01' }), RECORD_ENV);
  expect(await findings(port.snapshot)).toContain('warning evidence.none 任务清单!K2');
  await runCommand(port, settingsCommand({ evidenceRequired: true }), RECORD_ENV);
  const after = await findings(port.snapshot);
  expect(after).toContain('error evidence.required 任务清单!K2');
  expect(after).toContain('error evidence.required 问题清单!K5');
  expect(after).not.toContain('warning evidence.none 任务清单!K2');
});

test('check and its evidence probe share one reading of the ledger: the same findings, a new reading for another date', async () => {
  const port = await fingerprintedBeforeClose();
  const read = ledgerReading();
  const keys = evidenceFilesToProbe(port.snapshot, RECORD_ENV, 'all', read);
  expect(keys).toEqual(['docs/a3.pdf']);
  const evidence = new Map([['docs/a3.pdf', file(NEW)]]);
  const shared = await runCommand(port, checkCommand({ evidence, read }), RECORD_ENV);
  const alone = await runCommand(port, checkCommand({ evidence }), RECORD_ENV);
  expect(shared.result.findings).toEqual(alone.result.findings);
  expect(read(port.snapshot, RECORD_ENV)).toBe(read(port.snapshot, RECORD_ENV));
  const later = { ...RECORD_ENV, today: '2027-01-31' };
  expect(read(port.snapshot, later)).not.toBe(read(port.snapshot, RECORD_ENV));
  expect(read(port.snapshot, later)).toEqual(readLedger(port.snapshot, later));
});
