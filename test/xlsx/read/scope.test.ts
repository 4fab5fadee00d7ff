/**
 * The lean reader reads only what a command needs (src/engine/run/scope.ts):
 * the generated sheets by their head, `_log` by its header row and last
 * entry. Every command plans the same from that read as from a read of every
 * cell, on a ledger that has its generated sheets and a `_log` (a demo
 * refreshed, reported and refreshed again); the sheets read in part are
 * marked as the Office.js adapter marks them, and as long as their used rows.
 */
import { mkdtempSync, readFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import {
  type Command,
  type CommandEnv,
  type WorkbookSnapshot,
  checkCommand,
  lettersCommand,
  progressCommand,
  readScope,
  refreshCommand,
  reportCommand,
  runCommand,
  structureCommand,
} from '../../../src/engine';
import { filePort } from '../../../src/xlsx';
import { readXlsxSnapshot } from '../../../src/xlsx/read';
import { writeDemo } from '../patch/helpers';
import { buildZip, minimalXlsx } from './zipBuild';

const dir = mkdtempSync(join(tmpdir(), 'scope-'));
const env = (today: string): CommandEnv => ({ lang: 'zh', today, now: `${today} 09:00:00`, user: 'tester' });

async function run(command: Command<unknown>, input: string, output: string, today: string): Promise<void> {
  const port = filePort({ input, output, backup: false, user: 'tester', readAt: `${today} 09:00:00` });
  await runCommand(port, command, env(today));
}

let ledger: Buffer;
beforeAll(async () => {
  const demo = join(dir, 'demo.xlsx');
  await writeDemo(demo, 60);
  await run(refreshCommand(), demo, join(dir, 'a.xlsx'), '2025-07-20');
  await run(reportCommand(), join(dir, 'a.xlsx'), join(dir, 'b.xlsx'), '2025-07-20');
  await run(refreshCommand(), join(dir, 'b.xlsx'), join(dir, 'c.xlsx'), '2025-07-21');
  ledger = readFileSync(join(dir, 'c.xlsx'));
}, 60_000);

/** The plan and result a command makes from a snapshot (nothing written). */
function planned(command: Command<unknown>, snapshot: WorkbookSnapshot, today: string): string {
  const { plan, result } = command.plan(snapshot, env(today));
  return JSON.stringify({ plan, result });
}

const COMMANDS: [string, () => Command<unknown>][] = [
  ['check', checkCommand],
  ['refresh', refreshCommand],
  ['report', reportCommand],
  ['structure', structureCommand],
  ['letters', () => lettersCommand({ replyWorkdays: 5 })],
  ['progress', () => progressCommand({})],
];

describe('a scoped read of an .xlsx file', () => {
  const whole = () => readXlsxSnapshot(ledger, 'c.xlsx', { user: 'tester', readAt: '2025-07-22 09:00:00' });

  it.each(COMMANDS)('%s plans the same as from every cell', (_name, make) => {
    const command = make();
    const scoped = readXlsxSnapshot(ledger, 'c.xlsx', {
      user: 'tester',
      readAt: '2025-07-22 09:00:00',
      scope: command.scope,
    });
    expect(planned(make(), scoped, '2025-07-22')).toBe(planned(make(), whole(), '2025-07-22'));
  });

  it('reads the generated sheets by their head and _log by its ends, as long as their used rows', () => {
    const all = whole();
    const scoped = readXlsxSnapshot(ledger, 'c.xlsx', { scope: refreshCommand().scope });
    const part = (s: WorkbookSnapshot, name: string) => s.sheets.find((x) => x.name === name)!;
    for (const name of ['整改台账', '督办清单']) {
      expect(part(all, name).values.length).toBeGreaterThan(40);
      expect(part(scoped, name).partial).toBe('head');
      expect(part(scoped, name).values.length).toBe(part(all, name).values.length);
      expect(part(scoped, name).values.slice(0, 30)).toEqual(part(all, name).values.slice(0, 30));
      expect(part(scoped, name).values[35]).toEqual([]);
    }
    const log = part(scoped, '_log');
    expect(log.partial).toBe('tail');
    expect(log.values.length).toBe(part(all, '_log').values.length);
    expect(log.values[0]).toEqual(part(all, '_log').values[0]);
    expect(log.values[log.values.length - 1]).toEqual(part(all, '_log').values[log.values.length - 1]);
    expect(log.values[1]).toEqual([]);
    for (const name of ['问题清单', '责任清单', '任务清单']) {
      expect(part(scoped, name).partial).toBeUndefined();
      expect(part(scoped, name).values).toEqual(part(all, name).values);
    }
  });
});

describe('a part of a sheet', () => {
  const rows = (n: number, opts: { r?: boolean } = {}) =>
    Array.from({ length: n }, (_, i) =>
      opts.r === false
        ? `<row><c t="inlineStr"><is><t>v${i + 1}</t></is></c></row>`
        : `<row r="${i + 1}"><c r="A${i + 1}" t="inlineStr"><is><t>v${i + 1}</t></is></c></row>`,
    ).join('');
  const read = (sheetData: string, part: 'head' | 'tail' | 'none') =>
    readXlsxSnapshot(buildZip(minimalXlsx(sheetData)), 'f.xlsx', {
      scope: readScope({ lists: 'whole', helpers: 'whole', log: 'whole', generated: 'whole', others: part }),
    }).sheets[0];

  it('ends at the last row with a value, past empty and styled rows after it', () => {
    const s = read(rows(40) + '<row r="41" s="1" customFormat="1"/><row r="45"><c r="A45" s="1"/></row>', 'head');
    expect(s.partial).toBe('head');
    expect(s.values.length).toBe(40);
    expect(s.values[29]).toEqual(['v30']);
    expect(s.values[30]).toEqual([]);
  });

  it('takes the first row and the last for a tail, and no cells for none', () => {
    const tail = read(rows(40), 'tail');
    expect(tail.partial).toBe('tail');
    expect([tail.values[0], tail.values[1], tail.values[39]]).toEqual([['v1'], [], ['v40']]);
    const none = read(rows(40), 'none');
    expect(none.partial).toBe('none');
    expect(none.values.length).toBe(40);
    expect(none.values.every((r) => r.length === 0)).toBe(true);
  });

  it('reads a sheet whole when its rows do not say their numbers', () => {
    const s = read(rows(40, { r: false }), 'head');
    expect(s.partial).toBeUndefined();
    expect(s.values.length).toBe(40);
    expect(s.values[39]).toEqual(['v40']);
  });

  it('still refuses a value past the row limit', () => {
    expect(() => read(rows(3) + '<row r="1048576"><c r="A1048576"><v>1</v></c></row>', 'none')).toThrow(
      expect.objectContaining({ code: 'xlsx.limit.rows' }),
    );
  });
});
