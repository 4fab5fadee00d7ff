/**
 * The bounded zip reader: limits apply to what a package inflates to, both as
 * declared and as it actually inflates, and every odd package gets its own
 * message rather than a crash.
 */
import { deflateRawSync } from 'zlib';
import { EngineError } from '../../../src/engine';
import { READ_LIMITS } from '../../../src/xlsx/read/limits';
import { openZip } from '../../../src/xlsx/read/zip';
import { normalizePackage } from '../../../src/xlsx/normalize';
import { buildZip, cpuMsSince, minimalXlsx } from './zipBuild';

function codeOf(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    if (e instanceof EngineError) return `${e.code} ${JSON.stringify(e.params)}`;
    throw e;
  }
  return 'no error';
}

describe('bounded zip reader', () => {
  it('reads deflated and stored entries, and ZIP64 directories', () => {
    for (const zip64 of [false, true]) {
      const zip = openZip(
        buildZip(
          [
            { name: 'a.xml', data: '<a>deflated</a>' },
            { name: '/b.xml', data: 'stored 中文', method: 0 },
            { name: 'dir/', data: '', method: 0 },
          ],
          { zip64 },
        ),
        'x.xlsx',
      );
      expect(zip.names()).toEqual(['a.xml', 'b.xml']);
      expect(zip.text('a.xml')).toBe('<a>deflated</a>');
      expect(zip.text('b.xml')).toBe('stored 中文');
      expect(zip.text('missing.xml')).toBeNull();
    }
  });

  it('refuses an entry that declares more than the per-entry limit before inflating anything', () => {
    const bytes = buildZip([{ name: 'xl/worksheets/sheet1.xml', data: 'x', declaredSize: 3 * 1024 ** 3 }]);
    const t0 = process.cpuUsage();
    expect(codeOf(() => openZip(bytes, 'bomb.xlsx'))).toBe(
      `xlsx.limit.entry {"file":"bomb.xlsx","part":"xl/worksheets/sheet1.xml","limit":${READ_LIMITS.entryBytes / 1024 ** 2}}`,
    );
    expect(cpuMsSince(t0)).toBeLessThan(1000);
  });

  it('refuses entries that together declare more than the total limit', () => {
    const big = READ_LIMITS.entryBytes;
    const bytes = buildZip([1, 2, 3].map((i) => ({ name: `p${i}.xml`, data: 'x', declaredSize: big })));
    expect(codeOf(() => openZip(bytes, 'b.xlsx'))).toBe(
      `xlsx.limit.total {"file":"b.xlsx","limit":${READ_LIMITS.totalBytes / 1024 ** 2}}`,
    );
  });

  it('stops a bomb that lies about its size one byte past what it declared', () => {
    // 40 MB of zeros deflate to about 40 KB; the directory says 1,000 bytes.
    const zeros = new Uint8Array(40 * 1024 * 1024);
    const bytes = buildZip(minimalXlsx(zeros, { sheetDeclared: 1000 }));
    expect(bytes.length).toBeLessThan(100 * 1024);
    const t0 = process.cpuUsage();
    const zip = openZip(bytes, 'bomb.xlsx');
    expect(codeOf(() => zip.bytes('xl/worksheets/sheet1.xml'))).toBe(
      'xlsx.zipSizeMismatch {"file":"bomb.xlsx","part":"xl/worksheets/sheet1.xml","size":1000}',
    );
    // normalize.ts (the way to ExcelJS) inflates every entry within its bounds first.
    return expect(normalizePackage(bytes, 'bomb.xlsx'))
      .rejects.toMatchObject({ code: 'xlsx.zipSizeMismatch' })
      .then(() => expect(cpuMsSince(t0)).toBeLessThan(3000));
  });

  it('says what is unusual about an entry: encrypted, an unknown method, a cut-short or absent directory', () => {
    expect(codeOf(() => openZip(buildZip([{ name: 'a.xml', data: 'x', flags: 1 }]), 'e.xlsx').bytes('a.xml'))).toBe(
      'xlsx.zipUnsupported {"file":"e.xlsx","part":"a.xml","what":"encrypted"}',
    );
    expect(codeOf(() => openZip(buildZip([{ name: 'a.xml', data: 'x', method: 14 }]), 'l.xlsx').bytes('a.xml'))).toBe(
      'xlsx.zipUnsupported {"file":"l.xlsx","part":"a.xml","what":"method 14"}',
    );
    const whole = buildZip([{ name: 'a.xml', data: 'hello'.repeat(100) }]);
    expect(codeOf(() => openZip(whole.subarray(0, whole.length - 30), 'cut.xlsx'))).toBe(
      'xlsx.zipBroken {"file":"cut.xlsx"}',
    );
    expect(codeOf(() => openZip(Buffer.from('PK\u0003\u0004 not really'), 'n.xlsx'))).toBe(
      'xlsx.zipBroken {"file":"n.xlsx"}',
    );
    // Deflated data that is not DEFLATE.
    const garbage = buildZip([{ name: 'a.xml', data: 'x' }]);
    const bad = Buffer.from(garbage);
    const at = bad.indexOf(deflateRawSync(Buffer.from('x')));
    bad[at] = 0xff;
    expect(codeOf(() => openZip(bad, 'g.xlsx').bytes('a.xml'))).toMatch(/^xlsx\.(zipBroken|zipSizeMismatch)/);
  });

  it('refuses a directory of more entries than the limit', () => {
    const entries = Array.from({ length: 5 }, (_, i) => ({ name: `p${i}`, data: '' }));
    expect(codeOf(() => openZip(buildZip(entries), 'm.xlsx', { ...READ_LIMITS, entries: 4 }))).toBe(
      'xlsx.limit.entries {"file":"m.xlsx","count":5,"limit":4}',
    );
  });
});
